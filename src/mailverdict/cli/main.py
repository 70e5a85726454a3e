"""The ``mailverdict`` command: one module per command group, wired here.

Each module exposes ``register(app)``; heavy imports stay inside the commands so that
``mailverdict --help`` stays fast.
"""

from __future__ import annotations

import typer

from mailverdict.cli import admin, db, evaluate, importer, scan, serve, smtp, train

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__.splitlines()[0])

for module in (serve, db, admin, importer, scan, smtp, train, evaluate):
    module.register(app)
