"""A small labelled corpus made up on the spot: three classes with their own words over shared filler."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = {
    "ham": ["meeting", "agenda", "notes", "lunch", "review", "draft", "project", "tomorrow", "team", "minutes"],
    "spam": ["cheap", "pills", "offer", "winner", "discount", "casino", "bonus", "deal", "free", "prize"],
    "phishing": [
        "verify",
        "password",
        "suspended",
        "account",
        "login",
        "confirm",
        "security",
        "bank",
        "urgent",
        "credentials",
    ],
}
FILLER = ["the", "and", "you", "with", "this", "that", "have", "from", "will", "about", "please", "today"]


def message(label: str, rng: random.Random, html: bool = False) -> bytes:
    own = WORDS[label]
    body = " ".join(rng.choice(own) if rng.random() < 0.3 else rng.choice(FILLER) for _ in range(60))
    subject = " ".join(rng.choice(own) for _ in range(3))
    if html:
        return (
            f"From: a@example.test\r\nTo: b@example.test\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>{body}</p></body></html>\r\n"
        ).encode()
    return f"From: a@example.test\r\nTo: b@example.test\r\nSubject: {subject}\r\n\r\n{body}\r\n".encode()


def write_corpus(root: Path, per_label: int = 30, seed: int = 1, split: str | None = None) -> Path:
    """``root/[split/]<label>/NNN.eml``; a third of the messages are HTML-only."""
    rng = random.Random(seed)
    base = root / split if split else root
    for label in WORDS:
        folder = base / label
        folder.mkdir(parents=True)
        for i in range(per_label):
            (folder / f"{i:03d}.eml").write_bytes(message(label, rng, html=i % 3 == 0))
    return root
