"""brands.py: the shops and loyalty cards, airlines and their programmes, hotels, telecoms, insurers, fuel
and energy, streaming, antivirus, payment apps, banks, tolls and tax and vehicle agencies that consumer
scams wear in the US, UK, Ireland, Canada, Australia, New Zealand and western Europe."""

from __future__ import annotations

import pytest

from mailverdict.engine import brands


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Tesco Clubcard", "tesco clubcard"),
        ("Sainsbury\u2019s Nectar", "sainsbury's"),
        ("Boots Advantage Card Team", "boots advantage card"),
        ("Everyday Rewards", "everyday rewards"),
        ("ALDI UK Specialbuys", "aldi uk"),
        ("Lidl Plus Kundenservice", "lidl plus"),
        ("Carte Carrefour", "carte carrefour"),
        ("CVS", "cvs"),
        ("Target Circle", "target circle"),
        ("Qantas Frequent Flyer", "qantas frequent flyer"),
        ("Miles & More Service", "miles & more"),
        ("Velocity Frequent Flyer", "velocity frequent flyer"),
        ("Aeroplan Member Services", "aeroplan"),
        ("British Airways Executive Club", "british airways"),
        ("Emirates", "emirates"),
        ("AAdvantage Member Services", "aadvantage"),
        ("Delta SkyMiles", "delta skymiles"),
        ("IHG One Rewards", "ihg one rewards"),
        ("Telstra Plus", "telstra plus"),
        ("EE", "ee"),
        ("Three", "three"),
        ("Rogers", "rogers"),
        ("Direct Line Insurance", "direct line insurance"),
        ("Progressive Snapshot", "progressive snapshot"),
        ("Shell Go+", "shell go+"),
        ("BP", "bp"),
        ("KFC Rewards", "kfc"),
        ("Windows Defender Support", "windows defender"),
        ("NortonLifeLock Billing", "nortonlifelock"),
        ("Linkt", "linkt"),
        ("Canada Revenue Agency", "canada revenue agency"),
        ("DVLA", "dvla"),
        ("TV Licensing", "tv licensing"),
        ("ARD ZDF Deutschlandradio Beitragsservice", "ard zdf deutschlandradio beitragsservice"),
        ("Telepass", "telepass"),
        ("AIR MILES Récompenses", "air miles récompenses"),
        ("Yodel Delivery", "yodel"),
        ("SNCF Connect", "sncf connect"),
        ("ADAC Mitgliederservice", "adac"),
        ("X", "x"),
        ("Messenger", "messenger"),
        ("Accounts Center", "accounts center"),
        ("Snapchat Support", "snapchat"),
        ("Discord", "discord"),
    ],
)
def test_named(name: str, brand: str) -> None:
    assert brand in brands.brands_named(name)


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words, surnames and places that a brand's short name spells.
        "Target dates for the Q3 release",
        "Delta Dental of Ohio",
        "Shell scripting workshop",
        "New boots in stock",
        "Three things to know this week",
        "Sky Harper",
        "Rogers & Partners LLP",
        "Nationwide recall of baby formula",
        "Progressive web apps meetup",
        "Banco Iberia Empresas",
        "United Arab Emirates Embassy",
        "Halifax Public Libraries",
        "Spectrum Health",
        "Wise words from our founder",
        "Square footage of the new office",
        "RBC Capital Markets",
        "NHS Confederation",
        "Payback period of the new boiler",
        "hyatt@mozilla",
        "Dr. Michael Rossmann",
        "Colloqui generali del secondo quadrimestre",
        "Allianz für Cybersicherheit",
        "Avviso pagoPA prima rata",
        "Chipotle chicken tacos tonight",
        "X marks the spot",
        "The messenger RNA vaccine study",
        "Discord in the committee",
        "Tinder and kindling for the fire pit",
    ],
)
def test_everyday_words_name_no_brand(text: str) -> None:
    assert brands.brands_named(text) == []


@pytest.mark.parametrize(
    ("brand", "domain"),
    [
        ("tesco clubcard", "tesco.com"),
        ("everyday rewards", "woolworthsrewards.com.au"),
        ("velocity frequent flyer", "velocityfrequentflyer.com"),
        ("miles & more", "miles-and-more.com"),
        ("aadvantage", "aa.com"),
        ("avios", "britishairways.com"),
        ("flying blue", "klm.com"),
        ("pc optimum", "pcoptimum.ca"),
        ("triangle rewards", "triangle.com"),
        ("plusnet", "plus.net"),
        ("octopus energy", "octopus.energy"),
        ("cra", "gc.ca"),
        ("mygov", "my.gov.au"),
        ("revenue nsw", "nsw.gov.au"),
        ("ird", "govt.nz"),
        ("dmv", "ca.gov"),
        ("dvla", "service.gov.uk"),
        ("icbc", "icbc.com"),
        ("emirates skywards", "emirates.email"),
        ("ryanair", "ryanairemail.com"),
        ("nhs", "service.gov.uk"),
        ("verizon", "vzwshop.com"),
        ("marriott bonvoy", "email-marriott.com"),
        ("canada post", "postescanada.ca"),
        ("metamask", "consensys.net"),
        ("irs", "govdelivery.com"),
        ("dick's sporting goods", "dcsg.com"),
    ],
)
def test_own_domains(brand: str, domain: str) -> None:
    assert brands.legitimate_for(brand, domain)


@pytest.mark.parametrize(
    ("brand", "domain"),
    [
        ("everyday rewards", "everydayrewards-au.net"),
        ("miles & more", "meilenkonto-service.de"),
        ("dmv", "dmv-renewals.com"),
        ("cra", "cra-refund.ca"),
    ],
)
def test_lookalikes_are_not_own(brand: str, domain: str) -> None:
    assert not brands.legitimate_for(brand, domain)
