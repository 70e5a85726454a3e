"""brands.py: the banks, posts, tax offices and shops of continental Europe and Latin America."""

from __future__ import annotations

import pytest

from mailverdict.engine import analyze, brands
from tests.engine.mail import authenticated


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Rabobank Klantenservice", "rabobank"),
        ("ABN AMRO Bank", "abn amro"),
        ("Postbank Sicherheitsteam", "postbank"),
        ("Service Client CREDIT AGRICOLE", "credit agricole"),
        ("Société Générale - Alertes", "société générale"),
        ("Servizio Clienti UniCredit", "unicredit"),
        ("mBank - powiadomienie", "mbank"),
        ("Paczkomaty InPost", "inpost"),
        ("Mercado Libre Argentina", "mercado libre"),
        ("SUNAT Perú", "sunat"),
        ("ING", "ing"),
        ("  Orange  ", "orange"),
        ("Orange France", "orange france"),
        ("Mijn ING", "mijn ing"),
    ],
)
def test_named(name: str, brand: str) -> None:
    assert brand in brands.brands_named(name)


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words and abbreviations that happen to be a brand's short name.
        "Dipl.-Ing. Petra Vogel",
        "Orange and lemon cake recipes",
        "We sat down with the team",
        "Verjaardag van mijn zus",
        "LCL freight quote for week 12",
        "Allegro Microsystems quarterly update",
        "Claro que sí, nos vemos mañana",
        "Die Elster im Garten",
    ],
)
def test_everyday_words_are_not_brands(text: str) -> None:
    assert brands.brands_named(text) == []


@pytest.mark.parametrize(
    ("brand", "domain"),
    [
        ("ing", "ing.nl"),
        ("ing bank", "ing.de"),
        ("orange", "orange.fr"),
        ("agenzia delle entrate", "agenziaentrate.gov.it"),
        ("impots.gouv.fr", "dgfip.finances.gouv.fr"),
        ("sat", "sat.gob.mx"),
        ("olx", "olx.com.br"),
        ("ameli", "assurance-maladie.fr"),
    ],
)
def test_own_domains(brand: str, domain: str) -> None:
    from mailverdict.engine import urls

    assert brands.legitimate_for(brand, urls.registrable_domain(domain))


@pytest.mark.parametrize(
    ("brand", "domain"),
    [("ing", "ing-veilig-bankieren.nl"), ("rabobank", "rabo-beveiliging.com"), ("unicredit", "unicredit-sicura.net")],
)
def test_lookalike_domains_are_not_the_brand(brand: str, domain: str) -> None:
    assert not brands.legitimate_for(brand, domain)


def test_a_bank_named_from_elsewhere_is_impersonation() -> None:
    msg = authenticated(
        "Commerzbank Kundenservice <service@kunden-sicherheitscenter.de>",
        "Wichtige Mitteilung zu Ihrem Konto",
        "Guten Tag, bitte lesen Sie die Mitteilung in Ihrem Postfach.\nhttps://kunden-sicherheitscenter.de/p",
    )
    names = {f.name for f in analyze(msg.as_bytes()).findings}
    assert "BRAND_IMPERSONATION" in names


def test_the_bank_from_its_own_domain_is_not() -> None:
    msg = authenticated(
        "Commerzbank <info@commerzbank.de>",
        "Wichtige Mitteilung zu Ihrem Konto",
        "Guten Tag, bitte lesen Sie die Mitteilung in Ihrem Postfach.\nhttps://www.commerzbank.de/postfach",
    )
    names = {f.name for f in analyze(msg.as_bytes()).findings}
    assert "BRAND_IMPERSONATION" not in names
