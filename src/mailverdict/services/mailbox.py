"""Where each recipient's copy of a message is filed, and moving it between folders.

``Mailbox`` is the seam: the default ``StoreMailbox`` keeps per-recipient folder state in our
own database (mailbox_items), in the caller's transaction. A backend for a real mail store
(IMAP, Graph) would implement the same three methods against it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailverdict.settings import Settings
from mailverdict.store.models import MailboxItem, Message
from mailverdict.store.types import utcnow


class Folder(enum.StrEnum):
    INBOX = "Inbox"
    JUNK = "JunkEmail"
    DELETED = "DeletedItems"
    SOFT_DELETED = "RecoverableItemsDeletions"
    PURGED = "RecoverableItemsPurges"


@dataclass(frozen=True, slots=True)
class MoveResult:
    recipient: str
    success: bool
    status: str  # "Success", or why it failed
    folder: str | None  # where the copy is now


class Mailbox(Protocol):
    def file(self, session: Session, message: Message, recipient: str, folder: Folder) -> None:
        """Record that ``recipient`` received ``message`` into ``folder`` (after a delivery)."""
        ...

    def move(self, session: Session, message: Message, recipient: str, folder: Folder) -> MoveResult:
        """Move the recipient's copy; never raises for a per-recipient failure."""
        ...

    def folder_of(self, session: Session, message: Message, recipient: str) -> str | None:
        """The folder the recipient's copy is in, or None when it never reached the mailbox."""
        ...


class StoreMailbox:
    """Folder state kept in mailbox_items.

    Mail imported or scanned after delivery (not quarantined) is in the recipient's Inbox until
    moved; quarantined mail is in no mailbox until released, so it cannot be moved.
    """

    def file(self, session: Session, message: Message, recipient: str, folder: Folder) -> None:
        item = self._item(session, message, recipient)
        now = utcnow()
        if item is None:
            session.add(MailboxItem(message_id=message.id, recipient=recipient, folder=folder.value,
                                    delivered_at=now, updated_at=now))
        else:
            item.folder = folder.value
            item.updated_at = now

    def move(self, session: Session, message: Message, recipient: str, folder: Folder) -> MoveResult:
        item = self._item(session, message, recipient)
        if item is None and message.is_quarantined:
            return MoveResult(recipient, False, "Failed: the message is quarantined and was never delivered; "
                                                "release it first", None)
        if item is None:
            self.file(session, message, recipient, folder)
        else:
            item.folder = folder.value
            item.updated_at = utcnow()
        return MoveResult(recipient, True, "Success", folder.value)

    def folder_of(self, session: Session, message: Message, recipient: str) -> str | None:
        item = self._item(session, message, recipient)
        if item is not None:
            return item.folder
        return None if message.is_quarantined else Folder.INBOX.value

    @staticmethod
    def _item(session: Session, message: Message, recipient: str) -> MailboxItem | None:
        return session.scalars(
            select(MailboxItem).where(MailboxItem.message_id == message.id, MailboxItem.recipient == recipient)
        ).first()


def mailbox_backend(settings: Settings) -> Mailbox:
    """The mailbox backend this deployment moves mail in."""
    return StoreMailbox()
