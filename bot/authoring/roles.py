"""What an article says somebody is: the role before or after a name.

"Defense Secretary Lloyd Austin" (an office before the name), "Victor D. Cha, a professor at
..." (an apposition after it), "Its treasurer, Nadia Rahman" (a role before a comma), and the
speech verbs that mark a speaker ("said", "warned", "put it").
"""

from __future__ import annotations

import re

from bot.authoring.acronym_post import acronym_post
from bot.authoring.clause_not_role import clause_not_role
from bot.authoring.company_aside import company_aside
from bot.authoring.lexicon import (
    COUNTRIES,
    HONORIFICS,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    POSTNOMINALS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    words,
)
from bot.authoring.open_role_said import role_left_open
from bot.authoring.text import truncate
from bot.authoring.titled_list_item import titled_name_in_list

__all__ = [
    "AGE",
    "DETERMINERS",
    "FUNCTION_WORDS",
    "KIN",
    "LISTENER_VERBS",
    "PAIRED_BEFORE",
    "PLACE_INITIALS",
    "VERB_AFTER",
    "VERB_BEFORE",
    "apposition_after",
    "degree_letters",
    "hyphenated_role",
    "is_role_noun",
    "role_before",
    "role_from_phrase",
    "role_up_to_noun",
    "role_with_comma_before",
    "speech_verb_pattern",
    "verb_after_asides",
]

FUNCTION_WORDS = words(
    """the a an this that these those in on at for as by with from to of and or but if when
    where while after before under over his her its their our my your some many most all both
    each every no not said says told tells who whom which whose than then is was were are be been
    has have had will would could should can may might also later once including like near
    into onto about against among between during without within via per across around behind
    than it he she they we i you him them us me one two three four five"""
)
DETERMINERS = words("the a an its his her their our my your this that another")
# Offices and occupations news writes before or after a name, beyond the shared lexicon.
_ROLE_NOUNS = ROLE_NOUNS | words(
    """master magistrate landowner pundit registrar coroner headmaster headmistress dean
    rector vicar
    chaplain fisherman academic mp msp mla mep td assemblyman assemblywoman selectman consul
    undersecretary tutor umpire broadcaster presenter commentator blogger accountant
    paramedic firefighter witness eyewitness assistant skipper cm mna mpa guard cashier
    caretaker labourer laborer hairdresser janitor courier welder bouncer receptionist
    bricklayer goalscorer custodian hero selector forecaster convener convenor housewife
    homemaker sarpanch in-charge counsel vp star superstar legend icon
    gunman shooter taoiseach tánaiste cathaoirleach cathoirleach comhairle reeve
    petitioner plaintiff appellant complainant"""
)
# "assemblyperson", "congressperson": the word for anyone in a role noun ending in "-man".
_ROLE_NOUNS |= {
    f"{noun[:-3]}person" for noun in _ROLE_NOUNS if noun.endswith("man") and noun[-5:] != "woman"
}


# Speech verbs whose next name is the one spoken to, never the speaker: "she told Newsday".
LISTENER_VERBS = words(
    "told tells tell asked asks ask informed advised assured counselled urged ordered instructed"
)


def speech_verb_pattern(exclude: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A regex matching any speech verb as a whole lowercase word ("said", "put it")."""
    verbs = sorted(SPEECH_VERBS - exclude, key=len, reverse=True)
    alternation = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return re.compile(rf"(?<![\w’'])(?:{alternation})(?![\w’'])")


_VERB = speech_verb_pattern()
VERB_AFTER = re.compile(rf"^\s*+(?:\w+ly\s+)?(?:{_VERB.pattern})")
# "said Jane Doe": the speaker after the verb (not "told Jane Doe", who was spoken to).
VERB_BEFORE = re.compile(rf"(?:{speech_verb_pattern(LISTENER_VERBS).pattern}),?\s+$")
AGE = re.compile(r",\s*\d{1,3},|\s\(\d{1,3}\)")  # "Jane Roe, 27," / "Jane Roe (27)"
MAX_ASIDES = 3
_AFFILIATION = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,6}")


def verb_after_asides(rest: str) -> bool:
    """A speech verb next, perhaps after asides in commas: ", 47, said", ", of Hull, East
    Yorkshire, said", ", the director, warned" (each aside short, no sentence end)."""
    if VERB_AFTER.match(rest):
        return True
    affiliation = _AFFILIATION.match(rest)  # "Terry Knowles of the Lake Fire Dept. told"
    if affiliation and VERB_AFTER.match(rest[affiliation.end() :]):
        return True
    if not rest.startswith(","):
        return False
    parts = rest[:240].split(",", MAX_ASIDES + 1)[1:]
    for i, part in enumerate(parts):
        if VERB_AFTER.match(part):
            return i > 0
        if len(part) > 80 or any(c in PLACE_INITIALS.sub("", part) for c in '.!?;:"“”'):
            return False
    return False


# "of Marlboro, N.Y., said": the stops of a place's initials end no sentence; the initials
# set off by commas go with the aside before them.
PLACE_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")


def _word_before(text: str, pos: int) -> tuple[int, str]:
    """The start and text of the word ending right before `pos` (after one space)."""
    if pos < 2 or text[pos - 1] != " ":
        return -1, ""
    i = pos - 1
    lo = max(0, pos - 40)
    while i > lo and not text[i - 1].isspace() and text[i - 1] not in ',;:(“"':
        i -= 1
    return i, text[i : pos - 1]


# "and yesterday Member of Parliament Edgar Lungu": when, not part of the office.
_WHEN_WORDS = words("yesterday today tomorrow tonight now earlier meanwhile recently")
# "The side lost although opener Jo Lee scored": a clause ends at its conjunction.
_CONJUNCTIONS = words("although though because since unless until whereas so yet nor whether")


def _is_role_modifier(word: str) -> bool:
    low = word.casefold()
    if low in FUNCTION_WORDS or low in SPEECH_VERBS or low in _WHEN_WORDS:
        return False
    if low in _AUXILIARIES:  # "14-man Limerick did manager Jo Lee proud": a verb
        return False
    if low in _CONJUNCTIONS:
        return False
    if word[0].isupper() or low in _ROLE_NOUNS or low in ROLE_MODIFIERS:
        return True
    if any(c.isdigit() for c in word) and "-" in word:  # "19-year-old", "17th-century"
        return True
    return not (low.endswith("ed") or low.endswith("ing") or low.endswith("ly"))


# "Last week Minister of Foreign Affairs Jo Lee": when the sentence happens, not the office.
_TIME_NOUNS = words("week weekend month year night morning afternoon evening season")
_TIME_LEADS = words("last this next past")


def _ends_a_time_phrase(text: str, wstart: int, word: str) -> bool:
    """Whether `word` (at text[wstart]) is a lowercase time noun after "last", "this",
    "next" or "past" ("Last week"): "final year student" keeps its "year"."""
    if word not in _TIME_NOUNS:
        return False
    return _word_before(text, wstart)[1].casefold() in _TIME_LEADS


# Nouns of a relation to someone, not an office: "party colleague Jane Roe" says whose.
_RELATIONS = words(
    "colleague colleagues friend friends ally allies rival rivals teammate teammates"
)


_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'])(?:his|her|their|my|our|your) $", re.IGNORECASE)


def _owned_boss(text: str, wstart: int, low: str) -> bool:
    """ "her boss Jo Lee": whose boss, a relation; "party boss Jo Lee" is a role."""
    return low == "boss" and bool(_POSSESSIVE_BEFORE.search(text, max(0, wstart - 8), wstart))


def role_before(text: str, start: int, floor: int) -> str | None:
    """The office or role written right before a name: "White House ... spokesman"; not a
    relation ("party colleague Jane Roe"), which leaves the role to another mention."""
    words: list[str] = []
    pos = start
    first, plural = True, False
    while pos > floor and len(words) < 8:
        wstart, word = _word_before(text, pos)
        if wstart < floor or not word or not word[0].isalnum():
            break
        if word.endswith(")"):
            break  # "Bureau of Meteorology (BOM) forecaster": the body's short form, not the role
        clean = word.rstrip(".")
        if first:
            low = clean.casefold()
            if low in _RELATIONS or _owned_boss(text, wstart, low):
                break
            plural = _plural_role(low) and bool(_COUPLE_AFTER.match(text, start))
            known = low in _ROLE_NOUNS or clean in TITLE_WORDS or hyphenated_role(low)
            known = known or (clean.islower() and _occupation_shaped(clean))
            if not known and not plural:
                break
            if plural:
                word = word[:-1]  # "pilots Ann Roe and Bo Lee": each is a pilot
        elif not _is_role_modifier(clean) or _ends_a_time_phrase(text, wstart, clean):
            break
        words.append(word)
        pos = wstart
        first = False
    if not words:
        return (
            _title_and_description(text, start, floor)
            or _role_named(text, start, floor)
            or _role_in_a_list_of_roles(text, start, floor)
        )
    if plural and len(words) > 1 and PAIRED_BEFORE.search(text, max(floor, pos - 40), pos):
        return words[0]  # "his Defense and Internal Affairs counterparts A and B": whose is which?
    role = " ".join(reversed(words))
    paired = _role_and_before(text, pos, floor)
    return f"{paired} and {role}" if paired else role


# "his Defense and Internal Affairs counterparts Adolf Mwesige and Jeje Odongo": an office
# for each name before the plural role, in an order the draft cannot be sure of.
PAIRED_BEFORE = re.compile(r"[A-Z][\w’'-]* and $")


# "meteorologist", "pianist", "dietician": endings only nouns of what one does have.
_OCCUPATION_ENDINGS = ("ologist", "ist", "ician", "ologian", "ographer")
_ENDING_SO_BUT_VERBS = words("insist persist consist resist assist exist coexist subsist desist")


def _occupation_shaped(word: str) -> bool:
    """A lowercase word shaped like an occupation ("senior meteorologist Jo Lee")."""
    return (
        len(word) >= 7
        and word.isalpha()
        and word.endswith(_OCCUPATION_ENDINGS)
        and word not in _ENDING_SO_BUT_VERBS
    )


# "head coach Jo Lee, captain Bo Ek, back-row Ann Roe and prop Cy Poe": a list of people,
# each after a lowercase word that says what they are.
_LIST_ITEM = r"[a-z][\w-]* [A-Z][\w’'-]*(?: (?:[a-z]{1,3} )?[A-Z][\w’'-]*){1,3}"
_LIST_OF_ROLES = re.compile(rf"(?<![\w’'-]){_LIST_ITEM}(?:(?:, |,? and ){_LIST_ITEM}){{2,}}")
_ITEM_ROLE = re.compile(r"(?:^|(?<=, )|(?<= and ))(?P<role>[a-z][\w-]*) (?=[A-Z])")


def _role_in_a_list_of_roles(text: str, start: int, floor: int) -> str | None:
    """The lowercase word before a name in a list of three or more "ROLE NAME" items, one of
    whose words is a known role ("captain Bo Ek, back-row Ann Roe"): that name's role."""
    lo = max(floor, start - 300)
    for match in _LIST_OF_ROLES.finditer(text, lo, start + 300):
        if not match.start() < start < match.end():
            continue
        roles = [m.group("role") for m in _ITEM_ROLE.finditer(match.group())]
        if not any(is_role_noun(r) or hyphenated_role(r) for r in roles):
            return None
        if any(not _is_role_modifier(r) or r in FUNCTION_WORDS for r in roles):
            return None
        _, word = _word_before(text, start)
        return word if word in roles else None
    return None


# "A fisherman named Jo Lee", "an off-duty nurse called Jo Lee": a role introducing the one
# it names; only after "a"/"an" ("The mayor called Jo Lee" is the mayor phoning him).
_ROLE_NAMED = re.compile(
    r"(?<![\w’'])(?:[Aa]n?) (?P<role>(?:[\w’'-]+ ){0,2}(?P<noun>[a-z][\w-]*)),? "
    r"(?:named|called|identified as) $"
)


# "the suspect identified as Jo Lee": "identified as" equates the two after "the" as well
# (unlike "called", where "the mayor called Jo Lee" is a phone call).
_ROLE_IDENTIFIED = re.compile(
    r"(?<![\w’'])[Tt]he (?P<role>(?:[\w’'-]+ ){0,2}(?P<noun>[a-z][\w-]*)),? identified as $"
)
# "A 29-year-old officer who died in the crash was identified as Jo Lee": the sentence's
# subject, a role, is the one the passive names (its who-clause passed over).
_SUBJECT_IDENTIFIED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:An?|The) (?P<role>(?:[\w’'-]+ ){0,2}"
    r"(?P<noun>[a-z][\w-]*))(?:,? who [^.;:!?\"“”]{1,100}?)? (?:was|has been|had been|is) "
    r"(?:named|identified) as $"
)


def _role_named(text: str, start: int, floor: int) -> str | None:
    """The role in "a fisherman named Jo Lee" (an indefinite role noun right before
    "named"/"called"), "the suspect identified as Jo Lee", and "A 29-year-old officer who
    died ... was identified as Jo Lee" (the subject, named in the passive)."""
    lo = max(floor, start - 80)
    matches = (
        _ROLE_NAMED.search(text, lo, start),
        _ROLE_IDENTIFIED.search(text, lo, start),
        _SUBJECT_IDENTIFIED.search(text, max(floor, start - 200), start),
    )
    match = next(
        (m for m in matches if m and (m["noun"] in _ROLE_NOUNS or hyphenated_role(m["noun"]))),
        None,
    )
    if match is None:
        return None
    noun = match.group("noun")
    words = match.group("role").split()
    mods = words[: words.index(noun)] if noun in words else []
    if any(not _is_role_modifier(w) for w in mods):
        return noun
    return match.group("role")


# "businessman and television personality Kevin Roe", "Author and activist Jo Lee": two roles
# joined by "and"; not after a determiner or a link ("between the mayor and resident X").
_ROLE_AND = re.compile(r"(?:^|(?<=[\s(“\"]))(?P<role>[A-Za-z][\w-]*) and $")
_ROLE_AND_DESCRIPTION = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<role>[a-z][\w-]*) and (?P<desc>(?:[a-z][\w-]* ){1,2})$"
)
_NOT_BEFORE_TWO_ROLES = DETERMINERS | words("and between with of to from by for")


