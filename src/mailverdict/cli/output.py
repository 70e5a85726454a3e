"""How commands print: one JSON document with --json, a rich table or line otherwise."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Console
from rich.table import Table

console = Console()
err_console = Console(stderr=True)


def emit_json(document: Any) -> None:
    """Print exactly one JSON document on stdout (scripts parse it)."""
    print(json.dumps(document, indent=2, sort_keys=False, default=str))


def emit_table(title: str, rows: Iterable[Mapping[str, Any]], columns: list[str]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    console.print(table)
