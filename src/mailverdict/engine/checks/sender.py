"""Who the message claims to be from, and whether the claim holds together.

Envelope vs header sender, Reply-To diverting answers elsewhere, display names borrowing a
protected person's or brand's name, and sender domains imitating the account's own domains.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from mailverdict.engine import authresults, brands, lookalike, urls
from mailverdict.engine.checks.links import FREEMAIL, SUSPICIOUS_TLDS, authenticated_brand
from mailverdict.engine.context import ImpersonationEntry, ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = (
    "FROM_ENVELOPE_MISMATCH",
    "REPLY_TO_DIVERGENT",
    "REPLY_TO_FREEMAIL",
    "DISPLAY_NAME_IMPERSONATION",
    "FREEMAIL_TO_ORGANISATION",
    "LOOKALIKE_SENDER_DOMAIN",
    "LOOKALIKE_CORRESPONDENT",
    "PUNYCODE_SENDER",
    "DISPLAY_NAME_ADDRESS_MISMATCH",
    "BRAND_IMPERSONATION",
    "FROM_DOMAIN_INVALID",
    "SENDER_DOMAIN_RANDOM",
    "FREEMAIL_POSING",
    "SENDER_FREE_HOSTING",
    "BRAND_IN_SUBJECT",
    "RECIPIENT_DOMAIN_POSING",
    "SENDER_SUSPICIOUS_TLD",
    "BRAND_OWN_SENDER",
    "SENDER_NAME_COMBO_DOMAIN",
)
# How much of the text is searched for the addresses of a quoted conversation.
_THREAD_CHARS = 20_000
_THREAD_ADDRESSES = 30
# Words of organisations and departments, not people, in display names (several languages).
_ORGANISATION_RE = re.compile(
    r"\b(?:support|team|service|services|security|billing|account|accounts|department|notification|admin"
    r"|administrator|helpdesk|help desk|order|invoice|bank|secure|document|documents|payroll|finance|delivery"
    r"|customer|care|center|centre|official|verification|aviso|suporte|atendimento|servicio|kundenservice"
    r"|compte|protocolo|notifica\w*)\b",
    re.IGNORECASE,
)
# Where anyone can get a sending address or subdomain for free; organisations send from their own.
_FREE_SENDER_SUFFIXES = (
    "onmicrosoft.com",
    "firebaseapp.com",
    "web.app",
    "herokuapp.com",
    "azurewebsites.net",
    "blogspot.com",
    "wixsite.com",
    "weebly.com",
    "000webhostapp.com",
    "github.io",
)

_NAME_FOLD_RE = re.compile(r"[^a-z0-9]+")
_HOSTNAME_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})$")
_CONSONANT_RUN_RE = re.compile(r"[bcdfghjklmnpqrstvwxz]{6,}")


def _random_label(label: str) -> str | None:
    """Why a domain's name label looks machine-generated, or None.

    Registered names are built to be read and typed; throwaway sending domains are not. Six
    consonants in a row or almost no vowels across eight letters are rare in real names.
    """
    letters = re.sub(r"[^a-z]", "", label)
    if len(letters) < 8:
        return None
    run = _CONSONANT_RUN_RE.search(letters)
    if run:
        return f"{label}: consonant run {run.group(0)!r}"
    vowels = sum(c in "aeiouy" for c in letters)
    if vowels / len(letters) < 0.2:
        return f"{label}: {vowels} vowels in {len(letters)} letters"
    return None


def _fold(name: str) -> str:
    return _NAME_FOLD_RE.sub(" ", name.lower()).strip()


# Words an organisation's own marketing or family domain adds to its name ("brand-email.com",
# "hughes-family.org"): no story in them.
_PLAIN_QUALIFIERS = frozenset(
    {"e", "email", "mail", "mailer", "mailing", "news", "newsletter", "newsletters", "marketing", "mkt", "comms",
     "communications", "group", "family"}
)
# What an organisation's own hyphenated domain adds to its name: its trade or legal form
# ("mueller-bau.de", "kellerhaus-architects", "smith-law"). Such a qualifier is no pretext, so the
# claim weighs less; an attacker's added words are the pretext ("-secure", "-rewards", "-lahetys").
_TRADE_QUALIFIERS = frozenset(
    {"architects", "architekten", "architectes", "law", "legal", "lawyers", "abogados", "advogados", "avocats",
     "kanzlei", "consulting", "consultants", "engineering", "engineers", "systems", "solutions", "tech", "technik",
     "media", "studio", "design", "partners", "associates", "clinic", "dental", "medical", "health", "hospital",
     "school", "college", "university", "academy", "schule", "church", "foods", "energy", "freight", "logistics",
     "transport", "transportes", "construction", "construcciones", "builders", "bau", "realty", "immobilien",
     "immobilier", "inmobiliaria", "imoveis", "homes", "insurance", "travel", "tours", "hotel", "restaurant",
     "cafe", "bakery", "farm", "motors", "auto", "electric", "plumbing", "roofing", "joinery", "accountants",
     "steuerberatung", "cpa", "inc", "ltd", "llc", "gmbh", "ag", "sa", "srl", "bv", "co", "corp", "company",
     "international", "global", "usa", "uk", "eu", "de", "fr", "es", "it", "nl"}
)
_GERMAN_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _ascii_words(name: str) -> list[str]:
    """The display name's words in ASCII, as domains spell them: "Grünwald" as grunwald and gruenwald."""
    words: list[str] = []
    for form in (name.lower(), name.lower().translate(_GERMAN_FOLDS)):
        plain = "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
        words.extend(w for w in re.findall(r"[a-z0-9]+", plain) if w not in words)
    return words


