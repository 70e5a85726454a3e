"""mailverdict: email-security investigation and reclassification, speaking Cloudflare's Email Security API."""

__version__ = "0.1.0"
