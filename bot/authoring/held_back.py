"""Which names the draft keeps out of its figures: no role, no quote, and not surely a figure.

A figure the article gives no role and no quote is drafted as "role unknown" for the editor
to fill in. Over the labeled sets that form was wrong more often than right (a place, a body,
a sentence's first word read as a name, a person named in passing), so such a name is held
back unless the article reports something it said: no figure is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.gulf_styles import GULF_STYLES
from bot.authoring.lexicon import HONORIFICS, TITLE_WORDS
from bot.authoring.roles import VERB_BEFORE, hyphenated_role, is_role_noun, verb_after_asides
from bot.authoring.speech_frame import inside_quoted

__all__ = ["clause_for_role", "held_back", "lone_word", "no_office", "not_a_person"]

_COURTESY = "|".join(sorted(HONORIFICS, key=len, reverse=True))
_ACCORDING_TO = re.compile(r"\baccording to\s+$", re.IGNORECASE)
# "has been named as Jon Berg", "identified as Jon Berg": the one the story is about (not
# one of a list: "identified as Jon Berg, Ada Holm and ...").
_NAMED_AS = re.compile(r"\b(?:named|identified) as\s+$")
# "gave their names as Ada Holm and Jon Berg adding that ...": a participle right after a
# name goes with the sentence's subject, not with the name.
_PARTICIPLE_NEXT = re.compile(r"\s+[a-z]+ing\b")
_LIST_GOES_ON = re.compile(r",\s*[A-Z]|\s+and\s+[A-Z]")


def held_back(name: str, texts: Sequence[str], forms: Sequence[str] = ()) -> bool:
    """Whether a name with no role and no quote stays out of the figures: one the article
    reports nothing said by ("Tim Laman" in a photo's story, "Mitch McConnell" named in
    passing; "Ann Lee ... said the lift was broken" stays, under any of her `forms`), one
    word the article never writes after a courtesy title ("Brighton"; not "Mr Holm"), or a
    first word the article also writes in lowercase ("Emergency Childcare" beside
    "emergency care")."""
    if not any(_speaks(form, text) for form in {name, *forms} for text in texts):
        return True
    words = name.split()
    if len(words) < 2:
        titled = re.compile(rf"\b(?:{_COURTESY})\.? {re.escape(name)}\b")
        return not any(titled.search(text) for text in texts)
    first = re.compile(rf"\b{re.escape(words[0].casefold())}\b")
    return any(first.search(text) for text in texts)


def _speaks(form: str, text: str) -> bool:
    """Whether `text` reports `form` saying something: "Lee said", "Lee, 47, told", "said
    Lee", "according to Lee"; not inside a quote, whose speaker reports it."""
    for match in re.finditer(rf"(?<![\w’']){re.escape(form)}(?![\w’'])", text):
        if inside_quoted(text, match.start()):
            continue  # "Rajpal said, “Dr Ann Lee said the teacher ...": the quote's words
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 240]
        if verb_after_asides(after) and not _PARTICIPLE_NEXT.match(after):
            return True
        if VERB_BEFORE.search(before) or _ACCORDING_TO.search(before):
            return True
        if _NAMED_AS.search(before) and not _LIST_GOES_ON.match(text, match.end()):
            return True
    return False


# "Parti Pribumi Bersatu Malaysia (PPBM)": a name, then in brackets the letters its
# capitalised words begin with.
_INITIALS_AFTER = re.compile(r" \((?P<short>[A-Z]{3,8})\)")
# "developers Taylor Wimpey can build": a plural role noun right before the name, and no
# list of names after it ("councillors Ann Roe and Bo Lee").
_PLURAL_BEFORE = re.compile(r"(?<![\w’'])(?P<noun>[a-z]+)s $")
_LISTED_AFTER = re.compile(r"\s*(?:,|and\b|&)")


