"""``mailverdict accounts|tokens|users``: who may call the API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mailverdict.cli.context import open_db
from mailverdict.cli.output import console, emit_json, emit_table
from mailverdict.errors import MailverdictError

accounts_app = typer.Typer(help="Accounts.", no_args_is_help=True)
tokens_app = typer.Typer(help="API tokens (Authorization: Bearer).", no_args_is_help=True)
users_app = typer.Typer(help="Users with a Global API Key (X-Auth-Email + X-Auth-Key).", no_args_is_help=True)

DataDir = Annotated[Path | None, typer.Option(help="Data directory (default ./.mailverdict or MAILVERDICT_HOME).")]
Json = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]


def register(app: typer.Typer) -> None:
    app.add_typer(accounts_app, name="accounts")
    app.add_typer(tokens_app, name="tokens")
    app.add_typer(users_app, name="users")


def _fail(exc: MailverdictError) -> None:
    console.print(f"[red]error:[/] {exc.message}")
    raise typer.Exit(1)


@accounts_app.command("create")
def accounts_create(
    id: Annotated[str | None, typer.Option("--id", help="32 lowercase hex; random if omitted.")] = None,
    name: Annotated[str | None, typer.Option(help="A name for people.")] = None,
    data_dir: DataDir = None, json: Json = False,
) -> None:
    """Create an account."""
    from mailverdict.services.accounts import create_account

    _, db = open_db(data_dir)
    try:
        account = create_account(db, account_id=id, name=name)
    except MailverdictError as exc:
        _fail(exc)
    doc = {"id": account.id, "name": account.name, "created_at": account.created_at.isoformat()}
    emit_json(doc) if json else console.print(f"account [bold]{account.id}[/] ({account.name})")


@accounts_app.command("list")
def accounts_list(data_dir: DataDir = None, json: Json = False) -> None:
    """List accounts."""
    from mailverdict.services.accounts import list_accounts

    _, db = open_db(data_dir)
    rows = [{"id": a.id, "name": a.name, "created_at": a.created_at.isoformat()} for a in list_accounts(db)]
    emit_json(rows) if json else emit_table("Accounts", rows, ["id", "name", "created_at"])


@tokens_app.command("create")
def tokens_create(
    account: Annotated[list[str], typer.Option("--account", help="Account the token may use (repeatable).")],
    read_only: Annotated[bool, typer.Option("--read-only", help="Cloud Email Security: Read only.")] = False,
    name: Annotated[str | None, typer.Option(help="A name for people.")] = None,
    data_dir: DataDir = None, json: Json = False,
) -> None:
    """Create an API token; its value is shown once."""
    from mailverdict.services.accounts import create_token

    _, db = open_db(data_dir)
    try:
        issued = create_token(db, account_ids=account, read_only=read_only, name=name)
    except MailverdictError as exc:
        _fail(exc)
    doc = {"id": issued.id, "name": issued.name, "value": issued.value, "permissions": issued.permissions,
           "accounts": issued.account_ids}
    if json:
        emit_json(doc)
    else:
        console.print(f"token [bold]{issued.value}[/] (id {issued.id}; {', '.join(issued.permissions)}); "
                      "it is not shown again")


@tokens_app.command("list")
def tokens_list(data_dir: DataDir = None, json: Json = False) -> None:
    """List tokens (never their values)."""
    from mailverdict.services.accounts import list_tokens

    _, db = open_db(data_dir)
    rows = list_tokens(db)
    emit_json(rows) if json else emit_table("API tokens", rows, ["id", "name", "permissions", "accounts", "status"])


@tokens_app.command("revoke")
def tokens_revoke(token_id: Annotated[str, typer.Argument(help="The token's id (not its value).")],
                  data_dir: DataDir = None, json: Json = False) -> None:
    """Revoke a token: it is refused from the next request on."""
    from mailverdict.services.accounts import revoke_token

    _, db = open_db(data_dir)
    try:
        revoke_token(db, token_id)
    except MailverdictError as exc:
        _fail(exc)
    emit_json({"id": token_id, "status": "revoked"}) if json else console.print(f"token {token_id} revoked")


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option(help="The user's email (X-Auth-Email).")],
    account: Annotated[list[str], typer.Option("--account", help="Account the user is a member of (repeatable).")],
    read_only: Annotated[bool, typer.Option("--read-only", help="Read permission only.")] = False,
    data_dir: DataDir = None, json: Json = False,
) -> None:
    """Create a user and issue a Global API Key, shown once."""
    from mailverdict.services.accounts import create_user

    _, db = open_db(data_dir)
    try:
        user, key = create_user(db, email=email, account_ids=account, read_only=read_only)
    except MailverdictError as exc:
        _fail(exc)
    doc = {"id": user.id, "email": user.email, "api_key": key, "accounts": account}
    emit_json(doc) if json else console.print(f"user {user.email}: Global API Key [bold]{key}[/] (shown once)")
