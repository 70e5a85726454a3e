"""``mailverdict scan FILE.eml``: run the engine on one message and show the verdict and its reasons."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from mailverdict.cli.output import console, emit_json, err_console

if TYPE_CHECKING:
    from mailverdict.engine.verdict import Verdict


def verdict_document(verdict: Verdict) -> dict[str, Any]:
    """The verdict as plain JSON-ready data; enums become their values."""
    document = asdict(verdict)
    document["disposition"] = verdict.disposition.value
    return document


def _print(verdict: Verdict, path: Path) -> None:
    from rich.table import Table

    summary = verdict.summary
    console.print(f"[bold]{path.name}[/]  {summary.from_address or '?'} -> {', '.join(summary.to) or '?'}")
    console.print(f"Subject: {summary.subject or ''}")
    axes = ", ".join(f"{axis} {value:g}" for axis, value in verdict.axis_scores.items())
    forced = f"  (forced by {verdict.forced_by})" if verdict.forced_by else ""
    console.print(f"[bold]{verdict.disposition.value}[/]  score {verdict.score:g}  [{axes}]{forced}")
    validation = verdict.validation
    console.print(f"SPF {validation.spf}  DKIM {validation.dkim}  DMARC {validation.dmarc}")
    if verdict.threat_categories:
        console.print("Categories: " + ", ".join(verdict.threat_categories))
    table = Table(title="Findings")
    for column in ("name", "score", "group", "evidence"):
        table.add_column(column)
    for finding in verdict.findings:
        table.add_row(finding.name, f"{finding.score:g}", finding.group, "; ".join(finding.evidence[:3])[:120])
    console.print(table)
    for reason in verdict.detection_reasons:
        console.print(f"- {reason}")
    console.print(f"edf {verdict.edf_hash}  fuzzy {verdict.fuzzy_hash}")


def register(app: typer.Typer) -> None:
    @app.command("scan")
    def scan(
        path: Path = typer.Argument(..., help="A raw RFC 5322 message (.eml)"),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON document"),
    ) -> None:
        """Scan one message file offline and print its verdict with every finding."""
        from mailverdict.engine import analyze

        try:
            raw = path.read_bytes()
        except OSError as exc:
            err_console.print(f"[red]cannot read {path}: {exc.strerror or exc}")
            raise typer.Exit(2) from exc
        verdict = analyze(raw)
        if as_json:
            emit_json(verdict_document(verdict))
        else:
            _print(verdict, path)
