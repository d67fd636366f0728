"""A photo's caption over the story's first paragraph, told by its form and its place.

A copied page often prints its picture between the headline and the lede: an image label
("Image") or one flagged caption, then the picture's caption as a line of its own, "Youth
carry a motorcycle across a flooded road at Milore." or "Jane Roe answers questions at
the State Department in Washington." A caption tells what the people in the picture do,
in the present tense of a scene (carry, answers, poses, looks on); a story's first
paragraph reports in the past or the perfect ("have been displaced", "said"). Only the
first line under the picture can be its caption, and only before the story has begun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["flag_scene_captions"]

# "Image", "Photo:", "Pictures": the label a copied page leaves where its picture was.
_IMAGE_LABEL = re.compile(r"^(?:image|photo|picture|photograph|file photo)s?\W{0,3}$", re.I)
# What people in a picture do, in the present tense (plural and singular).
_SCENE_VERB = re.compile(
    r"^(?:carr(?:y|ies)|answers?|talks?|speaks?|poses?|walks?|looks?|stands?|sits?|holds?|"
    r"waves?|gestures?|arrives?|attends?|address(?:es)?|shakes?|greets?|inspects?|"
    r"watch(?:es)?|receives?|celebrates?|listens?|reacts?|prays?|gathers?|waits?|"
    r"march(?:es)?|cross(?:es)?|wades?|pushes?|rides?|chats?|hugs?|lays?|kneels?|"
    r"mourns?|queues?|shelters?|salutes?|embraces?|clears?|delivers?)$"
)
# A word that makes the line a statement before its scene verb: an auxiliary, a past form.
_STATEMENT = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
    r"do|says|said|told|to|who|which|that|[a-z]{2,}ed)$"
)
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’]?\s+[A-Z]")
_QUOTES = '"“”«»'
_MIN_WORDS, _MAX_WORDS = 8, 45
_VERB_WITHIN = 14  # a caption's verb comes after its subject, a few names long
_TOP = 10  # lines of the page where a picture stands over the lede
_MIN_ABOVE = 6  # words of a flagged line over it that is itself a caption


def _scene_sentence(line: str) -> bool:
    """One closed, unquoted sentence whose first verb is a scene's present tense."""
    if not line.endswith(".") or any(q in line for q in _QUOTES):
        return False  # a headline has no stop; a quote is the story's
    if _SENTENCE_INSIDE.search(line.rstrip(".")):
        return False
    words = _WORD.findall(line)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not words[0][0].isupper():
        return False
    for n, word in enumerate(words[:_VERB_WITHIN]):
        folded = word.casefold()
        if _STATEMENT.match(folded):
            return False
        if n and word[:1].islower() and _SCENE_VERB.match(folded):
            return True  # "March 17, 2020" in a dateline is a month, not a scene (round 53)
    return False


def _picture_over(line: str, flagged: bool) -> bool:
    """An image label, or a flagged line as long as a caption (not a date or a byline)."""
    if not flagged:
        return False
    return bool(_IMAGE_LABEL.match(line.strip())) or len(line.split()) >= _MIN_ABOVE


def _closes_sentence(line: str) -> bool:
    return line.rstrip("\"”’'")[-1:] in ".!?"


def flag_scene_captions(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag (in place) the first kept line under a picture, before the story has begun, that
    reads as its caption: one present-tense sentence of what people in it do."""
    for i in range(1, min(len(lines) - 1, _TOP)):
        if flags[i] or not lines[i]:
            continue
        picture = _picture_over(lines[i - 1], flags[i - 1])
        if picture and not flags[i + 1] and _scene_sentence(lines[i]):
            flags[i] = True
        elif _closes_sentence(lines[i]):
            return  # the story has begun: a caption stands over it, never inside
