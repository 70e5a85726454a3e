"""lexicon.py, scamwords.py and brands.py: lures told in Hungarian, Slovak, Bulgarian, Croatian, Serbian,
Slovene, Ukrainian, Finnish, Danish, Norwegian, Estonian, Latvian and Lithuanian, and the brands they wear."""

from __future__ import annotations

import pytest

from mailverdict.engine import brands
from tests.engine.mail import lure_findings


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # hu, without its accents as often typed: the card is locked, confirm its details
        (
            "Biztonsagi ertesites",
            "A bankkartyaja zarolva lett. Erositse meg kartyaadatait 24 oran belul.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # sk: the card will be blocked, confirm your identity
        (
            "Upozornenie",
            "Vaša platobná karta bude zablokovaná. Overte svoju totožnosť do 24 hodín.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # bg: the card is blocked, confirm your data
        (
            "Вашата карта е блокирана",
            "Вашата карта е временно блокирана. Потвърдете данните си до 24 часа.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # hr: access disabled unless the data is confirmed
        (
            "Obavijest",
            "Vaš korisnički profil bit će onemogućen. Potvrdite svoje podatke u roku od 48 sati.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # uk: the card is blocked, confirm the card details
        (
            "Безпека",
            "Вашу картку заблоковано. Підтвердіть дані картки протягом 24 годин.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # fi: the online bank credentials are closed unless updated
        (
            "Tärkeä ilmoitus",
            "Verkkopankkitunnuksesi suljetaan. Vahvista henkilöllisyytesi 3 päivän kuluessa.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # da: access is blocked, confirm your details with MitID
        (
            "Vigtigt",
            "Din adgang til Netbank spærres. Bekræft dine oplysninger inden 48 timer.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # nb: the BankID must be renewed or access is closed
        (
            "BankID utløper",
            "Din BankID utløper. For å unngå at tilgangen stenges, forny BankID innen 48 timer.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # et / lv / lt: the account is blocked, confirm the data
        ("Teade", "Teie konto on blokeeritud. Kinnitage oma andmed 24 tunni jooksul.", {"CREDENTIAL_LURE"}),
        ("Paziņojums", "Jūsu konts ir bloķēts. Apstipriniet savus datus 24 stundu laikā.", {"CREDENTIAL_LURE"}),
        ("Pranešimas", "Jūsų paskyra užblokuota. Patvirtinkite savo duomenis per 24 valandas.", {"CREDENTIAL_LURE"}),
    ],
)
def test_account_stories(subject: str, body: str, expected: set[str]) -> None:
    assert expected <= lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body", "family"),
    [
        ("Csomagja vámkezelésre vár", "A kezelési díj 890 Ft, különben visszaküldésre kerül.", "DELIVERY_LURE"),
        ("Zásielka čaká na doplatok", "Nepodarilo sa doručiť Vašu zásielku.", "DELIVERY_LURE"),
        ("Пратка", "Пратката е задържана. Платете такса за повторна доставка.", "DELIVERY_LURE"),
        ("Pošiljka čeka", "Potrebno je platiti carinsku pristojbu. Pošiljka će biti uništena.", "DELIVERY_LURE"),
        ("Посилка", "Посилка очікує оплати доставки. Оплатіть доставку карткою.", "DELIVERY_LURE"),
        ("Lähetys on pysäytetty", "Tullimaksu on maksamatta. Valitse uusi toimituspäivä.", "DELIVERY_LURE"),
        ("Din pakke afventer betaling", "Der mangler betaling af told og ekspeditionsgebyr.", "DELIVERY_LURE"),
        ("Veronpalautus", "Palautuksen maksaminen edellyttää korttitietojen vahvistamista.", "BILLING_LURE"),
        ("Du har penge til gode", "Bekræft dine kortoplysninger for at modtage beløbet.", "BILLING_LURE"),
        ("Køberen har betalt", "For at modtage pengene skal du bekræfte dine kortoplysninger.", "BILLING_LURE"),
        ("A vevő kifizette a terméket", "A pénz fogadásához adja meg kártyaadatait.", "BILLING_LURE"),
        ("Kupac je platio Vaš oglas", "Za primanje uplate unesite podatke kartice.", "BILLING_LURE"),
        ("Покупець оплатив товар", "Щоб отримати гроші, введіть номер картки.", "BILLING_LURE"),
        ("Поздравления!", "Вие спечелихте iPhone в нашата томбола.", "PRIZE_LURE"),
        ("Gratulerer!", "Du har vunnet et gavekort.", "PRIZE_LURE"),
    ],
)
def test_scam_families(subject: str, body: str, family: str) -> None:
    assert family in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # fi: the managing director in negotiations, an advance payment today, in confidence
        ("Kiireellinen maksu", "Olen neuvotteluissa. Maksa ennakkomaksu tänään, asia on luottamuksellinen."),
        # hu: a transfer to a new account number
        ("Új számlaszám", "Kérem, az átutalást az új bankszámlaszámunkra indítsák."),
        # da: a new account number for the invoice
        ("Faktura", "Vi har fået nyt kontonummer. Betal fakturaen til det nye kontonummer."),
    ],
)
def test_payment_stories(subject: str, body: str) -> None:
    assert "PAYMENT_LURE" in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Otthoni munka", "Otthoni munka, tapasztalat nem szükséges, napi 25 000 Ft."),
        ("Віддалена робота", "Віддалена робота, досвід не потрібен. Додайте фото паспорта."),
        ("Job", "Arbejde hjemmefra, ingen erfaring kræves."),
    ],
)
def test_job_scams(subject: str, body: str) -> None:
    assert "ADVANCE_FEE_LURE" in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the carriers' and banks' own notices: a parcel ready, a statement, a new document
        ("Küldeménye ma érkezik", "A küldeményt ma kézbesítjük. Utánvét: nincs. Nyomkövetés a posta.hu oldalon."),
        ("Prijatá platba na Váš účet", "Na Váš účet bola pripísaná platba. Zostatok nájdete v aplikácii."),
        ("Пратката Ви пристигна", "Пратката Ви очаква в офис Пловдив. Срок за получаване: 7 работни дни."),
        ("Pošiljka je spremna", "Vaša pošiljka spremna je za preuzimanje u paketomatu. Iznos otkupnine: 0,00 EUR."),
        ("Посилка вже у відділенні", "Посилка чекає на вас. Доставку оплачено. До сплати при отриманні: 0 грн."),
        ("Pakettisi on noudettavissa", "Pakettisi odottaa sinua pakettiautomaatissa. Noutokoodi 884 120."),
        ("Din pakke er klar til afhentning", "Din pakke er leveret i en pakkeboks. Åbn boksen i appen."),
        ("Pakken din er klar til henting", "Pakken er betalt, og du trenger ikke betale noe ved henting."),
        ("Saunailta", "Kevään saunailta pidetään torstaina. Ilmoittautuminen Teamsin lomakkeella."),
        ("Julefrokost", "Vi holder julefrokost her i Odense 2. juledag kl 12. Kh mor"),
    ],
)
def test_a_carriers_or_banks_own_notice_tells_no_story(subject: str, body: str) -> None:
    stories = {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE", "PAYMENT_LURE", "DELIVERY_LURE"}
    assert not lure_findings(subject, body) & stories


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("OTP Bank", "otp bank"),
        ("Банка ДСК", "банка дск"),
        ("Нова Пошта", "нова пошта"),
        ("Zagrebačka banka", "zagrebačka banka"),
        ("Skift til MitID nu", "mitid"),
        ("Skatteetaten", "skatteetaten"),
        ("Posti", "posti"),
    ],
)
def test_the_regions_brands_are_named(text: str, brand: str) -> None:
    assert brand in brands.brands_named(text)


@pytest.mark.parametrize(
    "text",
    # Everyday words that are also a brand's short name: one-time passwords, Finnish mail, English verbs,
    # a Bulgarian word the tax office's initials open.
    ["Your OTP code is 4411", "Lähetä posti huomenna", "Bring a jacket", "Напишете ни утре", "Дія міністерства"],
)
def test_everyday_words_name_no_brand(text: str) -> None:
    assert brands.brands_named(text) == []


def test_a_brand_mails_from_its_own_domains() -> None:
    assert brands.legitimate_for("otp bank", "otpbank.hu")
    assert brands.legitimate_for("нова пошта", "novaposhta.ua")
    assert brands.legitimate_for("mitid", "mitid.dk")
    assert brands.legitimate_for("posten", "posten.no")
    assert not brands.legitimate_for("posten", "posten-bring-levering.net")
