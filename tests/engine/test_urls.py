"""urls.address_domains: the domains of the addresses in a long text, found from each "@"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mailverdict.engine import urls


def test_address_domains_reads_each_address_once_in_order() -> None:
    text = "From: Kylie <kylie.dunn@coastlinefreight.example> wrote to tom@Bell.example, @nobody, x@y and a@b.co.uk."
    assert urls.address_domains(text, 30) == ["coastlinefreight.example", "bell.example", "b.co.uk"]
    assert urls.address_domains(text, 1) == ["coastlinefreight.example"]
    assert urls.address_domains("no address here", 30) == []


@given(st.text(alphabet="ab.-@ +xyz", max_size=80))
def test_address_domains_finds_every_address_the_pattern_does(text: str) -> None:
    found = urls.address_domains(text, 1000)
    assert set(urls.emails_in_text(text)) <= set(found)
    # And nothing but a domain written right after an "@" that follows an address character.
    assert all(f"@{domain}" in text.lower() for domain in found)
