"""``mailverdict import``: .eml files, mbox files and maildirs into an account."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mailverdict.cli.context import open_db
from mailverdict.cli.output import console, emit_json, emit_table


def register(app: typer.Typer) -> None:
    app.command("import")(import_messages)


def import_messages(
    paths: Annotated[list[Path], typer.Argument(help=".eml files, mbox files, maildirs or folders of them.")],
    account: Annotated[str, typer.Option(help="Account to import into.")],
    data_dir: Annotated[Path | None, typer.Option(help="Data directory.")] = None,
    json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Scan and store messages; prints each new message's investigate id."""
    from rich.progress import Progress

    from mailverdict.errors import MailverdictError
    from mailverdict.ingest import mailbox
    from mailverdict.services.imports import import_one

    _, db = open_db(data_dir)
    rows = []
    try:
        total = mailbox.count(paths)
    except FileNotFoundError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    with Progress(console=console, disable=json, transient=True) as progress:
        task = progress.add_task("importing", total=total)
        for found in mailbox.read(paths):
            try:
                message = import_one(db, account, found.raw)
                rows.append({"origin": found.origin, "investigate_id": message.investigate_id,
                             "postfix_id": message.postfix_id, "final_disposition": message.final_disposition,
                             "subject": message.subject, "malformed": message.malformed})
            except MailverdictError as exc:
                rows.append({"origin": found.origin, "error": exc.message})
            progress.advance(task)
    if json:
        emit_json({"account": account, "imported": sum(1 for r in rows if "investigate_id" in r), "messages": rows})
    else:
        emit_table(f"Imported into {account}", rows, ["origin", "investigate_id", "final_disposition", "subject"])
    if any("error" in r for r in rows):
        raise typer.Exit(1)
