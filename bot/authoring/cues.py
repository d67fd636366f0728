"""Small cues in the wording around a quote that tell who said it, or that nobody did.

Each is a pattern or a test on plain text, used by `quotes.py`: a dash signature, an age
written next to a name, a clause break, a participle, an attribution ending its sentence, a
speech verb's form used as a noun, a denial.
"""

from __future__ import annotations

import re

from bot.authoring.people import Mention
from bot.authoring.role_noun import has_role_noun
from bot.authoring.roles import speech_verb_pattern

__all__ = [
    "AGED",
    "CLAUSE_BREAK",
    "DASH_SIGNATURE",
    "FINAL_ATTRIBUTION",
    "SPOKE_TO",
    "THE_ROLE_BEFORE",
    "denial_covers",
    "describes_someone",
    "has_role_noun",
    "note_ages",
    "noun_use",
    "object_relative_covers",
    "participle",
    "rebutted_claim_covers",
]

_VERB = speech_verb_pattern()

# A quote signed with a dash at the end of its paragraph: ` – Mayor Tom Jones`, ` – a resident`.
DASH_SIGNATURE = re.compile(r"\s*[–—-]\s*(?:[\w.’'-]+\s*){1,6}[.,]?\s*$")

# "the 45-year-old": an age standing for a person.
AGED = re.compile(r"(\d{1,3})-year-old")
_AGE_AFTER = re.compile(r",\s*(\d{1,3}),|\s*\((\d{1,3})\)")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[\w’'-]+\s+){0,3}$")


def note_ages(text: str, mentions: list[Mention], ages: dict[str, set[str]]) -> None:
    """Record the ages written next to names: "Jane Doe, 45,", "Doe (45)", "45-year-old
    mother Jane Doe"."""
    for m in mentions:
        if m.key is None:
            continue
        after = _AGE_AFTER.match(text, m.end)
        before = _AGE_BEFORE.search(text, max(0, m.start - 50), m.start)
        for age in (after and (after.group(1) or after.group(2)), before and before.group(1)):
            if age:
                ages.setdefault(age, set()).add(m.key)


def describes_someone(words: list[str]) -> bool:
    """ "Liberal Democrat MSP", "45-year-old mother": a description that tells about one
    person (a party, a place, an age), not an office anyone may hold ("police chief",
    "council's spokesman")."""
    return not any(w.endswith(("’s", "'s")) for w in words) and any(
        w[:1].isupper() or w[:1].isdigit() for w in words
    )


# What ends a clause between a subject and its second verb; not the dots of "U.S. Navy".
CLAUSE_BREAK = re.compile(r"[!?;:]|(?<!\b[A-Z])\.(?=\s)(?!\s+[a-z])")


# "was quick to contend", "went on to say": the subject does speak.
SPOKE_TO = re.compile(r"\b(?:quick|went on|hastened|rushed)\s+to\s+$")
_PARTICIPLE_LEAD = re.compile(r",\s*(?:[a-z]+ly\s+)?$")


def participle(text: str, verb: re.Match[str]) -> bool:
    """ "..., saying", "..., calling the report": a participle that hangs on the clause."""
    return verb.group().endswith("ing") and bool(
        _PARTICIPLE_LEAD.search(text, max(0, verb.start() - 20), verb.start())
    )


# "..., the Prime Minister wrote": "the" and up to four words right before a verb.
THE_ROLE_BEFORE = re.compile(r"(?<![\w’'])the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+$", re.IGNORECASE)


# ", Councilwoman Jo Lee said Friday.": a short attribution that ends the sentence.
FINAL_ATTRIBUTION = re.compile(
    rf"\s*(?:[\w.’'-]+\s+){{1,6}}?(?:{_VERB.pattern})(?:\s+[\w’'-]+){{0,2}}\s*[.,;:!?]?\s*$"
)
_NOUN_BEFORE = re.compile(
    r"(?:[’']s|\b(?:the|his|her|their|its|these|those|such|two|three|four|several|many|"
    r"some|more|no))\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


# "the accused persons", "an alleged attacker": a verb's form right after a determiner.
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:the|a|an|his|her|their|its)\s+$", re.IGNORECASE)
# "keep the nation informed", "well informed", "was informed": "informed" as an adjective
# or a passive, no one's words reported.
_KEPT_BEFORE = re.compile(
    r"(?<![\w’'])(?:(?:keep|keeps|kept|keeping)\s+(?:[\w’'-]+\s+){0,4}"
    r"|(?:well|fully|better|ill|poorly|was|were|been|being|be|is|are)\s+)$",
    re.IGNORECASE,
)


def noun_use(text: str, verb: re.Match[str]) -> bool:
    """ "Holley's comments", "two phone calls": a speech verb's plural form used as a noun;
    "the accused persons": any form used as an adjective or a noun after a determiner;
    "keep the nation informed", "was informed": an adjective or a passive."""
    word = verb.group()
    if _DETERMINER_BEFORE.search(text, max(0, verb.start() - 8), verb.start()):
        return True
    if word == "informed" and _KEPT_BEFORE.search(text, max(0, verb.start() - 60), verb.start()):
        return True
    return (
        word.endswith("s")
        and word != "says"
        and bool(_NOUN_BEFORE.search(text, max(0, verb.start() - 30), verb.start()))
    )


_DENIAL = re.compile(r"(?<![\w’'])(?:den(?:y|ies|ied|ying)|declined to confirm)(?![\w’'])")
_THAT_SUBJECT = re.compile(r"\bthat\s+(?:he|she|they|it|[A-Z][\w’'-]+)\s+$")


def denial_covers(text: str, s_start: int, opening: int) -> bool:
    """ "denied ordering troops to “kill everybody”", "would not deny that he told X he could
    “finger” nine": the words at `opening` are what someone denies having said, nobody's for
    sure. A speech verb of its own after the denial ("denied it, saying “...”") attributes
    as usual."""
    denials = list(_DENIAL.finditer(text, s_start, opening))
    if not denials:
        return False
    after = denials[-1].end()
    return all(
        _THAT_SUBJECT.search(text, after, verb.start())
        for verb in _VERB.finditer(text, after, opening)
    )


# "dismisses criticism that he needed to be “depowered”", "dismissed a report by a local
# paper that ... “insulted”": others' words, rebutted (who made the claim may stand between
# the claim and its "that").
_REBUTTED_CLAIM = re.compile(
    r"(?<![\w’'])(?:dismiss|reject|rebut|refut|counter|disput|brush(?:ed|es|ing)?\s+(?:off|aside)"
    r"|shrug(?:ged|s|ging)?\s+off|hit(?:s|ting)?\s+back\s+at)[a-z]*\s+"
    r"(?:the\s+|such\s+|any\s+|an?\s+)?(?:[a-z-]+\s+)?(?:criticisms?|claims?|suggestions?|"
    r"accusations?|allegations?|reports?|rumou?rs?|charges?|complaints?|fears?)"
    r"(?:\s+(?:by|from|in|on)\s+[^,;:.!?\"“”‘’]{1,60}?)?\s+that\b"
)


# "on claims that he was not aware of several “...”", "amid allegations that": a claim the
# sentence reports in passing, made by someone it does not name as its subject.
_REPORTED_CLAIM = re.compile(
    r"(?<![\w’'])(?:on|over|amid|amidst|after|following|despite)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?:claims?|allegations?|accusations?|reports?|suggestions?|rumou?rs?)\s+that\b"
)


def rebutted_claim_covers(text: str, s_start: int, opening: int) -> bool:
    """ "Vettori dismisses criticism that he was too influential and needed to be
    “depowered”": words inside a claim the subject rebuts, or one reported in passing ("on
    claims that he was not aware of “...”"), are the claimants', nobody's for sure. A speech
    verb, a comma or an "as" after the claim ("..., saying “...”", "refuted claims that ...
    as “false”") leaves the words to be attributed as usual."""
    claims = [
        *_REBUTTED_CLAIM.finditer(text, s_start, opening),
        *_REPORTED_CLAIM.finditer(text, s_start, opening),
    ]
    claims.sort(key=lambda m: m.end())
    if not claims:
        return False
    inside = text[claims[-1].end() : opening]
    # "refuted claims that ... as “false”": the subject names the claim; ", adding": a
    # clause of the subject's own
    return _VERB.search(inside) is None and _OWN_CLAUSE.search(inside) is None


_OWN_CLAUSE = re.compile(r"[,;:—–]|(?<![\w’'])as\s")


_WHOM = re.compile(r"(?<![\w’'])whom\s")


def object_relative_covers(text: str, s_start: int, opening: int) -> bool:
    """ "Rudy Croes, to whom the PVV leader referred as a “dangerous fool,” Hirsch Ballin
    said": words inside a clause opened by "whom" are that clause's subject's, never the
    sentence's; nobody's for sure (the clause runs to the quote, no comma between)."""
    found = list(_WHOM.finditer(text, s_start, opening))
    return bool(found) and not re.search(r"[,;:—–]", text[found[-1].end() : opening])


# ", writes Ada Obi." closing a sentence: the byline of whoever wrote the report.
_WRITER_AFTER = re.compile(r"[^“”\"]*,\s+writes\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*\.\s*$")


def reported_under_byline(text: str, s_start: int, opening: int, close: int, s_end: int) -> bool:
    """ "The trust said it has ‘let patients down’, writes Ada Obi.": words inside a clause
    reported by a speech verb of the sentence, which then closes with a writer's byline, are
    not the writer's (whose they are is that verb's subject's, read as usual before it)."""
    return _WRITER_AFTER.match(text[close + 1 : s_end]) is not None and any(
        not noun_use(text, verb) for verb in _VERB.finditer(text, s_start, opening)
    )
