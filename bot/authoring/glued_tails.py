"""Page lines run onto the end of a story's paragraph, told by their form after its last stop.

- A wire's or a photographer's credit after a dash, in capitals: "... the department.-
  BERNAMA", "... in Bundaberg. - ABC". A sentence never goes on after its final stop with a
  dash and a word in capitals (after a closing quotation mark, a name in capitals may be
  the quote's speaker: it stays).
- A reporter's name and the desk's initials in brackets: "... southern Philippines.
  (Jane Roe/DMS)", the wire's sign-off with its writer.
- A broadcaster's hand-over to the audio: "... in nearly every county. WUKY’s Jane Roe
  reports." (also "has more", "has the story"): the station's name, the reporter's name and
  a present tense, the words that introduce the clip, not the story.
- A video's or a photo's credit: "... the entertaining match. Video courtesy of Jane Roe
  and Rugby Canada.": the footage's source after the story's last stop.
- A pointer to a link: "... charged the officer. Read the details in the transcript here.":
  an order to the reader ending "here.", where the page had its link.
"""

from __future__ import annotations

import re

__all__ = ["strip_glued_tail"]

_AFTER_STOP = r"(?<=[.!?\"”’])"
_NAME_WORD = r"[A-Z][\w'’.-]+"
_GLUED_TAIL = re.compile(
    rf"(?<=[.!?])\s?[-–—]\s?[A-Z]{{2,12}}(?: [A-Z]{{2,12}})?$|"
    rf"{_AFTER_STOP}\s\((?:{_NAME_WORD} ){{1,3}}{_NAME_WORD} ?/ ?[A-Z]{{2,10}}\)$|"
    rf"{_AFTER_STOP}\s(?:[A-Z][\w&.-]* ){{0,2}}[A-Z][\w&.-]*[’']s (?:{_NAME_WORD} ){{1,3}}"
    r"(?:reports|has (?:more|the story|the details|details))\.$|"
    rf"{_AFTER_STOP}\s(?i:(?:cover |file |main |top )?(?:video|photo|image|picture|footage)s?) "
    r"courtesy (?:of )?[^.!?\"“”]{2,80}\.?$|"
    rf"{_AFTER_STOP}\s(?:Read|See|Watch|Listen to|Find) [^.!?\"“”]{{1,80}} here\.$"
)
_MIN_KEPT = 40  # the paragraph left must still be one: "- ABC" alone is a line of its own


def strip_glued_tail(line: str) -> str:
    """ "... the department.- BERNAMA" -> "... the department."; likewise a bracketed name
    and desk, or a station's "Jane Roe reports." after the paragraph's last sentence."""
    match = _GLUED_TAIL.search(line)
    if match is None or match.start() < _MIN_KEPT:
        return line
    return line[: match.start()].rstrip()