def _role_and_before(text: str, pos: int, floor: int) -> str | None:
    """The first of two roles joined by "and" that ends right at `pos` ("Author and ")."""
    match = _ROLE_AND.search(text, max(floor, pos - 40), pos)
    if match is None or not _opens_two_roles(text, match.start(), floor, match.group("role")):
        return None
    mods: list[str] = []
    at = match.start()
    while len(mods) < 3:  # "Former Waterford boss and ...": the first role's own words
        wstart, word = _word_before(text, at)
        if wstart < floor or not word or not word[0].isupper() or word in TITLE_WORDS:
            break
        if word.casefold() in FUNCTION_WORDS or word.casefold() in _WHEN_WORDS:
            break
        mods.insert(0, word)
        at = wstart
    return " ".join([*mods, match.group("role")])


def _opens_two_roles(text: str, start: int, floor: int, role: str) -> bool:
    """Whether `role` at `start` is a role noun that opens a pair of roles: nothing before it
    that makes it someone else's ("the mayor and", "between the mayor and")."""
    low = role.casefold()
    if low not in _ROLE_NOUNS and not hyphenated_role(low):
        return False
    _, before = _word_before(text, start)
    return before.casefold().rstrip(",") not in _NOT_BEFORE_TWO_ROLES


# "current", "future": words that tell when one holds the role after them.
_RANKS_IN_TIME = words("current new future then later present erstwhile")


def _role_and_description(text: str, start: int, floor: int) -> str | None:
    """A lowercase role, "and", a description: "businessman and television personality"."""
    match = _ROLE_AND_DESCRIPTION.search(text, max(floor, start - 60), start)
    if match is None or not _opens_two_roles(text, match.start(), floor, match.group("role")):
        return None
    desc = match.group("desc").split()
    if any(w in FUNCTION_WORDS or w in SPEECH_VERBS or w.endswith("ed") for w in desc):
        return None
    if desc[-1] in ROLE_MODIFIERS or desc[-1] in _RANKS_IN_TIME:
        return None  # "boss and current Tipp manager": "current" is the next role's
    return f"{match.group('role')} and {' '.join(desc)}"


# "ex-minister", "then-mayor", "vice-chairman", "president-elect", "director-general",
# "editor-in-chief", "banker-turned-novelist": a role noun with a rank joined by a hyphen.
_RANK_BEFORE = words("ex vice co deputy acting sub then former")
_RANK_AFTER = ("-elect", "-designate", "-general", "-in-chief", "-in-charge")


def hyphenated_role(word: str) -> bool:
    """Whether a lowercase hyphenated word is a role noun with its rank ("ex-minister")."""
    head, _, rest = word.partition("-")
    if not rest:
        return False
    if "-turned-" in word:  # "banker-turned-novelist": what one is now
        return word.rpartition("-turned-")[2] in _ROLE_NOUNS
    if head in _RANK_BEFORE:
        return rest in _ROLE_NOUNS or hyphenated_role(rest)
    return word.endswith(_RANK_AFTER) and head in _ROLE_NOUNS


# "Councillor and mayoral hopeful Kerrin Leoni": a title, "and", a description in lowercase.
_TITLE_AND_DESCRIPTION = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<title>[A-Z][\w-]*) and (?P<desc>(?:[a-z][\w-]* ){1,2})$"
)


def _title_and_description(text: str, start: int, floor: int) -> str | None:
    """The title and what else the article calls the person, joined by "and", right before
    the name ("Councillor and mayoral hopeful")."""
    match = _TITLE_AND_DESCRIPTION.search(text, max(floor, start - 60), start)
    if match is None:
        return _role_and_description(text, start, floor)
    title = match.group("title")
    if title not in TITLE_WORDS and title.casefold() not in _ROLE_NOUNS:
        return None
    return f"{title} and {match.group('desc').strip()}"


_ROLE_SUFFIXES = ("ist", "ian", "ologist", "er", "or", "ant", "ent", "eer")
_NOT_ROLES = words(
    """water winter summer number member border order center centre corner matter letter
    quarter other another under over after later former latter never ever power paper
    percent per parent moment government event agent statement comment however moreover
    whoever whatever whenever wherever whether either neither rather further together
    altogether"""
)


def _role_like(word: str) -> bool:
    """A noun naming what somebody is: listed, or shaped like one ("paleobotanist")."""
    if word in _ROLE_NOUNS:
        return True
    if word in _NOT_ROLES or len(word) < 6 or not word.isalpha():
        return word in {"agent", "member", "parent"}
    return word.endswith(_ROLE_SUFFIXES)


# "AM for Torfaen", "MLA for Foyle": a member's initials in capitals and the seat.
_SEAT = re.compile(r"^[A-Z]{2,4} for [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}$")
# "who sued over ...", "who visited ...", "who lost the vote": a verb in the past tense
# tells what a person did.
# (Not "kept", "held", "led", "ran", "taught", "sat": "who kept the accounts", "who led the
# council", "who sat on the board" tell of a post.)
_PAST_ACTION = re.compile(
    r"(?:[a-z]{2,}ed|lost|won|left|took|made|fled|fought|gave|came|went|saw|met|wrote|sold"
    r"|bought|paid|began|broke|fell|threw|caught|brought|sought|stood|shot|struck|stole"
    r"|swam)\b"
)
# "recently", "also", "then" before the verb of a who-clause.
_ADVERB_FIRST = re.compile(r"^(?:[a-z]+ly|also|then|later|once|just|since|still) ")
# "who owns the shop", "who works for Fox News" (what one does now), "who led the council" (a
# post held): the who-clauses that tell a post or a trade ("was caught", "returned home" tell
# of an event).
_POST_VERB = re.compile(
    r"(?!(?:was|is|has|does)\b)[a-z]+[^s\W]s\b|(?:kept|held|led|ran|taught|sat)\b"
)
# "who is ", "who has served as ": the words before the role in a who-clause.
_ROLE_LEADS = (
    "who is ",
    "who was ",
    "who has been ",
    "who serves as ",
    "who served as ",
    "who has served as ",
    "who have served as ",
)
# "Glaze and Brown, who were travelling ...": a plural verb, a clause about two or more.
_PLURAL_VERB = re.compile(r"(?:were|are|have)\b")
# "who did not give her address", "who could not be reached", "who had lived there": an
# auxiliary before the verb tells what one did, could or would do, not what one is.
_AUXILIARY = re.compile(
    r"(?:did|do|does|had|has|have|would|could|can|cannot|will|may|might|must|should|shall)"
    r"(?:n[’']t)?\b"
)


