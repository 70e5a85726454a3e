"""Accounts, API tokens and Global-API-Key users, and checking a request's credentials.

Secrets are shown once and kept only as SHA-256 digests: they are long random strings, so
a fast hash is enough and lets a request be authenticated with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailverdict import ids
from mailverdict.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    MalformedCredentials,
    MissingCredentials,
    NotFound,
)
from mailverdict.store.db import Database
from mailverdict.store.models import Account, ApiToken, Membership, TokenAccount, User
from mailverdict.store.types import utcnow

READ = "Cloud Email Security: Read"
WRITE = "Cloud Email Security: Write"

_TOKEN_FORMAT = re.compile(r"^[A-Za-z0-9_-]{40}$")
_KEY_FORMAT = re.compile(r"^[0-9a-f]{37}$")
_EMAIL_FORMAT = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: a token or a user, what it may do, and on which accounts."""

    kind: str  # token | user
    id: str
    label: str  # shown as requested_by
    can_write: bool
    account_ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def permissions(self) -> list[str]:
        return [READ, WRITE] if self.can_write else [READ]

    def require(self, account_id: str, *, write: bool) -> None:
        # The same answer for an account that does not exist and one this credential may
        # not use, so that account ids cannot be probed.
        if account_id not in self.account_ids:
            raise Forbidden(f"Authentication error: this credential cannot access account '{account_id}'")
        if write and not self.can_write:
            raise Forbidden(
                f"Authentication error: this operation needs the '{WRITE}' permission; the credential has only '{READ}'"
            )


@dataclass(frozen=True, slots=True)
class IssuedToken:
    id: str
    name: str
    value: str
    permissions: list[str]
    account_ids: list[str]


def create_account(db: Database, *, account_id: str | None = None, name: str | None = None) -> Account:
    account_id = account_id or ids.new_account_id()
    if not ids.ACCOUNT_ID.match(account_id):
        raise InvalidInput(f"account id must be 32 lowercase hex characters, got {account_id!r}")
    with db.write() as session:
        if session.get(Account, account_id) is not None:
            raise Conflict(f"account {account_id} already exists")
        account = Account(id=account_id, name=name or "Default account")
        session.add(account)
    return account


def list_accounts(db: Database) -> list[Account]:
    with db.read() as session:
        return list(session.scalars(select(Account).order_by(Account.created_at)))


def create_token(
    db: Database, *, account_ids: list[str], read_only: bool = False, name: str | None = None
) -> IssuedToken:
    value = secrets.token_urlsafe(30)  # 40 characters, like Cloudflare's tokens
    token_id = secrets.token_hex(16)
    with db.write() as session:
        _require_accounts(session, account_ids)
        session.add(
            ApiToken(id=token_id, name=name or "mailverdict token", secret_hash=digest(value), can_write=not read_only)
        )
        session.flush()
        session.add_all(TokenAccount(token_id=token_id, account_id=a) for a in account_ids)
    perms = [READ] if read_only else [READ, WRITE]
    return IssuedToken(token_id, name or "mailverdict token", value, perms, list(account_ids))


def revoke_token(db: Database, token_id: str) -> None:
    with db.write() as session:
        token = session.get(ApiToken, token_id)
        if token is None:
            raise NotFound(f"no API token with id {token_id!r}")
        if token.revoked_at is None:
            token.revoked_at = utcnow()
    _cache.clear()


def list_tokens(db: Database) -> list[dict[str, object]]:
    with db.read() as session:
        tokens = session.scalars(select(ApiToken).order_by(ApiToken.created_at)).all()
        links = session.execute(select(TokenAccount.token_id, TokenAccount.account_id)).all()
    accounts: dict[str, list[str]] = {}
    for token_id, account_id in links:
        accounts.setdefault(token_id, []).append(account_id)
    return [
        {
            "id": t.id,
            "name": t.name,
            "permissions": [READ, WRITE] if t.can_write else [READ],
            "accounts": accounts.get(t.id, []),
            "created_at": t.created_at.isoformat(),
            "status": "revoked" if t.revoked_at else "active",
        }
        for t in tokens
    ]


def create_user(db: Database, *, email: str, account_ids: list[str], read_only: bool = False) -> tuple[User, str]:
    """Create a user (or add accounts to one) and issue a new Global API Key, shown once."""
    if not _EMAIL_FORMAT.match(email):
        raise InvalidInput(f"not an email address: {email!r}")
    key = secrets.token_hex(19)[:37]
    with db.write() as session:
        _require_accounts(session, account_ids)
        user = session.scalars(select(User).where(User.email == email.lower())).first()
        if user is None:
            user = User(email=email.lower(), api_key_hash=digest(key), can_write=not read_only)
            session.add(user)
            session.flush()
        else:
            user.api_key_hash = digest(key)
            user.can_write = not read_only
        existing = set(session.scalars(select(Membership.account_id).where(Membership.user_id == user.id)))
        session.add_all(Membership(user_id=user.id, account_id=a) for a in account_ids if a not in existing)
    _cache.clear()  # the old key must stop working at once
    return user, key


def _require_accounts(session: Session, account_ids: list[str]) -> None:
    if not account_ids:
        raise InvalidInput("name at least one account")
    for account_id in account_ids:
        if session.get(Account, account_id) is None:
            raise NotFound(f"no account with id {account_id!r}")


