"""brands.py: workplace software and crypto wallets, and the self-hosted products left out."""

from __future__ import annotations

import pytest

from mailverdict.engine import analyze, brands
from tests.engine.mail import authenticated


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Slack", "slack"),
        ("SAP Concur", "sap concur"),
        ("Okta Identity Services", "okta"),
        ("Workday Notifications", "workday"),
        ("Ledger Live", "ledger live"),
    ],
)
def test_named(name: str, brand: str) -> None:
    assert brand in brands.brands_named(name)


@pytest.mark.parametrize("text", ["The general ledger closes on Friday", "Take up the slack", "A notion of fairness"])
def test_everyday_words_are_not_brands(text: str) -> None:
    assert brands.brands_named(text) == []


def _names(sender: str) -> set[str]:
    msg = authenticated(sender, "Your workspace", "Your workspace will be deactivated unless you review it.")
    return {f.name for f in analyze(msg.as_bytes()).findings}


def test_a_workplace_brand_from_elsewhere_is_impersonation() -> None:
    assert "BRAND_IMPERSONATION" in _names("Slack <feedback@slack-workspace-review.example>")


def test_a_workplace_brand_from_its_own_domain_is_not() -> None:
    assert "BRAND_IMPERSONATION" not in _names("Slack <feedback@slack.com>")


def test_a_self_hosted_product_under_its_own_name_is_not() -> None:
    assert "BRAND_IMPERSONATION" not in _names("GitLab <gitlab@git.contoso.example>")