def not_a_person(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes a name drafted as a person the way only a body is
    written: its short form in brackets spells its words' initials ("Parti Pribumi Bersatu
    Malaysia (PPBM)"), or a plural role noun stands before it alone ("developers Taylor
    Wimpey")."""
    capitals = "".join(w[0] for w in name.split() if w[0].isupper())
    for text in texts:
        for match in re.finditer(rf"(?<![\w’']){re.escape(name)}(?![\w’'])", text):
            short = _INITIALS_AFTER.match(text, match.end())
            if short and len(name.split()) >= 3 and short.group("short") == capitals:
                return True
            plural = _PLURAL_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if plural and is_role_noun(plural.group("noun")) and _alone(text, match, plural):
                return True
    return False


_ONE_OF = re.compile(r"\bone of\b[^.,;:]*$", re.IGNORECASE)


def _alone(text: str, name: re.Match[str], plural: re.Match[str]) -> bool:
    """Whether the name after a plural role stands alone: no list after it ("councillors
    Ann Roe and Bo Lee") and no "one of" before ("one of the activists Bon Kalindo")."""
    if _LISTED_AFTER.match(text, name.end()):
        return False
    return not _ONE_OF.search(text, max(0, plural.start() - 40), plural.start())


_TITLE_WORD = re.compile(r"[\w’'.-]+")
# Titles that are also given names ("Prince Tei Larbi" among suspects, "Prince Albert" the
# city): over the real sets no figure whose only role was one of them was right (0 of 3).
_GIVEN_NAME_TITLES = frozenset({"Prince", "Princess"})
# A Gulf ruler's or notable's style ("Sheikh Sabah Al-Ahmad Al-Sabah"): a mark of rank or
# family, no office; the office (emir, minister) is written elsewhere if at all. Over groups
# A-O at round 28 such a figure was drafted once, wrong ("Sheikh" for an emir).
_STYLES = GULF_STYLES
_ABBREVIATION = re.compile(r"[A-Z]{2,}")


def no_office(title: str | None, others: Sequence[str | None]) -> bool:
    """Whether a capitalised title is all the role a name has and names no office: no title
    word, role noun or letters in it ("National", "Cornwall Council", "Lawford-based" before
    "Trading Standards" or "Rose Properties"; not "Health Minister", "MEC", "Rab DG"). Over
    the real sets, drafted as unseen copy, such a title was right 2 times in 17 when its
    name says nothing; nor does a title that is as often a given name ("Prince"), nor a
    style of rank alone ("Sheikh")."""
    if not title or any(others):
        return False
    if title in _GIVEN_NAME_TITLES:
        return True  # "Prince Opuni", "Prince Albert police": a given name or a town as often
    if title in _STYLES:
        return True  # "Sheikh Sabah": a style, not an office
    words = _TITLE_WORD.findall(title)
    if not all(word[0].isupper() for word in words):
        return False  # "full-back", "hooker": a lowercase role the article gives
    for word in words:
        bare = word.rstrip(".")
        if bare in TITLE_WORDS or bare in HONORIFICS or _ABBREVIATION.fullmatch(bare):
            return False
        if is_role_noun(bare) or hyphenated_role(bare.casefold()):
            return False
    return True


# A verb that makes a phrase a clause of its own, never part of a role.
_FINITE_VERB = re.compile(r"(?<![\w’'-])(?:is|are|was|were|has|have|had)(?![\w’'-])")
# "tackled the Department's handling ...", "later adjudged the golden ball winner": a past
# verb and its object open the phrase, a clause about the name, not what they are.
_VERB_AND_OBJECT = re.compile(
    r"(?:(?:later|then|also|[a-z]+ly) )?[a-z]{3,}ed (?:the|a|an|his|her|their|its) "
)


def clause_for_role(apposition: str | None, others: Sequence[str | None]) -> bool:
    """Whether the only role a name has is an apposition with a finite verb of its own, a
    clause ("Unfortunately, newly entered junior lawyers are also involved ...", "Wellington,
    Sep 3 New Zealand's species are animals like kakapo"), or opened by a past verb and its
    object ("tackled the Department's handling of ..."): over the real sets, drafted as
    unseen copy, 4 such roles were wrong and none right (the verb's form: 2 wrong, 0 right
    over all 701 articles at round 22)."""
    if not apposition or any(others):
        return False
    return bool(_FINITE_VERB.search(apposition) or _VERB_AND_OBJECT.match(apposition))


def lone_word(name: str, texts: Sequence[str]) -> bool:
    """Whether a figure with no quote is named by one word only and the article reports
    nothing said by it ("Forecaster", "Iris", "Offices", "President Ruto" with no full name;
    not "Mr Holm said the lift was broken"): over all 741 real articles at round 23 such a
    figure was right 3 times in 19 (a title alone: 4 in 16 before reported speech was
    excepted), so it is held back with the names given in passing. The draft keeps one
    whose role is written before it ("the sarpanch, Ravi": 1 right of 2, too few to judge).
    A style the name keeps ("Sheikh Hasina") is not counted as a word of it."""
    words = name.split()
    if len(words) == 2 and words[0] in GULF_STYLES:
        words = words[1:]  # "Sheikh Hasina", named only inside a quote: one word
    return len(words) == 1 and not any(_speaks(name, text) for text in texts)
