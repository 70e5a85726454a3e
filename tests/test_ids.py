"""Identifier shapes, and the order of submission ids."""

from __future__ import annotations

import re
import time

from mailverdict import ids


def test_submission_ids_are_32_hex_distinct_and_grow_with_time() -> None:
    first = [ids.new_submission_id() for _ in range(1000)]
    time.sleep(0.002)
    later = ids.new_submission_id()
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in [*first, later])
    assert len(set(first)) == len(first)
    assert later > max(first)  # so new ones land at the end of the indexes that hold them
