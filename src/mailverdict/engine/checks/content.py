"""CONTENT_*: what the shipped content model makes of a message's subject, visible text and link text.

The model (engine/content.py) gives ham / spam / phishing probabilities. A finding is emitted
only when a class wins clearly; its strength rises from 0 at the class's floor to 1 at certainty,
so scores.toml weights scale with how sure the model is.

Spam is said twice. CONTENT_BULK (bulk axis, flat) as soon as spam wins: words that read more like
unsolicited commercial mail than anything else make a message graymail at least, which costs a
newsletter nothing. CONTENT_SPAM (spam axis) only from a higher floor, so that SPAM itself needs
the model to be nearly certain or another check to agree.
"""

from __future__ import annotations

from mailverdict.engine.content import current_model, feature_buckets, message_inputs
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

# Probability floors, chosen by 5-fold whole-engine cross-validation on train/ (never dev/).
FLOORS = {"CONTENT_PHISH": ("phishing", 0.5), "CONTENT_SPAM": ("spam", 0.7), "CONTENT_BULK": ("spam", 0.5)}
FLAT = frozenset({"CONTENT_BULK"})  # full strength once over the floor
NAMES = frozenset(FLOORS)


# A message of a word or two ("Invoice INV-20931" over an attached PDF) gives the model a handful of
# features, and one strong word then makes it as sure as a whole letter would: below this many
# features (words, word pairs and markers) the strength is scaled down in proportion.
FULL_EVIDENCE = 6


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    buckets = feature_buckets(*message_inputs(msg))
    probabilities = current_model().probabilities(buckets)
    evidence = min(1.0, len(buckets) / FULL_EVIDENCE)
    findings: list[Finding] = []
    for name, (label, floor) in FLOORS.items():
        p = probabilities.get(label, 0.0)
        if p > floor:
            strength = 1.0 if name in FLAT else round(evidence * min(1.0, (p - floor) / (1.0 - floor)), 3)
            findings.append(Finding(name=name, strength=strength, evidence=(f"p({label})={p:.3f}",)))
    return findings