class _PrincipalCache:
    """Recently authenticated credentials, so that a busy client is not looked up on every request.

    Only successes are kept, for a few seconds. Revoking a token or re-keying a user in this
    process clears it at once; a revocation made by another process (the CLI) is seen once the
    entry expires (MAILVERDICT_AUTH_CACHE_SECONDS, default 5; 0 turns caching off).
    """

    _LIMIT = 10_000

    def __init__(self) -> None:
        self._entries: dict[str, tuple[float, Principal]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(db: Database, authorization: str | None, email: str | None, key: str | None) -> str:
        return digest(f"{db.url}\0{authorization}\0{email}\0{key}")

    def get(self, key: str) -> Principal | None:
        entry = self._entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, key: str, principal: Principal, seconds: float) -> None:
        with self._lock:
            if len(self._entries) >= self._LIMIT:
                self._entries.clear()
            self._entries[key] = (time.monotonic() + seconds, principal)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_cache = _PrincipalCache()


def cached_principal(
    db: Database, *, authorization: str | None, email: str | None, key: str | None
) -> Principal | None:
    """The principal for these headers if it was authenticated moments ago; never touches the database."""
    return _cache.get(_cache.key(db, authorization, email, key))


def authenticate(
    db: Database, *, authorization: str | None, email: str | None, key: str | None, cache_seconds: float = 0.0
) -> Principal:
    """Turn request headers into a Principal, or raise the error Cloudflare would answer."""
    principal = _authenticate(db, authorization=authorization, email=email, key=key)
    if cache_seconds > 0:
        _cache.put(_cache.key(db, authorization, email, key), principal, cache_seconds)
    return principal


def _authenticate(db: Database, *, authorization: str | None, email: str | None, key: str | None) -> Principal:
    if authorization is not None:
        scheme, _, value = authorization.strip().partition(" ")
        value = value.strip()
        if scheme.lower() != "bearer" or not _TOKEN_FORMAT.match(value):
            raise MalformedCredentials(
                "Invalid request headers", chain=[(6111, "Invalid format for Authorization header")]
            )
        return _token_principal(db, value)
    if email is None and key is None:
        raise MissingCredentials("Missing X-Auth-Key, X-Auth-Email or Authorization headers")
    chain: list[tuple[int, str]] = []
    if email is None:
        chain.append((6100, "Missing X-Auth-Email header"))
    elif not _EMAIL_FORMAT.match(email.strip()):
        chain.append((6102, "Invalid format for X-Auth-Email header"))
    if key is None:
        chain.append((6101, "Missing X-Auth-Key header"))
    elif not _KEY_FORMAT.match(key.strip()):
        chain.append((6103, "Invalid format for X-Auth-Key header"))
    if chain:
        raise MalformedCredentials("Invalid request headers", chain=chain)
    assert email is not None and key is not None
    return _user_principal(db, email.strip().lower(), key.strip())


def _token_principal(db: Database, value: str) -> Principal:
    # One statement: this runs on every request.
    query = (
        select(ApiToken.id, ApiToken.name, ApiToken.can_write, ApiToken.revoked_at, TokenAccount.account_id)
        .outerjoin(TokenAccount, TokenAccount.token_id == ApiToken.id)
        .where(ApiToken.secret_hash == digest(value))
    )
    with db.read() as session:
        rows = session.execute(query).all()
    if not rows:
        raise Forbidden("Authentication error: the API token is not valid")
    token_id, name, can_write, revoked_at, _ = rows[0]
    if revoked_at is not None:
        raise Forbidden("Authentication error: the API token has been revoked")
    accounts = frozenset(row.account_id for row in rows if row.account_id is not None)
    return Principal("token", token_id, f"token:{name}", can_write, accounts)


def token_principal(db: Database, token_id: str) -> Principal:
    """What the token with this id may do now (the dashboard's session keeps the id, never the value)."""
    with db.read() as session:
        token = session.get(ApiToken, token_id)
        if token is None:
            raise Forbidden("the API token no longer exists")
        if token.revoked_at is not None:
            raise Forbidden("the API token has been revoked")
        accounts = frozenset(session.scalars(select(TokenAccount.account_id).where(TokenAccount.token_id == token.id)))
    return Principal("token", token.id, f"token:{token.name}", token.can_write, accounts)


def account_names(db: Database, account_ids: frozenset[str]) -> dict[str, str]:
    if not account_ids:
        return {}
    with db.read() as session:
        rows = session.execute(
            select(Account.id, Account.name).where(Account.id.in_(account_ids)).order_by(Account.name, Account.id)
        ).all()
    return {account_id: name for account_id, name in rows}


def _user_principal(db: Database, email: str, key: str) -> Principal:
    with db.read() as session:
        user = session.scalars(select(User).where(User.email == email)).first()
        if user is None or user.revoked_at is not None or not secrets.compare_digest(user.api_key_hash, digest(key)):
            raise Forbidden("Unknown X-Auth-Key or X-Auth-Email", code=9103)
        accounts = frozenset(session.scalars(select(Membership.account_id).where(Membership.user_id == user.id)))
    return Principal("user", str(user.id), user.email, user.can_write, accounts)
