"""The registry of checks: independent functions from a parsed message to findings.

Each check module defines ``check(msg, ctx) -> list[Finding]`` and ``NAMES``, every finding name it
can emit (the scores.toml test holds the two in step). Checks never read each other's findings;
interactions between findings belong to composites in scores.toml.

``ScanContext.enabled_checks`` may name check modules (``"links"``) or finding names
(``"URL_SHORTENER"``): a module runs when either matches, and when finding names are given only
those findings are kept. That is how the fixture tests run one symbol at a time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

CheckFunction = Callable[[Message, ScanContext], list[Finding]]

# Run order is irrelevant to the result (checks are independent); it is fixed for stable output.
MODULES = (
    "policy",
    "auth",
    "sender",
    "government",
    "links",
    "pdf",
    "html",
    "attachments",
    "bulk",
    "headers",
    "lure",
    "scam",
    "body",
    "obfuscation",
    "content",
)
# Modules another part of the tree provides; absent until they land, and the engine runs without them.
OPTIONAL = frozenset({"content"})


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    run: CheckFunction
    names: frozenset[str]


def _load(name: str) -> Check | None:
    module_path = f"{__name__}.{name}"
    try:
        module: ModuleType = importlib.import_module(module_path)
    except ModuleNotFoundError as exc:
        if name in OPTIONAL and exc.name == module_path:
            return None
        raise
    return Check(name, module.check, frozenset(getattr(module, "NAMES", ())))


def _load_all() -> tuple[Check, ...]:
    loaded = (_load(name) for name in MODULES)
    return tuple(check for check in loaded if check is not None)


ALL: tuple[Check, ...] = _load_all()


def selected(enabled: frozenset[str] | None) -> list[tuple[Check, frozenset[str] | None]]:
    """Checks to run, each with the finding names to keep (None: keep all it emits)."""
    if enabled is None:
        return [(check, None) for check in ALL]
    chosen: list[tuple[Check, frozenset[str] | None]] = []
    for check in ALL:
        if check.name in enabled:
            chosen.append((check, None))
        elif check.names & enabled:
            chosen.append((check, check.names & enabled))
    return chosen


def all_names() -> frozenset[str]:
    return frozenset().union(*(check.names for check in ALL))
