"""Phrases of unsolicited commercial offers: the products and pitches mass mail has always sold.

Pure data for ``checks/body.py``. Each entry is a regular expression matched case-insensitively at
a word start. The families (pills, loans and debt, easy income, hard-sell pitches, adult, casino,
miracle diplomas, stock tips, address lists) have been the stock of spam in every era; no single
phrase is damning (a list can discuss mortgages), so the check wants several together, at least
one of them a product rather than a sales pitch.
"""

from __future__ import annotations

PRODUCTS = (
    # pharmacy and body
    r"v[i1!|][a@]gr[a@]|c[i1!|][a@]l[i1!|]s|levitra|xanax|valium|phentermine|vicodin",
    r"(?:online |discount |canadian )pharmac\w+",
    r"(?:no|without (?:a )?)(?: doctor'?s?)? prescription",
    r"(?:weight|fat) loss|lose (?:\d+ )?(?:pounds|lbs|weight)",
    r"erectile|enlarge\w*|sexual (?:performance|stamina)",
    r"anti-?aging|hgh",
    # loans, debt and credit
    r"mortgage (?:rates?|loan|quote)|refinanc\w*",
    r"(?:low|lowest|fixed) (?:interest )?rates?",
    r"debt (?:consolidation|relief|free)|eliminate (?:your )?debt",
    r"(?:bad|poor|no) credit|credit (?:repair|report|score)",
    r"pre-?approved|cash advance|payday loan",
    # easy income
    r"work (?:from|at) home|home[- ]based business",
    r"(?:make|earn) (?:money|cash|\$ ?\d[\d,]*)",
    r"extra income|financial freedom|be your own boss",
    r"(?:business|income) opportunit\w+",
    r"multi-?level marketing|\bmlm\b",
    # unsolicited address lists
    r"(?:e-?mail|mailing) (?:addresses|lists?) (?:for sale|of)|bulk e-?mail|million (?:e-?mail )?addresses",
    # adult, casino, diplomas, stock tips
    r"xxx|hot (?:girls|singles|teens)|singles in your area|adult (?:site|entertainment|content)",
    r"online casino|(?:casino|poker) (?:bonus|games?)",
    r"(?:university|college) (?:diploma|degree)s?|diplomas? (?:from|based)",
    r"stock (?:alert|pick|tip)s?|penny stock|investor alert",
)

# The hard sell: shared with legitimate marketing, so it only supports a product pitch.
PITCHES = (
    r"order (?:now|today)|buy (?:now|direct)",
    r"limited[- ]time (?:offer|only)|offer expires",
    r"risk[- ]free|no obligation|no (?:hidden )?(?:cost|fees)",
    r"100% (?:free|guaranteed|satisfaction|natural|legal)",
    r"money[- ]back guarantee|satisfaction guaranteed",
    r"(?:lowest|best|wholesale) prices?",
    r"save (?:up to )?\d+ ?%",
    r"once in a lifetime",
    r"free (?:quote|consultation|membership|info(?:rmation)?|sample)",
)
