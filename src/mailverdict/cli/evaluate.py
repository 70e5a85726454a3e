"""``mailverdict eval``: run the whole engine over a labelled corpus and report rates per label."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import typer

from mailverdict.cli.output import console, emit_json, err_console

if TYPE_CHECKING:
    from mailverdict.training.evaluate import Recorder

SHORT = {"MALICIOUS": "malic", "SUSPICIOUS": "susp"}  # narrow terminals truncate long headers


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def evaluate_corpus(
        corpus: Path = typer.Argument(..., help="<label>/*.eml or <split>/<label>/*.eml (labels ham, spam, phishing)"),
        cross_validate: int = typer.Option(
            0, "--cross-validate", help="k: retrain the content model on k-1 folds, scan the held-out fold"
        ),
        also_train: list[Path] = typer.Option(
            [],
            "--also-train",
            help="With --cross-validate: a corpus every fold's model also learns from, never scanned (repeatable)",
        ),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON document"),
        details: Path | None = typer.Option(
            None,
            "--details",
            help="Also write one JSON line per message (path, label, disposition, caught, axes, findings) to this file",
        ),
    ) -> None:
        """Scan a labelled corpus with the engine: dispositions, detection and false-positive rates, speed."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from mailverdict.engine import analyze
        from mailverdict.training.corpus import find_examples
        from mailverdict.training.evaluate import Tally, evaluate

        if also_train and not cross_validate:
            err_console.print("[red]--also-train needs --cross-validate: without it the shipped model is used")
            raise typer.Exit(2)
        try:
            examples = find_examples(corpus)
            extra = [e for root in also_train for e in find_examples(root, split="train")]
        except FileNotFoundError as exc:
            err_console.print(f"[red]{exc}")
            raise typer.Exit(2) from exc
        lines: IO[str] | None = None
        if details is not None:
            try:
                lines = details.open("w", encoding="utf-8")
            except OSError as exc:
                err_console.print(f"[red]cannot write --details to {details}: {exc.strerror}")
                raise typer.Exit(2) from exc
        record = None if lines is None else _recorder(lines)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err_console, transient=True, disable=as_json) as progress:
            task = progress.add_task("scanning", total=len(examples))

            def step() -> None:
                progress.advance(task)

            def scan(raw: bytes) -> Any:
                return analyze(raw)

            tally: Tally
            if cross_validate:
                try:
                    from mailverdict.training.build import SEED
                    from mailverdict.training.corpus import read_features
                    from mailverdict.training.crossval import engine_cv
                except ImportError as exc:
                    err_console.print(f"[red]cross-validation needs the train extra: {exc}")
                    raise typer.Exit(2) from exc
                reading = progress.add_task("reading features", total=len(examples))
                features = read_features(examples, progress=lambda: progress.advance(reading))
                extra_features = read_features(extra)
                tally = engine_cv(
                    examples,
                    features,
                    cross_validate,
                    SEED,
                    scan,
                    progress=step,
                    extra=(extra, extra_features),
                    record=record,
                )
            else:
                tally = evaluate(examples, scan, step, record)
        if lines is not None:
            lines.close()
        document = tally.report()
        document["corpus"] = str(corpus)
        document["cross_validated_folds"] = cross_validate or None
        document["also_trained_on"] = [str(root) for root in also_train]
        if as_json:
            emit_json(document)
            return
        _print(document)


def _recorder(lines: IO[str]) -> Recorder:
    from mailverdict.training.evaluate import detail

    def record(example: Any, verdict: Any, disposition: str) -> None:
        lines.write(json.dumps(detail(example, verdict, disposition), ensure_ascii=False) + "\n")

    return record


def _print(document: dict[str, Any]) -> None:
    from rich.table import Table

    labels: dict[str, dict[str, Any]] = document["labels"]
    dispositions = list(next(iter(labels.values()))["dispositions"]) if labels else []
    title = "engine on " + document["corpus"]
    if document["cross_validated_folds"]:
        title += f", content model {document['cross_validated_folds']}-fold cross-validated"
        if document["also_trained_on"]:
            title += " (also learning from " + ", ".join(document["also_trained_on"]) + ")"
    shares = Table(title=f"{title}: share of each disposition")
    counts = Table(title="confusion: label x disposition (messages)")
    for table in (shares, counts):
        table.add_column("label")
        table.add_column("n", justify="right")
        for d in dispositions:
            table.add_column(SHORT.get(d, d.lower()), justify="right")
    shares.add_column("rate", justify="right", no_wrap=True)
    for label, entry in labels.items():
        rate = entry.get("detection_rate", entry.get("false_positive_rate"))
        kind = "FP " if "false_positive_rate" in entry else "det "
        shares.add_row(
            label,
            str(entry["count"]),
            *[f"{entry['shares'][d]:.1%}" for d in dispositions],
            "" if rate is None else f"{kind}{rate:.1%}",
        )
        counts.add_row(label, str(entry["count"]), *[str(entry["dispositions"][d]) for d in dispositions])
    console.print(shares)
    console.print(counts)
    console.print(
        "det: phishing caught as MALICIOUS/SUSPICIOUS/SPOOF, spam as anything but NONE; "
        "FP: ham as anything but NONE/BULK"
    )
    console.print(f"{document['messages']} messages, {document['messages_per_second']} messages/s (engine time)")
    if document["errors"]:
        err_console.print(f"[red]{len(document['errors'])} engine errors, e.g. {document['errors'][0]}")
