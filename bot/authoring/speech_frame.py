"""The grammar of an attribution frame: which name in a sentence speaks, and which does not.

A quote's frame is the words around it that say who spoke (`"...," X said`, `X said: "..."`).
The speaker is the subject of the speech verb; a name the speaker talks about (inside the
quoted words), a name the subject acted on before saying something ("X attacked Y and said")
and a name under a pull quote's colon (`"...": LNP leader X.`) each have their own place in
the frame. These helpers read those places; `quotes.py` and `people.py` use them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from bot.authoring.lexicon import OBJECT_VERBS, OFFICE_WORDS, TITLE_WORDS
from bot.authoring.name_leads import TIME_WORDS

__all__ = [
    "after_preposition",
    "attributive_name",
    "closing_apposition",
    "colon_signature_span",
    "coordinated_subject_span",
    "inside_quoted",
    "joined_after",
    "joint_subject",
    "noun_subject_acts_on",
    "passive_agent_start",
    "passive_agent_tail",
    "passive_object_verb",
    "plural_verb_after",
    "possessive_after",
    "quoted_as_saying",
    "relative_who",
    "reported_speech_after",
    "single_aside",
    "speaks_through",
    "speech_noun_frame",
    "who_clause_starts",
]

_MARKS = re.compile(r"[\"“”]")


@lru_cache(maxsize=8)
def _mark_positions(text: str) -> tuple[int, ...]:
    """Where `text`'s double quotation marks stand, in order: read once per text, as the
    drafter asks about every name of an article (a 300 KB page without quotes has 10,000
    capitalised words, and counting marks afresh for each took two thirds of its draft)."""
    return tuple(match.start() for match in _MARKS.finditer(text))


def inside_quoted(text: str, pos: int, floor: int = 0) -> bool:
    """Whether `pos` lies inside quoted words opened in text[floor:pos]: an odd number of
    double quotation marks stand before it ("The coach said, "Sabina is ...": Sabina is
    what the coach speaks about, never the coach)."""
    marks = _mark_positions(text)
    count = bisect_left(marks, pos) - bisect_left(marks, floor)
    return count > 0 and count % 2 == 1


# "attacked Rahul Gandhi and ": a finite verb, its object (capitalised words), then "and".
_ACTED_ON = re.compile(r"\s+[a-z]{3,}ed\s+(?:[A-Z][\w’'.-]*\s+){1,4}and\s+$")


def coordinated_subject_span(between: str) -> bool:
    """Whether the words from a subject to a speech verb are one more predicate of it: the
    subject did something to someone, "and" then spoke ("Chouhan attacked Rahul Gandhi and
    said"): the speaker is the subject, not the name acted on. `between` runs from the end
    of the subject's name to the speech verb."""
    return _ACTED_ON.fullmatch(between) is not None


# `”: LNP leader David Crisafulli.`: a colon right after the closing mark, then words.
_COLON_SIGNATURE = re.compile(r"[ \t]*:[ \t]+(?=\S)")


def colon_signature_span(text: str, close: int, hi: int) -> int | None:
    """Where the signature of a pull quote starts: after a colon right after the closing
    mark at `close` (`"...": LNP leader David Crisafulli.`), before `hi`; else None. The
    caller checks that only titles stand before the name and nothing after it."""
    match = _COLON_SIGNATURE.match(text, close, hi)
    return match.end() if match else None


# " made a contradictory statement that ": a verb of making, a noun of speech, the quote.
_SPEECH_NOUN = re.compile(
    r"\s+(?:made|makes|gave|gives|issued|issues)\s+(?:a|an|the|his|her)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:statement|remark|comment|claim|declaration|promise|pledge)"
    r"\s*(?:that\s*)?[,:]?\s*$"
)


def speech_noun_frame(text: str, name_end: int, opening: int) -> bool:
    """Whether the words from a name to a quote's opening mark make the name the speaker
    by a noun of speech ("X made a contradictory statement that "...""): the subject of
    "made/gave/issued a statement" speaks the quote that follows it."""
    return _SPEECH_NOUN.fullmatch(text, name_end, opening) is not None


# "has been criticised", and the reduced relative clause "Obi, described by Bello as".
_PASSIVE_BEFORE = re.compile(r"(?:(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?|,\s*)$")
_BY = re.compile(r"\s+by\s+")
# " for ", " as ", " over ": what stands between the agent and the words they used.
_AGENT_TAIL = re.compile(r"\s+(?:for|as|over|of)\s+(?:saying\s+)?$|\s*[,:]\s*$")


def passive_agent_start(text: str, verb_start: int, verb_end: int) -> int | None:
    """Where the agent of a passive verb of speech starts ("has been criticised by
    Opposition Leader X for "..."", "Obi, described by X as "..."": X used the words),
    else None."""
    if not _PASSIVE_BEFORE.search(text, max(0, verb_start - 30), verb_start):
        return None
    by = _BY.match(text, verb_end)
    return by.end() if by else None


def passive_agent_tail(text: str, agent_end: int, opening: int) -> bool:
    """Whether only "for", "as", "over" (or a comma) stand between the agent and the quote."""
    return _AGENT_TAIL.fullmatch(text, agent_end, opening) is not None


# The words right before a name, past capitalised titles ("to Mayor", "for the").
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w’'])(?:to|for|of|about|by|against|towards?|on|at|over|like)"
    r"\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$"
)


