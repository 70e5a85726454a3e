"""The content tokenizer, the model's inference and file format, and the CONTENT_* check."""

from __future__ import annotations

import statistics
import time

import pytest

from mailverdict.engine.content import (
    FORMAT,
    LABELS,
    ContentModel,
    bucket,
    current_model,
    feature_buckets,
    message_inputs,
    shipped_model_text,
    tokens,
    using_model,
)
from mailverdict.engine.message import parse

PHISH = (
    "Dear valued customer, we have detected unusual activity on your account and it has been "
    "suspended. Please verify your account information and confirm your password within 24 hours "
    "or your account will be closed. Click the link below to restore access. Thank you, Security Team"
)


def test_tokens_are_words_bigrams_subject_words_and_markers() -> None:
    found = tokens("[SAtalk] Re: Cheap offer", ["Visit http://198.51.100.7/login now, mail me@example.org, $100"])
    assert {"s:cheap", "s:offer", "visit", "now", "visit now", "__url_ip__", "__email__", "__money__"} <= set(found)
    # List tags and reply prefixes say nothing about the content.
    assert not any(t.startswith("s:") and ("satalk" in t or t == "s:re") for t in found)


def test_concepts_are_shared_across_words_and_languages() -> None:
    english = tokens("Verify your account", ["Your password expires today."])
    portuguese = tokens("Confirme sua conta", ["Sua senha expira hoje."])
    assert {"s:__c_verify__", "s:__c_account__", "__c_credential__"} <= english & portuguese
    assert "__c_urgency__" in english  # "expires"
    assert not any(t.startswith("__c_") for t in tokens("lunch", ["See you at noon."]))


def test_concepts_in_central_european_and_nordic_languages() -> None:
    finnish = tokens("Vahvista tili", ["Salasana vanhenee välittömästi."])
    danish = tokens("Bekræft konto", ["Adgangskode spærret omgående."])
    for found in (finnish, danish):
        assert {"s:__c_verify__", "s:__c_account__", "__c_credential__", "__c_urgency__"} <= found


def test_link_text_is_its_own_feature() -> None:
    found = tokens("", ["Hello"], ["Verify now"])
    assert {"a:verify", "a:now", "a:__c_verify__"} <= found
    assert "verify" not in found  # link text is not body text twice
    shown = tokens("", [], ["http://www.example.com/login", "mail me@example.org"])
    assert "a:__url__" in shown and "a:mail" in shown
    assert not any(word in t for t in shown for word in ("example", "www", "login", "http"))


def test_no_script_markers() -> None:
    # Every non-Latin message in the training corpus is spam: a script marker would learn the language.
    assert not any(t.startswith("__") for t in tokens("", ["你好, 明天见. Привет, до завтра."]))


def test_unspaced_scripts_are_read_as_character_pairs() -> None:
    # A Japanese, Chinese or Thai "word" is a whole clause; only its character pairs recur between messages.
    one = tokens("【重要】ご利用確認のお願い", ["お客様のアカウントを一時的に停止しました。"])
    other = tokens("ご利用確認", ["アカウントの確認をお願いします"])
    assert {"s:利用", "s:確認", "アカ", "カウ", "ウン", "ント"} <= one
    assert {"アカ", "カウ", "ウン", "s:確認"} <= one & other
    assert not any(len(t) > 5 for t in one if not t.startswith("s:") and " " not in t)
    assert {"您的", "账户", "冻结"} <= tokens("", ["您的账户已被冻结"])
    thai = tokens("", ["บัญชีของคุณถูกระงับ"])
    assert {"บั", "ัญ", "ญช"} <= thai  # vowel signs stay with their letters
    # Mixed words keep their Latin part whole; spaced scripts keep their words.
    assert {"amazon", "プラ", "ライ", "イム"} <= tokens("", ["Amazonプライム"])
    assert {"계정이", "정지되었습니다"} <= tokens("", ["계정이 정지되었습니다"])


def test_indic_vowel_signs_do_not_split_words() -> None:
    found = tokens("", ["आपका खाता बंद कर दिया जाएगा", "আপনার অ্যাকাউন্ট বন্ধ"])
    assert {"आपका", "खाता", "जाएगा", "আপনার", "অ্যাকাউন্ট"} <= found


def test_feature_buckets_hash_exactly_the_tokens() -> None:
    texts = ["Dear customer, verify your account at http://192.0.2.1/x now now now. $5 OFF TODAY ONLY NOW", "second"]
    args = ("Re: [list] Your ACCOUNT", texts, ["click here", "Verify"])
    assert feature_buckets(*args) == {bucket(t) for t in tokens(*args)}


def test_tokens_drop_era_and_source_artefacts() -> None:
    text = (
        "On Tue, Aug 13, 2002 Justin wrote:\n> quoted words\nreal words 2002 spamassassin exmh razor\n"
        "See http://www.example.com/page and zzzz@example.com\nDate: Not supplied\n"
        "-- \nJustin Mason, signature\n"
    )
    found = set(tokens("", [text]))
    assert "real" in found and "words" in found
    for artefact in (
        "aug",
        "tue",
        "spamassassin",
        "exmh",
        "razor",
        "quoted",
        "justin",
        "mason",
        "example",
        "supplied",
        "www",
        "com",
    ):
        assert not any(artefact in t.split() for t in found), artefact
    assert not any(ch.isdigit() for t in found for ch in t)


