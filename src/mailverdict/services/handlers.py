"""Every job kind the workers run, and the handler for it."""

from __future__ import annotations

from typing import Any

from mailverdict.settings import Settings
from mailverdict.store.db import Database


def all_handlers(settings: Settings, db: Database | None = None) -> dict[str, Any]:
    """Given the database, released mail (bulk jobs too) goes out over SMTP like the API's releases."""
    from mailverdict.services.bulk import BULK_STEP
    from mailverdict.services.bulk_runner import BulkJobHandler
    from mailverdict.services.delivery import delivery_agent
    from mailverdict.services.inbound import RELAY
    from mailverdict.services.mailbox import mailbox_backend
    from mailverdict.services.reanalysis import ReanalysisHandler
    from mailverdict.services.relay import RelayHandler
    from mailverdict.services.submissions import REANALYZE

    return {
        REANALYZE: ReanalysisHandler(trust_team=settings.trust_team_submissions),
        RELAY: RelayHandler(),
        BULK_STEP: BulkJobHandler(mailbox_backend(settings), delivery_agent(settings, db),
                                  max_attempts=settings.job_max_attempts),
    }
