"""The detection engine: a pure library from raw message bytes to a Verdict.

It imports nothing of the web, store, queue or network layers; DNS answers and account policy
arrive in a ScanContext. Everything else is imported from the module that owns it.
"""

from mailverdict.engine.analysis import analyze
from mailverdict.engine.context import ScanContext
from mailverdict.engine.verdict import Disposition, Finding, Verdict

__all__ = ["Disposition", "Finding", "ScanContext", "Verdict", "analyze"]
