"""A he or she in a paragraph led by a court or by a group of people (round 35).

Reading of English news prose, common in court reports and wire copy: a paragraph that
opens with a body or a group as its subject ("The court asked the lawyers to ...", "Senior
lawyers say the incident was ...", "Residents said ...") and then quotes "he" or "she"
gives the words to someone of that body or group: the bench's presiding judge, one of the
lawyers. That one is not named in the paragraph, so the person a he/she resolver finds in
an earlier paragraph is a guess that is often someone else. When the quote's paragraph is
led so and names the chosen speaker nowhere before the quote, the quote goes to nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["led_by_group"]

# The verbs a subject group or body does in news prose before it is quoted through a member.
_VERB = (
    r"(?:say|says|said|ask|asks|asked|told|tell|tells|demand|demands|demanded|argue|argues|"
    r"argued|claim|claims|claimed|insist|insists|insisted|maintain|maintains|maintained|"
    r"warn|warns|warned|add|adds|added|note|notes|noted|observe|observes|observed|"
    r"direct|directs|directed|order|orders|ordered|remark|remarks|remarked|believe|believes|"
    r"believed|allege|alleges|alleged|want|wants|wanted|urge|urges|urged|complain|"
    r"complains|complained|contend|contends|contended)"
)
# "The court asked": a bench speaks through its judge, never under its own name.
_BENCH = re.compile(rf"^(?:The|the)\s+(?:court|bench|tribunal|panel)\s+(?:also\s+)?{_VERB}\b")
# "Senior lawyers say", "Some residents said", "They said": a group in the plural.
_GROUP = re.compile(
    r"^(?:(?:The|Some|Many|Several|Other|Most|Two|Three|Both)\s+)?"
    r"(?:[A-Za-z][a-z]+\s+){0,2}(?P<noun>[A-Za-z][a-z]+[^s’'\W]s|They)\s+"
    rf"(?:also\s+|have\s+|had\s+)?{_VERB}\b"
)


def _opening_subject(lead: str) -> bool:
    """Whether `lead` opens with a bench or a plural group doing a verb of speech ("Jones
    says" is a name, not a group: the plural noun is lowercase, after a word, or "They")."""
    text = lead.lstrip(" \t\n•-–—")
    if _BENCH.match(text):
        return True
    found = _GROUP.match(text)
    if found is None:
        return False
    noun = found.group("noun")
    return noun == "They" or noun[:1].islower()


def led_by_group(paragraph: str, quote: str, speaker_forms: Sequence[str]) -> bool:
    """Whether the quote's `paragraph` opens with a bench or a plural group as its subject
    and names none of `speaker_forms` (the chosen speaker's name and aliases) before the
    quote."""
    lead = paragraph.split(quote, 1)[0]
    if not _opening_subject(lead):
        return False
    words = {w for form in speaker_forms for w in form.split() if len(w) > 2}
    return not any(re.search(rf"(?<![\w’']){re.escape(w)}(?![\w’'])", lead) for w in words)
