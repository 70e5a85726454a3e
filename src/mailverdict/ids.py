"""Identifiers in Cloudflare's shapes.

postfix_id:      16 characters like ``4Njp3P0STMz2c02Q`` (the message)
investigate_id:  ``<postfix_id>-<scan time, UTC, to the second>-<8 hex>`` (one scan of it)
account id:      32 lowercase hex
"""

from __future__ import annotations

import os
import random
import re
import secrets
import string
import time
from datetime import datetime

_ALPHABET = string.digits + string.ascii_letters
ACCOUNT_ID = re.compile(r"^[0-9a-f]{32}$")


def new_postfix_id() -> str:
    return secrets.choice(string.digits[1:]) + "".join(secrets.choice(_ALPHABET) for _ in range(15))


def new_investigate_id(postfix_id: str, scanned_at: datetime) -> str:
    return f"{postfix_id}-{scanned_at.strftime('%Y-%m-%dT%H:%M:%S')}-{secrets.token_hex(4)}"


def new_account_id() -> str:
    return secrets.token_hex(16)


def new_submission_id() -> str:
    """32 lowercase hex: the time in milliseconds, then 80 random bits.

    Ids that grow with time are inserted at the end of the primary key's index (and of the jobs'
    dedupe index, which holds them), so a group-commit batch dirties one index page where random
    ids dirtied one per request; those pages are most of what its COMMIT writes and syncs.
    Not a secret (every use of it is authenticated), and on the reclassify hot path, where
    os.urandom would release the GIL on every request and wait to take it back.
    """
    return f"{time.time_ns() // 1_000_000:012x}{_ids.getrandbits(80):020x}"


def _reseed() -> None:
    _ids.seed(secrets.token_bytes(32))


_ids = random.Random()
_reseed()
os.register_at_fork(after_in_child=_reseed)  # a forked process must not repeat its parent's ids
