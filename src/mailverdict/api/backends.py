"""The pluggable backends a request may use: the mailbox (moves) and the delivery agent (releases).

``create_app`` picks them once from settings (services.mailbox / services.delivery); a test or a
deployment can replace ``app.state.mailbox`` or ``app.state.delivery`` before serving.
"""

from __future__ import annotations

from fastapi import FastAPI, Request

from mailverdict.services.delivery import DeliveryAgent, delivery_agent
from mailverdict.services.mailbox import Mailbox, mailbox_backend
from mailverdict.settings import Settings


def install(app: FastAPI, settings: Settings) -> None:
    app.state.mailbox = mailbox_backend(settings)
    app.state.delivery = delivery_agent(settings, app.state.db)


async def get_mailbox(request: Request) -> Mailbox:  # async: see deps.get_db
    return request.app.state.mailbox  # type: ignore[no-any-return]


async def get_delivery(request: Request) -> DeliveryAgent:
    return request.app.state.delivery  # type: ignore[no-any-return]
