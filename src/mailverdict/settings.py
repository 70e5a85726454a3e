"""Runtime settings, read once from the environment.

Every knob has a default that works on a laptop: SQLite under ``./.mailverdict`` and an
in-process worker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_MAX_EML_BYTES = 25 * 1024 * 1024


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"{name} must be a whole number, got {raw!r}") from exc


@dataclass(frozen=True, slots=True)
class Settings:
    home: Path
    database_url: str
    rate_limit: int  # requests per rate_window per credential; 0 disables
    rate_window: int  # seconds
    max_eml_bytes: int
    job_lease_seconds: int
    job_max_attempts: int
    trust_team_submissions: bool
    auth_cache_seconds: int

    @classmethod
    def from_env(cls, home: Path | str | None = None) -> Settings:
        base = Path(home or os.environ.get("MAILVERDICT_HOME") or ".mailverdict").expanduser()
        url = os.environ.get("MAILVERDICT_DATABASE_URL") or f"sqlite:///{(base / 'mailverdict.db').resolve()}"
        return cls(
            home=base,
            database_url=url,
            rate_limit=_int_env("MAILVERDICT_RATE_LIMIT", 1200),
            rate_window=_int_env("MAILVERDICT_RATE_WINDOW", 300),
            max_eml_bytes=_int_env("MAILVERDICT_MAX_EML_BYTES", DEFAULT_MAX_EML_BYTES),
            job_lease_seconds=_int_env("MAILVERDICT_JOB_LEASE_SECONDS", 30),
            job_max_attempts=_int_env("MAILVERDICT_JOB_MAX_ATTEMPTS", 5),
            trust_team_submissions=os.environ.get("MAILVERDICT_TRUST_TEAM", "1") not in ("0", "false", "no"),
            auth_cache_seconds=_int_env("MAILVERDICT_AUTH_CACHE_SECONDS", 5),
        )

    def with_database(self, url: str) -> Settings:
        return replace(self, database_url=url)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