# "Chief Minister of Delta", "Member of Parliament for Delta North": an office in capitals
# going on past "of" or "for" to the place or body it serves.
_OFFICE_PREPOSITION = re.compile(r"([A-Z][\w’'-]+)\s+(?:of|for|to)\s+$")
# Offices held toward a country ("High Commissioner to Sri Lanka Ada Obi said"): the only
# ones whose "to" names the place served, not the one spoken to.
_ENVOYS = frozenset({"Ambassador", "Envoy", "Commissioner", "Consul", "Representative", "Nuncio"})


def after_preposition(text: str, floor: int, name_start: int, name_end: int = -1) -> bool:
    """A name in a prepositional phrase of its sentence (which starts at `floor`): "replied
    to Bello", "a spokesman for Obi", "responding to Obi": spoken to, of or for, never the
    subject of a speech verb. Not "with" ("with Thorne describing it as"), nor "from"
    ("Jo Lee from the Harbour Team said"), nor a full name (from `name_start` to
    `name_end`) after an office in capitals that serves a place ("Chief Minister of Delta
    Ada Obi said": the office's holder), nor a name after a time ("on Friday Obi said")."""
    lo = max(floor, name_start - 80)
    match = _PREPOSITION_BEFORE.search(text, lo, name_start)
    if match is None:
        return False
    office = _OFFICE_PREPOSITION.search(text, lo, match.start() + match.group().find(" ") + 1)
    full_name = " " in text[name_start:name_end].strip()
    head = office.group(1) if office else ""
    if office is not None and office.group().split()[1] == "to" and head not in _ENVOYS:
        head = ""  # "replied to Governor Ada Obi": spoken to
    if full_name and (head in TITLE_WORDS or head in OFFICE_WORDS):
        return False
    between = match.group().split()[1:]
    return not (between and all(w in TIME_WORDS for w in between))  # "on Friday Obi said"


_WHO = re.compile(r",?\s+who\s+(?:[a-z]+ly\s+)?")


def relative_who(between: str) -> bool:
    """ "Obi, who said": the name right before "who" is the subject of the clause's verb."""
    return _WHO.fullmatch(between) is not None


_QUOTED_BEFORE = re.compile(r"(?<![\w’'])quoted\s+(?:[A-Z][\w’'.-]*\s+){0,3}$")


def quoted_as_saying(text: str, name_start: int, between: str) -> bool:
    """ "Obi quoted Bello as saying": the name quoted is the speaker, not the one quoting."""
    return between.strip() == "as" and (
        _QUOTED_BEFORE.search(text, max(0, name_start - 60), name_start) is not None
    )


_AND_BETWEEN = re.compile(r",?\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,3}")
_JOINT_BETWEEN = re.compile(r"\s+(?:(?:both|jointly|also|together)\s+)?")


def joint_subject(text: str, other_end: int, name_start: int, between: str) -> bool:
    """ "Obi and Bello both said": two names joined by "and" (the other ends at
    `other_end`), then the verb: two subjects of one verb; either may be the speaker."""
    return (
        _JOINT_BETWEEN.fullmatch(between) is not None
        and _AND_BETWEEN.fullmatch(text, other_end, name_start) is not None
    )


_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!also\b|further\b|then\b|later\b|too\b|has\b|have\b|had\b|"
    r"was\b|is\b|will\b|would\b)[a-z]+\s+$"
)


def attributive_name(text: str, name_start: int, between: str) -> bool:
    """ "The Bello family told Obi": a name between "the" and a noun names the family (or
    campaign, government), not the person."""
    return (
        _THE_BEFORE.search(text, max(0, name_start - 5), name_start) is not None
        and _NOUN_AFTER.fullmatch(between) is not None
    )


_ASIDE = re.compile(r",\s+[^,;:“”\"]{1,120},\s*")


def single_aside(text: str, subject_end: int, verb_start: int) -> bool:
    """ "Obi, the wife of Bello, said", "Bello, responding to Obi, said": the subject, one
    aside between commas, then the verb; a name inside the aside is not who speaks."""
    return _ASIDE.fullmatch(text, subject_end, verb_start) is not None