# "in his role as chairman", "speaking in her capacity as harbour master": the office.
_IN_THE_ROLE_OF = re.compile(
    r"(?:speaking )?in (?:his|her|their) (?:role|capacity) as (?:the |a |an )?(?=[a-zA-Z])"
)
# "who was elected mayor", "who became chairman": the office someone was given.
_APPOINTED_LEAD = re.compile(
    r"(?:who )?(?:(?:re-)?(?:elected|appointed|named|installed|sworn in)(?: as)?|became) "
    r"(?=(?:the |a |an )?[a-zA-Z])"
)
# "since 2010", "from 2015 to 2019", "for ten years", "in 2019", "last year": when, not what.
_TIME_AFTER = re.compile(
    r"\s+(?:(?:since|in|from|until|till|between) (?:early |late |mid-)?\d{4}"
    r"(?:\s*(?:to|and|-|–)\s*\d{4})?|for (?:\w+ )?(?:years|months|decades|weeks)"
    r"|last (?:year|month|week))$"
)


# "for 24 years the second time around": a span of time, then more; the role ends before it.
_TIME_ON = re.compile(r"\s+for (?:\w+ )?(?:years|months|decades)\s+(?=\w)")


def role_from_phrase(phrase: str) -> tuple[str | None, str | None]:
    """(role, clause) from an appositive: ", a professor at X," or ", who heads Y,"."""
    phrase = " ".join(phrase.split()).strip(" .")
    if company_aside(phrase):
        return None, None  # "alongside a local lawmaker": another person's role
    low = phrase.casefold()
    for lead in _ROLE_LEADS:
        if low.startswith(lead):
            phrase, low = phrase[len(lead) :], low[len(lead) :]
            break
    capacity = _IN_THE_ROLE_OF.match(phrase)
    if capacity:  # "in his role as chairman of the trust": the office
        phrase = phrase[capacity.end() :]
    appointed = _APPOINTED_LEAD.match(phrase)
    if appointed:  # "who was elected mayor", "who became chairman of X": the office
        phrase, low = phrase[appointed.end() :], low[appointed.end() :]
    phrase = _TIME_AFTER.sub("", phrase)  # "the harbour master since 2010": the role alone
    phrase = _TIME_ON.split(phrase, maxsplit=1)[0]  # "mayor of X for 24 years the second ..."
    low = phrase.casefold()
    if not phrase:
        return None, None
    else:
        if low.startswith("whose "):
            return None, None  # "whose house flooded": what a person has, not what they are
        if phrase.startswith(("who ", "Who ")):  # not "WHO Regional Director": the body
            clause = phrase.split(" ", 1)[1] if " " in phrase else ""
            verb = _ADVERB_FIRST.sub("", clause, count=1)  # "who recently returned home"
            if _PAST_ACTION.match(verb) or _PLURAL_VERB.match(verb) or _AUXILIARY.match(verb):
                return None, None  # "who sued over a story": what one did, not what one is
            if not _POST_VERB.match(verb):
                return None, None  # "who eventually was caught": an event, not a post
            return None, (truncate(clause, 240) or None)
    if _SEAT.match(phrase):
        return phrase, None  # "AM for Torfaen": an elected member and the seat
    body = _OF_BODY.match(phrase)
    if body and body.group("name").split()[-1] in ORG_KEYWORDS:
        return body.group("name"), None  # "Jane Roe, of the Varnholt Residents Association,"
    for cut in (" who ", " whose ", " which ", " that ", " where ", " when ", " while "):
        at = phrase.find(cut)
        if at > 0:
            phrase = phrase[:at]
    phrase = _without_next_name(phrase)
    words = phrase.split()
    if not words or words[0].casefold() in _CLAUSE_OPENERS:
        return None, None  # ", that senior officials said": a reported clause
    if _PARTICIPLE_BY.match(phrase) or _one_name_word(words):
        return None, None  # ", accompanied by X,": a clause; ", Dikapanikian,": a list's next
    if words[0].casefold() in _PREDICATE_OPENERS:
        return None, None  # "... alongside Andrew Brown, had a testy exchange": the predicate
    shared = words[0].casefold() in ("both", "all") and len(words) > 1
    if shared:
        words = words[1:]  # "A and B, both teachers at X,": each one a teacher at X
    if _another_name(words) or _role_then_name(words):
        return None, None  # "Couns. Ann Roe, Bo Lindqvist, ...": the list's next name
    determined = words[0].casefold() in DETERMINERS
    if determined:
        words = words[1:]
    head = [w.casefold().strip(",.’'").removesuffix("’s").removesuffix("'s") for w in words[:7]]
    if shared:
        return _shared_role(words, head), None
    one_of = head[:2] == ["one", "of"]  # "one of 10 city councillors in X": one of a body
    noun = next(
        (k for k, w in enumerate(head) if _role_like(w) or (one_of and _plural_role(w))), None
    )
    if noun is None and words:
        noun = acronym_post(words, determined=determined)  # "the CFO", "a Varnholt GP"
    if noun is None or (_plural_role(head[noun]) and not one_of) or _kin_of_someone(head[noun:]):
        return None, None  # "officials": many people; "the brother of X": kin, not a role
    if clause_not_role(words, noun):
        return None, None  # ", setting off a manhunt for suspected gunman X": what happened
    return truncate(" ".join(words), 240), None


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)*")
# "an auto mechanic and Sadat Issah": a role, then the next person of the list.
_AND_FULL_NAME = re.compile(r" and [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}$")


def _without_next_name(phrase: str) -> str:
    """The role of ", an auto mechanic and Sadat Issah, an electrician,": up to "and" when a
    role noun ends the words before it and a full name follows it ("a partner at Holm and
    Berg" stays whole)."""
    match = _AND_FULL_NAME.search(phrase)
    if match is None:
        return phrase
    before = phrase[: match.start()].split()
    if not before or not _role_like(before[-1].casefold()):
        return phrase
    return phrase[: match.start()]


# "accompanied by", "flanked by", "led by": a participle and its agent, no role.
_PARTICIPLE_BY = re.compile(r"[a-z]+ by\b")


def _one_name_word(words: list[str]) -> bool:
    """Whether an apposition is one capitalised word that is no role or title ("Connor",
    "Dikapanikian"): a list's next name; "Treasurer" stays a role."""
    if len(words) != 1 or not _NAME_WORD.fullmatch(words[0]):
        return False
    return words[0] not in TITLE_WORDS and words[0].casefold() not in _ROLE_NOUNS


def _another_name(words: list[str]) -> bool:
    """Whether an apposition is only a person's name, two to four capitalised words none of
    them a role or title ("Bo Lindqvist", "Ada Clement"): a list's next name, no role."""
    return 2 <= len(words) <= 4 and all(
        _NAME_WORD.fullmatch(w) and w not in TITLE_WORDS and w.casefold() not in _ROLE_NOUNS
        for w in words
    )


# "de Allende", "van der Berg", "du Toit": lowercase particles inside a surname.
_NAME_PARTICLES = words("de du da di del della der den van von bin bint binti al el le la")


def _role_then_name(words: list[str]) -> bool:
    """Whether an apposition is a role and a full name ("hooker Deon Fourie" in "back-row Jo
    Lee, hooker Deon Fourie, centre ..."; "Prosecuting, Chief Inspector Abel Crane, said"):
    another person, so no role for the word before it."""
    k = 0
    while (
        k < len(words)
        and k < 3
        and ((words[k].islower() and words[k] not in FUNCTION_WORDS) or words[k] in TITLE_WORDS)
    ):
        k += 1
    name = [w for w in words[k:] if w not in _NAME_PARTICLES]
    return k > 0 and 2 <= len(name) <= 4 and _another_name(name)


def _shared_role(words: list[str], head: list[str]) -> str | None:
    """The role, singular, after "both"/"all": "teachers at the school" gives "teacher at the
    school"; none without a plural role noun up front."""
    for k, word in enumerate(head[:4]):
        single = word[:-3] + "man" if word.endswith("men") else word.removesuffix("s")
        if single != word and single in _ROLE_NOUNS:
            return truncate(" ".join([*words[:k], single, *words[k + 1 :]]), 240)
        if word in FUNCTION_WORDS:
            return None
    return None


# Family words: who someone is to another person, never an office.
KIN = words(
    """son daughter brother sister father mother husband wife widow widower nephew niece
    cousin uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter"""
)
_OF_BODY = re.compile(
    r"^of the (?P<name>[A-Z][\w’'&-]*(?: (?:of |for |and |& )?[A-Z][\w’'&-]*){0,5})$"
)
_COUNTS = words("two three four five six seven eight nine ten eleven twelve")


_KIN_OF_THE_STORY = frozenset({"of the deceased", "of the victim", "of the dead"})


def _kin_of_someone(words: list[str]) -> bool:
    """ "brother of Minister X", "daughter of ...": a relation to someone else, no role;
    "a mother of three", "sister of the deceased" say what the person is."""
    if words[0] not in KIN:
        return False
    if " ".join(words[1:4]) in _KIN_OF_THE_STORY:
        return False  # "sister of the deceased": the person's part in the story
    count = words[2] if len(words) > 2 and words[1] == "of" else ""
    return not (count.isdigit() or count in _COUNTS)


_CLAUSE_OPENERS = words("that this these those and or but nor")
# A finite verb opening the phrase after a name's comma: the sentence goes on, no role.
_PREDICATE_OPENERS = words(
    "had has have was were is are did does do will would can could shall should may might"
    " must said says told added"
)
# "Homeowners Mary and Tom Tate": a plural role before two names joined by "and".
_COUPLE_AFTER = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? and [A-Z]")


def is_role_noun(word: str) -> bool:
    """A noun naming an office or occupation ("mayor", "MSP", "magistrate")."""
    return word.casefold() in _ROLE_NOUNS


