"""mailverdict beside the anchor filters, Rspamd and SpamAssassin, on the same messages in one run.

Nothing is installed or started by this script. To have the anchors (Debian/Ubuntu, as root):

    apt-get install -y rspamd spamassassin spamc dnsmasq redis-server
    sh bench/anchors/start.sh     # loopback only: see the comments there and in bench/anchors/
    .venv/bin/python bench/engine_vs_anchors.py ../shared/corpus --per-label 300
    sh bench/anchors/stop.sh

start.sh runs a private dnsmasq on 127.0.0.1:5300 answering NXDOMAIN to every name, a private
redis on 127.0.0.1:6390, rspamd (one normal worker, HTTP /checkv2 on 127.0.0.1:11333, fuzzy and
greylist off) and spamd (--local, 2 children, 127.0.0.1:7830). The script refuses any anchor
address that is not loopback. Anchors that are not reachable are skipped and reported as such.

Per split/label it prints each engine's detection rate (phishing, spam) or false-positive rate
(ham), and throughput as wall messages/s and messages per CPU-second of the scanning process
(rspamd and spamd CPU is read from /proc for their process trees). Verdicts compared:

- mailverdict: the brief's definitions (phishing caught as MALICIOUS/SUSPICIOUS/SPOOF, spam as
  anything but NONE, ham FP as anything but NONE/BULK), plus "flagged" (anything but NONE/BULK);
- rspamd: flagged when the action is "add header", "rewrite subject" or "reject" (score >= 6);
- SpamAssassin: flagged when the score reaches its required score (5.0).

mailverdict's content model was trained on train/ and on the repository's corpus/modern. So that
train/ figures are not read off its own training data, the script (with numpy installed) retrains
the model on both minus the sampled messages and scans with that; --shipped-model scans with the
shipped file instead.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from mailverdict.engine import analyze
from mailverdict.engine.verdict import Disposition
from mailverdict.training.corpus import Example, find_examples

MODERN = Path(__file__).resolve().parent.parent / "corpus" / "modern"  # the shipped model learns from it too
TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"  # its train/ split, as shipped
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
THREAT = {Disposition.MALICIOUS, Disposition.SUSPICIOUS, Disposition.SPOOF}
FLAGGED_ACTIONS = {"add header", "rewrite subject", "reject"}


def tree_pids(pidfile: Path) -> list[int]:
    """The daemon in ``pidfile`` and all its descendants (workers, children), from /proc."""
    try:
        root = int(pidfile.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return []
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # Field 4 of /proc/<pid>/stat is the parent; the name (field 2) may hold spaces.
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in found:
                found.add(child)
                frontier.append(child)
    return sorted(found)


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of the given processes (their reaped children included)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # utime, stime, cutime, cstime are fields 14-17 (indices 11-14 after the name).
        total += sum(int(f) for f in fields[11:15])
    return total / tick


def _group(example: Example, root: Path) -> str:
    parts = example.path.relative_to(root).parts
    return "/".join(parts[:-1])  # "train/ham" or "ham"


def sample(root: Path, per_label: int, seed: int, *, retraining: bool) -> list[tuple[str, Example]]:
    """``per_label`` messages of each group; when the model is retrained without them, at most half of
    a train label, so that the retrained model still learns that label (all 415 train/phishing
    sampled left it none, and it then read no phishing at all)."""
    by_group: dict[str, list[Example]] = {}
    for example in find_examples(root):
        by_group.setdefault(_group(example, root), []).append(example)
    rng = random.Random(seed)
    chosen: list[tuple[str, Example]] = []
    for group in sorted(by_group):
        members = by_group[group]
        limit = min(per_label, len(members))
        if retraining and group.startswith("train/") and limit > len(members) // 2:
            limit = len(members) // 2
            print(f"{group}: sampled {limit}, half, so that the retrained model keeps the rest", file=sys.stderr)
        picked = rng.sample(members, limit)
        chosen.extend((group, e) for e in sorted(picked, key=lambda e: e.path.name))
    return chosen


def held_out_model(chosen: list[tuple[str, Example]]) -> Any:
    """The content model retrained as shipped (../shared/corpus/train and the repository's own modern
    corpus) without the sampled messages (needs numpy), whichever corpus they were drawn from."""
    from mailverdict.training.corpus import read_features
    from mailverdict.training.model import fit

    # Resolved, so that a sample drawn from links into corpus/modern (a subset of it) is held out too.
    picked = {e.path.resolve() for _, e in chosen}
    rest = [e for e in find_examples(TRAIN, split="train") + find_examples(MODERN) if e.path.resolve() not in picked]
    features = read_features(rest)
    return fit([f.buckets for f in features], [e.label for e in rest], sources=[e.source for e in rest])


def rspamd_verdict(url: str) -> Callable[[bytes], bool]:
    def scan(raw: bytes) -> bool:
        request = urllib.request.Request(url, data=raw, method="POST")
        with urllib.request.urlopen(request, timeout=60) as response:  # loopback only: checked in main()
            reply = json.load(response)
        return str(reply.get("action")) in FLAGGED_ACTIONS

    return scan


def spamc_verdict(host: str, port: int) -> Callable[[bytes], bool]:
    def scan(raw: bytes) -> bool:
        done = subprocess.run(
            ["spamc", "-d", host, "-p", str(port), "-c", "-t", "60"],
            input=raw,
            capture_output=True,
            timeout=90,
            check=False,
        )
        score, _, required = done.stdout.decode().strip().partition("/")
        return float(score) >= float(required)

    return scan


def run_anchor(
    name: str, scan: Callable[[bytes], bool], chosen: list[tuple[str, Example]], pidfile: Path, threads: int
) -> dict[str, Any]:
    pids = tree_pids(pidfile)
    cpu_before = cpu_seconds(pids)
    started = time.perf_counter()
    raws = [e.path.read_bytes() for _, e in chosen]
    with ThreadPoolExecutor(threads) as pool:
        flagged = list(pool.map(scan, raws))
    wall = time.perf_counter() - started
    cpu = cpu_seconds(tree_pids(pidfile)) - cpu_before
    counts: dict[str, list[int]] = {}
    for (group, _), hit in zip(chosen, flagged, strict=True):
        counts.setdefault(group, [0, 0])[0] += int(hit)
        counts[group][1] += 1
    rates = {g: {"flagged": round(h / n, 4)} for g, (h, n) in counts.items()}
    return {
        "engine": name,
        "rates": rates,
        "wall_msgs_per_s": round(len(raws) / wall, 1),
        "msgs_per_cpu_s": round(len(raws) / cpu, 1) if cpu > 0 else None,
    }


def run_mailverdict(chosen: list[tuple[str, Example]], model: Any) -> dict[str, Any]:
    from mailverdict.engine.content import using_model

    counts: dict[str, dict[str, int]] = {}
    raws = [e.path.read_bytes() for _, e in chosen]
    wall_started, cpu_started = time.perf_counter(), time.process_time()
    with using_model(model) if model is not None else nullcontext():
        dispositions = [analyze(raw).disposition for raw in raws]
    wall = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    for (group, example), d in zip(chosen, dispositions, strict=True):
        c = counts.setdefault(group, {"n": 0, "flagged": 0, "caught": 0})
        c["n"] += 1
        c["flagged"] += d not in (Disposition.NONE, Disposition.BULK)
        if example.label == "phishing":
            c["caught"] += d in THREAT
        elif example.label == "spam":
            c["caught"] += d is not Disposition.NONE
        else:
            c["caught"] += d not in (Disposition.NONE, Disposition.BULK)
    rates = {
        g: {"flagged": round(c["flagged"] / c["n"], 4), "brief": round(c["caught"] / c["n"], 4)}
        for g, c in counts.items()
    }
    return {
        "engine": "mailverdict",
        "rates": rates,
        "wall_msgs_per_s": round(len(raws) / wall, 1),
        "msgs_per_cpu_s": round(len(raws) / cpu, 1) if cpu > 0 else None,
    }


def _reachable(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):  # loopback only: checked in main()
            return True
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="<split>/<label>/*.eml or <label>/*.eml")
    parser.add_argument("--per-label", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rspamd", default="127.0.0.1:11333")
    parser.add_argument("--spamd", default="127.0.0.1:7830")
    parser.add_argument("--state", type=Path, default=Path(os.environ.get("STATE", "/tmp/mailverdict-anchors")))
    parser.add_argument("--shipped-model", action="store_true", help="scan with the shipped content model")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rspamd_host, _, _ = args.rspamd.rpartition(":")
    spamd_host, _, spamd_port = args.spamd.rpartition(":")
    if not {rspamd_host, spamd_host} <= LOOPBACK:
        parser.error("anchors must be on loopback (127.0.0.1 or ::1)")

    chosen = sample(args.corpus, args.per_label, args.seed, retraining=not args.shipped_model)
    model = None if args.shipped_model else held_out_model(chosen)
    results = [run_mailverdict(chosen, model)]
    if _reachable(f"http://{args.rspamd}/ping"):
        results.append(
            run_anchor(
                "rspamd",
                rspamd_verdict(f"http://{args.rspamd}/checkv2"),
                chosen,
                args.state / "rspamd" / "run" / "rspamd.pid",
                threads=4,
            )
        )
    else:
        print(f"rspamd not reachable at {args.rspamd}: skipped", file=sys.stderr)
    try:
        spamc_verdict(spamd_host, int(spamd_port))(b"Subject: ping\r\n\r\nping\r\n")
        results.append(
            run_anchor(
                "spamassassin", spamc_verdict(spamd_host, int(spamd_port)), chosen, args.state / "spamd.pid", threads=2
            )
        )
    except (OSError, ValueError, subprocess.SubprocessError):
        print(f"spamd not reachable at {args.spamd}: skipped", file=sys.stderr)

    groups = sorted({g for g, _ in chosen})
    document = {
        "sample": {g: sum(1 for x, _ in chosen if x == g) for g in groups},
        "content_model": "shipped" if model is None else "retrained without the sample",
        "results": results,
    }
    if args.json:
        print(json.dumps(document, indent=2))
        return 0
    _print(document, groups)
    return 0


def _print(document: dict[str, Any], groups: list[str]) -> None:
    print(f"sample: {document['sample']}; mailverdict content model: {document['content_model']}")
    print(
        "rates: phishing/spam rows = detection, ham rows = false positives; "
        "mv-brief = the brief's definitions, others = flagged (not NONE/BULK, rspamd action >= add header, "
        "SA score >= required)"
    )
    header = f"{'group':<18}" + "".join(f"{c:>14}" for c in ("mv-brief", "mv-flagged", "rspamd", "spamassassin"))
    print(header)
    by_engine = {r["engine"]: r for r in document["results"]}
    for g in groups:
        cells = []
        mv = by_engine["mailverdict"]["rates"][g]
        cells += [f"{mv['brief']:.1%}", f"{mv['flagged']:.1%}"]
        for name in ("rspamd", "spamassassin"):
            r = by_engine.get(name)
            cells.append(f"{r['rates'][g]['flagged']:.1%}" if r else "-")
        print(f"{g:<18}" + "".join(f"{c:>14}" for c in cells))
    for r in document["results"]:
        print(f"{r['engine']:<14} wall {r['wall_msgs_per_s']:>8} msg/s   per CPU-second {r['msgs_per_cpu_s']} msg/s")


if __name__ == "__main__":
    sys.exit(main())
