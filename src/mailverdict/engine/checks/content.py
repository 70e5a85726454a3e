"""CONTENT_*: what the shipped content model makes of a message's subject and visible text.

The model (engine/content.py) gives ham / spam / phishing probabilities. A finding is emitted
only when a class wins clearly; its strength rises from 0 at ``FLOOR`` to 1 at certainty, so
scores.toml weights scale with how sure the model is.
"""

from __future__ import annotations

from mailverdict.engine.content import current_model, feature_buckets, message_inputs
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

FLOOR = 0.5  # below this probability a class has not won, so nothing is said
FINDINGS = {"spam": "CONTENT_SPAM", "phishing": "CONTENT_PHISH"}
NAMES = frozenset(FINDINGS.values())


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    subject, texts = message_inputs(msg)
    probabilities = current_model().probabilities(feature_buckets(subject, texts))
    findings: list[Finding] = []
    for label, name in FINDINGS.items():
        p = probabilities.get(label, 0.0)
        if p > FLOOR:
            strength = round(min(1.0, (p - FLOOR) / (1.0 - FLOOR)), 3)
            findings.append(Finding(name=name, strength=strength, evidence=(f"p({label})={p:.3f}",)))
    return findings