def _name_in_combo_domain(name: str, base: str, ctx: ScanContext) -> list[Finding]:
    """The display name's own name joined by a hyphen to other words in the sending domain:
    "Posti" from posti-lahetys.info, "OTP Bank" from otpbank-ertesites.com.

    Combosquatting: a name plus a pretext word is what an attacker registers when the real domain
    is taken, and it needs no brand list, so it holds for banks and shops no list knows. An
    organisation's own hyphenated domain is common too (a savings bank and its town, a firm and its
    trade), so this is weak alone and counts beside a story or the content model's reading.
    """
    if base in FREEMAIL or base in ctx.account_domains or base in ctx.trusted_domains or brands.is_brand_domain(base):
        return []
    parts = [p for p in base.split(".")[0].split("-") if p]
    if len(parts) < 2:
        return []
    words = _ascii_words(name)
    joined = {a + b for a, b in itertools.pairwise(words)}
    named = [p for p in parts if (p in words and len(p) >= 3) or (p in joined and len(p) >= 4)]
    # "Westbrook CC" from westbrook-cc: every word of the name counts as the name's own, short ones too.
    extra = [p for p in parts if p not in words and p not in joined and p not in _PLAIN_QUALIFIERS and not p.isdigit()]
    if not named or not extra:
        return []
    strength = 0.4 if all(p in _TRADE_QUALIFIERS for p in extra) else 1.0
    return [Finding("SENDER_NAME_COMBO_DOMAIN", strength, (f"display name {name[:60]!r}", f"sent from {base}"))]


def _envelope_sender(msg: Message, ctx: ScanContext) -> str | None:
    if ctx.envelope.mail_from:
        return ctx.envelope.mail_from
    return urls.parse_address(msg.header("Return-Path"))[1]


def _registry_address_matches(entry: ImpersonationEntry, address: str) -> bool:
    if entry.is_email_regex:
        try:
            return re.fullmatch(entry.email, address, re.IGNORECASE) is not None
        except re.error:
            return False
    return address.lower() == entry.email.lower()


def _impersonation(msg: Message, ctx: ScanContext, name: str, address: str) -> list[Finding]:
    folded = f" {_fold(name)} "
    found = []
    for entry in ctx.impersonation_registry:
        wanted = _fold(entry.name)
        if wanted and f" {wanted} " in folded and not _registry_address_matches(entry, address):
            found.append(Finding("DISPLAY_NAME_IMPERSONATION", 1.0, (f"display name {name!r}", f"address {address}")))
    return found[:1]


