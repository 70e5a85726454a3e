"""Every job kind the workers run, and the handler for it."""

from __future__ import annotations

from typing import Any

from mailverdict.settings import Settings


def all_handlers(settings: Settings) -> dict[str, Any]:
    from mailverdict.services.inbound import RELAY
    from mailverdict.services.reanalysis import ReanalysisHandler
    from mailverdict.services.relay import RelayHandler
    from mailverdict.services.submissions import REANALYZE

    return {
        REANALYZE: ReanalysisHandler(trust_team=settings.trust_team_submissions),
        RELAY: RelayHandler(),
    }