def _plural_role(word: str) -> bool:
    """ "officials", "colleagues": a role noun in the plural names a group."""
    return word.endswith("s") and word[:-1] in _ROLE_NOUNS


def apposition_after(
    text: str, end: int, stop: int, *, open_ended: bool
) -> tuple[str | None, str | None]:
    """The role in ", a/the ROLE ..." right after a name.

    An apposition must close with a comma (or dash, bracket...) unless `open_ended`: after
    "said Jane Doe" it may run to the end of the sentence; elsewhere a phrase running to the
    end is a clause of its own ("According to Doe, the owner found ..."). A note on the
    picture ("Jane Doe (pictured), the mayor,") and letters after the name ("(SAN)") are
    passed over; dashes may stand for the commas ("Jane Doe — the mayor — said"). A seat's
    letters right after the name are a role ("Alex Neil MSP, minister for ...").
    """
    name_end = end
    seat = _SEAT_LETTERS.match(text, end, min(stop, end + 6))
    constituency = _COMPASS_LAST.search(text, max(0, end - 10), end)
    if seat and _member_letters(seat.group("letters")) and not constituency:
        role, clause = apposition_after(text, seat.end(), stop, open_ended=open_ended)
        return (f"{seat.group('letters')}, {role}" if role else seat.group("letters")), clause
    body = _member_of(text, end, stop)
    if body:
        return body, None  # "Robbie Katter of Katter's Australian Party"
    home = _HOME_AFTER_SPEECH.match(text, end, stop + 1) if open_ended else None
    if home:
        return home.group().strip(" .,"), None  # "..., said Al DaCosta of Warren."
    aside = _PICTURE_NOTE.match(text, end, min(stop, end + 30))
    aside = aside or _POST_NOMINAL.match(text, end, min(stop, end + 12))
    aside = aside or _HONOURS_AFTER.match(text, end, min(stop, end + 30))
    aside = aside or _DEGREES_AFTER.match(text, end, min(stop, end + 40))
    if aside:
        end = aside.end()
    else:
        bracket = _BRACKETED.match(text, end, min(stop, end + 90))
        role = _bracketed_role(bracket.group("phrase")) if bracket else None
        if bracket and role is None and _PARTY_AND_SEAT.fullmatch(bracket.group("phrase")):
            role = bracket.group("phrase")  # "Hon Jo Lee (NRM, Varnholt North) asked"
        if role:
            return role, None  # "Jo Lee (the harbour master) said"
        if bracket and _PLACE_IN_BRACKETS.fullmatch(bracket.group("phrase")):
            end = bracket.end()  # "Jo Lee (Norvik), board chair, said": her town, then her role
    dash = _DASH.match(text, end, min(stop, end + 3))
    if dash:
        j = text.find(dash.group().strip(), dash.end(), min(stop, dash.end() + 160))
        return role_from_phrase(text[dash.end() : j]) if j > 0 else (None, None)
    if not text.startswith(",", end):
        return _apposition_without_commas(text, end, stop), None
    i = end + 1
    age = AGE.match(text, end, min(stop, end + 12))
    if age:
        i = age.end()
    j = _aside_end(text, i, stop)
    if age and _HOME_TOWN.fullmatch(text, i, j) and text.startswith(",", j):
        i = j + 1  # "Jo Lee, 45, of Hull, a teacher,": the role after the home town
        j = _aside_end(text, i, stop)
    if titled_name_in_list(text[i:j], text[j:], is_role_noun):
        return None, None  # "Ann Roe, Energy Minister Bo Lee, and ...": the list's next person
    opens = _SUBJECT_NAME.search(text, max(0, end - 120), end) is not None
    set_off = _NAME_AFTER_COMMA.search(text, max(0, end - 120), end) is not None
    left_open = role_left_open(text[i:j], is_role_noun, opens_sentence=opens, set_off=set_off)
    if left_open:
        return left_open, None  # "Jo Lee, the chair of the X Society says ..."
    limit = min(stop, i + 300)
    if j >= limit and not open_ended:
        phrase = text[i:j]
        subject = _SUBJECT_NAME.search(text, max(0, end - 120), end) is not None
        unclosed = _unclosed_role(phrase, subject=subject)
        objected = _OBJECT_NAME.search(text, max(0, name_end - 120), name_end) is not None
        ended = _office_to_the_end(phrase) if objected and not subject else None
        return _aged_role(phrase) or _seat_to_the_end(phrase) or unclosed or ended, None
    if _CLAUSE_OF_ITS_OWN.match(text, i, j):
        return None, None  # "Paulinus Nsirim, the governor said ...,": another subject
    if _next_name_of_a_list(text, end, i, j) or _titled_name_of_a_list(text, i, j):
        return None, None  # "Kelly, White, Tania King, and Rodney Synfield voted"
    unclosed = _unclosed_role(text[i:j])  # "..., head coach of X commented on (1:0) ..."
    return (unclosed, None) if unclosed else role_from_phrase(text[i:j])


# "Ada Vole the harbour master said", "Abel Crane the Mayor of Norvik told": an apposition the
# writer set off with no commas, a role noun ending "the ..." (its office of a body may follow),
# then the sentence's verb.
_BARE_APPOSITION = re.compile(
    r" the (?P<role>(?:[A-Za-z][\w’'-]* ){0,3}?(?P<noun>[A-Za-z][\w-]*)"
    r"(?: (?:of|for|at) (?:the )?[A-Z][\w’'&-]*(?: (?:of (?:the )?|and |& )?[A-Z][\w’'&-]*){0,5})?)"
    rf" (?P<verb>[a-z]+ed|is|was|has|had|{_VERB.pattern})\b"
)


def _apposition_without_commas(text: str, end: int, stop: int) -> str | None:
    """The role in "NAME the ROLE said" when the name opens its sentence: a role noun after
    "the", then a verb in the past or a speech verb ("Ada Vole the harbour master said";
    not "He told Ada Vole the harbour was shut", whose name is an object and "the harbour"
    the next clause's subject)."""
    match = _BARE_APPOSITION.match(text, end, stop)
    if match is None or _SUBJECT_NAME.search(text, max(0, end - 120), end) is None:
        return None
    role_words = match.group("role").split()
    noun_at = role_words.index(match.group("noun"))
    if any(w.casefold() in FUNCTION_WORDS for w in role_words[:noun_at]):
        return None
    noun = match.group("noun").casefold()
    return match.group("role") if noun in _ROLE_NOUNS or hyphenated_role(noun) else None


# "Alex Neil MSP, minister for ...": an elected member's letters after the name, unbracketed.
_SEAT_LETTERS = re.compile(r" (?P<letters>[A-Z]{2,3})(?=[,.;:]|\s[a-z(])")
# A member's letters for the house they sit in, in capitals only ("Jo Lee MS", not "Ms"):
# Senedd, Welsh and Northern Ireland assemblies, Ontario, Newfoundland, Tynwald, councils.
_HOUSE_LETTERS = frozenset({"MS", "AM", "MPP", "MHA", "MHK", "MLC", "MHR"})


def _member_letters(letters: str) -> bool:
    """Whether capital letters after a name are an elected member's ("MSP", "MS", "MPP")."""
    return letters in _HOUSE_LETTERS or letters.casefold() in _ROLE_NOUNS


# "Gomoa West MP": a constituency and its member, not a person's name.
_COMPASS_LAST = re.compile(r"(?<![\w’'])(?:North|South|East|West|Central)$")
_LISTED_BEFORE = re.compile(r"(?:,| and) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?$")
_LIST_GOES_ON = re.compile(r",? and [A-Z]|, [A-Z]")


def _next_name_of_a_list(text: str, end: int, i: int, j: int) -> bool:
    """Whether the apposition at `i:j` is a full name in a list that runs on both sides of it
    ("Kelly, White, Tania King, and ...": "King" is no role here)."""
    words = text[i:j].split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(w in TITLE_WORDS for w in words[:-1]) or words[0].casefold() in _ROLE_NOUNS:
        return False
    listed_before = _LISTED_BEFORE.search(text, max(0, end - 40), end)
    return bool(listed_before and _LIST_GOES_ON.match(text, j))


def _titled_name_of_a_list(text: str, i: int, j: int) -> bool:
    """Whether the apposition at `i:j` is the next item of a list of names, perhaps titled or
    with an alias ("Collins Atobia, Prince Tei Larbi, Prosper Beesi", "Jeff, Clifford Opoku
    alias Spider, Samuel Adom", "Sec. Enrique Manalo, National Security Adviser Eduardo Año,
    and ..."): capitalised words only, the last one no title, role or body's word, and the
    list going on after it. "Jo Lee, Chief Executive Officer, and ..." keeps its role."""
    words = text[i:j].split()
    if not 2 <= len(words) <= 7 or not _LIST_GOES_ON.match(text, j):
        return False
    if not all(w[:1].isupper() or w in _NAME_LINKS for w in words):
        return False
    last = words[-1].strip(".,")
    return (
        last[:1].isupper()
        and not last.isupper()
        and last not in TITLE_WORDS
        and last not in ORG_KEYWORDS
        and last.casefold() not in _ROLE_NOUNS
    )


# Lowercase words inside a list item that is a name: "alias Spider", "van der Berg".
_NAME_LINKS = frozenset({"alias", "aka"}) | _NAME_PARTICLES


# "of Hull", "from East Yorkshire": where someone lives, between an age and a role.
_HOME_TOWN = re.compile(r"\s*(?:of|from) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}\s*")


def _aside_end(text: str, i: int, stop: int) -> int:
    """Where the aside starting at `i` ends: its comma, bracket or dash (or 300 on); a
    body's short form in brackets inside it ("City Information Office (CIO) chief") is no
    end."""
    j = i
    limit = min(stop, i + 300)
    while j < limit and text[j] not in ",;()—–":
        j += 1
        if j < limit and text[j] == "(" and j > i and _INNER_SHORT_FORM.match(text, j - 1):
            j = text.index(")", j) + 1
    return j


