"""The content model: what a message's words say about it, as ham / spam / phishing probabilities.

Tokens come from the subject and the visible body text only, never from headers, so the model
cannot learn which server, mailer or year a message came from. Tokens are hashed into buckets; the
shipped model (``data/content_model.json``, written by ``mailverdict train``) maps the buckets it
kept to one weight per class. Inference is a sparse dot product and a softmax in pure Python.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from mailverdict.engine import urls
from mailverdict.engine.message import Message
from mailverdict.engine.phrases import lowered_is_exact
from mailverdict.engine.regexscan import Anchored

LABELS = ("ham", "spam", "phishing")
FORMAT = "mailverdict-content-model/1"
BUCKETS = 1 << 20
MAX_CHARS = 20_000  # of each text handed in; MAX_WORDS words rarely need more
MAX_WORDS = 2_500

_URL_RE = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"']{1,2000}", re.IGNORECASE)
_IP_URL_RE = re.compile(r"^(?:[a-z]+://)?(?:[^/@\s]*@)?\d{1,3}(?:\.\d{1,3}){3}(?:[:/]|$)", re.IGNORECASE)
# The look-behind keeps the scan linear: without it every position inside a long word restarts the match.
_EMAIL_RE = re.compile(r"(?<![\w.+'-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*")
# The same two, searched from near what every match holds: a link's "://" or "www." (see urls.py),
# an address's "@" at most 64 characters in.
_URLS = Anchored(_URL_RE, urls.LINK_LITERALS, urls.LINK_REACH)
_ADDRESSES = Anchored(_EMAIL_RE, ("@",), 64)
# Money written "$ 5" or "5 dollars": one pattern per form, each searched for only where its
# sign or currency word occurs (in the lowered text, when that lines up with the text).
_MONEY_SIGNS = "$€£"
_MONEY_SIGN_RE = re.compile(r"[$€£]\s?\d")
_MONEY_WORD_RE = re.compile(r"\d\s?(?:usd|eur|gbp|dollars)\b", re.IGNORECASE)
_MONEY_WORD_LOWERED = Anchored(re.compile(_MONEY_WORD_RE.pattern), ("usd", "eur", "gbp", "dollars"), 2)
_PERCENT_RE = re.compile(r"\d\s?%")
# Letters only: digits carry dates, years, prices and ids, which describe the era, not the intent.
_WORD_RE = re.compile(r"[^\W\d_]{2,24}")
_CAPS_RE = re.compile(r"\b[A-Z]{4,}\b")
_CAPS_RUN_RE = re.compile(r"[A-Z][A-Z][A-Z][A-Z]")  # spelled out: a leading class is searched for, a repeat is not
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# A separator line followed by text that list software appends (footers, sponsor blocks).
_FOOTER_RE = re.compile(
    r"^[ \t]*[-_=]{10,}[ \t]*$(?=[\s\S]{0,400}?(?:mailing list|listinfo|sponsored by|"
    r"you received this message because you are subscribed))",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE_RE = re.compile(r"(?:^|\n)-- ?\r?(?:\n|$)")
_ATTRIBUTION_RE = re.compile(r"^.{0,200}\bwrote:\s*$", re.MULTILINE)
# Header-like lines inside a body (forwarded or feed items): "Date: ...", "URL: ...".
_HEADER_LINE_RE = re.compile(r"^[ \t]*(?:date|url|from|to|cc|sent|subject):[ \t].*$", re.IGNORECASE | re.MULTILINE)
# Image placeholders that feed-to-mail gateways write into plain text ("[IMG: http://...]").
_IMAGE_PLACEHOLDER_RE = re.compile(r"\[img:[^\]]{0,1000}\]", re.IGNORECASE)
# Subject decorations: list tags ("[SAtalk]") name the list; reply and forward prefixes mark a
# thread, which a list archive has plenty of and a phisher can add at will.
_SUBJECT_TAG_RE = re.compile(r"\[[^\]]{0,40}\]|\b(?:re|fw|fwd|aw|sv|tr)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)

# Names of the lists, projects and anonymisation placeholders of the training corpora
# (SpamAssassin public corpus 2002, Nazario phishing 2004-05). They identify the source, not
# the kind of mail, so they are never features.
_CORPUS_NAMES = """
    spamassassin exmh razor razored zzzz zzzzason zzzzteana yyyy ilug satalk sourceforge sfnet osdn
    thinkgeek geocrawler xent freshrpms rpm apt taint jmason netnoteinc dogma slashnull deepeddy
    listinfo listmaster mailman lockergnome newsisfree boingboing spamd spamc spambayes username spanky
