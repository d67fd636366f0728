"""The lead-in "NAME went on:" before a quote: a speaker continuing, in the past or present."""

import re

# "Justice Mathonsi went on: “...", "The coach goes on: “...": the phrasal verb says the
# subject carries on speaking only when a colon hands over to the quote at once (elsewhere
# "went on" is a match or a strike lasting, or "went on to win").
_CONTINUING = re.compile(r"(?<![\w’'])(?:went|goes)\s+on(?=\s*:\s*$)")


def continuing_lead(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The "went on" / "goes on" that ends the words before a quote at `hi` with a colon, as
    a one-item list of the verb's match (empty when the lead-in is anything else)."""
    found = _CONTINUING.search(text[:hi], lo)
    return [found] if found else []