# "NAME of [the] BODY": a person and the body they belong to, the body's last word an
# organisation's ("Party", "Association").
_OF_BODY_AFTER = re.compile(
    r" of (?:the )?(?P<name>[A-Z][\w’'&-]*(?: (?:of |for |and |& )?[A-Z][\w’'&-]*){0,5})"
    r"(?![\w’'&-])"
)
# Bodies a person is a member of, as their last word says.
_MEMBER_BODIES = frozenset(
    {"Party", "Association", "Union", "Society", "Club", "League", "Federation", "Alliance"}
    | {"LLP", "Ltd", "Limited", "Inc", "PLC", "LLC"}  # a firm: "Jo Lee of Roe and Ray LLP"
)
_FULL_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]+ (?P<last>[A-Z][\w’'-]+)$")


def _member_of(text: str, end: int, stop: int) -> str | None:
    """The party or association in "Robbie Katter of Katter's Australian Party": a full
    name (not an office: "Member of the Liberal Party") and the body it belongs to."""
    body = _OF_BODY_AFTER.match(text, end, min(stop, end + 120))
    if body is None or body.group("name").split()[-1] not in _MEMBER_BODIES:
        return None
    name = _FULL_NAME_BEFORE.search(text, max(0, end - 60), end)
    if name is None or name.group("last") in TITLE_WORDS or is_role_noun(name.group("last")):
        return None
    return body.group("name")


# "said Al DaCosta of Warren.": where the speaker is from, ending the sentence.
_HOME_AFTER_SPEECH = re.compile(r" of (?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\.")
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\s*(?:the|a|an|his|her|their|its) (?:[\w’'-]+ ){0,3}(?:said|says|told|added|stated)\b"
)
_PICTURE_NOTE = re.compile(
    r" \((?:pictured|left|right|centre|center|above|below|inset|top|bottom|file)"
    r"(?: (?:left|right|centre|center|above|below))?\)"
)
_DASH = re.compile(r" [—–] ")
# "Jo Lee (the harbour master)": an apposition in brackets.
_BRACKETED = re.compile(r" \((?P<phrase>[^()]{3,80})\)")
# "Bryce Sammel (Barnard), board chair,": a town or a party in brackets, set off before the role.
_PLACE_IN_BRACKETS = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}")
# "(NRM, Varnholt North)", "(BN-Sik)": a member's party in capitals, then the seat.
_PARTY_AND_SEAT = re.compile(r"[A-Z]{2,6}(?:, |-)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}")


def _bracketed_role(phrase: str) -> str | None:
    """The role in brackets after a name, when a known role noun or a lowercase one says it
    is one: "(the harbour master)", not a club or a place ("(Leicester City)")."""
    role = role_from_phrase(phrase)[0]
    if role is None:
        return None
    for word in role.split():
        low = word.casefold().strip(",.’'")
        if low in _ROLE_NOUNS or hyphenated_role(low) or (word.islower() and _role_like(low)):
            return role
    return None


# "Kuti Fatai (SAN), Legal Adviser": letters after a name (a rank, an honour), passed over.
_POST_NOMINAL = re.compile(r" \((?:[A-Z]{2,5}|Rtd|Retd)\)")
# "Sir Ada Obi KCB CBE, chairman of ...": an honour's letters after a name, passed over (a
# seat's letters, "MSP", are a role: see `_SEAT_LETTERS`).
_HONOURS = "|".join(sorted(p for p in POSTNOMINALS if p.casefold() not in ROLE_NOUNS))
_HONOURS_AFTER = re.compile(rf"(?: (?:{_HONOURS}))+(?=,)")
_AGED = re.compile(r"^\s*(?:the|a|an) \d{1,3}-year-old ")
# "Charlotte Berringer, R.N., director of community health": a degree's or a licence's
# letters set off by commas after a name, passed over to the role after them ("MD" alone is
# as often a managing director, a role, and is not among them).
_DEGREE_LETTERS = (
    r"R\.N\.|RN|M\.D\.|Ph\.D\.?|PhD|D\.O\.|D\.V\.M\.|DVM|M\.P\.H\.|MPH|DNP|FNP|APRN|LPN|BSN|MSN"
    r"|J\.D\.|Esq\.?|CPA|FACS|FACP|FRCS|FRCP"
)
_DEGREES_AFTER = re.compile(rf"(?:,\s(?:{_DEGREE_LETTERS}))+(?=,\s)")
_DEGREE = re.compile(_DEGREE_LETTERS)


def degree_letters(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], set off by commas after a name, is a degree's letters
    ("PhD", "R.N."): no person."""
    return _DEGREE.fullmatch(text, start, end) is not None and text.endswith(", ", 0, start)


# "from Ms Jane Roe, MP for Varnholt East.": an office and its seat or body, nothing after.
# The office may open with one or two capitalised words of rank ("Prime Minister of Fiji",
# "Associate Minister of Mental Health"), as a list of those present writes each line.
_SEAT_TO_THE_END = re.compile(
    r"\s*(?P<role>(?P<rank>(?:[A-Z][a-z-]+ ){0,2})(?P<noun>[A-Za-z]+) (?:of|for) (?:the )?"
    r"[A-Z][\w’'&-]*"
    r"(?: (?:of |for |and |& )?[A-Z][\w’'&-]*){0,6})[.!?]?\s*$"
)


def _seat_to_the_end(phrase: str) -> str | None:
    """An apposition that ends the sentence, when it is only an office and the seat or body
    it serves ("MP for Varnholt East"): no verb, so no clause of its own."""
    seat = _SEAT_TO_THE_END.match(phrase)
    if seat is None or not is_role_noun(seat.group("noun")):
        return None
    if any(
        w.casefold() not in ROLE_MODIFIERS and w not in OFFICE_WORDS for w in seat["rank"].split()
    ):
        return None  # "Sitiveni Rabuka, Fiji Minister of ...": only words of rank before it
    return seat.group("role")


# "which concerned Charlotte Berringer, director of community health for the health
# department.": an office described in lowercase words ("of"/"for"/"at" a portfolio or a
# body), perhaps after "the", that ends the sentence; no verb, so no clause of its own.
_OFFICE_TO_THE_END = re.compile(
    r"\s*(?:the )?(?P<role>(?:[a-z][\w-]* ){0,2}(?P<noun>[a-z][\w-]*)"
    r"(?: (?:of|for|at|in) (?:the )?(?:[A-Za-z][\w’'&-]* ){0,3}[A-Za-z][\w’'&-]*){1,2})"
    r"[.!?]?\s*$"
)
_LINK_WORDS = frozenset({"of", "for", "at", "in", "the", "and"})
# The name as a past verb's object ("which concerned Charlotte Berringer", "thanked Jo
# Lee"), not after "According to" or another phrase that may open a clause of its own.
_OBJECT_NAME = re.compile(
    r"(?<![\w’'])(?:[a-z]+ed|told|met|thanked|quoted|hired)\s(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s)?"
    r"(?:[A-Z][\w’'.-]*\s){0,4}[A-Z][\w’'.-]*$"
)


def _office_to_the_end(phrase: str) -> str | None:
    """An apposition that ends the sentence when it is an office of a portfolio or a body
    written in words ("director of community health for the health department"): every
    word after the role noun a noun or a link, none a function word, verb form or number."""
    match = _OFFICE_TO_THE_END.match(phrase)
    if match is None or not is_role_noun(match.group("noun")):
        return None
    rest = match.group("role")[match.end("noun") - match.start("role") :].split()
    for word in rest:
        low = word.casefold()
        if low in _LINK_WORDS:
            continue
        if low in FUNCTION_WORDS or low.endswith(("ed", "ing", "ly")) or not word.isalpha():
            return None
    return match.group("role")


# "Ole Roe, head coach of Varnholt United commented on ...", "Jo Roe, governor of Kano
# state while speaking ... said", "Jo Roe, Buhari's spokesman in a statement said": an
# apposition with no determiner whose closing comma the writer left out, run into the
# sentence's verb or into an adverbial before it.
# "the prime minister of northern Iraq’s Kurdish Regional Government condemned": a compass
# word written in lowercase before the place a role is held in.
_COMPASS_WORD = (
    r"(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern"
    r"|south-western|northeastern|northwestern|southeastern|southwestern)"
)
_UNCLOSED_ROLE = re.compile(
    r"\s*(?P<role>(?:[A-Za-z][\w-]* ){0,2}?(?P<noun>[A-Za-z][\w-]*) "
    rf"(?:(?:of|for) (?!the\b)[a-z][\w-]* )?(?:of|for|at) (?:the )?(?:{_COMPASS_WORD} )?"
    r"[A-Z][\w’'&-]*(?: (?:of (?:the )?|for |and |& )?[A-Z][\w’'&-]*){0,7}"
    r"(?: (?:state|province|county|district|region|council|committee|board))?)"
    r"(?: \([A-Z]{2,8}\))? (?P<verb>[a-z]+)\b"
)
# ("head of health at the Red Cross expressed": a lowercase portfolio before the body.)
# A name opening its sentence, a title or courtesy before it: "Pedro Shepherd, the head of ...
# says" (the phrase after its comma cannot be a subject of its own).
# The name that opens a sentence, or that follows a quote closed by its comma ("...,” Dr Ada
# Quillby, Medical Director of X told"): the subject of its clause.
_SUBJECT_NAME = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|,[\"”’]\s+)(?:[A-Z][\w’'.-]*\s){0,4}[A-Z][\w’'.-]*$"
)
# "Addressing reporters, Jo Lee, the head of X said": a name set off by a comma after a fronted
# clause stands where the subject stands (not "After meeting Jo Lee, the head of X said").
_NAME_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s){0,4}[A-Z][\w’'.-]*$")
_OWNED = re.compile(r"\s*[A-Z][\w’'-]*(?:’s|'s) ")
_LEADING_DETERMINER = re.compile(r"\s*(?:the|a|an) ")


# "while speaking with reporters", "in a statement", "when asked": an adverbial between the
# unclosed apposition and the speech verb that ends the phrase.
_ADVERBIAL_OPENERS = words("while when in on during after before")


def _unclosed_role(phrase: str, *, subject: bool = False) -> str | None:
    """The role of an apposition the writer did not close: "head coach of X commented";
    opened by a determiner only after the name that opens the sentence (`subject`: "Pedro
    Shepherd, the head of X (BUT) says"; not "After meeting Jo Lee, the head of X said", a
    new subject), and only when a verb follows, or an adverbial and then a speech verb."""
    owned = _owned_role(phrase)
    if owned:
        return owned
    determiner = _LEADING_DETERMINER.match(phrase) if subject else None
    if determiner:
        phrase = phrase[determiner.end() :]
    match = _UNCLOSED_ROLE.match(phrase)
    if match is None:
        return (_short_unclosed_role(phrase) or _described_body_role(phrase)) if subject else None
    role_words = match.group("role").split()
    noun, verb = match.group("noun"), match.group("verb")
    capitalised = [w for w in role_words[: role_words.index(noun) + 1] if w[0].isupper()]
    if capitalised and (not subject or len(capitalised) < role_words.index(noun) + 1):
        return None  # "Le Van Ba, Deputy Director of X says": an office, after the subject only
    noun = noun.casefold()
    if any(
        w.casefold() in FUNCTION_WORDS for w in role_words[: role_words.index(match.group("noun"))]
    ):
        return None
    if not (noun in _ROLE_NOUNS or hyphenated_role(noun)):
        return None
    if verb.endswith("ed") or verb in SPEECH_VERBS or verb in ("is", "was", "has"):
        return match.group("role")
    if capitalised and verb.endswith("s"):
        return match.group("role")  # "..., Director of the X Department points out that"
    return match.group("role") if _said_after_adverbial(phrase, verb, match.end()) else None


# "Jo Lee, defence counsel prayed the court", "Ida Vole, Norvik mayor is reported as": a short
# role ending in a lowercase role noun, then the sentence's verb, with no comma to close it.
_SHORT_UNCLOSED = re.compile(
    rf"\s*(?P<role>(?:[A-Za-z][\w’'-]* ){{0,2}}?(?P<noun>[a-z][\w-]*))"
    rf" (?:[a-z]+ed|is|was|has|had|{_VERB.pattern})\b"
)


def _short_unclosed_role(phrase: str) -> str | None:
    """The role of an unclosed apposition after the name that opens its sentence, when it is
    a role noun and at most two words before it ("defence counsel prayed"), then a verb."""
    match = _SHORT_UNCLOSED.match(phrase)
    if match is None or not is_role_noun(match.group("noun")):
        return None
    role_words = match.group("role").split()
    if any(w.casefold() in FUNCTION_WORDS for w in role_words):
        return None
    return match.group("role")


# "Ayo Fayose, governor of the southwestern state of Ekiti said", "Jo Lee, leader of the
# largest party in parliament said": an unclosed apposition whose body is described in
# lowercase words, run straight into the speech verb that ends it.
_DESCRIBED_BODY = re.compile(
    r"\s*(?P<role>(?:[a-z][\w-]* ){0,2}?(?P<noun>[a-z][\w-]*) (?:of|for|at|in) the"
    rf"(?P<body>(?: [\w’'&-]+){{1,10}}?)) (?:{_VERB.pattern})"
)
# Words that open a clause or a verb phrase: the phrase is no longer a body's description.
_NOT_IN_A_BODY = words(
    "who whom which whose that when where while after before because since as and but or"
    " is was were are has have had be been will would could should can may might did does do"
    " he she they it we i you his her their its also then"
)


def _described_body_role(phrase: str) -> str | None:
    """The role of an unclosed apposition after the name that opens its sentence, when a
    lowercase role noun is "of/for/at/in the" a body described in at most ten words, none
    of them a verb's or a clause's, and the next word is a speech verb ("governor of the
    southwestern state of Ekiti said"); none when anything else follows the phrase."""
    match = _DESCRIBED_BODY.match(phrase)
    if match is None:
        return None
    role_words = match.group("role").split()
    noun_at = role_words.index(match.group("noun"))
    if any(w in FUNCTION_WORDS or not w.isalpha() for w in role_words[:noun_at]):
        return None
    if not is_role_noun(match.group("noun")):
        return None
    body = match.group("body").split()
    if any(w.casefold() in _NOT_IN_A_BODY or w.endswith(("ed", "ing", "ly")) for w in body):
        return None
    return match.group("role")


def _said_after_adverbial(phrase: str, word: str, end: int) -> bool:
    """Whether `word` opens an adverbial ("while speaking ...", "in a statement") that a
    speech verb later in the phrase closes."""
    return word in _ADVERBIAL_OPENERS and _VERB.search(phrase, end) is not None


def _owned_role(phrase: str) -> str | None:
    """ "Buhari's spokesman in a statement said": a possessive role, unclosed, run into an
    adverbial before the speech verb (up to three lowercase words, the last a role noun)."""
    owner = _OWNED.match(phrase)
    if owner is None:
        return None
    words = phrase[owner.end() :].split(" ", 4)
    for k, word in enumerate(words[:3]):
        if not (word.isalpha() and word.islower()) or k + 1 >= len(words):
            return None
        end = owner.end() + len(" ".join(words[: k + 2]))
        if word in _ROLE_NOUNS and _said_after_adverbial(phrase, words[k + 1], end):
            return f"{owner.group().strip()} {' '.join(words[: k + 1])}"
    return None


def role_up_to_noun(phrase: str) -> str | None:
    """The role a phrase opens with, up to its first role noun and the body it is "of":
    "a Varnholt resident stated" gives "Varnholt resident", "the harbour master for ten
    years" gives "harbour master"; none when no role noun comes within five words."""
    words = phrase.split()
    if words and words[0].casefold() in DETERMINERS:
        words = words[1:]
    for k, word in enumerate(words[:5]):
        low = word.casefold()
        if low in FUNCTION_WORDS or not word.replace("-", "").isalpha():
            return None
        if _role_like(low) and not _plural_role(low):
            while k + 1 < len(words) and _role_like(words[k + 1].casefold()):
                k += 1  # "head coach", "harbour master"
            body = _BODY_AFTER.match(" ".join(words[k + 1 :]))
            return " ".join(words[: k + 1]) + (f" {body.group().strip()}" if body else "")
    return None


# "of the Harbour Trust", "for Varnholt East": the body or seat after a role.
_BODY_AFTER = re.compile(
    r"(?:of|for) (?:the )?[A-Z][\w’'&-]*(?: (?:of |for |and |& )?[A-Z][\w’'&-]*){0,5}"
)


def _aged_role(phrase: str) -> str | None:
    """ "Struan Robertson, the 77-year-old Strathtay landowner swept away ...": an age
    starts an apposition even when no comma closes it; the role ends at its noun."""
    age = _AGED.match(phrase)
    if age is None:
        return None
    words = phrase[age.end() :].split()[:5]
    for k, word in enumerate(words):
        if not word[:1].isalnum():
            break
        low = word.casefold().strip(",.;:")
        if _role_like(low) and not _plural_role(low):
            return " ".join(words[: k + 1]).strip(",.;:")
        if low in FUNCTION_WORDS:
            break
    return None


_ROLE_SEPARATOR = re.compile(r"(?:,| [–—]) $")
# A capital a name word may open with, accented ones too ("Švinka", "Óscar", "Łukasz").
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_CLOSED_NAME = re.compile(
    rf"{_CAPITAL}[\w’'.-]*(?: {_CAPITAL}[\w’'.-]*){{0,4}}(?:,| [–—(]|[.;](?=\s|$))"
)
# "said Minister of Community Safety, Albert Fritz": the role opens after the speech verb.
_SPEECH_BEFORE_ROLE = frozenset({"said", "says", "added", "explained", "continued", "stated"})
_ACRONYM_AFTER = re.compile(r" \([A-Z][\w&.-]{1,15}\)$")


# "the former Governor, His Excellency, Alhaji Yahaya Bello": courtesy before the name.
_STYLE_BEFORE = re.compile(
    r"(?:His|Her|Their) (?:Royal )?(?:Excellency|Excellencies|Highness|Majesty|Eminence), $"
)
_WORD_BEFORE = re.compile(r"([A-Z][\w’']*\.?) $")
# "Prime Minister, the Most Hon. Jo Roe", "the Rt Hon Jo Roe": the style's lead words.
_STYLE_LEAD = re.compile(r"(?:(?:[Tt]he )?(?:Most|Right|Rt\.?|Very) |[Tt]he )$")


def _before_courtesy(text: str, start: int, floor: int) -> int:
    """Where the name's courtesy titles start: before "Alhaji", "Dr", "His Excellency,"
    and "the Most Hon."."""
    while start > floor:
        lead = _STYLE_LEAD.search(text, max(floor, start - 12), start)
        if lead and text.startswith(("Hon", "Rt"), start):
            start = lead.start()  # "the Most Hon. Jo Roe": the style's lead words
            continue
        word = _WORD_BEFORE.search(text, max(floor, start - 12), start)
        if word and word.group(1).rstrip(".") in HONORIFICS:
            start = word.start()
            continue
        style = _STYLE_BEFORE.search(text, max(floor, start - 40), start)
        if style is None:
            return start
        start = style.start()
    return start


def role_with_comma_before(text: str, start: int, floor: int) -> str | None:
    """The role in "Its treasurer, Nadia Rahman" / "Dunmore's mayor, Keisha Brown", also
    with the body's short name ("the Chairman of the Farmers Union (FU), Ama Owusu"), after
    a clause ("a meeting in which the company's treasurer, Ama Owusu"), before a dash, or
    before courtesy titles ("the former Governor, His Excellency, Alhaji Yahaya Bello")."""
    start_of_name, start = start, _before_courtesy(text, start, floor)
    separator = _ROLE_SEPARATOR.search(text, max(floor, start - 3), start)
    if separator is None:
        return None
    j = separator.start()
    body = _BODY_BETWEEN.search(text, max(floor, j - 60), j)
    if body and _names_a_body(body.group("body").split()):
        role = role_with_comma_before(text, body.start("body"), floor)
        if role:
            return f"{role}, {body.group('body')}"  # "The Managing Director, Ferrol Plc, Jo Lee"
    portfolio = _PORTFOLIO_ROLE.search(text, max(floor, j - 160), j)
    if (
        portfolio
        and portfolio.group("noun").casefold() in _ROLE_NOUNS
        and portfolio.group(0).split()[-1] not in TITLE_WORDS
    ):
        # "Minister for Health, Social Services and Public Safety", "Cabinet Member for
        # Education, Employment and Skills": a role noun of a list of portfolios.
        return portfolio.group(0)
    acronym = _ACRONYM_AFTER.search(text, max(floor, j - 20), j)
    if acronym:
        j = acronym.start()
    i = _phrase_start(text, j, max(floor, j - 160))
    words = _without_which_clause(_INNER_SHORT_FORM.sub("", text[i:j]).split())
    if not words or len(words) > 24:
        return None
    whole = i == floor or text[i - 1] in ',;:.!?“”"—–( '  # else a cut word comes first
    if _apposition_of_name_before(text, i, floor, words):
        return None  # "Jo Lee, a guard of Brekke District, Norvik;": Jo Lee's, not Norvik's
    # "After talking to the lawyer, Jane Doe said": a clause, then the subject; a role
    # after a clause counts only for a name closed by a comma ("in which the CFO, Jo Li,").
    closed = bool(_CLOSED_NAME.match(text, start_of_name))
    closed = closed or _object_apposition(text, start_of_name, floor)
    adviser = _ROLE_TO_OFFICE.search(" ".join(words))
    if adviser and _serves_an_office(adviser) and (closed or (whole and adviser.start() == 0)):
        return adviser.group("role")  # "Senior Policy Advisor to the Prime Minister"
    for cut in range(len(words)):
        if _served_office(words, cut):
            continue  # "the advisor to the Prime Minister, Jo Lee": not the Prime Minister
        after_clause = cut > 0 and _opens_role(words[cut - 1], words[cut])
        after_clause = after_clause and not _of_a_person(words, cut)
        subject = cut > 0 and words[cut - 1].casefold() in _SUBJECT_OPENERS
        if (cut == 0 and whole) or (closed and after_clause) or subject:
            role = _comma_role(words[cut:])
            if role:
                return role
    return None


# "The Managing Director, Ferrol Foods Nigeria, Jo Lee": a comma role, then the body it
# serves set off by commas, then the name.
_BODY_BETWEEN = re.compile(r", (?P<body>[A-Z][\w’'&.-]*(?: (?:of |and |& )?[A-Z][\w’'&.-]*){0,5})$")


def _names_a_body(words: list[str]) -> bool:
    """Whether capitalised words name a body, not a person: one is a body's word
    ("Plc", "Council") or they end with a country ("Cadbury Nigeria")."""
    return any(w.rstrip(".") in ORG_KEYWORDS for w in words) or (
        len(words) > 1 and words[-1] in COUNTRIES
    )


# "Senior Policy Advisor to the Prime Minister", "Saudi Arabia's ambassador to Jordan": a role
# that serves another office or is sent to a country.
_DETERMINER_LEAD = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er) "
_ROLE_TO_OFFICE = re.compile(
    rf"(?:^|(?<= )(?={_DETERMINER_LEAD}))(?:{_DETERMINER_LEAD})?"
    r"(?P<role>(?:[\w’'-]+ ){0,3}(?P<noun>[\w-]+) to (?:the )?"
    r"(?P<office>(?:[A-Z][\w’'-]* ){0,3}[A-Z][\w’'-]*|[a-z][\w-]*))$"
)


def _serves_an_office(match: re.Match[str]) -> bool:
    """Whether a `_ROLE_TO_OFFICE` match is a role noun "to" a capitalised office or place,
    or "to" a lowercase role ("Special Assistant to the governor")."""
    office = match.group("office")
    return match.group("noun").casefold() in _ROLE_NOUNS and (
        office[:1].isupper() or office in _ROLE_NOUNS
    )


def _served_office(words: list[str], cut: int) -> bool:
    """Whether the words from `cut` are the office a role noun before them serves ("advisor
    to the Prime Minister"): that office is not the named person's."""
    at = cut - 1
    if at >= 1 and words[at].casefold() in DETERMINERS:
        at -= 1
    return at >= 1 and words[at] == "to" and words[at - 1].casefold() in _ROLE_NOUNS


_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'-]+ [A-Z][\w’'-]+, ?$")


def _apposition_of_name_before(text: str, i: int, floor: int, words: list[str]) -> bool:
    """Whether the phrase at `i` is ", a ROLE ..." after a full name: that name's role."""
    if not words or words[0].casefold() not in ("a", "an"):
        return False
    return bool(_NAME_COMMA_BEFORE.search(text, max(floor, i - 60), i))


# "has clashed with the MP for the Area, Mr Jo Roe over claims": the name, then a word
# that is no verb, so the name is no new clause's subject.
_NAME_THEN_WORD = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4} (?P<next>[a-z]+)\b")
_AUXILIARIES = words("is was are were has had have will would could can did does may might must")
# Words that open a clause fronted before the sentence's subject ("After meeting X, Jo Roe").
_FRONTING = words(
    """after when while if although though because since before as once following upon on in
    at during despite unless until"""
)


