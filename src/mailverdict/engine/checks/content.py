"""CONTENT_*: what the shipped content model makes of a message's subject and visible text.

The model (engine/content.py) gives ham / spam / phishing probabilities. A finding is emitted
once a class's probability passes its floor; its strength rises from 0 at the floor to 1 at
certainty, so scores.toml weights scale with how sure the model is. CONTENT_PHISH needs the class
to win (0.5); CONTENT_SPAM starts lower (0.35), so spam the model half-suspects still adds a little
to the corroborating evidence (chosen by 5-fold whole-engine cross-validation on train/).
"""

from __future__ import annotations

from mailverdict.engine.content import current_model, feature_buckets, message_inputs
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

FLOORS = {"spam": 0.35, "phishing": 0.5}  # below its floor a class says nothing
FINDINGS = {"spam": "CONTENT_SPAM", "phishing": "CONTENT_PHISH"}
NAMES = frozenset(FINDINGS.values())


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    subject, texts = message_inputs(msg)
    probabilities = current_model().probabilities(feature_buckets(subject, texts))
    findings: list[Finding] = []
    for label, name in FINDINGS.items():
        p, floor = probabilities.get(label, 0.0), FLOORS[label]
        if p > floor:
            strength = round(min(1.0, (p - floor) / (1.0 - floor)), 3)
            findings.append(Finding(name=name, strength=strength, evidence=(f"p({label})={p:.3f}",)))
    return findings
