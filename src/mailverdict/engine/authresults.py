"""SPF, DKIM, DMARC and ARC outcomes as recorded by receiving servers.

Sources, most trusted first: Authentication-Results (RFC 8601, parsed with authres), ARC-
Authentication-Results, then Received-SPF. Real-world headers often break the RFC (Microsoft's omit
the authserv-id), so when authres refuses a header we retry with a placeholder id and finally read
``method=result`` pairs with a pattern. The first header seen wins for each method: the top header
is the one our own (or the nearest) receiving server added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import authres

from mailverdict.engine.message import Message

# compauth is Exchange Online's composite verdict (its own judgement of whether From is genuine).
MAX_HEADERS = 4  # per header name: the nearest servers' results are the ones that count
METHODS = ("spf", "dkim", "dmarc", "arc", "compauth")
_PAIR_RE = re.compile(r"(?:^|[;\s])(spf|dkim|dmarc|arc|compauth)\s*=\s*([a-z]+)", re.IGNORECASE)
_NO_AUTHSERV_RE = re.compile(r"^\s*[a-z][a-z0-9-]*\s*=", re.IGNORECASE)
_FROM_RE = re.compile(r"header\.from\s*=\s*([^\s;()]+)", re.IGNORECASE)
_DKIM_D_RE = re.compile(r"header\.d\s*=\s*([^\s;()]+)", re.IGNORECASE)
_SPF_WORD_RE = re.compile(r"^\s*([a-z]+)", re.IGNORECASE)
# Result words mapped onto the spec's Validation vocabulary: pass|neutral|fail|error|none.
_VALIDATION = {
    "pass": "pass",
    "fail": "fail",
    "softfail": "fail",
    "hardfail": "fail",
    "neutral": "neutral",
    "policy": "neutral",
    "none": "none",
    "temperror": "error",
    "permerror": "error",
    "error": "error",
    "bestguesspass": "neutral",
}


@dataclass(frozen=True, slots=True)
class AuthResults:
    """Raw result words per method (``softfail`` stays ``softfail``) plus what they were about."""

    results: dict[str, str] = field(default_factory=dict)
    header_from: str | None = None  # the domain DMARC evaluated, when stated
    dkim_domains: tuple[str, ...] = ()  # header.d of passing DKIM signatures
    sources: tuple[str, ...] = ()  # the header lines read, as evidence

    def validation(self, method: str) -> str:
        word = self.results.get(method)
        if word is None:
            return "none"
        return _VALIDATION.get(word, "neutral")


def _parse_authres(value: str) -> list[tuple[str, str, dict[str, str]]]:
    # A header that opens with "method=" has no authserv-id (Exchange writes them so): add one
    # up front instead of letting authres fail first, which costs as much as a full parse.
    attempts = ("unknown; " + value,) if _NO_AUTHSERV_RE.match(value) else (value, "unknown; " + value)
    for attempt in attempts:
        try:
            header = authres.AuthenticationResultsHeader.parse_value(attempt)
        except Exception:
            continue
        out = []
        for result in header.results:
            props = {f"{p.type}.{p.name}".lower(): str(p.value) for p in getattr(result, "properties", [])}
            out.append((str(result.method).lower(), str(result.result).lower(), props))
        return out
    pairs: list[tuple[str, str, dict[str, str]]] = [(m.lower(), r.lower(), {}) for m, r in _PAIR_RE.findall(value)]
    found_from = _FROM_RE.search(value)
    if found_from:
        pairs.append(("header", "from", {"header.from": found_from.group(1)}))
    return pairs


def read(msg: Message) -> AuthResults:
    """The message's authentication results, parsed once per message and shared."""
    cached = msg.memo.get("authresults")
    if isinstance(cached, AuthResults):
        return cached
    result = _read(msg)
    msg.memo["authresults"] = result
    return result


def _read(msg: Message) -> AuthResults:
    results: dict[str, str] = {}
    header_from: str | None = None
    dkim_domains: list[str] = []
    sources: list[str] = []
    for name in ("Authentication-Results", "ARC-Authentication-Results"):
        for value in msg.header_all(name)[:MAX_HEADERS]:
            # ARC-Authentication-Results starts with "i=N;" before the authserv-id.
            if all(m in results for m in ("spf", "dkim", "dmarc")):
                break  # nearer servers already answered everything farther ones could
            text = re.sub(r"^\s*i\s*=\s*\d+\s*;", "", value) if name.startswith("ARC") else value
            parsed = _parse_authres(text)
            if parsed:
                sources.append(f"{name}: {value[:200]}")
            for method, result, props in parsed:
                if method == "header":
                    header_from = header_from or props.get("header.from")
                    continue
                if method in METHODS and method not in results:
                    results[method] = result
                if method == "dmarc" and header_from is None:
                    header_from = props.get("header.from")
                if method == "dkim" and result == "pass":
                    domain = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
                    if not domain:
                        found = _DKIM_D_RE.search(text)
                        domain = found.group(1) if found else ""
                    if domain:
                        dkim_domains.append(domain.lower())
    if "spf" not in results:
        spf = msg.header("Received-SPF")
        if spf:
            word = _SPF_WORD_RE.match(spf)
            if word:
                results["spf"] = word.group(1).lower()
                sources.append(f"Received-SPF: {spf[:200]}")
    return AuthResults(results, header_from.lower() if header_from else None, tuple(dkim_domains), tuple(sources))
