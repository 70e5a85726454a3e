"""``python -m mailverdict``: the same command as the ``mailverdict`` entry point.

Useful where the venv's scripts directory is not on PATH, and for spawning workers with the
very interpreter that runs the caller (``sys.executable -m mailverdict worker``).
"""

from mailverdict.cli.main import app

if __name__ == "__main__":
    app(prog_name="mailverdict")
