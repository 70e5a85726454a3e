"""Which account, and which of its domain policies, a recipient address belongs to.

The SMTP receiver accepts mail only for domains an account has configured (settings/domains);
anything else is refused at RCPT time, which is also what keeps it from being an open relay.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailverdict.store.models import Domain

DIRECT = "DIRECT"
BCC = "BCC"
JOURNAL = "JOURNAL"
# Preference when a domain allows several SMTP modes: inline (DIRECT) is the only one in which
# we are a hop that delivers; BCC and JOURNAL copies were already delivered by the provider.
_SMTP_MODES = (DIRECT, BCC, JOURNAL)


@dataclass(frozen=True, slots=True)
class DomainPolicy:
    """What the receiver needs to know about one configured domain."""

    account_id: str
    domain: str
    delivery_mode: str  # DIRECT | BCC | JOURNAL
    drop_dispositions: frozenset[str]
    transport: str | None  # the next hop, "host:port", for DIRECT mail
    lookback_hops: int = 1
    require_tls_outbound: bool = False
    ip_restrictions: tuple[str, ...] = ()  # addresses or CIDRs allowed to send us this domain's mail

    def allows_peer(self, ip: str | None) -> bool:
        """Empty restrictions allow anyone; otherwise the connecting IP must fall in one of them."""
        if not self.ip_restrictions:
            return True
        if ip is None:
            return False
        try:
            peer = ipaddress.ip_address(ip)
        except ValueError:
            return False
        for allowed in self.ip_restrictions:
            try:
                if peer in ipaddress.ip_network(allowed, strict=False):
                    return True
            except ValueError:  # a malformed entry allows nothing
                continue
        return False

    def quarantines(self, disposition: str | None) -> bool:
        """Mail of a dropped disposition is held (admin quarantine) instead of delivered.

        Post-delivery copies (BCC, JOURNAL) already reached the mailbox, so nothing is held.
        """
        return self.delivery_mode == DIRECT and disposition is not None and disposition in self.drop_dispositions


def domain_of(address: str) -> str:
    """The lowercased domain of an address; an IDN stays in its Unicode form."""
    return address.rsplit("@", 1)[-1].strip().strip(">").rstrip(".").lower()


def account_for_recipient(session: Session, rcpt_domain: str) -> tuple[str, DomainPolicy] | None:
    """The account and policy for mail to ``rcpt_domain``; None when no account receives it.

    Only an exact domain matches: a subdomain must be configured on its own. When two accounts
    configure the same domain the oldest configuration wins, so routing never flips.
    """
    name = rcpt_domain.rstrip(".").lower()
    row = session.scalars(
        select(Domain).where(func.lower(Domain.domain) == name).order_by(Domain.created_at, Domain.id).limit(1)
    ).first()
    if row is None:
        return None
    mode = next((m for m in _SMTP_MODES if m in (row.allowed_delivery_modes or [])), None)
    if mode is None:
        return None
    policy = DomainPolicy(
        account_id=row.account_id,
        domain=row.domain,
        delivery_mode=mode,
        drop_dispositions=frozenset(row.drop_dispositions or []),
        transport=row.transport or None,
        lookback_hops=row.lookback_hops or 1,
        require_tls_outbound=bool(row.require_tls_outbound),
        ip_restrictions=tuple(str(ip) for ip in row.ip_restrictions or []),
    )
    return row.account_id, policy


class UnknownRecipient(LookupError):
    """No configured domain receives mail for this address."""


def route(session: Session, recipients: Iterable[str]) -> dict[DomainPolicy, list[str]]:
    """Group recipients by the domain policy that receives them; raise on the first unknown one."""
    groups: dict[DomainPolicy, list[str]] = {}
    cache: dict[str, DomainPolicy | None] = {}
    for rcpt in recipients:
        domain = domain_of(rcpt)
        if domain not in cache:
            found = account_for_recipient(session, domain)
            cache[domain] = found[1] if found else None
        policy = cache[domain]
        if policy is None:
            raise UnknownRecipient(rcpt)
        groups.setdefault(policy, []).append(rcpt)
    return groups
