"""``mailverdict db``: schema migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mailverdict.cli.context import open_db
from mailverdict.cli.output import console, emit_json

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
DataDir = Annotated[Path | None, typer.Option(help="Data directory (default ./.mailverdict or MAILVERDICT_HOME).")]


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")


@db_app.command()
def upgrade(data_dir: DataDir = None, json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Apply every pending migration."""
    from alembic.runtime.migration import MigrationContext

    _, db = open_db(data_dir)
    with db.writer.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
    if json:
        emit_json({"database": db.dialect, "revision": revision})
    else:
        console.print(f"{db.dialect} database at revision {revision}")
