"""The modern red-team set (tests/fixtures/modern, decision 0013): its figures are floors.

The set was written by hand, in the style of 2021-2026 mail, before its author read the engine; a
change that loses a detection or adds a false positive on it fails here. Round 2 (files r2-*) added
campaign-style scams that dress as marketing, and the brands' own promotions they imitate. Round 3
(files r3-*, decision 0014) added brand and campaign lures whose pictures load from storage buckets and
free hosting, and small organisations' own newsletters and receipts whose pictures do too. The rest
checks the general gaps each round exposed with messages worded differently from the set's own.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mailverdict.engine import analyze
from mailverdict.engine.verdict import Disposition
from tests.engine.mail import authenticated

SET = Path(__file__).resolve().parents[1] / "fixtures" / "modern"
DETECTED = {Disposition.MALICIOUS, Disposition.SUSPICIOUS, Disposition.SPOOF}
HAM_OK = {Disposition.NONE, Disposition.BULK}

# Floors: round 1 landed at 41 of 41 phishing detected, 0 of 27 ham flagged; round 2 (r2-*) at 39 of 41
# and 0 of 31 (two health-miracle adverts stay BULK and SPAM: decision 0013, Round 2); round 3 (r3-*) at
# 9 of 9 and 0 of 6 (decision 0014).
MIN_PHISHING_DETECTED = 41 + 39 + 9
MAX_HAM_FALSE_POSITIVES = 0
ROUND_2_MIN_PHISHING_DETECTED = 39
ROUND_3_MIN_PHISHING_DETECTED = 9


def _verdicts(label: str) -> dict[str, Disposition]:
    return {path.name: analyze(path.read_bytes()).disposition for path in sorted((SET / label).glob("*.eml"))}


def test_the_set_is_there() -> None:
    assert len(list((SET / "phishing").glob("*.eml"))) == 41 + 41 + 9
    assert len(list((SET / "ham").glob("*.eml"))) == 27 + 31 + 6


def test_modern_phishing_detection_does_not_fall() -> None:
    verdicts = _verdicts("phishing")
    missed = sorted(name for name, d in verdicts.items() if d not in DETECTED)
    assert len(verdicts) - len(missed) >= MIN_PHISHING_DETECTED, missed
    round_2 = [name for name in verdicts if name.startswith("r2-")]
    assert len(round_2) - sum(name in missed for name in round_2) >= ROUND_2_MIN_PHISHING_DETECTED, missed
    round_3 = [name for name in verdicts if name.startswith("r3-")]
    assert len(round_3) - sum(name in missed for name in round_3) >= ROUND_3_MIN_PHISHING_DETECTED, missed


def test_round_3_pictures_from_buckets_are_read_on_both_sides() -> None:
    """Every r3 message loads pictures from a bucket or free host: the phishing raises IMAGE_FREE_HOSTING and a
    composite on it, the ham raises at most the finding (small organisations host pictures there too)."""
    for label in ("phishing", "ham"):
        for path in sorted((SET / label).glob("r3-*.eml")):
            verdict = analyze(path.read_bytes())
            names = {f.name for f in verdict.findings}
            assert "IMAGE_FREE_HOSTING" in names, path.name
            on_it = names & {"BRAND_IMAGE_FREE_HOSTING", "SCAM_CONCEALED_LINK", "PHISH_LINK_LURE"}
            on_it |= names & {"PHISH_WORDS_CONCEALED"}
            if label == "ham":
                assert not on_it and verdict.disposition in HAM_OK, path.name
            else:
                assert on_it, path.name


def test_modern_ham_false_positives_do_not_rise() -> None:
    verdicts = _verdicts("ham")
    flagged = sorted(f"{name}: {d.value}" for name, d in verdicts.items() if d not in HAM_OK)
    assert len(flagged) <= MAX_HAM_FALSE_POSITIVES, flagged


# --------------------------------------------------------------- the general gaps, worded differently


def _from_freemail(name: str, subject: str, text: str) -> EmailMessage:
    msg = authenticated(f"{name} <{name.lower().replace(' ', '.')}.mobile@gmail.com>", subject, text)
    return msg


def _scan(msg: EmailMessage) -> tuple[Disposition, set[str]]:
    verdict = analyze(bytes(msg))
    return verdict.disposition, {f.name for f in verdict.findings}


def test_gift_card_request_from_a_personal_account_to_a_company_is_suspicious() -> None:
    msg = _from_freemail(
        "Laura Whitman",
        "Request",
        "Hi Bob,\n\nAre you at your desk? I need you to pick up some Google Play cards for a client today, "
        "5 x $100. How soon can you get them? I'll reimburse you when I'm back.\n\nLaura\n",
    )
    disposition, names = _scan(msg)
    assert "BEC_FREEMAIL_PAYMENT" in names
    assert disposition in DETECTED


def test_payroll_diversion_from_a_personal_account_is_suspicious() -> None:
    msg = _from_freemail(
        "Kevin Ortiz",
        "Payroll question",
        "Hello,\n\nI switched banks last week. Could you update my direct deposit so my next paycheck goes to "
        "the new account? I can send the routing number. Writing from my personal email as I'm on vacation.\n\n"
        "Thanks,\nKevin\n",
    )
    disposition, names = _scan(msg)
    assert "PAYMENT_LURE" in names and "BEC_FREEMAIL_PAYMENT" in names
    assert disposition in DETECTED


def test_a_free_mail_note_about_money_without_pressure_stays_clean() -> None:
    msg = _from_freemail(
        "Kevin Ortiz",
        "dinner",
        "Hi Bob, I paid the restaurant with my card, send me your half whenever. Kevin\n",
    )
    disposition, names = _scan(msg)
    assert "BEC_FREEMAIL_PAYMENT" not in names
    assert disposition in HAM_OK


def test_a_vendor_bank_change_is_a_payment_lure_without_pressure_words() -> None:
    msg = authenticated(
        "Accounts <accounts@supplier.example>",
        "Invoice 5521",
        "Good morning,\n\nPlease note we have changed our bank account. Kindly settle the outstanding invoice "
        "to the new account; details on the statement.\n\nRegards,\nAccounts\n",
    )
    _, names = _scan(msg)
    assert "PAYMENT_LURE" in names


def test_a_remittance_note_without_a_bank_change_is_no_payment_lure() -> None:
    msg = authenticated(
        "Accounts <accounts@supplier.example>",
        "Remittance",
        "Hi Bob, the remittance for invoice 5521 went out today. Thanks for your business.\n",
    )
    _, names = _scan(msg)
    assert "PAYMENT_LURE" not in names


def test_romance_opening_is_an_advance_fee_story() -> None:
    msg = _from_freemail(
        "Daniel Brooks",
        "hi",
        "Good day Bob, I found your profile and felt I had to write. I am a widower, a navy doctor serving "
        "offshore, and I am looking for a kind and honest woman to share my life with. "
        "I believe God led me to you.\n",
    )
    _, names = _scan(msg)
    assert "ADVANCE_FEE_LURE" in names


def test_fake_job_with_a_cheque_for_equipment_is_an_advance_fee_story() -> None:
    msg = _from_freemail(
        "Hiring Team",
        "Part-time assistant role",
        "Hello, you have been shortlisted for a remote assistant role paying $38/hr, no prior experience "
        "required. We will mail you a cheque to buy the software from our approved vendor. "
        "Message me on Telegram for your chat interview.\n",
    )
    _, names = _scan(msg)
    assert "ADVANCE_FEE_LURE" in names


@pytest.mark.parametrize(
    "text",
    [
        "Your business page has been flagged for violating our advertising policies and is scheduled for "
        "permanent removal. Submit an appeal: https://appeal-review.example.net/case/1",
        "Your channel was reported for violating our Community Standards and will be deleted. "
        "Review: https://appeal-review.example.net/case/2",
    ],
)
def test_page_violation_notices_threaten_the_account(text: str) -> None:
    msg = authenticated("Support Team <notice@appeal-review.example.net>", "Notice", text)
    _, names = _scan(msg)
    assert "ACCOUNT_THREAT_LURE" in names


def test_tax_refund_and_unpaid_toll_stories_are_billing_lures() -> None:
    refund = authenticated(
        "Refunds <no-reply@refund-desk.example>",
        "Tax refund",
        "You are entitled to a tax refund. Claim your refund here: https://refund-desk.example/claim\n",
    )
    toll = authenticated(
        "Toll Services <no-reply@tolls.example>",
        "Unpaid toll",
        "You have an outstanding toll balance. Pay now to avoid a late fee: https://tolls.example/pay\n",
    )
    assert "BILLING_LURE" in _scan(refund)[1]
    assert "BILLING_LURE" in _scan(toll)[1]


def test_a_brands_mail_linking_to_its_other_domain_is_not_a_foreign_link() -> None:
    msg = authenticated(
        "Mercado Pago <info@mercadopago.com>",
        "Resumo da sua conta",
        "Olá, Bob. Veja o resumo: https://www.mercadopago.com.br/activities\n",
    )
    assert "LINK_SOLE_FOREIGN" not in _scan(msg)[1]
    # A free-mail account speaks for nobody: Gmail and YouTube share an owner, its writer does not.
    other = _from_freemail("Ann Lee", "look", "Watch this: https://www.youtube.com/watch?v=abc\n")
    assert "LINK_SOLE_FOREIGN" in _scan(other)[1]


# --------------------------------------------------------------- round 2: the general gaps, worded differently


def test_a_brands_own_authenticated_notice_is_not_an_unsolicited_lure() -> None:
    text = (
        "Hi Bob, your Netflix payment method was declined. Update your payment method to keep watching: "
        "https://www.netflix.com/youraccount\n"
    )
    own = authenticated("Netflix <info@mailer.netflix.com>", "Update your payment method", text)
    _, names = _scan(own)
    assert "BRAND_OWN_SENDER" in names and "LURE_UNSOLICITED" not in names
    forged = authenticated("Netflix <info@mailer.netflix.com>", "Update your payment method", text)
    forged.replace_header(
        "Authentication-Results", "mx.example.org; spf=fail; dkim=none; dmarc=fail header.from=netflix.com"
    )
    assert "BRAND_OWN_SENDER" not in _scan(forged)[1]
    other = authenticated("Netflix <billing@netflix-accounts.example>", "Update your payment method", text)
    assert "BRAND_OWN_SENDER" not in _scan(other)[1]


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Gentile cliente, il tuo profilo sarà bloccato: aggiorna i tuoi dati entro 48 ore. "
            "https://conferma-dati.example/it",
            "ACCOUNT_THREAT_LURE",
        ),
        (
            "Ihr Kundenkonto muss heute verifiziert werden, sonst wird Ihr Karten-Zugang gesperrt. "
            "https://konto-pruefung.example/de",
            "CREDENTIAL_LURE",
        ),
        (
            "Sans réponse de votre part, vos prestations seront suspendues. https://dossier-maj.example/fr",
            "ACCOUNT_THREAT_LURE",
        ),
    ],
)
def test_account_threats_in_italian_german_and_french(text: str, finding: str) -> None:
    msg = authenticated("Servizio <avvisi@dossier-maj.example>", "Avviso", text)
    assert finding in _scan(msg)[1]


def test_a_loan_released_for_a_fee_is_an_advance_fee_story() -> None:
    msg = authenticated(
        "Lending Desk <desk@credit-desk.example>",
        "Good news",
        "Your credit line has been approved, no credit check. A small processing fee unlocks the transfer: "
        "https://credit-desk.example/fee\n",
    )
    assert "ADVANCE_FEE_LURE" in _scan(msg)[1]


def test_a_prize_paid_for_in_gift_cards_is_an_advance_fee_story() -> None:
    msg = authenticated(
        "Awards <awards@prize-office.example>",
        "Your award",
        "Your winner number is 7. The release fee can be paid using Zelle. https://prize-office.example\n",
    )
    assert "ADVANCE_FEE_LURE" in _scan(msg)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Our AI investment app does the work: the minimum deposit is $200 and members make $900 per day. "
        "https://ai-invest.example/join",
        "Conheça a plataforma de investimento que paga lucros diários a partir de um investimento inicial de R$ 200. "
        "https://ai-invest.example/br",
    ],
)
def test_automatic_riches_investment_pitches_are_crypto_stories(text: str) -> None:
    msg = authenticated("Markets Today <news@ai-invest.example>", "Opportunity", text)
    assert "CRYPTO_LURE" in _scan(msg)[1]


def test_a_rebate_paid_into_the_readers_bank_account_is_a_billing_story() -> None:
    msg = authenticated(
        "Utility Support <help@utility-rebates.example>",
        "Rebate",
        "You are entitled to a $120 utility refund. Enter your bank details to receive it: "
        "https://utility-rebates.example/r\n",
    )
    assert "BILLING_LURE" in _scan(msg)[1]


def test_a_free_sample_for_the_price_of_postage_is_a_prize_story() -> None:
    msg = authenticated(
        "Wellness Offers <offers@sample-club.example>",
        "Your sample",
        "Get your free sample today, just pay the $5.95 postage. https://sample-club.example/s\n",
    )
    assert "PRIZE_LURE" in _scan(msg)[1]
