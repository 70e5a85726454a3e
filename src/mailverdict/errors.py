"""Every error a service can raise, and what the API answers for it.

    MailverdictError                    (400, code 1000)
    ├── InvalidInput                    400  a field, body or parameter is wrong
    │   └── PayloadTooLarge             413  body over the configured EML limit
    ├── AuthError                       400/403  see subclasses
    │   ├── MissingCredentials          400  9106: no Authorization / X-Auth-* headers
    │   ├── MalformedCredentials        400  6003 (+6103/6111 in error_chain)
    │   └── Forbidden                   403  10000: unknown/revoked credential, missing
    │                                        permission, or an account it may not use
    ├── NotFound                        404  7003: route or object does not exist
    ├── MethodNotAllowed                405  7001
    ├── Conflict                        409  the object's state forbids the change
    └── RateLimited                     429  971: over the per-credential quota

Services raise these; the HTTP layer maps each class to a status and Cloudflare's envelope in
one place (``mailverdict.api.errors``). Store and parser errors are translated before they get
here.
"""

from __future__ import annotations


class MailverdictError(Exception):
    status = 400
    code = 1000

    def __init__(self, message: str, *, code: int | None = None, chain: list[tuple[int, str]] | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.chain = chain or []


class InvalidInput(MailverdictError):
    status = 400
    code = 1001


class PayloadTooLarge(InvalidInput):
    status = 413
    code = 1002


class AuthError(MailverdictError):
    status = 400


class MissingCredentials(AuthError):
    status = 400
    code = 9106


class MalformedCredentials(AuthError):
    status = 400
    code = 6003


class Forbidden(AuthError):
    status = 403
    code = 10000


class NotFound(MailverdictError):
    status = 404
    code = 7003


class MethodNotAllowed(MailverdictError):
    status = 405
    code = 7001


class Conflict(MailverdictError):
    status = 409
    code = 1004


class RateLimited(MailverdictError):
    status = 429
    code = 971

    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after
