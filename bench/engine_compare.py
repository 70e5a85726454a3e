"""Do two engine trees give the same verdicts? Run by hand, one process per tree:

    PYTHONPATH=/tmp/base/src .venv/bin/python bench/engine_compare.py dump /tmp/old.pkl
    PYTHONPATH=src .venv/bin/python bench/engine_compare.py dump /tmp/new.pkl
    .venv/bin/python bench/engine_compare.py diff /tmp/old.pkl /tmp/new.pkl

``dump`` scans train, dev and N generated messages (made once and kept in --generated-file, since
each generation draws fresh Message-IDs) and stores each verdict's full repr: disposition, every
finding with its score, strength and evidence, reasons, fingerprints and the message summary, with a
digest of everything ``parse`` extracted (headers, MIME parts, attachments and their kept content, body
text, defects), which the verdict shows only in part.
``diff`` prints, per split, how many messages differ; it names differing train and generated
messages, never dev ones (dev is evaluation only: counts, nothing else).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _generated(path: Path, count: int) -> list[bytes]:
    if path.exists():
        kept: list[bytes] = pickle.loads(path.read_bytes())
        if len(kept) == count:
            return kept
    import workload

    made = workload.messages(count)
    path.write_bytes(pickle.dumps(made))
    return made


def _scan(raw: bytes) -> str:
    from mailverdict.engine import analyze
    from mailverdict.engine.message import parse

    msg = parse(raw)
    parsed = repr((msg.headers, msg.parts, msg.attachments, msg.plain, msg.html_source, msg.defects))
    return f"{analyze(raw)!r}\nparsed {hashlib.sha256(parsed.encode('utf-8', 'surrogatepass')).hexdigest()}"


def _dump(out: Path, corpus: Path, generated: Path, count: int) -> None:
    results: dict[str, dict[str, str]] = {}
    for split in ("train", "dev"):
        paths = sorted((corpus / split).glob("*/*.eml"))
        keep = {}
        for path in paths:
            shown = _scan(path.read_bytes())
            if split == "dev":  # kept only as a digest, so nothing of a dev message can be printed
                shown = hashlib.sha256(shown.encode()).hexdigest()
            keep[str(path.relative_to(corpus))] = shown
        results[split] = keep
    results["generated"] = {str(i): _scan(raw) for i, raw in enumerate(_generated(generated, count))}
    out.write_bytes(pickle.dumps(results))


def _diff(old_path: Path, new_path: Path) -> int:
    old = pickle.loads(old_path.read_bytes())
    new = pickle.loads(new_path.read_bytes())
    differing = 0
    for split in ("train", "dev", "generated"):
        names = sorted(set(old[split]) | set(new[split]))
        bad = [n for n in names if old[split].get(n) != new[split].get(n)]
        differing += len(bad)
        print(f"{split}: {len(bad)} of {len(names)} messages differ")
        if split != "dev":
            for name in bad[:10]:
                print(f"  {name}")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump")
    dump.add_argument("out", type=Path)
    dump.add_argument("--corpus", type=Path, default=CORPUS)
    dump.add_argument("--generated-file", type=Path, default=Path("/tmp/engine_compare_generated.pkl"))
    dump.add_argument("--generated", type=int, default=300)
    diff = sub.add_parser("diff")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        _dump(args.out, args.corpus, args.generated_file, args.generated)
        return 0
    return _diff(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())
