"""``mailverdict train``: fit the content model on a labelled corpus and write the model file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from mailverdict.cli.output import console, emit_json, err_console


def _default_out() -> Path:
    return Path(__file__).resolve().parent.parent / "engine" / "data" / "content_model.json"


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train(
        corpora: list[Path] = typer.Argument(
            ..., help="One or more corpora: <label>/*.eml, or <split>/<label>/*.eml (train/ only is used)"
        ),
        out: Path | None = typer.Option(None, "--out", help="Model file (default: the engine's shipped file)"),
        folds: int = typer.Option(5, "--folds", help="Cross-validation folds; 0 skips cross-validation"),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON document"),
    ) -> None:
        """Train the content model (fixed seed) and print cross-validated metrics."""
        try:
            from rich.progress import Progress

            from mailverdict.training.build import build, load_corpus, training_examples
        except ImportError as exc:  # numpy is in the optional `train` extra
            err_console.print(f"[red]training needs the train extra (pip install 'mailverdict[train]'): {exc}")
            raise typer.Exit(2) from exc
        try:
            total = len(training_examples(*corpora))
        except FileNotFoundError as exc:
            err_console.print(f"[red]{exc}")
            raise typer.Exit(2) from exc
        with Progress(console=err_console, transient=True, disable=as_json) as progress:
            reading = progress.add_task("reading", total=total)
            examples, features = load_corpus(*corpora, progress=lambda: progress.advance(reading))
            fitting = progress.add_task("cross-validating", total=max(folds, 0))
            built = build(examples, features, folds, fold_progress=lambda: progress.advance(fitting))
        target = out or _default_out()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(built.model.to_json(), encoding="utf-8")
        document: dict[str, Any] = {
            "model": str(target),
            "bytes": target.stat().st_size,
            "examples": built.counts,
            "kept_buckets": len(built.model.weights),
            "cross_validation": ({"folds": folds, **built.scores.report()} if built.scores else None),
            "strongest": {label: [[n, w] for n, w in pairs] for label, pairs in built.strongest.items()},
        }
        if as_json:
            emit_json(document)
            return
        _print(document)


def _print(document: dict[str, Any]) -> None:
    from rich.table import Table

    console.print(f"wrote {document['model']} ({document['bytes']:,} bytes, {document['kept_buckets']:,} buckets)")
    console.print(f"trained on {document['examples']}")
    cv = document["cross_validation"]
    if cv:
        table = Table(title=f"content model, {cv['folds']}-fold cross-validation (held-out arg-max)")
        for column in ("label", "count", "precision", "recall", *[f"as {p}" for p in cv["confusion"]]):
            table.add_column(column, justify="right")
        for label, row in cv["labels"].items():
            table.add_row(
                label,
                str(row["count"]),
                f"{row['precision']:.3f}",
                f"{row['recall']:.3f}",
                *[str(n) for n in cv["confusion"][label].values()],
            )
        console.print(table)
        console.print(f"accuracy {cv['accuracy']:.4f}; ham false-positive rate {cv['ham_false_positive_rate']:.4f}")
    for label, pairs in document["strongest"].items():
        console.print(f"[bold]{label}[/]: " + ", ".join(f"{n} ({w:+.2f})" for n, w in pairs[:15]))
