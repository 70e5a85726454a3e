"""Running the whole engine over a labelled corpus and counting what it decided, per label.

What counts as caught follows the corpus README: phishing is caught when it is MALICIOUS,
SUSPICIOUS or SPOOF; spam when it is anything but NONE; ham is a false positive when it is
anything but NONE or BULK (list and newsletter mail is legitimately BULK).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from mailverdict.engine.content import LABELS
from mailverdict.engine.verdict import Disposition, Verdict
from mailverdict.training.corpus import Example

Analyzer = Callable[[bytes], Verdict]
# Told of every scanned message: its example, the verdict (None when the engine raised) and the disposition counted.
Recorder = Callable[[Example, Verdict | None, str], None]

CAUGHT: dict[str, frozenset[Disposition]] = {
    "phishing": frozenset({Disposition.MALICIOUS, Disposition.SUSPICIOUS, Disposition.SPOOF}),
    "spam": frozenset(d for d in Disposition if d is not Disposition.NONE),
    # For ham, "caught" is a false positive.
    "ham": frozenset(d for d in Disposition if d not in (Disposition.NONE, Disposition.BULK)),
}
ORDER = [d.value for d in sorted(Disposition, key=lambda d: -d.severity)]


@dataclass
class Tally:
    """Dispositions per label, with the time spent inside the analyzer."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    seconds: float = 0.0
    messages: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, label: str, disposition: str) -> None:
        per_label = self.counts.setdefault(label, {})
        per_label[disposition] = per_label.get(disposition, 0) + 1

    def merge(self, other: Tally) -> None:
        for label, dispositions in other.counts.items():
            for disposition, n in dispositions.items():
                per_label = self.counts.setdefault(label, {})
                per_label[disposition] = per_label.get(disposition, 0) + n
        self.seconds += other.seconds
        self.messages += other.messages
        self.errors.extend(other.errors)

    def rate(self, label: str) -> float | None:
        """Detection rate (phishing, spam) or false-positive rate (ham) for ``label``."""
        dispositions = self.counts.get(label, {})
        total = sum(dispositions.values())
        if not total or label not in CAUGHT:
            return None
        caught = sum(n for d, n in dispositions.items() if Disposition(d) in CAUGHT[label])
        return caught / total

    def report(self) -> dict[str, object]:
        labels: dict[str, object] = {}
        for label in sorted(self.counts, key=lambda x: (LABELS.index(x) if x in LABELS else len(LABELS), x)):
            dispositions = self.counts[label]
            total = sum(dispositions.values())
            entry: dict[str, object] = {
                "count": total,
                "dispositions": {d: dispositions.get(d, 0) for d in ORDER},
                "shares": {d: round(dispositions.get(d, 0) / total, 4) for d in ORDER},
            }
            rate = self.rate(label)
            if rate is not None:
                entry["false_positive_rate" if label == "ham" else "detection_rate"] = round(rate, 4)
            labels[label] = entry
        return {
            "labels": labels,
            "messages": self.messages,
            "seconds": round(self.seconds, 3),
            "messages_per_second": round(self.messages / self.seconds, 1) if self.seconds else None,
            "errors": self.errors[:50],
        }


def evaluate(
    examples: Iterable[Example],
    analyze: Analyzer,
    progress: Callable[[], None] | None = None,
    record: Recorder | None = None,
) -> Tally:
    """Scan every example; a crash is counted as an error (and a NONE), never raised."""
    tally = Tally()
    for example in examples:
        raw = example.path.read_bytes()
        started = time.perf_counter()
        verdict: Verdict | None = None
        try:
            verdict = analyze(raw)
            disposition = verdict.disposition.value
        except Exception as exc:
            disposition = Disposition.NONE.value
            tally.errors.append(f"{example.path.name}: {type(exc).__name__}: {exc}"[:300])
        tally.seconds += time.perf_counter() - started
        tally.messages += 1
        tally.add(example.label, disposition)
        if record is not None:
            record(example, verdict, disposition)
        if progress is not None:
            progress()
    return tally


def caught(label: str, disposition: str) -> bool | None:
    """Whether ``disposition`` counts as caught for ``label`` (a false positive for ham); None for other labels."""
    return Disposition(disposition) in CAUGHT[label] if label in CAUGHT else None


def detail(example: Example, verdict: Verdict | None, disposition: str) -> dict[str, object]:
    """One message's line in an evaluation's per-message report: enough to see why it was (not) caught."""
    return {
        "path": str(example.path),
        "label": example.label,
        "disposition": disposition,
        "caught": caught(example.label, disposition),
        "axes": {} if verdict is None else {k: round(v, 2) for k, v in verdict.axis_scores.items()},
        "findings": {} if verdict is None else {f.name: round(f.score, 2) for f in verdict.findings},
        "error": verdict is None,
    }
