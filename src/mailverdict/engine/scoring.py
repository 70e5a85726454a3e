"""The one scorer: findings in, a disposition with its reasons out. All numbers live in scores.toml.

Order, each step on the result of the one before:

1. **Scores.** Each finding gets its rule's score times its strength. ``one_shot`` names count
   once (the strongest emission), ``shadow`` names score 0, unlisted names score 0.
2. **Forced outcomes.** A finding with ``force`` fixes the disposition (lowest ``force_rank``
   wins): an allow policy forces NONE, a learned fingerprint forces the disposition it carries.
   Scoring still runs to completion so the verdict explains what the message would have been.
3. **Composites.** Named combinations add a finding and may zero others (``remove``).
4. **Group caps.** A group's positive scores are scaled down together so they add up to its cap.
5. **Thresholds.** Axis totals are compared with the disposition thresholds, most severe first.
   Exemptions (acceptable sender) skip dispositions; BULK falls back to SPAM when threat
   evidence reaches its ceiling; a threshold with ``min_with_lure`` needs only that much when the
   lure groups score at least ``lure_min`` (a lure with threat evidence is suspicious, not spam);
   a floor (block list) raises the result to at least the floor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from mailverdict.engine.scoretable import ScoreTable, Threshold, load
from mailverdict.engine.verdict import Disposition, Finding


@dataclass(frozen=True, slots=True)
class Outcome:
    disposition: Disposition
    total: float
    axes: dict[str, float]
    findings: tuple[Finding, ...]  # scored, composites included, strongest first
    thresholds: dict[str, float]
    forced_by: str | None


def _merge_one_shot(findings: Sequence[Finding], table: ScoreTable) -> list[Finding]:
    merged: dict[str, Finding] = {}
    out: list[Finding] = []
    for finding in findings:
        rule = table.rule(finding.name)
        if rule is None or not rule.one_shot:
            out.append(finding)
            continue
        kept = merged.get(finding.name)
        if kept is None or finding.strength > kept.strength:
            merged[finding.name] = finding
    return out + list(merged.values())


def _forced(findings: Sequence[Finding], table: ScoreTable) -> tuple[Disposition, str] | None:
    best: tuple[int, Disposition, str] | None = None
    for finding in findings:
        rule = table.rule(finding.name)
        if rule is None or rule.force is None:
            continue
        if rule.force == "learned":
            try:
                disposition = Disposition(finding.evidence[0])
            except (IndexError, ValueError):
                continue
        else:
            disposition = Disposition(rule.force)
        if best is None or rule.force_rank < best[0]:
            best = (rule.force_rank, disposition, finding.name)
    return (best[1], best[2]) if best else None


def _composites(findings: list[Finding], table: ScoreTable) -> tuple[list[Finding], set[str]]:
    present = {f.name for f in findings}
    added: list[Finding] = []
    removed: set[str] = set()
    for composite in table.composites:
        if not composite.all <= present or composite.none & present:
            continue
        if not all(group & present for group in composite.any):
            continue
        evidence = tuple(sorted((composite.all | {n for g in composite.any for n in g}) & present))
        added.append(Finding(composite.rule.name, 1.0, evidence))
        removed |= composite.remove
    return findings + added, removed


def _score_one(finding: Finding, table: ScoreTable, removed: set[str]) -> Finding:
    rule = table.rule(finding.name)
    if rule is None:
        for composite in table.composites:
            if composite.rule.name == finding.name:
                rule = composite.rule
                break
    if rule is None:
        return replace(finding, score=0.0, group="unlisted", description="not listed in scores.toml")
    score = 0.0 if rule.shadow or finding.name in removed else rule.score * max(0.0, min(1.0, finding.strength))
    description = f"[shadow] {rule.description}" if rule.shadow else rule.description
    return replace(finding, score=score, group=rule.group, description=description)


def _cap(findings: list[Finding], table: ScoreTable) -> list[Finding]:
    positive: dict[str, float] = {}
    for finding in findings:
        if finding.score > 0:
            positive[finding.group] = positive.get(finding.group, 0.0) + finding.score
    out = []
    for finding in findings:
        cap = table.caps.get(finding.group)
        total = positive.get(finding.group, 0.0)
        if cap is not None and finding.score > 0 and total > cap:
            finding = replace(finding, score=finding.score * cap / total)
        out.append(replace(finding, score=round(finding.score, 3)))
    return out


def _axes(findings: list[Finding], table: ScoreTable) -> dict[str, float]:
    sums = {"threat": 0.0, "spoof": 0.0, "spam": 0.0, "bulk": 0.0, "policy": 0.0}
    composite_axes = {c.rule.name: c.rule.axis for c in table.composites}
    for finding in findings:
        rule = table.rule(finding.name)
        axis = rule.axis if rule else composite_axes.get(finding.name, "policy")
        sums[axis] += finding.score
    # SPAM reads all non-bulk evidence: threats and spoofing are unwanted too.
    return {
        "threat": round(sums["threat"], 3),
        "spoof": round(sums["spoof"], 3),
        "spam": round(sums["threat"] + sums["spoof"] + sums["spam"], 3),
        "bulk": round(sums["bulk"], 3),
    }


def _minimum(threshold: Threshold, findings: list[Finding]) -> float:
    """The threshold's minimum, lowered to ``min_with_lure`` when the lure groups carry enough evidence."""
    if threshold.min_with_lure is None:
        return threshold.min
    lure = sum(f.score for f in findings if f.group in threshold.lure_groups)
    return threshold.min_with_lure if lure >= threshold.lure_min else threshold.min


def _decide(axes: dict[str, float], findings: list[Finding], table: ScoreTable) -> Disposition:
    exempt: set[Disposition] = set()
    floor = Disposition.NONE
    for finding in findings:
        rule = table.rule(finding.name)
        if rule is None:
            continue
        exempt |= rule.exempt
        if rule.floor is not None and rule.floor.severity > floor.severity:
            floor = rule.floor
    result = Disposition.NONE
    for threshold in table.thresholds:
        if threshold.disposition in exempt or axes[threshold.axis] < _minimum(threshold, findings):
            continue
        if threshold.threat_ceiling is not None and axes["threat"] >= threshold.threat_ceiling:
            # Marketing that carries threat evidence is not graymail: treat it as spam.
            result = Disposition.NONE if Disposition.SPAM in exempt else Disposition.SPAM
        else:
            result = threshold.disposition
        break
    return floor if floor.severity > result.severity else result


def score(findings: Sequence[Finding], table: ScoreTable | None = None) -> Outcome:
    table = table or load()
    merged = _merge_one_shot(findings, table)
    forced = _forced(merged, table)
    with_composites, removed = _composites(merged, table)
    scored = _cap([_score_one(f, table, removed) for f in with_composites], table)
    axes = _axes(scored, table)
    disposition = forced[0] if forced else _decide(axes, scored, table)
    ordered = tuple(sorted(scored, key=lambda f: (-f.score, f.name)))
    return Outcome(
        disposition=disposition,
        total=round(sum(f.score for f in scored), 3),
        axes=axes,
        findings=ordered,
        thresholds={t.disposition.value: t.min for t in table.thresholds},
        forced_by=forced[1] if forced else None,
    )
