"""Two shapes of a line the page printed beside the story, never a sentence of it.

A line in the present tense after a comma, with no past or future anywhere: a caption
("Jane Roe, the mayor, speaks at the hall on Monday.") or a headline ("Roe, councillors to meet
in June", "Top official blames the media, analysts for ...") that the page printed as a
line of its own, not a sentence of the story.

News tells what happened: a story sentence carries a verb in the past, the perfect or the
future, or a verb of speech. A caption tells what the photo shows, and a headline what the
story says, both in the present; both mark the subject off with a comma (an apposition, or
a headline's list of who) right before the verb. Round 54 counted the shape over the
labeled pages read (tuning, heldout, fresh-fresh40): 8 lines on 7 pages, four caption
lines (three pages), three headlines and one story sentence with a slip ("... action focus
on three issues").

A person's place in a photo set off by commas or brackets ("Jane Roe, left, and John
Doe", "Mayor Jane Roe (centre) with ..."): only a caption says where someone stands in a
picture. Counted over the pages read: 11 lines on 9 pages, every one a caption (one a
caption's tail with a verb of speech: "Cr Jane Roe, front, said five", cut by the page).
"""

from __future__ import annotations

import re

__all__ = ["a_photo_position", "a_present_line"]

# A capitalised opening, then a comma right before a verb in the present with an "s"
# ("speaks", "announces", "blames"; not "says", a story's verb of speech), then what it
# does ("at", "to", "the", "plans ...").
_COMMA_THEN_PRESENT = re.compile(
    r"^[A-Z][^.;:“”\"]{0,150}?[A-Za-z)], (?!says\b)[a-z]{3,}[^s\W]s "
    r"(?:a|an|the|his|her|their|to|with|at|on|in|up|off|during|after|as|for|[a-z]+ "
    r"(?:at|to|with|the|during))\b"
)
# What a story sentence has and a caption or headline lacks: a verb in the past, the
# perfect or the future, an auxiliary, or a verb of speech.
_NEWS_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|had|has|have|will|would|can|could|may|might|must|"
    r"should|did|does|said|says|told|[a-z]{2,}ed|got|made|took|gave|came|went|won|lost|"
    r"left|led|held|met|found|saw|sent|shot|spent|struck|fell|rose|became|began|brought|"
    r"built|fled|fought|heard|kept|knew|paid|ran|sold|stood|thought|wrote|spoke)\b"
)


def a_present_line(sentence: str) -> bool:
    """Whether the sentence is a caption or a headline by its shape: a comma, then a verb
    in the present, and no verb of news (past, perfect, future, speech) anywhere."""
    return _COMMA_THEN_PRESENT.match(sentence) is not None and _NEWS_VERB.search(sentence) is None


# ", left,", "(right)", "(centre)", "(from left)", ", second right,": where a person stands
# in the photo. (Not the one-letter "(L)" or "(R)", which can be a party.)
_POSITION = re.compile(
    r"(?:, (?:(?:second |far )?(?:left|right)|cent(?:re|er)|front|back)(?: row)?,|"
    r"\((?:(?:second |far )?(?:left|right)|cent(?:re|er)|front|back|from left|"
    r"from left to right)\))"
)
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")


def a_photo_position(sentence: str) -> bool:
    """Whether the sentence, outside its quotes, says where someone stands in a photo
    ("Jane Roe, left, and John Doe"): a caption."""
    return _POSITION.search(_QUOTED.sub("", sentence)) is not None
