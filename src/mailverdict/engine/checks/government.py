"""GOVERNMENT_POSING: a display name that speaks for a government body, from a domain outside any government's.

Ministries, tax offices, courts, traffic departments and city halls write from under their country's
government suffix: gov.br, jus.br, gouv.fr, gob.mx, .gov, gov.uk, canada.ca. brands.py lists the
bodies phishing names most, each with its own domains, and BRAND_IMPERSONATION reads those; this
check reads the rest by the words that name a body of government ("Secretaria da Fazenda",
"Ministerio de Salud", "Department of Revenue").

Only countries whose agencies send from a government suffix are read. German and Spanish agencies
often write from ordinary domains of their own (elster.de, aeat.es), so their words are not here.
"""

from __future__ import annotations

import re

from mailverdict.engine import brands, urls
from mailverdict.engine.checks.links import FREEMAIL
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.textnorm import readable
from mailverdict.engine.verdict import Finding

NAMES = ("GOVERNMENT_POSING",)

_BODY_RE = re.compile(
    r"\b(?:"
    # pt (Brazil and Portugal)
    r"secretaria (?:estadual |municipal )?(?:da|de|do) (?:estado (?:da|de) )?"
    r"(?:fazenda|receita|economia|sa[úu]de|educa[çc][ãa]o|tr[âa]nsito|seguran[çc]a|finan[çc]as|tributa[çc][ãa]o)"
    r"|minist[ée]rio (?:da|de|do|das|dos) \w+|minist[ée]rio p[úu]blico"
    r"|governo (?:federal|do estado|estadual|municipal)|prefeitura (?:municipal|de|da|do)"
    r"|receita (?:federal|estadual)|poder judici[áa]rio|justi[çc]a (?:federal|do trabalho|eleitoral)"
    r"|tribunal (?:de justi[çc]a|regional|superior|federal)|pol[íi]cia (?:federal|civil|militar|rodovi[áa]ria)"
    r"|departamento (?:estadual|nacional) de tr[âa]nsito|autoridade tribut[áa]ria"
    # es (the Americas)
    r"|ministerio (?:de|del) \w+|secretar[íi]a de (?:hacienda|finanzas|movilidad|salud|econom[íi]a)"
    r"|servicio de administraci[óo]n tributaria|gobierno (?:de m[ée]xico|federal|nacional)"
    # fr
    r"|minist[èe]re (?:de|des|du) \w+|direction g[ée]n[ée]rale des finances publiques|tr[ée]sor public"
    r"|service des imp[ôo]ts|gouvernement (?:du|de|fran[çc]ais)"
    # en
    r"|department of (?:revenue|motor vehicles|taxation|labou?r|the treasury|transportation|health|justice"
    r"|homeland security|education|state|finance)"
    r"|ministry of \w+|internal revenue service|revenue agency|tax (?:office|authority|administration)"
    r"|(?:federal|national) government|government of \w+|social security administration"
    r")\b",
    re.IGNORECASE,
)
# Government suffixes: gov.br, gouv.fr, gob.mx, gc.ca, .gov, .mil, jus.br (courts), state.ny.us, go.jp.
_GOVERNMENT_DOMAIN_RE = re.compile(
    r"(?:^|\.)(?:(?:gov|gouv|gob|govt|mil|gc)\.[a-z]{2}|gov|mil|(?:jus|leg|mp|def)\.br|canada\.ca|europa\.eu"
    r"|nic\.in|state\.[a-z]{2}\.us|go\.[a-z]{2})$"
)


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    name = readable(msg.from_name or "")
    domain = (msg.from_address or "").rpartition("@")[2].lower().rstrip(".")
    if not name or not domain or urls.registrable_domain(domain) in FREEMAIL or _GOVERNMENT_DOMAIN_RE.search(domain):
        return []
    body = _BODY_RE.search(name)
    # A listed body is BRAND_IMPERSONATION's to judge, with the domains it really uses.
    if body is None or brands.brands_named(name):
        return []
    return [Finding("GOVERNMENT_POSING", 1.0, (f"display name {name[:60]!r} names {body.group(0)!r}", domain))]
