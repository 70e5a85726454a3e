"""Account settings (Cloudflare's /settings/*): one module per resource over a shared CRUD core."""
