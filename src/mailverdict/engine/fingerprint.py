"""Two fingerprints that let the service recognise a message it has seen before, or one like it.

``edf_hash`` ("envelope, design, files") describes how a message is *built*: the MIME tree shape,
the sender's registrable domain, the set of link domains, the attachment hashes, the subject with
numbers masked, and the order of magnitude of the body length. Messages from one campaign share it
even when names, amounts and tracking IDs differ. Format: ``edf1:`` + 32 hex digits.

``fuzzy_hash`` describes what a message *says*. The body text is lower-cased and stripped of
numbers, capitalised words (names, places) and punctuation; the remaining words form 3-word
shingles; each shingle is hashed and the 4 smallest hashes (a bottom-k min-hash) are joined and
hashed into the key. A small edit changes the key only when it touches one of those 4 minimal
shingles, so near-duplicates usually share a key while unrelated texts practically never do. Texts
too short to shingle (under 8 kept words) fall back to hashing the kept words with the sender
domain, so that every short message does not collapse onto one shared key. Format: ``fz1:`` + 24
hex digits.

Both are pure functions of the parsed message and are stable across runs and machines.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import itertools
import math
import operator
import re
import zlib

from mailverdict.engine import urls
from mailverdict.engine.message import Message

SHINGLE = 3
BOTTOM_K = 4
MIN_WORDS = 8
MAX_WORDS = 3000

_WORD_RE = re.compile(r"[^\W\d_]+")
# In ASCII text (most mail) every other character made a space, so that split() gives the runs of
# letters at C speed: the words, of which the capitalised ones are then dropped.
_ASCII_LETTERS = bytes(c if chr(c).isascii() and chr(c).isalpha() else ord(" ") for c in range(256))
# ASCII whitespace (what str.split() splits at) made a space and all else "x": a word opens at each
# "x" after a space, so words are counted without being cut out.
_ASCII_SPACES = bytes(ord(" ") if chr(c).isspace() else ord("x") for c in range(128)).ljust(256, b"x")
_AFTER_CAPITALS = functools.partial(operator.lt, b"[")
_SUBJECT_PREFIX_RE = re.compile(r"^\s*((re|fw|fwd|aw|wg|sv|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")


def _digest(parts: list[str], size: int) -> str:
    joined = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(joined, digest_size=size).hexdigest()


def subject_skeleton(subject: str) -> str:
    subject = _SUBJECT_PREFIX_RE.sub("", subject)
    return _SPACE_RE.sub(" ", _DIGITS_RE.sub("#", subject.lower())).strip()[:200]


def kept_words(text: str) -> list[str]:
    """Words that survive normalisation: no numbers, no capitalised words, lower case."""
    text = text[:100_000]
    if text.isascii():
        return [word.decode("ascii") for word in _ascii_kept(text)]
    words = _WORD_RE.findall(text)
    # Iterator plumbing instead of a comprehension: the filter then runs in C, thousands of words a message.
    capitalised = map(str.isupper, map(operator.itemgetter(0), words))
    return list(itertools.islice(itertools.compress(words, map(operator.not_, capitalised)), MAX_WORDS))


def _ascii_kept(text: str) -> list[bytes]:
    """``kept_words`` of ASCII text, as bytes."""
    runs = text.encode("ascii").translate(_ASCII_LETTERS).split()
    # "[" sorts after the capitals and before the small letters: the runs opening with a small one.
    # (operator.lt through partial: a call of the method-wrapper b"[".__lt__ costs more than the test.)
    return list(itertools.islice(filter(_AFTER_CAPITALS, runs), MAX_WORDS))


def word_count(text: str) -> int:
    """``len(text.split())``."""
    if not text.isascii():
        return len(text.split())
    marked = text.encode("ascii").translate(_ASCII_SPACES)
    return marked.count(b" x") + marked.startswith(b"x")


def edf_hash(msg: Message) -> str:
    return msg.once("edf_hash", _edf)


def _edf(msg: Message) -> str:
    shape = [f"{p.depth}:{p.content_type}" for p in msg.parts[:100]]
    sender = urls.registrable_domain(msg.from_domain) if msg.from_domain else "-"
    link_domains = sorted({urls.registrable_domain(host) for link in msg.links if (host := urls.url_host(link.href))})[
        :50
    ]
    files = sorted(a.facts.sha256 for a in msg.attachments)[:50]
    words = word_count(msg.text)
    size_class = str(int(math.log2(words + 1)))
    parts = [
        "|".join(shape),
        sender,
        ",".join(link_domains),
        ",".join(files),
        subject_skeleton(msg.subject),
        size_class,
    ]
    return "edf1:" + _digest(parts, 16)


def fuzzy_hash(msg: Message) -> str:
    return msg.once("fuzzy_hash", _fuzzy)


def _fuzzy(msg: Message) -> str:
    text = msg.text[:100_000]
    # Shingles are hashed as UTF-8 bytes: ASCII text's words come as bytes, other words are encoded one
    # by one (a shingle of encoded words is the shingle's own UTF-8), so no shingle is encoded on its own.
    if text.isascii():
        encoded = _ascii_kept(text)
        words = [word.decode("ascii") for word in encoded] if len(encoded) < MIN_WORDS else []
    else:
        words = kept_words(text)
        encoded = list(map(str.encode, words)) if len(words) >= MIN_WORDS else []
    if len(encoded) < MIN_WORDS:
        sender = urls.registrable_domain(msg.from_domain) if msg.from_domain else "-"
        return "fz1:" + _digest(["short", sender, subject_skeleton(msg.subject), " ".join(words)], 12)
    # crc32 is stable across processes (unlike hash()) and cheap enough to run on every shingle; the
    # shingles are built and hashed by map() in C rather than by a loop in Python.
    shingles = map(b" ".join, zip(*(encoded[i:] for i in range(SHINGLE)), strict=False))
    smallest = _bottom(list(map(zlib.crc32, shingles)), BOTTOM_K)
    return "fz1:" + _digest([f"{h:08x}" for h in smallest], 12)


def _bottom(hashes: list[int], k: int) -> list[int]:
    """``heapq.nsmallest(k, set(hashes))``, reading few hashes in Python.

    crc32 spreads evenly over 32 bits, so some 8k of n hashes fall below 2**32 * 8k / n: a C-level
    filter keeps those, and only they are deduplicated and sorted. When fewer than k distinct ones
    do, all are read, so the answer never depends on the spread."""
    bound = (8 * k << 32) // (len(hashes) + 1)
    low = sorted(set(filter(functools.partial(operator.gt, bound), hashes)))
    return low[:k] if len(low) >= k else heapq.nsmallest(k, set(hashes))
