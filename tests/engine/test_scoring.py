"""The scorer's documented order: scores, forced outcomes, composites, group caps, thresholds."""

from __future__ import annotations

from typing import Any

from mailverdict.engine.scoretable import ScoreTable, parse
from mailverdict.engine.scoring import score
from mailverdict.engine.verdict import Disposition, Finding


def _table(**overrides: Any) -> ScoreTable:
    document: dict[str, Any] = {
        "dispositions": {
            "MALICIOUS": {"axis": "threat", "min": 10.0},
            "SUSPICIOUS": {"axis": "threat", "min": 5.0},
            "SPOOF": {"axis": "spoof", "min": 4.0},
            "SPAM": {"axis": "spam", "min": 6.0},
            "BULK": {"axis": "bulk", "min": 2.0, "threat_ceiling": 3.0},
        },
        "groups": {
            "t": {"axis": "threat", "cap": 8.0},
            "s": {"axis": "spoof", "cap": 10.0},
            "x": {"axis": "spam", "cap": 10.0},
            "b": {"axis": "bulk", "cap": 5.0},
            "p": {"axis": "policy", "cap": 0.0},
        },
        "findings": {
            "T1": {"group": "t", "score": 6.0, "description": "t1"},
            "T2": {"group": "t", "score": 6.0, "description": "t2"},
            "T3": {"group": "t", "score": 2.0, "description": "t3", "shadow": True},
            "S1": {"group": "s", "score": 4.0, "description": "s1"},
            "X1": {"group": "x", "score": 3.0, "description": "x1", "one_shot": True},
            "B1": {"group": "b", "score": 3.0, "description": "b1"},
            "ALLOW": {"group": "p", "score": 0.0, "force": "NONE", "force_rank": 2},
            "LEARN": {"group": "p", "score": 0.0, "force": "learned", "force_rank": 1},
            "FLOOR": {"group": "p", "score": 0.0, "floor": "SPAM"},
            "EXEMPT": {"group": "p", "score": 0.0, "exempt": ["SPOOF", "SPAM", "BULK"]},
        },
        "composites": [
            {"name": "C1", "all": ["S1"], "any": [["B1"]], "remove": ["S1"], "group": "s", "score": 0.5},
            {"name": "C2", "all": ["T1"], "any": [["X1"]], "none": ["B1"], "group": "t", "score": 1.0},
        ],
    }
    document.update(overrides)
    return parse(document)


def f(name: str, strength: float = 1.0, *evidence: str) -> Finding:
    return Finding(name, strength, evidence)


def test_thresholds_pick_the_most_severe_axis_reached() -> None:
    table = _table()
    assert score([], table).disposition is Disposition.NONE
    assert score([f("T1")], table).disposition is Disposition.SUSPICIOUS
    assert score([f("S1")], table).disposition is Disposition.SPOOF
    assert score([f("B1")], table).disposition is Disposition.BULK
    assert score([f("S1"), f("X1", 0.7)], table).disposition is Disposition.SPOOF


def test_strength_scales_and_group_cap_limits() -> None:
    outcome = score([f("T1"), f("T2", 0.5)], _table())
    assert outcome.axes["threat"] == 8.0  # 6 + 3 capped to 8
    scores = {x.name: x.score for x in outcome.findings}
    assert abs(scores["T1"] - 5.333) < 0.01 and abs(scores["T2"] - 2.667) < 0.01
    assert outcome.disposition is Disposition.SUSPICIOUS  # the cap keeps it below MALICIOUS


def test_shadow_findings_score_nothing_but_stay_visible() -> None:
    outcome = score([f("T3")], _table())
    (finding,) = outcome.findings
    assert finding.score == 0.0 and finding.description.startswith("[shadow]")


def test_one_shot_counts_once() -> None:
    outcome = score([f("X1", 0.5), f("X1", 1.0), f("X1", 1.0)], _table())
    assert [x.score for x in outcome.findings if x.name == "X1"] == [3.0]