def reported_speech_after(text: str, name_end: int, hi: int, verb: re.Pattern[str]) -> bool:
    """`"...," Obi said Bello told her.`: after the name, a verb of speech reports another
    name's verb of speech; the words are the second name's as the first tells them, so
    neither is sure."""
    said = re.compile(
        rf"\s+(?:[a-z]+ly\s+)?(?:{verb.pattern})(?:\s+(?:that\s+)?(?:[A-Z][\w’'.-]*\s+){{1,4}}"
        rf"(?:(?:had|has|once|also|then|later)\s+)?(?:{verb.pattern})|,?\s+quoting\s)"
    )
    return said.match(text, name_end, hi) is not None


# A whole word: "McCabe told", "Davis described" and "Dennis assured" end in no auxiliary.
_AUXILIARY_BEFORE = re.compile(r"(?<![\w’'-])(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")


def passive_object_verb(text: str, verb_start: int, verb: str) -> bool:
    """ "Obi was described as "...", "was called", "was told": a passive verb whose
    subject is the one spoken of or to, never the speaker of the quote after it."""
    return (
        verb in OBJECT_VERBS
        and verb.endswith(("ed", "told"))
        and _AUXILIARY_BEFORE.search(text, max(0, verb_start - 30), verb_start) is not None
    )


_POSSESSIVE = re.compile(r"(?:’s|'s|’|')\s")
_JOINED = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def possessive_after(text: str, name_end: int) -> bool:
    """ "said Obi's spokesman": the name is a possessive, so the speaker is whoever it owns
    (named in an apposition after, "said Obi's spokesman, Bello", or nobody)."""
    return _POSSESSIVE.match(text, name_end) is not None


def closing_apposition(lead: str, rest: str) -> str:
    """The words after a name with the comma closing its apposition taken out, when a
    title before the name opened it with a comma (`“...,” Mayor, Ada Obi, told the
    chamber`: the name stands in apposition to "Mayor", and "told" is its verb)."""
    if lead.rstrip().endswith(",") and rest.startswith(","):
        return rest[1:]
    return rest


def joined_after(text: str, name_end: int) -> bool:
    """ "said Obi and Bello": a second name joined to the first; either may have spoken."""
    return _JOINED.match(text, name_end) is not None


# A sentence opening with a noun phrase ("The letter", "Her statement") and its verb: the
# noun is the subject, so a name after the verb is what it acts on, not who speaks.
_NOUN_SUBJECT_VERB = re.compile(
    r"(?:The|A|An|This|That|Its|His|Her|Their|Our)\s+(?:[a-z][\w’'-]*\s+){1,3}?"
    r"(?:[a-z]+ed|went|was|were|is|are|has|had|made|makes|did|does|asks?|urges?|tells?|told)"
    r"\s[^,;:]*$"
)


def noun_subject_acts_on(text: str, s_start: int, name_start: int) -> bool:
    """ "The letter went on to ask Obi to retract it, calling it “...”": the sentence's
    subject is a noun phrase before its verb and the name comes after the verb, so the name
    is acted on; a participle later in the sentence is the noun's, not the name's."""
    return _NOUN_SUBJECT_VERB.fullmatch(text, s_start, name_start) is not None


# A verb that agrees with a plural subject, with adverbs before it: "have", "are", "were".
_PLURAL_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:have|are|were)\s")
_COORDINATED_BEFORE = re.compile(r"(?:\band|\bor|&|,)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")


def plural_verb_after(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands right before a plural verb without being
    one of two subjects joined by "and": English makes one person's verb "has", "is",
    "was", so in "Councillors on the eastern Costa del Mar have called" the subject is the
    councillors, not the name (but "Obi and Bello have said" is theirs)."""
    if not _PLURAL_VERB.match(text, end):
        return False
    return not _COORDINATED_BEFORE.search(text, max(0, start - 12), start)


# A capitalised word set off by ", who": English uses "who" of people, so the word names one.
_NAME_BEFORE_WHO = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?=,\s+who\s)")


def who_clause_starts(text: str) -> list[int]:
    """Where a capitalised word stands before ", who" ("Amadi, who toured the valley"): a
    person, known to the draft or not."""
    return [m.start() for m in _NAME_BEFORE_WHO.finditer(text)]


# "through his lawyer", "through her spokesperson", right before a name.
_THROUGH_AGENT = re.compile(r"(?<![\w’'])through\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+){1,3}$")


def speaks_through(text: str, start: int) -> bool:
    """Whether the name at `start` is someone through whom another speaks ("told the court
    through his lawyer Paul Ferris that he was not ready"): a he/she after it may be either."""
    return _THROUGH_AGENT.search(text, max(0, start - 60), start) is not None
