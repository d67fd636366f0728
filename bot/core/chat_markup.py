"""Discord's markup around a typed answer, read as what it shows.

A message's text holds what Discord's client did not turn into a picture: an emoji typed as
its shortcode (`:thumbsup:`, `:flag_ru:`), a server's own emoji (`<:pog:1234>`), a letter
typed as its regional-indicator emoji (`🇨`), and words struck through (`~~austin~~ kirby`,
which takes back what is struck). This module only rewrites them; matching judges the rest.
"""

from __future__ import annotations

import re

from bot.core.place_names import REGIONAL_A, REGIONAL_Z

__all__ = ["read_markup"]

# A shortcode standing apart from words: ":thumbsup:", ":flag_ru:", ":+1:" (never "10:30:45").
_SHORTCODE = re.compile(r"(?<![\w:]):([a-z][a-z0-9_]{0,40}|[+-]1|100):(?![\w:])", re.IGNORECASE)
# A server's own emoji: "<:pog:1234>", "<a:dance:1234>" (animated).
_CUSTOM_EMOJI = re.compile(r"<a?:\w{1,40}:\d{1,25}>")
_STRUCK = re.compile(r"~~(?!~)(.+?)~~", re.DOTALL)
# A regional indicator alone (a pair is a flag): the letter it shows.
_REGIONALS = f"[{REGIONAL_A}-{REGIONAL_Z}]"
_LONE_REGIONAL = re.compile(f"(?<!{_REGIONALS}){_REGIONALS}(?!{_REGIONALS})")
# Shortcodes of the emoji that say yes or no, as Discord names them; any other shortcode is
# a picture beside the answer and is read past like the emoji it shows.
_VERDICT_EMOJI = {
    "thumbsup": "👍",
    "thumbup": "👍",
    "+1": "👍",
    "thumbsdown": "👎",
    "thumbdown": "👎",
    "-1": "👎",
    "white_check_mark": "✅",
    "heavy_check_mark": "✔",
    "ballot_box_with_check": "☑",
    "ok_hand": "👌",
    "100": "💯",
    "x": "❌",
    "negative_squared_cross_mark": "❎",
    "heavy_multiplication_x": "✖",
    "no_entry_sign": "🚫",
}


def _regional(letter: str) -> str:
    return chr(ord(REGIONAL_A) + ord(letter) - ord("a"))


def _emoji(match: re.Match[str]) -> str:
    """What a shortcode shows: a flag, a letter, a yes or a no; a space for any other."""
    name = match[1].casefold()
    if (flag := re.fullmatch(r"flag_([a-z]{2})", name)) is not None:
        return "".join(map(_regional, flag[1]))
    if (letter := re.fullmatch(r"regional_indicator_([a-z])", name)) is not None:
        return letter[1]
    return _VERDICT_EMOJI.get(name, " ")


def read_markup(message: str) -> str:
    """`message` with shortcodes and a server's emoji as what they show, lone regional
    indicators as their letters and words struck through left out; as typed when nothing
    would be left."""
    read = _STRUCK.sub(" ", message)
    read = _CUSTOM_EMOJI.sub(" ", read)
    read = _SHORTCODE.sub(_emoji, read)
    read = _LONE_REGIONAL.sub(lambda m: chr(ord(m.group()) - ord(REGIONAL_A) + ord("a")), read)
    return read if read.strip() else message
