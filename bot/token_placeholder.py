"""Whether a DISCORD_TOKEN is a template's placeholder left in `.env`, not a token.

The README's own `DISCORD_TOKEN=your-token-here` and the console's `DISCORD_TOKEN=...`, copied
as they stand, made `make run` log in to Discord with them (offline: "Cannot reach Discord:
check the network connection"). The shapes recur in projects' `.env` examples: `...`,
`<replace this with your discord token>`, `your_bot_token_here`, `YourTokenHere`,
`your-token`. A real token (three base64url parts) never has one of these shapes.
"""

from __future__ import annotations

import re

__all__ = ["is_placeholder_token"]

_WORDS = frozenset(
    [
        "your",
        "my",
        "the",
        "a",
        "bot",
        "discord",
        "app",
        "application",
        "token",
        "here",
        "goes",
        "put",
        "paste",
        "insert",
    ]
)
"""Words a placeholder is made of; it names the token (`token`) and nothing else."""
_SPLIT = re.compile(r"[\s_\-.:]+|(?<=[a-z])(?=[A-Z])")


def is_placeholder_token(value: str) -> bool:
    """`...`, `<your token>`, `your-token-here`, `YourTokenHere`: no letter or digit, a value
    in angle brackets, or only the words of "your bot token here"."""
    text = value.strip()
    if not any(c.isalnum() for c in text):
        return True
    if text.startswith("<") and text.endswith(">"):
        return True
    words = [w.casefold() for w in _SPLIT.split(text) if w]
    return "token" in words and all(w in _WORDS for w in words)
