"""Does one domain imitate another? Homoglyph skeletons, punycode and one-edit typos.

A lookalike is a domain a reader would take for a protected one: ``paypa1.com`` or ``rnicrosoft.com``
(homoglyphs), ``xn--pypal-4ve.com`` (Cyrillic letters in punycode), ``exampel.com`` (a swapped or
missing letter). Exact matches and subdomains of the protected domain are not lookalikes.
"""

from __future__ import annotations

import contextlib

from mailverdict.engine import urls

# Characters readers confuse, folded onto the letter they imitate (escaped so the source stays
# unambiguous). Cyrillic and Greek forms cover the common IDN homograph attacks; digit swaps
# cover ASCII ones.
_CONFUSABLE = str.maketrans(
    {
        "0": "o",
        "1": "l",
        "3": "e",
        "5": "s",
        "7": "t",
        "8": "b",
        "9": "g",
        "|": "l",
        "!": "i",
        "\u0430": "a",
        "\u0435": "e",
        "\u043e": "o",
        "\u0440": "p",
        "\u0441": "c",
        "\u0443": "y",
        "\u0445": "x",
        "\u0456": "i",
        "\u0458": "j",
        "\u0455": "s",
        "\u04bb": "h",
        "\u0501": "d",
        "\u0261": "g",
        "\u0578": "n",
        "\u03bd": "v",
        "\u03bf": "o",
        "\u03b1": "a",
        "\u03c1": "p",
        "\u03c4": "t",
        "\u03ba": "k",
        "\u03b9": "i",
        "\u03b5": "e",
        "\u0131": "i",
        "\u0142": "l",
        "\u00df": "b",
        "\u00e9": "e",
        "\u00e8": "e",
        "\u00eb": "e",
        "\u00e1": "a",
        "\u00e0": "a",
        "\u00e4": "a",
        "\u00f6": "o",
        "\u00f3": "o",
        "\u00fc": "u",
        "\u00fa": "u",
        "\u00ed": "i",
    }
)
_SEQUENCES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"), ("ii", "u"))


def unicode_host(host: str) -> str:
    """Decode punycode labels (``xn--``) so that homoglyphs become visible; junk stays as is."""
    labels = []
    for label in host.lower().split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


def skeleton(label: str) -> str:
    folded = label.lower().translate(_CONFUSABLE)
    for seq, letter in _SEQUENCES:
        folded = folded.replace(seq, letter)
    return folded.replace("-", "")


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _name_label(domain: str) -> tuple[str, str]:
    """(the label people read as the name, the suffix): example.co.uk -> ("example", "co.uk")."""
    base = urls.registrable_domain(domain)
    name, _, suffix = base.partition(".")
    return name, suffix


def imitates(candidate: str, protected: str) -> str | None:
    """Why ``candidate`` imitates ``protected`` (a reason string), or None when it does not."""
    candidate = candidate.lower().strip(".")
    protected = protected.lower().strip(".")
    if not candidate or not protected or urls.is_ip_literal(candidate):
        return None
    if candidate == protected or candidate.endswith("." + protected):
        return None
    if urls.registrable_domain(candidate) == urls.registrable_domain(protected):
        return None
    shown = unicode_host(candidate)
    name, _ = _name_label(shown)
    target, _ = _name_label(protected)
    if len(target) < 4:
        return None  # short names collide with real, unrelated domains too often
    if name == target:
        return f"same name under another suffix: {candidate} vs {protected}"
    if skeleton(name) == skeleton(target):
        return f"homoglyphs: {candidate} reads as {protected}"
    if len(target) >= 5 and _one_edit(name, target):
        return f"one character from {protected}: {candidate}"
    # The protected name embedded with decoration: "paypal-secure-login.com".
    if len(target) >= 5 and target in name.replace("-", ""):
        return f"contains {target}: {candidate}"
    return None


def imitates_correspondent(candidate: str, other: str) -> str | None:
    """Why ``candidate`` reads as ``other``, a domain the same conversation names, or None.

    Stricter than ``imitates``: companies do write from the same name under another suffix (a UK and a US
    branch) or from a longer name holding another's, but no genuine correspondent writes from a domain a
    letter or a hyphen away from the one the thread already uses, or from that name with a country or
    company-form tag hyphened on."""
    name, _ = _name_label(candidate.lower().strip("."))
    target, _ = _name_label(other.lower().strip("."))
    if len(target) < 6 or name == target or urls.registrable_domain(candidate) == urls.registrable_domain(other):
        return None
    if skeleton(name) == skeleton(target):
        return f"reads as {other}: {candidate}"
    if _one_edit(name, target):
        return f"one character from {other}: {candidate}"
    # The name with a short tag hyphened on, a country or a company form: "garnier-fr" answering for "garnier".
    head, _, tag = name.rpartition("-")
    if head == target and 2 <= len(tag) <= 4:
        return f"{other} with -{tag}: {candidate}"
    return None
