"""scores.toml, loaded and validated into typed rules (the file's header documents its format)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from mailverdict.engine.verdict import Disposition

AXES = ("threat", "spoof", "spam", "bulk", "policy")
# Dispositions in the order the scorer tries them: most severe first.
ORDER = (Disposition.MALICIOUS, Disposition.SUSPICIOUS, Disposition.SPOOF, Disposition.SPAM, Disposition.BULK)


class ScoreTableError(ValueError):
    """scores.toml is inconsistent: raised at load, so a bad table never scores a message."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    group: str
    axis: str
    score: float
    description: str
    category: str | None = None
    one_shot: bool = False
    shadow: bool = False
    force: str | None = None  # "NONE" or "learned"
    force_rank: int = 100
    floor: Disposition | None = None
    exempt: frozenset[Disposition] = frozenset()


@dataclass(frozen=True, slots=True)
class Composite:
    rule: Rule
    all: frozenset[str]
    any: tuple[frozenset[str], ...]
    none: frozenset[str]
    remove: frozenset[str]


@dataclass(frozen=True, slots=True)
class Threshold:
    disposition: Disposition
    axis: str
    min: float
    threat_ceiling: float | None = None
    # With lure evidence (these groups' scores reaching lure_min) the axis needs only min_with_lure.
    lure_groups: frozenset[str] = frozenset()
    lure_min: float = 0.0
    min_with_lure: float | None = None


@dataclass(frozen=True, slots=True)
class ScoreTable:
    rules: dict[str, Rule]
    composites: tuple[Composite, ...]
    caps: dict[str, float]
    thresholds: tuple[Threshold, ...]

    def rule(self, name: str) -> Rule | None:
        return self.rules.get(name)


def _rule(name: str, raw: dict[str, Any], groups: dict[str, Any]) -> Rule:
    group = raw.get("group")
    if group not in groups:
        raise ScoreTableError(f"{name}: unknown group {group!r}")
    axis = raw.get("axis", groups[group]["axis"])
    if axis not in AXES:
        raise ScoreTableError(f"{name}: unknown axis {axis!r}")
    force = raw.get("force")
    if force not in (None, "NONE", "learned"):
        raise ScoreTableError(f"{name}: force must be NONE or learned")
    return Rule(
        name=name,
        group=group,
        axis=axis,
        score=float(raw.get("score", 0.0)),
        description=str(raw.get("description", "")),
        category=raw.get("category"),
        one_shot=bool(raw.get("one_shot", False)),
        shadow=bool(raw.get("shadow", False)),
        force=force,
        force_rank=int(raw.get("force_rank", 100)),
        floor=Disposition(raw["floor"]) if "floor" in raw else None,
        exempt=frozenset(Disposition(d) for d in raw.get("exempt", ())),
    )


def parse(document: dict[str, Any]) -> ScoreTable:
    groups: dict[str, Any] = document.get("groups", {})
    for name, group in groups.items():
        if group.get("axis") not in AXES:
            raise ScoreTableError(f"group {name}: unknown axis {group.get('axis')!r}")
    rules = {name: _rule(name, raw, groups) for name, raw in document.get("findings", {}).items()}
    composites = []
    for raw in document.get("composites", []):
        name = raw["name"]
        if name in rules:
            raise ScoreTableError(f"composite {name} reuses a finding name")
        mentioned = set(raw.get("all", ())) | set(raw.get("none", ())) | set(raw.get("remove", ()))
        mentioned |= {n for group in raw.get("any", ()) for n in group}
        unknown = mentioned - set(rules)
        if unknown:
            raise ScoreTableError(f"composite {name} names unknown findings {sorted(unknown)}")
        composites.append(
            Composite(
                rule=_rule(name, raw, groups),
                all=frozenset(raw.get("all", ())),
                any=tuple(frozenset(group) for group in raw.get("any", ())),
                none=frozenset(raw.get("none", ())),
                remove=frozenset(raw.get("remove", ())),
            )
        )
    dispositions = document.get("dispositions", {})
    thresholds = []
    for disposition in ORDER:
        raw = dispositions.get(disposition.value)
        if raw is None:
            raise ScoreTableError(f"no threshold for {disposition.value}")
        ceiling = raw.get("threat_ceiling")
        thresholds.append(
            Threshold(
                disposition,
                raw["axis"],
                float(raw["min"]),
                None if ceiling is None else float(ceiling),
                frozenset(raw.get("lure_groups", ())),
                float(raw.get("lure_min", 0.0)),
                None if raw.get("min_with_lure") is None else float(raw["min_with_lure"]),
            )
        )
    caps = {name: float(group.get("cap", 0.0)) for name, group in groups.items()}
    return ScoreTable(rules, tuple(composites), caps, tuple(thresholds))


@cache
def load() -> ScoreTable:
    text = resources.files("mailverdict.engine").joinpath("scores.toml").read_text(encoding="utf-8")
    return parse(tomllib.loads(text))