def _brand(name: str, domain: str, ctx: ScanContext) -> list[Finding]:
    if domain in ctx.account_domains or domain in ctx.trusted_domains:
        return []
    named = brands.brands_named(name)
    # "Microsoft OneDrive" from onedrive.com: a product's own domain speaks for its maker too.
    own = [b for b in named if brands.legitimate_for(b, domain)]
    for brand in named:
        if brand in own or any(brands.kin(brand, o) for o in own):
            continue
        strength = 0.5 if brand in brands.AMBIGUOUS or brand in brands.ROLES else 1.0
        return [
            Finding("BRAND_IMPERSONATION", strength, (f"display name {name!r} names {brand}", f"sent from {domain}"))
        ]
    # A brand spelled in disguise ("Amaz0n", "N e t f l i x") is a deliberate claim, never an everyday word.
    for brand in brands.brands_disguised(name):
        if not brands.legitimate_for(brand, domain):
            evidence = (f"display name {name!r} spells {brand} in disguise", f"sent from {domain}")
            return [Finding("BRAND_IMPERSONATION", 1.0, evidence)]
    return []


_EXCHANGE_SYSTEM_RE = re.compile(r"microsoftexchange[0-9a-f]{32}@", re.IGNORECASE)


def _web_hosts(msg: Message) -> list[str | None]:
    """The host of each web link; None where a link names none."""
    return [urls.url_host(link.href) for link in msg.links if link.href[:4].lower() in ("http", "www.")]


def _exchange_report(msg: Message, address: str, base: str, ctx: ScanContext) -> bool:
    """Exchange's own system mail: "Microsoft Outlook" <MicrosoftExchange<32 hex>@the recipients' domain>
    with a delivery-status report, or a notice (mailbox almost full) whose links all go to Microsoft or
    to the organisation itself. The organisation's mail system names itself after its maker; a pose from
    outside under the recipients' own domain fails authentication and is SPOOF whatever this says, and
    one that sends the reader elsewhere is no system notice."""
    if _EXCHANGE_SYSTEM_RE.match(address) is None or base not in recipient_domains(msg, ctx):
        return False
    content_type = (msg.header("Content-Type") or "").lower()
    if "multipart/report" in content_type and "delivery-status" in content_type:
        return True
    hosts = _web_hosts(msg)
    return all(
        host and (brands.legitimate_for("microsoft", registrable) or registrable == base)
        for host in hosts
        for registrable in (urls.registrable_domain(host),)
    )


def _brand_own_sender(msg: Message, name: str, base: str) -> list[Finding]:
    """The display name's brand sending from a domain brands.py lists as its own, and the receiving
    server recorded DMARC pass for that domain: the brand's own mail, not a pose.

    Scoreless: it keeps the readings that only corroborate a story (the content model's, in
    LURE_UNSOLICITED) off a brand's own renewal, storage or delivery notice. A forged From of the
    brand's domain fails DMARC and is SPOOF whatever this says.
    """
    if not authresults.dmarc_pass_for(msg, base):
        return []
    for brand in brands.brands_named(name):
        if brand not in brands.ROLES and brands.legitimate_for(brand, base):
            evidence = (f"display name {name[:60]!r} names {brand}", f"dmarc=pass for {base}")
            return [Finding("BRAND_OWN_SENDER", 1.0, evidence)]
    return []


def _brand_in_subject(msg: Message, subject: str, domain: str, ctx: ScanContext) -> list[Finding]:
    """A subject speaking for a brand ("Your PayPal account") from a domain that is not the brand's.

    Weaker than a display name: news and reviews name brands in subjects too, so this counts
    mostly in composites, next to a lure. A brand's own authenticated mail poses as nobody when it
    names another brand or its own product by another name ("Your payment to Netflix" from PayPal).
    """
    if domain in ctx.account_domains or domain in ctx.trusted_domains:
        return []
    if authenticated_brand(msg, domain):
        return []
    for brand in brands.brands_named(subject):
        if brand in brands.ROLES or brands.legitimate_for(brand, domain):
            continue
        strength = 0.5 if brand in brands.AMBIGUOUS else 1.0
        return [Finding("BRAND_IN_SUBJECT", strength, (f"subject names {brand}", f"sent from {domain}"))]
    return []


