"""Request bodies and response shapes per API area (the shared basics are in api/schemas.py)."""
