"""A sum converted into another currency, taken out of a number blank's prompt.

Business and foreign news gives a sum in the local currency and then, in brackets, in
dollars or the reader's own: "pledged an initial NZ$500,000 (US$300,000)", "handed over 11
million Ugandan shillings (approximately Rwf4 million)". Left beside the blank, the
converted sum hands a student the answer by the rate, or crowds the prompt with a second
figure; the prompt keeps the sentence and leaves the bracket out.
"""

from __future__ import annotations

import re

# An approximating word, then a currency sign or code glued to or spaced from a figure:
# "(US$300,000)", "($9 million)", "(approximately Rwf4 million)", "(about €2.1bn)".
_CONVERTED_SUM = re.compile(
    r"^([^()]{0,25}?) \((?:(?:approximately|approx\.|about|"
    r"around|roughly|some|nearly|almost|over|just over|more than|less than) )?"
    r"(?:[A-Z]{0,3}[$€£¥₹₦]|[A-Z][A-Za-z]{1,2}\s?(?=\d)|[A-Z]{3}\s(?=\d))\s?\d[^()]{0,30}\)"
)


def without_converted_sum(prompt: str, blank: str) -> str:
    """`prompt` without the converted sum in brackets right after its `blank`."""
    at = prompt.find(blank)
    if at < 0:
        return prompt
    end = at + len(blank)
    return prompt[:end] + _CONVERTED_SUM.sub(r"\1", prompt[end:], count=1)
