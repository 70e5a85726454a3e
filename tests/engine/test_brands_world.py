"""brands.py: the banks, posts, tax offices, telecoms and shops of Turkey, Russia, the Gulf, China, Korea,
Vietnam, Indonesia, Sweden, Czechia, Romania and Greece."""

from __future__ import annotations

import pytest

from mailverdict.engine import brands


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Garanti BBVA Müşteri Hizmetleri", "garanti bbva"),
        ("T.C. GELİR İDARESİ", "gelir idaresi"),
        ("İŞ BANKASI", "iş bankasi"),
        ("Служба поддержки Сбербанка", "сбербанк"),
        ("Госуслуги", "госуслуги"),
        ("مصرف الراجحي - خدمة العملاء", "مصرف الراجحي"),
        ("国家税务总局电子税务局", "国家税务总局"),
        ("CJ대한통운 고객센터", "cj대한통운"),
        ("Vietcombank Digibank", "vietcombank"),
        ("Bank Mandiri", "bank mandiri"),
        ("PostNord Sverige", "postnord"),
        ("Česká pošta, s.p.", "česká pošta"),
        ("ANAF", "anaf"),
        ("ΕΛΤΑ Courier", "ελτα"),
        ("Seznam", "seznam"),
        ("ICA Kundklubb", "ica kundklubb"),
        ("e-CAC | Centro Virtual de Atendimento", "e-cac"),
        ("SEFAZ - IPVA 2026", "sefaz"),
        ("OVHcloud", "ovhcloud"),
        ("Aruba.it", "aruba.it"),
    ],
)
def test_named(name: str, brand: str) -> None:
    assert brand in brands.brands_named(name)


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words that a brand's short name spells.
        "Seznam účastníků školení",
        "Dana darurat untuk keluarga",
        "Alza de precios en enero",
        "Noon meeting moved",
        "Seb from accounting",
        # Greek and Cyrillic names are not read from inside another word.
        "ΔΕΛΤΑ ΤΕΧΝΙΚΗ",
        # An island, a fish.
        "Our week in Aruba",
        "Barracuda sightings off the reef",
    ],
)
def test_everyday_words_name_no_brand(text: str) -> None:
    assert brands.brands_named(text) == []


@pytest.mark.parametrize(
    ("brand", "domain"),
    [
        ("garanti bbva", "garantibbva.com.tr"),
        ("т-банк", "tbank.ru"),
        ("gelir idaresi", "gov.tr"),
        ("支付宝", "alipay.com"),
        ("네이버", "navercorp.com"),
        ("shopee", "shopee.vn"),
        ("skatteverket", "skatteverket.se"),
        ("o2", "o2.cz"),
        ("sefaz", "gov.br"),
        ("aruba pec", "arubapec.it"),
        ("barracuda", "barracudanetworks.com"),
    ],
)
def test_own_domains(brand: str, domain: str) -> None:
    assert brands.legitimate_for(brand, domain)