def _object_apposition(text: str, start: int, floor: int) -> bool:
    """Whether a name not closed by a comma still stands in apposition to the role before
    it: the sentence opens with no fronted clause, and no verb nor "and" follows the name."""
    first = text[floor : floor + 20].split(" ", 1)[0].casefold()
    if first in _FRONTING or first.endswith("ing"):
        return False
    after = _NAME_THEN_WORD.match(text, start)
    if after is None:
        return False
    word = after.group("next")
    if word in ("and", "or") or word in SPEECH_VERBS or word in _AUXILIARIES:
        return False  # a list goes on, or the name speaks
    return word in FUNCTION_WORDS or not word.endswith(("ed", "s"))  # "as" is no verb


def _without_which_clause(words: list[str]) -> list[str]:
    """ "the chief executive of the trust which runs X": the role before the clause on its
    body ("which" tells of a thing, so the role noun before it stays the person's); not
    "a meeting in which the CFO, NAME", where the role comes after the clause's opening."""
    if "which" not in words[2:]:
        return words
    at = words.index("which", 2)
    if words[at - 1].casefold() in FUNCTION_WORDS or not any(map(is_role_noun, words[:at])):
        return words
    return words[:at]


# "Minister for Health, Social Services and Public Safety": an office whose portfolio is a
# list of capitalised parts closed by "and", its commas no end of the role.
_PORTFOLIO_PART = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
_PORTFOLIO_ROLE = re.compile(
    rf"(?<![\w’'-])(?:(?:[A-Z][\w’'-]*|acting|deputy|assistant|junior|former) ){{0,3}}"
    rf"(?P<noun>[A-Za-z][a-z-]*) (?:of|for) "
    rf"{_PORTFOLIO_PART}(?:, {_PORTFOLIO_PART})+,? "
    rf"(?:and|&) {_PORTFOLIO_PART}$"
)


