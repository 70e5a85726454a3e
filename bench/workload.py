"""What both benchmarks need: a throwaway database per backend, an account, and varied mail.

The messages are made here from a seeded generator (plain, HTML with links, attachments,
phishing-like), 1-50 KB, so runs are repeatable and nothing is read from a corpus. Their text is
everyday words with lure words mixed in (a tenth of all words, more than real mail has), numbers,
and now and then a link or an address.
"""

from __future__ import annotations

import base64
import os
import random
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mailverdict.services import accounts
from mailverdict.services.messages import Delivery, new_message
from mailverdict.store.db import Database
from mailverdict.store.types import utcnow

PG_SERVER = os.environ.get("MAILVERDICT_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

WORDS = ["invoice", "payment", "account", "shipment", "meeting", "report", "quarterly", "update", "verify",
         "password", "review", "attached", "schedule", "team", "project", "delivery", "order", "customer",
         "support", "security", "notice", "please", "confirm", "details"]


def _word_list(words: str) -> list[str]:
    return words.split()


# Everyday words of office mail. Body text is mostly these, with WORDS (half of which lures use) mixed
# in at LURE_SHARE: text made of WORDS alone puts every lure phrase in every paragraph, which no
# real long message does, and makes the engine's phrase checks read a worst case on every message.
PLAIN_WORDS = _word_list("""
    the a an and or but of to in on at for with from by about as into over after before between under
    we you they it this that these those our your their its there here what which who when where how
    is are was were be been being have has had do does did will would can could should may might must
    not all any some each more most other such only also just very well still even again then now
    time year week day morning afternoon today tomorrow yesterday month people group office room floor
    building city plan idea question answer problem reason result change point case number part place
    work call talk ask tell think know want need use find give take make keep start finish send share
    read write check look help move bring hold leave turn run show try follow add agree discuss expect
    new good great small large long short early late next last first second final main same different
    list note draft copy version page section table chart figure slide file folder link site system
    data tool process step task issue goal target budget cost price sales market client partner vendor
    staff manager director board committee member lead owner colleague friend family weekend holiday
    trip travel hotel flight train lunch dinner coffee event conference workshop session agenda minutes
    thanks regards hello hi dear sorry sure great happy glad thank best kind
""")
LURE_SHARE = 0.1
DOMAINS = ["example.com", "example.org", "carrier.example", "bank-secure.example", "paypa1-verify.top"]


@contextmanager
def temp_database(backend: str, workdir: Path) -> Iterator[str]:
    """A fresh, migrated database URL; PostgreSQL ones are dropped afterwards."""
    if backend == "sqlite":
        url = f"sqlite:///{workdir / 'bench.db'}"
        Database(url).upgrade()
        yield url
        return
    name = f"mailverdict_bench_{secrets.token_hex(4)}"
    admin = create_engine(make_url(PG_SERVER).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    try:
        Database(url).upgrade()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def durability(url: str) -> str:
    """The settings that make a commit durable, read back from the database itself."""
    db = Database(url)
    with db.writer.connect() as conn:
        if db.dialect == "sqlite":
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            level = int(conn.exec_driver_sql("PRAGMA synchronous").scalar() or 0)
            sync = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}[level]
            found = f"journal_mode={mode} synchronous={sync}"
        else:
            fsync = conn.exec_driver_sql("SHOW fsync").scalar()
            commit = conn.exec_driver_sql("SHOW synchronous_commit").scalar()
            found = f"fsync={fsync} synchronous_commit={commit}"
    db.dispose()
    return found


@dataclass(frozen=True)
class Tenant:
    account_id: str
    token: str
    investigate_ids: list[str]


def tenant_with_messages(url: str, raws: list[bytes]) -> Tenant:
    """An account, a Write token and the messages stored unscanned (the benchmarks scan them)."""
    db = Database(url)
    account = accounts.create_account(db, name="Bench")
    token = accounts.create_token(db, account_ids=[account.id], name="bench")
    ids: list[str] = []
    with db.write() as session:
        for raw in raws:
            message = new_message(session, account.id, raw, Delivery(source="import", delivery_mode="API"),
                                  received_at=utcnow())
            ids.append(message.investigate_id)
    db.dispose()
    return Tenant(account.id, token.value, ids)


def messages(n: int, *, seed: int = 7, max_bytes: int = 50_000) -> list[bytes]:
    rng = random.Random(seed)
    return [_message(rng, i, max_bytes) for i in range(n)]


def _message(rng: random.Random, i: int, max_bytes: int) -> bytes:
    domain = rng.choice(DOMAINS)
    msg = EmailMessage()
    msg["From"] = f"{rng.choice(WORDS).title()} Desk <desk{i % 17}@{domain}>"
    msg["To"] = f"user{i % 31}@example.net"
    msg["Subject"] = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 8))).capitalize()
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["Date"] = "Tue, 24 Nov 2026 09:30:00 +0000"
    msg["Authentication-Results"] = (f"mx.example.net; spf={rng.choice(['pass', 'fail', 'none'])} "
                                     f"smtp.mailfrom={domain}; dkim={rng.choice(['pass', 'none'])}; "
                                     f"dmarc={rng.choice(['pass', 'fail'])} header.from={domain}")
    budget = rng.randint(1_000, max_bytes)
    kind = rng.choice(["plain", "html", "attachment"])
    # Leave room for headers and base64's growth so the whole message stays under max_bytes.
    text_size = budget // 2 if kind == "attachment" else budget * 2 // 3
    paragraphs: list[str] = []
    while sum(len(p) for p in paragraphs) < text_size:
        paragraphs.append(_paragraph(rng, domain))
    body = "\n\n".join(paragraphs)[:text_size]
    msg.set_content(body)
    if kind == "html":
        links = "".join(f'<p><a href="https://{rng.choice(DOMAINS)}/{rng.choice(WORDS)}/{j}">'
                        f'{rng.choice(WORDS)}</a></p>' for j in range(rng.randint(1, 12)))
        msg.add_alternative(f"<html><body><p>{body[: text_size // 3]}</p>{links}</body></html>", subtype="html")
    elif kind == "attachment":
        size = max(200, (max_bytes - budget // 2) // 3)
        data = base64.b64encode(rng.randbytes(size // 2))[:size]
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=f"statement-{i}.pdf")
    raw = bytes(msg)
    return raw if len(raw) <= max_bytes else _message(rng, i, max_bytes * 9 // 10)


def _paragraph(rng: random.Random, domain: str) -> str:
    """A few sentences of everyday words, some numbers, now and then a link or an address."""
    sentences = []
    for _ in range(rng.randint(2, 6)):
        words = [rng.choice(WORDS) if rng.random() < LURE_SHARE else rng.choice(PLAIN_WORDS)
                 for _ in range(rng.randint(6, 24))]
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words)), str(rng.randint(2, 2030)))
        sentences.append(" ".join(words).capitalize() + rng.choice(".....?!"))
    extra = rng.random()
    if extra < 0.1:
        sentences.append(f"https://{domain}/{rng.choice(WORDS)}/{rng.randint(1, 99999)}")
    elif extra < 0.15:
        sentences.append(f"Write to {rng.choice(PLAIN_WORDS)}.{rng.choice(PLAIN_WORDS)}@{domain} with questions.")
    return " ".join(sentences)
