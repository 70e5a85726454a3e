"""/settings/*: one module per resource, all registered through settings.crud."""

from fastapi import APIRouter

from mailverdict.api.routes.settings import (
    allow_policies,
    block_senders,
    content_policies,
    domains,
    impersonation_registry,
    sending_domain_restrictions,
    trusted_domains,
    url_ignore_patterns,
)

router = APIRouter()
for module in (domains, allow_policies, block_senders, trusted_domains, impersonation_registry,
               sending_domain_restrictions, url_ignore_patterns, content_policies):
    module.register_routes(router)