# "Mr.", "Dr.", "Gov.": a title's stop, no end of a sentence.
_ABBREVIATION = re.compile(r"(?<![\w’'])([A-Z][a-z]{0,3})$")
# "The District Chief Executive (DCE) of X", "Member of Parliament(MP) for X": an office's
# short form in brackets inside it, no end of the phrase and no part of the role.
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z&]{1,7}\)\s")
_INNER_SHORT_FORM = re.compile(r"\s?\([A-Z][A-Za-z&]{1,7}\)(?=\s)")


def _phrase_start(text: str, j: int, lo: int) -> int:
    """Where the phrase ending at `j` starts: after the last comma, stop or quotation mark,
    passing over a title's stop ("the spokesperson of Mr. Nyako") and an office's short
    form in brackets ("The Chief Executive (CEO) of X")."""
    i = j
    while i > lo:
        if text[i - 1] == ".":
            title = _ABBREVIATION.search(text, max(lo, i - 6), i - 1)
            if title is None or not _is_title(title.group(1)):
                break
        elif text[i - 1] == "(":
            if not _SHORT_FORM.match(text, i, j):
                break
        elif text[i - 1] in ',;:!?“”"—–':
            break
        i -= 1
    return i


def _is_title(word: str) -> bool:
    return word in HONORIFICS or word in TITLE_WORDS


# "He says the Minister of Tourism, Jo Lee and ...", "because the mayor, Jo Lee has ...": after
# a word that opens a clause the role is that clause's subject, so the name after its comma is
# the role's apposition even when no comma closes the name (after "After talking to the
# lawyer," the name opens the sentence instead).
_SUBJECT_OPENERS = frozenset({"that", "because", *_SPEECH_BEFORE_ROLE})


def _opens_role(previous: str, word: str) -> bool:
    """Whether a comma role can start at `word`: after a function word ("in which the
    CFO"), a speech verb ("said Minister of ..."), "of a" ("the home of a former director,
    Joy Nunieh") or "of" a possessive ("the appointment of Norvik's deputy mayor, Jo Lee")."""
    prev = previous.casefold()
    if prev in ("of", "for"):
        return word.casefold() in ("a", "an") or (prev == "of" and bool(_POSSESSIVE.match(word)))
    return prev in FUNCTION_WORDS or prev in _SPEECH_BEFORE_ROLE


_POSSESSIVE = re.compile(r"^[A-Z][\w-]*(?:’s|'s)$")
# Nouns of people: "the daughter of the mayor, Jo Lee" may name the daughter.
_PEOPLE_NOUNS = words(
    """man woman men women boy girl child children family relatives people team staff
    supporters fans friend friends"""
)


def _of_a_person(words: list[str], cut: int) -> bool:
    """Whether the role at `cut` follows "of" after a noun of a person ("the daughter of
    the mayor", "a lawyer of Norvik's mayor"): whose the name is, the role or the person's,
    the text does not say."""
    k = cut - 1
    if k >= 0 and words[k].casefold() in DETERMINERS:
        k -= 1
    if k < 1 or words[k].casefold() != "of":
        return False
    noun = words[k - 1].casefold().strip(",")
    return (
        noun in KIN
        or noun in _RELATIONS
        or noun in _PEOPLE_NOUNS
        or noun in _ROLE_NOUNS
        or _occupation_shaped(noun)
        or _plural_role(noun)
    )