"""
# The ham lists are spam fighters' lists: there "spam" marks ham, anywhere else the reverse.
_SPAM_TALK = "spam spams spammer spammers spamming"
# Month and weekday names date a message (quoted headers, deadlines) rather than describe it.
_CALENDAR = """
    jan feb mar apr jun jul aug sep sept oct nov dec january february april june july august
    september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday
    wednesday thursday friday saturday sunday
"""
SOURCE_TOKENS = frozenset(" ".join((_CORPUS_NAMES, _SPAM_TALK, _CALENDAR)).split())


def _strip_non_author_text(text: str) -> str:
    """Drop list footers, signatures, attribution and header-like lines, and quoted lines.

    None of it is the author's words, and on list mail all of it names the list or the people.
    Quoting itself is not a feature: a list archive is full of it and a phisher can fake it."""
    footer = _FOOTER_RE.search(text)
    if footer:
        text = text[: footer.start()]
    signature = _SIGNATURE_RE.search(text)
    if signature:
        text = text[: signature.start()]
    text = _IMAGE_PLACEHOLDER_RE.sub(" ", _HEADER_LINE_RE.sub(" ", _ATTRIBUTION_RE.sub(" ", text)))
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _has_money(text: str) -> bool:
    if any(sign in text for sign in _MONEY_SIGNS) and _MONEY_SIGN_RE.search(text):
        return True
    lowered = text.lower()
    if not lowered_is_exact(text, lowered):
        return _MONEY_WORD_RE.search(text) is not None
    return _MONEY_WORD_LOWERED.search(lowered) is not None


def _markers(text: str) -> Iterator[str]:
    """Shape tokens for what the letters-only words drop: links, addresses, money, scripts."""
    # A link as such is no sign either way (2002 list mail is full of them); a link to a bare IP is.
    if any(_IP_URL_RE.match(url.group(0)) for url in _URLS.finditer(text)):
        yield "__url_ip__"
    if _ADDRESSES.search(text) is not None:
        yield "__email__"
    if _has_money(text):
        yield "__money__"
    # Substring and one-class searches that every match needs rule most texts out at C speed.
    if "%" in text and _PERCENT_RE.search(text):
        yield "__percent__"
    if _CAPS_RUN_RE.search(text) and len(_CAPS_RE.findall(text)) >= 3:
        yield "__shouting__"
    if text.isascii():  # known without reading the text
        return
    if _CJK_RE.search(text):
        yield "__cjk__"
    if _CYRILLIC_RE.search(text):
        yield "__cyrillic__"


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text.lower()) if w not in SOURCE_TOKENS][:MAX_WORDS]


def tokens(subject: str, texts: Iterable[str]) -> list[str]:
    """Features of one message: subject words, body words and word bigrams, and shape markers.

    ``texts`` are the message's readable bodies (plain text, HTML reduced to its visible text).
    """
    subject = subject[:1000]
    out = [f"s:{w}" for w in _words(_SUBJECT_TAG_RE.sub(" ", _URL_RE.sub(" ", subject)))]
    if _CAPS_RE.search(subject):
        out.append("s:__shouting__")
    for raw in texts:
        body = _strip_non_author_text(raw[:MAX_CHARS])
        out.extend(_markers(body))
        body = _ADDRESSES.sub(" ", _URLS.sub(" ", body))
        words = _words(body)
        out.extend(words)
        out.extend(f"{a} {b}" for a, b in itertools.pairwise(words))
    return out


def message_inputs(msg: Message) -> tuple[str, tuple[str, ...]]:
    """Subject and readable bodies of a parsed message: the plain part and the HTML's visible text
    (both, as spam often says different things in each). Training reads messages through this too."""
    html_text = msg.html.text if msg.html_source else ""
    return msg.subject, (msg.plain, html_text)


def _buckets(tokens: Iterable[str]) -> Iterator[int]:
    """Stable hashes (crc32, not ``hash()``, which changes per process), in map()s: a message has
    thousands of tokens, and this way none costs a Python-level call."""
    encoded = map(operator.methodcaller("encode", "utf-8", "surrogatepass"), tokens)
    return map((BUCKETS - 1).__and__, map(zlib.crc32, encoded))


def bucket(token: str) -> int:
    return next(_buckets((token,)))


def feature_buckets(subject: str, texts: Iterable[str]) -> set[int]:
    """The set of buckets present: presence, not counts, so repetition buys a spammer nothing."""
    return set(_buckets(tokens(subject, texts)))


@dataclass(frozen=True, slots=True)
class ContentModel:
    """Per-class bias and sparse per-bucket weights of a softmax regression over L2-normalised presence."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[int, tuple[float, ...]]
    meta: Mapping[str, object]

    def probabilities(self, buckets: set[int]) -> dict[str, float]:
        scores = list(self.bias)
        if buckets:
            # Scale by the count of all features, kept or pruned, exactly as in training.
            scale = 1.0 / math.sqrt(len(buckets))
            # Most buckets have no weights; dropping them in C first leaves the Python loop the few that do.
            for row in filter(None, map(self.weights.get, buckets)):
                for i, w in enumerate(row):
                    scores[i] += w * scale
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def predict(self, subject: str, texts: Iterable[str]) -> dict[str, float]:
        return self.probabilities(feature_buckets(subject, texts))

    def to_json(self) -> str:
        document = {
            "format": FORMAT,
            "labels": list(self.labels),
            "buckets": BUCKETS,
            "bias": list(self.bias),
            "meta": dict(self.meta),
            # Sorted so that the same training run always writes the same bytes.
            "weights": {str(b): list(self.weights[b]) for b in sorted(self.weights)},
        }
        return json.dumps(document, separators=(",", ":"), sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ContentModel:
        document = json.loads(text)
        if document.get("format") != FORMAT or document.get("buckets") != BUCKETS:
            raise ValueError(f"not a {FORMAT} file with {BUCKETS} buckets")
        labels = tuple(document["labels"])
        weights = {int(b): tuple(float(w) for w in row) for b, row in document["weights"].items()}
        if any(len(row) != len(labels) for row in weights.values()) or len(document["bias"]) != len(labels):
            raise ValueError("weight rows do not match the labels")
        return cls(labels, tuple(float(b) for b in document["bias"]), weights, document.get("meta", {}))

    @classmethod
    def load(cls, path: Path) -> ContentModel:
        return cls.from_json(path.read_text(encoding="utf-8"))


_shipped: ContentModel | None = None
_override: ContentModel | None = None


def shipped_model_text() -> str:
    return resources.files("mailverdict.engine").joinpath("data/content_model.json").read_text("utf-8")


def current_model() -> ContentModel:
    """The model the content check uses: an override while one is active, else the shipped file."""
    global _shipped
    if _override is not None:
        return _override
    if _shipped is None:
        _shipped = ContentModel.from_json(shipped_model_text())
    return _shipped


@contextmanager
def using_model(model: ContentModel) -> Iterator[None]:
    """Scan with another model for a while: cross-validation retrains per fold and runs the whole
    engine, whose check signature has no room for a model. Not thread-safe; training only."""
    global _override
    previous, _override = _override, model
    try:
        yield
    finally:
        _override = previous
