"""Quotation marks typed as two characters, read as the one double mark they stand for.

Pages set in a typewriter convention open a quote with two backticks and close it with two
apostrophes (``last resort''), and some papers type a curly double mark as two curly single
ones (‘‘to the Almighty God’’, or ‘’ to open). Both are certain forms of a double quotation
mark; read as single marks or not at all, the quote inside was lost or cut. A run of three
backticks (a code fence) is left alone.
"""

from __future__ import annotations

import re

_BACKTICKS = re.compile(r"(?<!`)``(?!`)")


def single_double_marks(text: str) -> str:
    """`text` with ``, '', ‘‘, ‘’ and ’’ each written as the one double mark it stands for."""
    text = _BACKTICKS.sub('"', text)
    text = text.replace("''", '"')  # two apostrophes for a quotation mark (AP's archive)
    # "‘’Any head ...,’’": an opening typed as the pair of single marks; no pair is empty.
    return text.replace("‘’", "“").replace("‘‘", "“").replace("’’", "”")