def _comma_role(words: list[str]) -> str | None:
    head = _role_head(words) if words else None
    if head is None:
        return None
    if words[0].casefold() in DETERMINERS:
        words, head = words[1:], head - 1
    # An office's own name in capitals may run longer ("Office of the President Press and
    # Publicity Officer") than a described role ("the town's first female mayor").
    named = all(w[:1].isupper() or w in _LINKS for w in words[: head + 1])
    if head > (9 if named else 5) or any(_function_word(words, k) for k in range(head)):
        return None
    return " ".join(words) or None


def _function_word(words: list[str], k: int) -> bool:
    """A function word that ends a role's head; not a link inside a body's name ("The City
    of Kigali Mayor")."""
    word = words[k]
    if word.casefold() not in FUNCTION_WORDS:
        return False
    if word not in _LINKS:
        return True
    left, right = k - 1, k + 1  # "Ministry of the Interior": past the links on each side
    while left >= 0 and words[left] in _LINKS:
        left -= 1
    while right < len(words) and words[right] in _LINKS:
        right += 1
    return not (
        left >= 0
        and right < len(words)
        and words[left][:1].isupper()
        and words[right][:1].isupper()
    )


def _role_head(words: list[str]) -> int | None:
    """Index of the role noun a comma phrase ends with: "its mayor", "Minister of Foreign
    Affairs" (the role noun, "of" and capitalised words) or "the minister for emergency
    services" (a short lowercase portfolio)."""
    last = words[-1].casefold()
    if (last in _ROLE_NOUNS or hyphenated_role(last)) and not _hour(words, len(words) - 1):
        return len(words) - 1  # "its mayor", "the police station officer-in-charge"
    for k in range(len(words) - 3, -1, -1):
        if _hour(words, k):
            continue
        tail = words[k + 2 :]
        link = words[k + 1]
        if words[k].casefold() not in _ROLE_NOUNS or not _links_role(words[k], link, tail):
            continue
        # A body's name may end in its number ("head of Quebec 21", "Local 1199").
        numbered = len(tail) >= 2 and tail[-1].isdigit() and tail[-2][:1].isupper()
        named = (tail[-1][:1].isupper() or numbered) and len(tail) <= 8
        named = named and all(
            w[:1].isupper()
            or w in _LINKS
            or _place_after_body(tail, i)
            or (numbered and w is tail[-1])
            for i, w in enumerate(tail)
        )
        portfolio = len(tail) <= 3 and all(
            (w.isalpha() or (i == 0 and _OWNER.fullmatch(w)))
            and (w in _LINKS or w.casefold() not in FUNCTION_WORDS)
            for i, w in enumerate(tail)
        )
        if named or (portfolio and link in ("of", "for")) or _locality(link, tail):
            return k
    return None


# "head of Eshkol’s regional council": a place or body owning the portfolio after "of".
_OWNER = re.compile(r"[A-Z][A-Za-z]+(?:’s|'s)")


def _place_after_body(tail: list[str], i: int) -> bool:
    """Whether `tail[i]` is the "in" of "Secretary of the Congress in Kwara", "Ambassador of
    Argentina in Chile": a capitalised body, then the capitalised place it serves in."""
    return (
        tail[i] == "in"
        and 0 < i < len(tail) - 1
        and tail[i - 1][:1].isupper()
        and tail[i + 1][:1].isupper()
    )


# "the deputy county commissioner in the area": where an officer serves, in lowercase.
_LOCALITIES = words(
    "area region county district constituency ward province state town city village locality"
)


def _locality(link: str, tail: list[str]) -> bool:
    """Whether `link` and `tail` are "in the area", "in the district": the place a role
    serves, written in lowercase after its noun."""
    return link == "in" and len(tail) == 2 and tail[0] == "the" and tail[1] in _LOCALITIES


def _hour(words: list[str], k: int) -> bool:
    """ "6:00 pm", "9 am": an hour, not the PM."""
    return words[k] in ("pm", "am") and (k == 0 or words[k - 1][-1:].isdigit())


_LINKS = ("the", "of", "and", "for", "&")
# "Minister of ...", "a project assistant with the Kenya Red Cross Society", "a lecturer at
# the University of Lagos", "Police spokesperson in Southern Province": a role and its body.
_ROLE_LINKS = ("of", "for", "with", "at", "in")
_DAYS = words("monday tuesday wednesday thursday friday saturday sunday")


def _links_role(noun: str, link: str, tail: list[str]) -> bool:
    """Whether `link` joins the role `noun` to its body or portfolio: "of"/"for" always;
    "with"/"at"/"in" after a lowercase noun ("Dam Head in Spanish Town" is a place); "on"
    after an office in capitals ("Special Assistant on Public Communications"), not a day."""
    if link in ("of", "for"):
        return True
    if link == "on":
        return not noun.islower() and bool(tail) and tail[0].casefold() not in _DAYS
    return link in _ROLE_LINKS and noun.islower()


_ROLE_OF = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?P<role>(?P<head>(?:[A-Za-z][\w-]*\s){0,3})(?P<noun>[A-Za-z][\w-]*)\s+of"
    r"\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}(?:\s+\([^()]{1,40}\))?"
    r"(?:\s+(?:committee|commission|council|board|department|ministry|caucus|taskforce))?)\s+$"
)


_IN_CHARGE = re.compile(
    r"(?<![\w’'])(?:in charge of|responsible for) (?:the )?(?:[a-z][\w-]* ){1,3}$"
)
_OFFICE = re.compile(
    r"(?<![\w’'])(?P<office>(?:[A-Z][\w-]+ ){0,3}(?P<head>[A-Z][\w-]+)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w&’'-]+(?: [A-Z][\w&’'-]+){0,3})?)$"
)


def role_in_charge_before(text: str, start: int, floor: int) -> str | None:
    """An office and what it is in charge of, right before a name: "Deputy Superintendent of
    Police in charge of operations Earle Grant"."""
    duty = _IN_CHARGE.search(text, max(floor, start - 60), start)
    if duty is None:
        return None
    lo = max(floor, duty.start() - 100)
    office = _OFFICE.search(text[lo : duty.start()].rstrip())
    if office is None or office.group("head") not in TITLE_WORDS:
        return None
    return f"{office.group('office').strip()} {duty.group().strip()}"


# "mayoral committee member for area south Jo Roe", "spokesman for foreign affairs Jo Roe",
# "head of news Ada Moe": a lowercase role noun "for" or "of" a lowercase portfolio of one to
# three words.
_ROLE_FOR = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?P<head>(?:[A-Z][a-z-]+ )?(?:[a-z][\w-]* ){0,3})(?P<noun>[A-Za-z][a-z-]*)"
    r" (?P<link>for|of) (?P<portfolio>(?:[a-z][\w-]* ){1,3}|[a-z][\w-]* (?:and|&) [a-z][\w-]* )$"
)


def _role_for_before(text: str, start: int, floor: int) -> str | None:
    """A lowercase role "for" or "of" its lowercase portfolio right before a name, with the
    role's modifiers ("mayoral committee member for area south", "head of news"); the role
    noun capitalised only when it opens the sentence ("Chief of police Jo Lee")."""
    match = _ROLE_FOR.search(text, max(floor, start - 100), start)
    if match is None or match.group("noun").casefold() not in _ROLE_NOUNS:
        return None
    if match.group("noun")[0].isupper() and text[floor : match.start("noun")].strip():
        return None  # capitalised only where the sentence opens: "Chief of police Jo Lee"
    if match.group("head")[:1].isupper() and text[floor : match.start("head")].strip():
        return None  # "Assistant director of highways Jo Lee" only where the sentence opens
    portfolio = match.group("portfolio").split()
    if len(portfolio) == 3 and portfolio[1] in ("and", "&"):
        # "director of highways and transportation": two portfolios joined, one office
        head, noun, link = match.group("head", "noun", "link")
        return _role_with_head(head, noun, link, portfolio)
    if portfolio[0] == "the" and _body_noun(portfolio[1:]):
        portfolio_words = portfolio[1:]  # "spokesperson of the municipality Jo Roe"
    else:
        portfolio_words = portfolio
    if any(w in FUNCTION_WORDS for w in portfolio_words):
        return None
    return _role_with_head(match.group("head"), match.group("noun"), match.group("link"), portfolio)


def _role_with_head(head_text: str, noun: str, link: str, portfolio: list[str]) -> str:
    """The role noun with the modifiers right before it ("Assistant director", not "said
    director") and its portfolio."""
    head = head_text.split()
    plain = [k for k, w in enumerate(head) if not _is_role_modifier(w)]
    head = head[plain[-1] + 1 :] if plain else head
    return " ".join([*head, noun, link, *portfolio])


# Lowercase nouns for a body that people serve ("the municipality", "the council"): a name
# right after "of the council" is the role holder's, where "the lawyer for the victim Jo Roe"
# names the victim.
_LOWERCASE_BODIES = frozenset(w.casefold() for w in ORG_KEYWORDS if w.isalpha()) | words(
    "municipality county government district province region state city town village"
    " ministry firm company club team school university"
)


def _body_noun(words_after_the: list[str]) -> bool:
    """Whether the words after "the" are one lowercase noun for a body ("the municipality"),
    never a kind of person ("the victim", "the family")."""
    return len(words_after_the) == 1 and words_after_the[0] in _LOWERCASE_BODIES


def role_of_before(text: str, start: int, floor: int) -> str | None:
    """A role "of" a capitalised body right before a name: "Deputy state director of Health
    (Public Health) Dr Jamilah Hashim", "director of the Louvre Ana Ruiz", "Chairperson of
    Agriculture committee Sameer Suleiman" (a body's generic noun in lowercase); or an
    office in charge of something ("Superintendent in charge of operations Earle Grant")."""
    in_charge = role_in_charge_before(text, start, floor)
    if in_charge:
        return in_charge
    match = _ROLE_OF.search(text, max(floor, start - 120), start)
    if match is None or match.group("noun").casefold() not in _ROLE_NOUNS:
        return _role_for_before(text, start, floor)
    head = match.group("head").split()
    plain = [k for k, w in enumerate(head) if not _is_role_modifier(w)]
    head = head[plain[-1] + 1 :] if plain else head  # "led by Chairperson of ...": from it on
    if head and head[0].casefold() in DETERMINERS:
        head = head[1:]
    role = match.group("role")
    return role[role.index(head[0]) :] if head else role[role.index(match.group("noun")) :]