def test_list_footer_is_not_content() -> None:
    text = "my actual point\n_______________________________________________\nExmh-users mailing list\nrandom"
    assert "random" not in tokens("", [text])


def test_bucket_is_stable_across_processes() -> None:
    # crc32, not hash(): the shipped file depends on these exact numbers.
    assert bucket("free") == 0xEC1C8


def _tiny() -> ContentModel:
    weights = {bucket("free"): (-1.0, 2.0, -1.0), bucket("verify"): (-1.0, -1.0, 2.0)}
    return ContentModel(LABELS, (0.5, 0.0, 0.0), weights, {"note": "test"})


def test_probabilities_are_deterministic_and_sum_to_one() -> None:
    model = _tiny()
    first = model.predict("free", ["free stuff"])
    assert first == model.predict("free", ["free stuff"])
    assert sum(first.values()) == pytest.approx(1.0)
    assert max(first, key=first.__getitem__) == "spam"
    assert max(model.predict("", []).items(), key=lambda kv: kv[1])[0] == "ham"  # bias only


def test_json_round_trip_and_format_check() -> None:
    model = _tiny()
    again = ContentModel.from_json(model.to_json())
    assert again == model and again.to_json() == model.to_json()
    with pytest.raises(ValueError):
        ContentModel.from_json(model.to_json().replace(FORMAT, "something-else"))


def test_using_model_overrides_then_restores() -> None:
    shipped = current_model()
    with using_model(_tiny()):
        assert current_model() is not shipped
    assert current_model() is shipped


def test_shipped_model_is_small_and_well_formed() -> None:
    text = shipped_model_text()
    assert len(text.encode()) < 2 * 1024 * 1024
    model = ContentModel.from_json(text)
    assert model.labels == LABELS
    assert len(model.weights) > 1000


def test_shipped_model_reads_plain_phishing_and_plain_ham() -> None:
    model = current_model()
    assert model.predict("Your account has been suspended", [PHISH])["phishing"] > 0.5
    ham = "Hi Anna, thanks for the notes from yesterday. I think the second option is better, let's discuss it."
    assert model.predict("notes from yesterday", [ham])["ham"] > 0.5


def test_inference_is_fast() -> None:
    msg = parse(f"Subject: Account notice\r\nContent-Type: text/plain\r\n\r\n{PHISH * 6}\r\n".encode())
    model = current_model()
    samples = []
    for _ in range(50):
        started = time.perf_counter()
        model.probabilities(feature_buckets(*message_inputs(msg)))
        samples.append(time.perf_counter() - started)
    assert statistics.median(samples) < 0.002  # about 0.3 ms here; generous for slow CI


def test_check_emits_phish_finding_with_strength() -> None:
    from mailverdict.engine.checks.content import NAMES, check
    from mailverdict.engine.context import ScanContext

    msg = parse(f"Subject: Verify your account\r\n\r\n{PHISH}\r\n".encode())
    findings = check(msg, ScanContext())
    names = {f.name for f in findings}
    assert "CONTENT_PHISH" in names and names <= NAMES
    phish = next(f for f in findings if f.name == "CONTENT_PHISH")
    assert 0.0 < phish.strength <= 1.0 and phish.evidence[0].startswith("p(phishing)=")
    assert check(parse(b"Subject: lunch\r\n\r\nSee you at noon, the usual place.\r\n"), ScanContext()) == []


def test_check_says_bulk_before_spam() -> None:
    from mailverdict.engine.checks.content import FULL_EVIDENCE, check
    from mailverdict.engine.context import ScanContext

    msg = parse(b"Subject: offer\r\n\r\nfree\r\n")
    # p(spam) about 0.6: spam wins, but not surely enough for CONTENT_SPAM (floor 0.7).
    weak = ContentModel(LABELS, (0.0, 0.0, 0.0), {bucket("free"): (0.0, 1.0, -1.0)}, {})
    with using_model(weak):
        assert [(f.name, f.strength) for f in check(msg, ScanContext())] == [("CONTENT_BULK", 1.0)]
    sure = ContentModel(LABELS, (0.0, 0.0, 0.0), {bucket("free"): (-4.0, 8.0, -4.0)}, {})
    with using_model(sure):
        found = {f.name: f.strength for f in check(msg, ScanContext())}
    # Two features of the FULL_EVIDENCE a reading needs: the strength is scaled to match.
    full = FULL_EVIDENCE / 2
    assert found["CONTENT_BULK"] == 1.0 and 0.9 < found["CONTENT_SPAM"] * full <= 1.0


def test_a_message_of_a_word_or_two_is_read_with_less_certainty() -> None:
    from mailverdict.engine.checks.content import FULL_EVIDENCE, check
    from mailverdict.engine.context import ScanContext

    sure = ContentModel(LABELS, (0.0, 0.0, 0.0), {bucket("s:invoice"): (-4.0, -4.0, 8.0)}, {})
    short = parse(b"Subject: Invoice\r\n\r\n\r\n")
    with using_model(sure):
        buckets = feature_buckets("Invoice", ("", ""))
        p = sure.probabilities(buckets)["phishing"]
        found = {f.name: f.strength for f in check(short, ScanContext())}
    # A one-word subject is two features (the word and its concept) of the FULL_EVIDENCE a reading needs:
    # the same certainty, a fraction of the weight.
    assert len(buckets) == 2 and p > 0.99
    assert found["CONTENT_PHISH"] == round(2 / FULL_EVIDENCE * (p - 0.5) / 0.5, 3)
