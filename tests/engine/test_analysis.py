"""analyze() end to end on small hand-written messages."""

from __future__ import annotations

from mailverdict.engine import Disposition, ScanContext, analyze
from mailverdict.engine.checks import MODULES, OPTIONAL
from mailverdict.engine.context import ListPattern
from mailverdict.engine.verdict import Verdict

# The content model is built elsewhere; these cases test the rule checks on their own.
RULES = ScanContext(enabled_checks=frozenset(MODULES) - OPTIONAL)

PLAIN = (
    b"From: Alice Example <alice@example.org>\r\n"
    b"To: bob@example.net\r\n"
    b"Subject: lunch on thursday\r\n"
    b"Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
    b"Message-ID: <1@example.org>\r\n"
    b"\r\n"
    b"Hi Bob, shall we meet at noon by the station? Alice\r\n"
)

PHISH = (
    b"From: PayPal Security <service@paypal-account-check.top>\r\n"
    b"To: victim@example.net\r\n"
    b"Subject: Your account has been suspended\r\n"
    b"Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
    b"Message-ID: <2@paypal-account-check.top>\r\n"
    b"Authentication-Results: mx.example.net; spf=fail smtp.mailfrom=paypal-account-check.top;"
    b" dkim=none; dmarc=fail header.from=paypal-account-check.top\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n"
    b"\r\n"
    b"<p>Your account will be suspended within 24 hours. Verify your account immediately:"
    b' <a href="http://192.0.2.7/login">https://www.paypal.com/signin</a></p>\r\n'
)


def test_plain_personal_mail_is_clean() -> None:
    verdict = analyze(PLAIN, RULES)
    assert isinstance(verdict, Verdict)
    assert verdict.disposition is Disposition.NONE
    assert verdict.summary.from_address == "alice@example.org"
    assert verdict.summary.subject == "lunch on thursday"
    assert verdict.threat_categories == ()
    assert "check_errors" not in verdict.extra


def test_credential_phish_is_malicious_with_reasons() -> None:
    verdict = analyze(PHISH)
    names = {f.name for f in verdict.findings}
    assert verdict.disposition is Disposition.MALICIOUS
    assert {"LINK_TEXT_MISMATCH", "LINK_IP_LITERAL", "CREDENTIAL_LURE", "DMARC_FAIL"} <= names
    assert verdict.detection_reasons
    assert "CredentialHarvester" in verdict.threat_categories
    assert verdict.validation.spf == "fail" and verdict.validation.dmarc == "fail"
    for finding in verdict.findings:
        assert finding.group and finding.description


def test_findings_are_explained_and_thresholds_reported() -> None:
    verdict = analyze(PHISH)
    assert set(verdict.thresholds) == {"MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK"}
    assert verdict.axis_scores["threat"] >= verdict.thresholds["MALICIOUS"]


def test_trusted_sender_forces_none() -> None:
    ctx = ScanContext(allow_patterns=(ListPattern("paypal-account-check.top", "DOMAIN", kind="trusted_sender"),))
    verdict = analyze(PHISH, ctx)
    assert verdict.disposition is Disposition.NONE
    assert verdict.forced_by == "TRUSTED_SENDER"


def test_learned_fingerprint_forces_its_disposition() -> None:
    first = analyze(PLAIN)
    ctx = ScanContext(learned={first.edf_hash: Disposition.SPAM})
    verdict = analyze(PLAIN, ctx)
    assert verdict.disposition is Disposition.SPAM
    assert verdict.forced_by == "LEARNED_FINGERPRINT"
    learned = next(f for f in verdict.findings if f.name == "LEARNED_FINGERPRINT")
    assert learned.evidence[0] == "SPAM"


def test_fingerprints_are_stable_strings() -> None:
    a, b = analyze(PHISH), analyze(PHISH)
    assert a.edf_hash == b.edf_hash and a.edf_hash.startswith("edf1:")
    assert a.fuzzy_hash == b.fuzzy_hash and a.fuzzy_hash.startswith("fz1:")


def test_garbage_never_raises() -> None:
    for raw in (b"", b"\x00\xff" * 100, b"From:\r\n\r\n", b"Content-Type: multipart/mixed\r\n\r\n--"):
        assert analyze(raw).disposition in set(Disposition)