def recipient_domains(msg: Message, ctx: ScanContext) -> list[str]:
    """The registrable domains of the To, Cc and envelope recipients, in order."""
    found = [a for field in ("To", "Cc") for _, a in urls.parse_addresses(msg.header(field), 20)]
    found += list(ctx.envelope.rcpt_to[:20])
    domains = (urls.address_domain(a) for a in found)
    return list(dict.fromkeys(urls.registrable_domain(d) for d in domains if d))


def _names_label(name: str, label: str) -> bool:
    return re.search(rf"(?<![.\w]){re.escape(label)}(?!\w)", name.lower()) is not None


def _recipient_domain_posing(msg: Message, ctx: ScanContext, name: str, base: str) -> list[Finding]:
    """The recipient's own organisation named in the display name or subject of mail from elsewhere.

    "Contoso IT Support" or "contoso.example: password expiry" speaks for the reader's organisation;
    a sender outside it has no business doing so. Free-mail domains name no organisation.
    """
    folded = f" {_fold(name)} "
    subject = f" {_fold(msg.subject[:300])} "
    for domain in recipient_domains(msg, ctx)[:5]:
        # A name without a dot (a local or placeholder domain) names no organisation anyone could pose as.
        if "." not in domain or domain == base or domain in FREEMAIL or domain in ctx.trusted_domains:
            continue
        label = domain.split(".")[0]
        # Whole words only: "contoso" in "Contoso IT", never inside another word, nor a host name's
        # top-level label ("srv1.host.example" names the host, not example.com).
        named = f" {_fold(domain)} "
        if named in folded or (len(label) >= 4 and f" {label} " in folded and _names_label(name, label)):
            return [Finding("RECIPIENT_DOMAIN_POSING", 1.0, (f"display name {name[:60]!r} names {domain}",))]
        # List mail names its list's domain in the subject; that is the list speaking, not a pose.
        if named in subject and not (msg.has_header("List-Id") or msg.has_header("List-Post")):
            return [Finding("RECIPIENT_DOMAIN_POSING", 1.0, (f"subject names {domain}",))]
    return []


