"""Reading messages off disk: single .eml files, mbox files and maildirs.

Yields raw bytes one message at a time, so importing a large mbox never holds it all.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Found:
    origin: str  # path, plus the message's key inside an mbox or maildir
    raw: bytes


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def is_mbox(path: Path) -> bool:
    if not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def read(paths: list[Path]) -> Iterator[Found]:
    for path in paths:
        if is_maildir(path):
            maildir = mailbox.Maildir(path, factory=None, create=False)
            for key in sorted(maildir.keys()):
                with maildir.get_file(key) as handle:
                    yield Found(f"{path}:{key}", handle.read())
        elif path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            yield from read(children)
        elif is_mbox(path):
            with closing(mailbox.mbox(path, factory=None, create=False)) as mbox:
                for mkey in mbox.keys():  # noqa: SIM118 - iterating an mbox yields messages, not keys
                    with mbox.get_file(mkey) as handle:
                        yield Found(f"{path}:{mkey}", _strip_from_line(handle.read()))
        elif path.is_file():
            yield Found(str(path), path.read_bytes())
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")


def count(paths: list[Path]) -> int:
    """How many messages ``read`` will yield (for a progress bar)."""
    return sum(1 for _ in _keys(paths))


def _keys(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        if is_maildir(path):
            yield from mailbox.Maildir(path, factory=None, create=False).keys()
        elif path.is_dir():
            yield from _keys(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif is_mbox(path):
            with closing(mailbox.mbox(path, factory=None, create=False)) as mbox:
                yield from (str(k) for k in mbox.keys())  # noqa: SIM118
        elif path.is_file():
            yield str(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")


def _strip_from_line(raw: bytes) -> bytes:
    if raw.startswith(b"From "):
        return raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    return raw