def test_composites_add_and_remove() -> None:
    outcome = score([f("S1"), f("B1")], _table())
    scores = {x.name: x.score for x in outcome.findings}
    assert scores["C1"] == 0.5 and scores["S1"] == 0.0
    assert outcome.disposition is Disposition.BULK
    blocked = score([f("T1"), f("X1"), f("B1")], _table())
    assert "C2" not in {x.name for x in blocked.findings}  # `none` holds it back


def test_spam_axis_adds_all_non_bulk_evidence() -> None:
    outcome = score([f("T1", 0.5), f("X1")], _table())
    assert outcome.axes["threat"] == 4.0  # T1 3.0 + composite C2 1.0
    assert outcome.axes["spam"] == 7.0
    assert outcome.disposition is Disposition.SPAM


def test_bulk_with_threat_evidence_becomes_spam() -> None:
    assert score([f("B1"), f("T1", 0.6)], _table()).disposition is Disposition.SPAM


def test_forced_outcomes_win_and_lowest_rank_first() -> None:
    table = _table()
    assert score([f("T1"), f("T2"), f("ALLOW")], table).disposition is Disposition.NONE
    outcome = score([f("ALLOW"), f("LEARN", 1.0, "BULK")], table)
    assert outcome.disposition is Disposition.BULK and outcome.forced_by == "LEARN"
    assert score([f("LEARN", 1.0, "not-a-disposition")], table).forced_by is None


def test_floor_and_exemptions() -> None:
    table = _table()
    assert score([f("FLOOR")], table).disposition is Disposition.SPAM
    assert score([f("FLOOR"), f("T1"), f("T2")], table).disposition is Disposition.SUSPICIOUS
    assert score([f("EXEMPT"), f("S1")], table).disposition is Disposition.NONE
    assert score([f("EXEMPT"), f("T1")], table).disposition is Disposition.SUSPICIOUS


def test_unlisted_names_score_zero() -> None:
    (finding,) = score([f("NOT_IN_TABLE")], _table()).findings
    assert finding.score == 0.0 and finding.group == "unlisted"


def test_shipped_table_loads_with_ordered_thresholds() -> None:
    from mailverdict.engine.scoretable import load

    table = load()
    mins = {t.disposition: t.min for t in table.thresholds}
    assert mins[Disposition.MALICIOUS] > mins[Disposition.SUSPICIOUS]


def test_lure_evidence_lowers_the_suspicious_minimum() -> None:
    base = _table()
    document_dispositions = {
        "MALICIOUS": {"axis": "threat", "min": 10.0},
        "SUSPICIOUS": {"axis": "threat", "min": 5.0, "lure_groups": ["l"], "lure_min": 2.0, "min_with_lure": 3.5},
        "SPOOF": {"axis": "spoof", "min": 4.0},
        "SPAM": {"axis": "spam", "min": 6.0},
        "BULK": {"axis": "bulk", "min": 2.0, "threat_ceiling": 3.0},
    }
    groups = {**{g: {"axis": base_axis, "cap": 10.0} for g, base_axis in (("t", "threat"), ("b", "bulk"))}}
    groups["l"] = {"axis": "threat", "cap": 10.0}
    findings = {
        "T4": {"group": "t", "score": 2.0, "description": "t4"},
        "L1": {"group": "l", "score": 2.0, "description": "l1"},
        "B1": {"group": "b", "score": 3.0, "description": "b1"},
    }
    table = _table(dispositions=document_dispositions, groups=groups, findings=findings, composites=[])
    # threat 4 with a lure: suspicious; the same threat without one stays spam-or-bulk evidence.
    assert score([f("T4"), f("L1"), f("B1")], table).disposition is Disposition.SUSPICIOUS
    assert score([f("T4"), f("T4", 0.99), f("B1")], table).disposition is Disposition.SPAM
    # a weak lure (below lure_min) does not lower the bar
    assert score([f("T4"), f("T4", 0.99), f("L1", 0.5), f("B1")], table).disposition is Disposition.SPAM
    assert base.thresholds[1].min_with_lure is None