def _links_agree(msg: Message, shown: str) -> bool:
    """Every web link goes to the domain the display name shows: a forwarding or relay address
    delivering that sender's own mail, not a disguise (a pose sends the reader elsewhere)."""
    wanted = urls.registrable_domain(shown)
    hosts = _web_hosts(msg)
    return bool(hosts) and all(host and urls.registrable_domain(host) == wanted for host in hosts)


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    address = msg.from_address or ""
    domain = msg.from_domain
    name = msg.from_name or ""
    base = urls.registrable_domain(domain) if domain else None

    envelope = urls.address_domain(_envelope_sender(msg, ctx))
    if base and envelope and urls.registrable_domain(envelope) != base:
        findings.append(Finding("FROM_ENVELOPE_MISMATCH", 1.0, (f"envelope {envelope}", f"header From {domain}")))

    reply_domain = urls.address_domain(msg.reply_to)
    if base and reply_domain and urls.registrable_domain(reply_domain) != base:
        reply_base = urls.registrable_domain(reply_domain)
        findings.append(Finding("REPLY_TO_DIVERGENT", 1.0, (f"Reply-To {msg.reply_to}", f"From {address}")))
        if reply_base in FREEMAIL and base not in FREEMAIL:
            findings.append(Finding("REPLY_TO_FREEMAIL", 1.0, (f"replies go to {msg.reply_to}", f"From {address}")))
    elif base in FREEMAIL and reply_domain == domain and (msg.reply_to or "").lower() != address.lower():
        # At a free-mail provider each mailbox is its own person: replies sent to another one leave the writer.
        findings.append(Finding("REPLY_TO_DIVERGENT", 1.0, (f"Reply-To {msg.reply_to}", f"From {address}")))

    if name and address:
        findings.extend(_impersonation(msg, ctx, name, address))
        shown = [d for d in urls.emails_in_text(name) if urls.registrable_domain(d) != base]
        if shown and not _links_agree(msg, shown[0]):
            findings.append(
                Finding(
                    "DISPLAY_NAME_ADDRESS_MISMATCH", 1.0, (f"display name shows {shown[0]}", f"sent from {address}")
                )
            )
    if name and base and not _exchange_report(msg, address, base, ctx):
        findings.extend(_brand(name, base, ctx))
        findings.extend(_brand_own_sender(msg, name, base))
        findings.extend(_name_in_combo_domain(name, base, ctx))
    if base and msg.subject:
        findings.extend(_brand_in_subject(msg, msg.subject[:300], base, ctx))
    # A registrar, host or mail-security service authenticated as itself names its customer's domain
    # ("example.com expires in 15 days", "quarantine summary for ...@example.com"): it serves it.
    if base and not authenticated_brand(msg, base):
        findings.extend(_recipient_domain_posing(msg, ctx, name, base))
    if name and base in FREEMAIL:
        # The free-mail provider's own name is no pose ("Yahoo! News" from yahoo.com).
        foreign = [b for b in brands.brands_named(name) if not brands.legitimate_for(b, base)]
        visible = foreign or _ORGANISATION_RE.findall(name) or re.findall(r"\d{5,}|#\d+", name)
        if visible:
            findings.append(Finding("FREEMAIL_POSING", 1.0, (f"display name {name[:60]!r} ({visible[0]})", address)))
    if name and base in FREEMAIL:
        # A person's free-mail account writing into an organisation: the business e-mail compromise's
        # sender ("the CEO" from a new Gmail), scored only beside a payment request.
        organisations = [d for d in recipient_domains(msg, ctx)[:5] if "." in d and d != base and d not in FREEMAIL]
        if organisations:
            findings.append(Finding("FREEMAIL_TO_ORGANISATION", 1.0, (f"{address} writes to {organisations[0]}",)))
    if domain and any(domain == s or domain.endswith("." + s) for s in _FREE_SENDER_SUFFIXES):
        findings.append(Finding("SENDER_FREE_HOSTING", 1.0, (f"sent from {domain}",)))

    if address and "@" in address and not (domain and _HOSTNAME_RE.match(domain)):
        findings.append(Finding("FROM_DOMAIN_INVALID", 1.0, (f"From {address}: not a valid domain",)))
    elif base:
        randomness = _random_label(base.split(".")[0])
        if randomness:
            findings.append(Finding("SENDER_DOMAIN_RANDOM", 1.0, (randomness,)))
        if urls.tld(base) in SUSPICIOUS_TLDS:
            findings.append(Finding("SENDER_SUSPICIOUS_TLD", 1.0, (f"sent from {base}",)))

    if domain:
        if any(label.startswith("xn--") for label in domain.split(".")):
            findings.append(Finding("PUNYCODE_SENDER", 1.0, (domain, lookalike.unicode_host(domain))))
        if domain not in ctx.trusted_domains:
            for protected in ctx.account_domains:
                reason = lookalike.imitates(domain, protected)
                if reason:
                    findings.append(Finding("LOOKALIKE_SENDER_DOMAIN", 1.0, (reason,)))
                    break
            else:
                findings.extend(_lookalike_correspondent(msg, ctx, domain))
    return findings


def _lookalike_correspondent(msg: Message, ctx: ScanContext, domain: str) -> list[Finding]:
    """The sender's domain a letter or a hyphen from a recipient's or from an address the quoted
    conversation shows: the look-alike domain a thread hijacker registers to step into a supplier's
    or a customer's conversation ("coastlinefrieght" answering for "coastlinefreight")."""
    base = urls.registrable_domain(domain)
    if base in FREEMAIL:
        return []
    named = recipient_domains(msg, ctx)[:10]
    named += [urls.registrable_domain(d) for d in urls.address_domains(msg.text[:_THREAD_CHARS], _THREAD_ADDRESSES)]
    for other in dict.fromkeys(named):
        if other and other != base and other not in FREEMAIL:
            reason = lookalike.imitates_correspondent(base, other)
            if reason:
                return [Finding("LOOKALIKE_CORRESPONDENT", 1.0, (reason,))]
    return []
