"""SPF, DKIM, DMARC and ARC outcomes as recorded by receiving servers.

Sources, most trusted first: Authentication-Results (RFC 8601), ARC-
Authentication-Results, then Received-SPF. Real-world headers often break the RFC (Microsoft's omit
the authserv-id): a header with none is read as if it had one, and one that breaks the grammar
otherwise is read for ``method=result`` pairs with a pattern. The first header seen wins for each method: the top header
is the one our own (or the nearest) receiving server added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailverdict.engine import urls
from mailverdict.engine.message import Message

# compauth is Exchange Online's composite verdict (its own judgement of whether From is genuine).
MAX_HEADERS = 4  # per header name: the nearest servers' results are the ones that count
METHODS = ("spf", "dkim", "dmarc", "arc", "compauth")
_PAIR_RE = re.compile(r"(?:^|[;\s])(spf|dkim|dmarc|arc|compauth)\s*=\s*([a-z]+)", re.IGNORECASE)
# RFC 8601 resinfo: "method[/version]=result", then "reason=value" and "ptype.property=value" pairs.
_METHODSPEC_RE = re.compile(r"\s*([a-z0-9][a-z0-9_-]*)\s*(?:/\s*\d+\s*)?=\s*([a-z0-9_-]+)(?=[\s;]|$)", re.IGNORECASE)
# A bare "key=value" (reason=, and Exchange's action=) is allowed and not kept.
_PROPSPEC_RE = re.compile(
    r'\s*(?:([a-z0-9_-]+)\s*\.\s*([a-z0-9_.-]+)|[a-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)', re.IGNORECASE)
_FROM_RE = re.compile(r"header\.from\s*=\s*([^\s;()]+)", re.IGNORECASE)
_DKIM_D_RE = re.compile(r"header\.d\s*=\s*([^\s;()]+)", re.IGNORECASE)
_MAILFROM_RE = re.compile(r"smtp\.mailfrom\s*=\s*([^\s;()]+)", re.IGNORECASE)
# Received-SPF names the envelope sender as "envelope-from=..." or in its comment "domain of X".
_SPF_SENDER_RE = re.compile(r"envelope-from\s*=\s*\"?<?([^\s;\"<>]+)|domain of\s+<?([^\s;()<>]+)", re.IGNORECASE)
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
    spf_domain: str | None = None  # the envelope (MAIL FROM) domain SPF was checked for, when stated
    sources: tuple[str, ...] = ()  # the header lines read, as evidence

    def validation(self, method: str) -> str:
        word = self.results.get(method)
        if word is None:
            return "none"
        return _VALIDATION.get(word, "neutral")


def _parse_authres(value: str) -> list[tuple[str, str, dict[str, str]]]:
    parsed = _parse_rfc8601(value)
    if parsed is not None:
        return parsed
    pairs: list[tuple[str, str, dict[str, str]]] = [(m.lower(), r.lower(), {}) for m, r in _PAIR_RE.findall(value)]
    found_from = _FROM_RE.search(value)
    if found_from:
        pairs.append(("header", "from", {"header.from": found_from.group(1)}))
    return pairs


def _parse_rfc8601(value: str) -> list[tuple[str, str, dict[str, str]]] | None:
    """(method, result, {"ptype.property": value}) per resinfo; None when the header breaks RFC 8601.

    A header that opens with "method=" has no authserv-id (Exchange writes them so) and is read
    as if it had one.
    """
    segments = _split(_uncomment(value))
    if segments is None:
        return None
    if "=" not in segments[0]:
        segments = segments[1:]
    out: list[tuple[str, str, dict[str, str]]] = []
    for segment in segments:
        if not segment.strip() or segment.strip().lower() == "none":
            continue
        spec = _METHODSPEC_RE.match(segment)
        if spec is None:
            return None
        props: dict[str, str] = {}
        rest = segment[spec.end():]
        for found in _PROPSPEC_RE.finditer(rest):
            ptype, prop, raw = found.group(1, 2, 3)
            if ptype is not None:
                props[f"{ptype}.{prop}".lower()] = _unquote(raw)
        if _PROPSPEC_RE.sub("", rest).strip():
            return None
        out.append((spec.group(1).lower(), spec.group(2).lower(), props))
    return out


def _uncomment(value: str) -> str | None:
    """The header with its (possibly nested) comments blanked; None when a comment or quote is left open."""
    if "(" not in value:
        return value if value.count('"') % 2 == 0 else None
    out: list[str] = []
    depth = 0
    quoted = escaped = False
    for char in value:
        if escaped:
            escaped = False
        elif char == "\\" and (quoted or depth):
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == "(":
            depth += 1
            continue
        elif char == ")" and depth:
            depth -= 1
            out.append(" ")
            continue
        elif char == '"' and not depth:
            quoted = True
        if not depth:
            out.append(char)
    return None if depth or quoted else "".join(out)


def _split(value: str | None) -> list[str] | None:
    """The header's ";"-separated parts, a quoted ";" kept inside its part."""
    if value is None:
        return None
    if '"' not in value:
        return value.split(";")
    parts, start, quoted, escaped = [], 0, False, False
    for at, char in enumerate(value):
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            parts.append(value[start:at])
            start = at + 1
    parts.append(value[start:])
    return parts


def _unquote(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return re.sub(r"\\(.)", r"\1", raw[1:-1])
    return raw


def read(msg: Message) -> AuthResults:
    """The message's authentication results, parsed once per message and shared."""
    return msg.once("authresults", _read)


def dmarc_pass_for(msg: Message, registrable: str) -> bool:
    """Whether the receiving server recorded DMARC pass for the From's ``registrable`` domain."""
    auth = read(msg)
    if auth.results.get("dmarc") != "pass":
        return False
    return not auth.header_from or urls.registrable_domain(auth.header_from) == registrable


def _read(msg: Message) -> AuthResults:
    results: dict[str, str] = {}
    header_from: str | None = None
    dkim_domains: list[str] = []
    sources: list[str] = []
    spf_domain: str | None = None
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
                    if method == "spf":
                        found_mailfrom = _MAILFROM_RE.search(text)
                        spf_domain = _domain(props.get("smtp.mailfrom") or (found_mailfrom and found_mailfrom.group(1)))
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
                stated = _SPF_SENDER_RE.search(spf)
                spf_domain = _domain(stated and (stated.group(1) or stated.group(2)))
    return AuthResults(
        results, header_from.lower() if header_from else None, tuple(dkim_domains), spf_domain, tuple(sources)
    )


def _domain(value: str | None) -> str | None:
    """The domain of an address or a bare domain, as smtp.mailfrom states either."""
    if not value:
        return None
    domain = value.rpartition("@")[2].strip("<>.").lower()
    return domain if "." in domain else None
