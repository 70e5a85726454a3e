"""Synthetic mail metadata for the search benchmark: varied, skewed like real mail, reproducible.

Senders follow a Zipf-like curve (a few notification senders send much of the mail, most send
once or twice), recipients are one organisation's staff, subjects come from templates filled
with a vocabulary, and about one message in seven is a detection.
"""

from __future__ import annotations

import itertools
import json
import random
import string
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


WORDS = _split(
    "invoice payment account security update meeting report quarterly budget review project plan shipment "
    "delivery order confirmation password reset verify action required urgent reminder newsletter weekly "
    "digest offer discount sale webinar invitation calendar agenda minutes notes contract proposal "
    "signature document shared folder access request approval expense travel booking flight hotel receipt "
    "statement balance transfer wire bank card suspended locked notice policy benefits payroll salary "
    "holiday schedule training course certificate survey feedback support ticket incident outage "
    "maintenance release build deploy pipeline alert warning critical backup storage quota mailbox full "
    "voicemail fax scan printer lunch team offsite party birthday welcome onboarding hiring candidate "
    "interview resume referral market analysis forecast revenue pricing customer partner vendor supplier "
    "purchase quote tender "
)
COMPANIES = _split(
    "globex initech umbrella hooli vandelay wayne stark acme wonka tyrell cyberdyne soylent oscorp "
    "massive dunder gringotts monarch nakatomi pied virtucon "
)
TLDS = ("com", "net", "org", "io", "co", "biz", "info", "top", "xyz", "de", "fr", "co.uk")
DISPOSITIONS = (("NONE", 85.0), ("BULK", 6.0), ("SPAM", 4.0), ("SUSPICIOUS", 2.0), ("SPOOF", 1.5),
                ("MALICIOUS", 1.5))
TEMPLATES = (
    "Invoice {n} from {Company}", "Your {Company} account: {w} {w} required", "Re: {w} {w} meeting on {day}",
    "{Company} weekly {w} digest #{n}", "Shipment {n} is on the way", "FW: {w} {w} for {Company}",
    "[{Company}] {w} {w} {w}", "Action required: {w} your {w}", "{w} {w} - {day} {n}", "Urgent: {w} {w} now",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(("ka", "lo", "mi", "ta", "ver", "sun", "dra", "po", "ri", "zen", "bex", "qua"))
                   for _ in range(n))


class Corpus:
    """Populations to draw from; ``rows`` yields message rows as dictionaries of column values."""

    def __init__(self, seed: int = 7, senders: int = 100_000, staff: int = 5_000) -> None:
        self.rng = rng = random.Random(seed)
        domains = [f"{_syllables(rng, rng.randint(2, 4))}.{rng.choice(TLDS)}" for _ in range(senders // 5)]
        domains[:len(COMPANIES)] = [f"{c}.com" for c in COMPANIES]
        locals_ = ("info", "noreply", "news", "billing", "support", "alerts", "team", "hello", "notify", "sales")
        self.senders = [
            (f"{rng.choice(locals_) if rng.random() < 0.4 else _syllables(rng, 2) + str(rng.randint(1, 99))}"
             f"@{domains[min(len(domains) - 1, int(rng.paretovariate(0.8)) - 1)]}") for _ in range(senders)
        ]
        # Zipf: sender k is chosen with weight 1/k.
        self.sender_weights = list(itertools.accumulate(1 / (k + 1) for k in range(senders)))
        self.staff = [f"{_syllables(rng, 2)}.{_syllables(rng, 2)}@{rng.choice(('acme.example', 'acme-corp.example'))}"
                      for _ in range(staff)]
        self.dispositions = [d for d, _ in DISPOSITIONS]
        self.disposition_weights = list(itertools.accumulate(w for _, w in DISPOSITIONS))

    def subject(self) -> str:
        rng = self.rng
        template = rng.choice(TEMPLATES)
        out = template
        while "{w}" in out:
            out = out.replace("{w}", rng.choice(WORDS), 1)
        return out.format(n=rng.randint(1000, 999_999), Company=rng.choice(COMPANIES).title(), day=rng.choice(DAYS))

    def rows(self, account_id: str, raw_id: int, count: int, *, end: datetime, days: int) -> Iterator[dict[str, Any]]:
        rng = self.rng
        span = days * 86_400
        # Arrival order: ids grow with time, as they do for mail received live.
        offsets = sorted(rng.random() * span for _ in range(count))
        start = end - timedelta(seconds=span)
        for offset in offsets:
            scanned = start + timedelta(seconds=offset)
            sender = rng.choices(self.senders, cum_weights=self.sender_weights)[0]
            to = rng.sample(self.staff, rng.choice((1, 1, 1, 2, 3)))
            disposition = rng.choices(self.dispositions, cum_weights=self.disposition_weights)[0]
            postfix = rng.choice(string.digits[1:]) + "".join(rng.choices(string.ascii_letters + string.digits, k=15))
            name = sender.split("@")[0].replace(".", " ").title()
            links = [{"href": f"https://{sender.split('@')[1]}/{rng.choice(WORDS)}/{rng.randint(1, 9999)}",
                      "text": rng.choice(WORDS)} for _ in range(rng.randint(0, 3))]
            reasons = [] if disposition == "NONE" else [
                f"{disposition.title()}: {rng.choice(WORDS)} {rng.choice(WORDS)}"]
            yield {
                "account_id": account_id,
                "investigate_id": f"{postfix}-{scanned:%Y-%m-%dT%H:%M:%S}-{rng.getrandbits(32):08x}",
                "postfix_id": postfix,
                "raw_id": raw_id,
                "source": "smtp",
                "scanned_at": scanned,
                "sent_at": scanned - timedelta(seconds=rng.randint(1, 600)),
                "message_id": f"<{rng.getrandbits(64):016x}.{rng.randint(1, 99999)}@{sender.split('@')[1]}>",
                "subject": self.subject(),
                "from_address": sender,
                "from_name": name,
                "replyto": sender if rng.random() < 0.9 else f"reply@{rng.choice(self.senders).split('@')[1]}",
                "to": json.dumps(to),
                "to_name": json.dumps([t.split("@")[0].replace(".", " ").title() for t in to]),
                "envelope_from": sender if rng.random() < 0.7
                else f"bounce-{rng.randint(1, 10**6)}@{sender.split('@')[1]}",
                "envelope_to": json.dumps(to),
                "client_recipients": json.dumps(to),
                "delivery_mode": "DIRECT",
                "delivery_status": json.dumps(["quarantined" if disposition == "MALICIOUS" else "delivered"]),
                "smtp_helo_server_ip": f"198.51.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                "smtp_previous_hop_ip": f"203.0.{rng.randint(0, 113)}.{rng.randint(1, 254)}",
                "edf_hash": f"{rng.getrandbits(128):032x}",
                "scan_disposition": disposition,
                "final_disposition": disposition,
                "detection_reasons": json.dumps(reasons),
                "threat_categories": json.dumps([]),
                "validation": json.dumps({"spf": "pass", "dkim": "pass", "dmarc": "pass", "comment": None}),
                "verdict": json.dumps({"score": round(rng.random() * 20, 2), "links": links,
                                       "attachments": [], "cc": []}),
                "properties": "{}",
                "post_delivery_operations": "[]",
                "is_quarantined": disposition == "MALICIOUS",
                "is_phish_submission": False,
                "malformed": False,
                "created_at": scanned,
            }


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
