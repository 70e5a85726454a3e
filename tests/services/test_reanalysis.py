"""The reanalysis handler on a batch, on real databases: each outcome and its effects written once."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from mailverdict.engine import Disposition
from mailverdict.services.accounts import authenticate
from mailverdict.services.context import scan_context
from mailverdict.services.reanalysis import ReanalysisHandler
from mailverdict.services.submissions import reclassify
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import ActionLog, LearnedSignature, Message, Submission, TraceEvent
from tests.factories import Tenant, eml, phish, stored, tenant


def submit(db: Database, settings: Settings, t: Tenant, message: Message, disposition: Disposition,
           raw: bytes | None = None) -> dict[str, Any]:
    principal = authenticate(db, authorization=f"Bearer {t.token}", email=None, key=None)
    submission = reclassify(db, settings, principal, account_id=t.account_id, investigate_id=message.investigate_id,
                            expected_disposition=disposition, eml=raw)
    return {"submission_id": submission.id}


def run_batch(db: Database, payloads: list[dict[str, Any]]) -> None:
    handler = ReanalysisHandler()
    prepared = list(handler.prepare_batch(db, payloads))
    assert not [p for p in prepared if isinstance(p, Exception)]
    with db.write() as session:
        handler.apply_batch(session, list(zip(payloads, prepared, strict=True)))


def effects(db: Database) -> dict[str, Any]:
    with db.read() as s:
        return {
            "submissions": {sub.id: (sub.status, sub.outcome_disposition) for sub in s.scalars(select(Submission))},
            "logs": Counter((e.operation, e.status, e.properties.get("submission_id"))
                            for e in s.scalars(select(ActionLog).where(ActionLog.operation != "SCAN"))),
            "lessons": sorted(s.execute(select(LearnedSignature.kind, LearnedSignature.value,
                                               LearnedSignature.disposition, LearnedSignature.submission_id)).all()),
            "finals": dict(s.execute(select(Message.id, Message.final_disposition)).all()),
            "traces": Counter(e.message_id for e in s.scalars(
                select(TraceEvent).where(TraceEvent.text.like("reclassification to%")))),
        }


def test_a_batch_decides_each_submission_and_a_second_run_changes_nothing(db: Database, settings: Settings) -> None:
    t = tenant(db)
    clean, bad, other = stored(db, t.account_id), stored(db, t.account_id, phish()), stored(
        db, t.account_id, eml(subject="Minutes of the planning meeting", body="Notes from today.\n"))
    agrees, refused, trusted = (submit(db, settings, t, clean, Disposition.NONE),
                                submit(db, settings, t, bad, Disposition.NONE),
                                submit(db, settings, t, other, Disposition.SPAM))
    run_batch(db, [agrees, refused, trusted])
    first = effects(db)
    ids = [p["submission_id"] for p in (agrees, refused, trusted)]
    assert [first["submissions"][i] for i in ids] == [("accepted", "NONE"), ("rejected", "MALICIOUS"),
                                                      ("accepted", "SPAM")]
    assert first["logs"] == Counter({("SUBMISSION", "accepted", ids[0]): 1, ("SUBMISSION", "rejected", ids[1]): 1,
                                     ("SUBMISSION", "accepted", ids[2]): 1, ("RECLASSIFY", "completed", ids[0]): 1,
                                     ("RECLASSIFY", "completed", ids[2]): 1})
    assert (first["finals"][other.id], first["finals"][bad.id]) == ("SPAM", bad.final_disposition)
    assert {row.submission_id for row in first["lessons"]} == {ids[0], ids[2]}, "only accepted submissions teach"
    assert {(row.kind, row.value) for row in first["lessons"]} >= {
        ("edf", other.edf_hash), ("fuzzy", other.fuzzy_hash)}
    assert first["traces"] == {clean.id: 1, bad.id: 1, other.id: 1}

    run_batch(db, [agrees, refused, trusted])  # the same jobs again, as after a crash before their completion
    assert effects(db) == first


def test_two_lessons_on_one_fingerprint_in_a_batch_leave_the_later_one(db: Database, settings: Settings) -> None:
    t = tenant(db)
    message = stored(db, t.account_id)
    earlier, later = (submit(db, settings, t, message, Disposition.SPAM),
                      submit(db, settings, t, message, Disposition.BULK))
    run_batch(db, [earlier, later])
    found = effects(db)
    assert found["submissions"][later["submission_id"]] == ("accepted", "BULK")
    assert found["finals"][message.id] == "BULK"
    assert found["lessons"] == [("edf", message.edf_hash, "BULK", later["submission_id"]),
                                ("fuzzy", message.fuzzy_hash, "BULK", later["submission_id"])]


def test_an_uploaded_copy_is_scanned_and_teaches_with_the_original(db: Database, settings: Settings) -> None:
    t = tenant(db)
    original = stored(db, t.account_id)
    payload = submit(db, settings, t, original, Disposition.MALICIOUS, raw=phish())
    run_batch(db, [payload])
    with db.read() as s:
        submission = s.get(Submission, payload["submission_id"])
        assert submission is not None and submission.uploaded_message_id is not None
        uploaded = s.get(Message, submission.uploaded_message_id)
        lessons = {tuple(row) for row in s.execute(select(LearnedSignature.kind, LearnedSignature.value))}
    assert (submission.status, submission.outcome_disposition) == ("accepted", "MALICIOUS")  # the copy is judged
    assert uploaded is not None and uploaded.scanned_at is not None
    assert (uploaded.scan_disposition, uploaded.subject) == ("MALICIOUS", "Urgent: verify your account password now")
    assert {("edf", original.edf_hash), ("edf", uploaded.edf_hash), ("fuzzy", uploaded.fuzzy_hash)} <= lessons


def test_the_scan_context_tells_which_lessons_a_submission_taught(db: Database, settings: Settings) -> None:
    t = tenant(db)
    message = stored(db, t.account_id, eml(subject="Minutes of the planning meeting", body="Notes from today.\n"))
    taught_spam = submit(db, settings, t, message, Disposition.SPAM)
    run_batch(db, [taught_spam])
    taught: dict[str, set[str]] = {taught_spam["submission_id"]: set(), "no-such-submission": set()}
    with db.read() as s:
        context = scan_context(s, t.account_id, taught=taught)
        lessons = set(s.scalars(select(LearnedSignature.value)))
    assert lessons and set(context.learned) == lessons
    assert taught == {taught_spam["submission_id"]: lessons, "no-such-submission": set()}
