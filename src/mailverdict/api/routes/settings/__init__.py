"""/settings/*: one module per resource, all registered through settings.crud."""

from fastapi import APIRouter

from mailverdict.api.routes.settings import (
    allow_policies,
    block_senders,
    domains,
    impersonation_registry,
    trusted_domains,
)

router = APIRouter()
for module in (domains, allow_policies, block_senders, trusted_domains, impersonation_registry):
    module.register_routes(router)
