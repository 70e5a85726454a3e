"""The policy that turns a reanalysis into a submission's outcome. Pure; see docs/submissions.md.

1. The reanalysis agrees (its disposition is the requested one): accepted.
2. The requester says the mail is harmless (NONE, BULK or SPAM) but the reanalysis finds it
   MALICIOUS on its own evidence (not merely on an earlier submission's fingerprint):
   rejected, whoever asked. A clean verdict on live malware is the costliest mistake.
3. The requester's authority is trusted (team submissions, by default): accepted.
4. Otherwise: rejected, and the outcome disposition is the reanalysis's.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailverdict.engine import Disposition, Verdict

ACCEPTED = "accepted"
REJECTED = "rejected"
SUBMITTED = "submitted"
FAILED = "failed"

_HARMLESS = {Disposition.NONE, Disposition.BULK, Disposition.SPAM}


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str
    disposition: Disposition
    reason: str


def decide(requested: Disposition, fresh: Verdict, *, trusted: bool) -> Outcome:
    reasons = "; ".join(fresh.detection_reasons[:3]) or "no detections"
    if fresh.disposition == requested:
        return Outcome(ACCEPTED, requested, f"reanalysis agrees: {requested.value} ({reasons})")
    learned_only = (fresh.forced_by or "").startswith("learned")
    if requested in _HARMLESS and fresh.disposition == Disposition.MALICIOUS and not learned_only:
        return Outcome(REJECTED, fresh.disposition,
                       f"reanalysis found malicious evidence, so {requested.value} was not applied: {reasons}")
    if trusted:
        return Outcome(ACCEPTED, requested,
                       f"accepted on the team's authority; reanalysis said {fresh.disposition.value} ({reasons})")
    return Outcome(REJECTED, fresh.disposition, f"reanalysis says {fresh.disposition.value}: {reasons}")
