"""What an article says about a person away from the name: a role in a later sentence
("The Liberal Democrat MSP for north-east Scotland said", "Roe is the director of ..."),
and the words that show a name is a person's though they give no role (an age, kin,
"whose", an interviewer).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.authoring.lexicon import HONORIFICS, ORG_KEYWORDS, TITLE_WORDS, words
from bot.authoring.member_of_body import group_of_a_body, member_of_a_body
from bot.authoring.plural_office_list import plural_office_before
from bot.authoring.roles import (
    DETERMINERS,
    FUNCTION_WORDS,
    KIN,
    LISTENER_VERBS,
    PAIRED_BEFORE,
    is_role_noun,
    role_before,
    role_from_phrase,
    role_up_to_noun,
    speech_verb_pattern,
)

__all__ = [
    "listed_role_before",
    "one_of_a_group",
    "person_cue",
    "role_in_who_clause",
    "role_is_after",
    "role_of_work",
    "role_with_body_after",
    "role_won_after",
    "roles_by_copula",
    "roles_named_after",
]


# "The Liberal Democrat MSP for north-east Scotland said": a role as the subject of a
# sentence, with what makes it one person's (a party or body before it, a seat after it).
_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))The (?P<role>(?P<mods>(?:[A-Z][\w’'-]*\s+){0,4})(?P<noun>[\w-]+)"
    r"(?P<seat>\s+(?:for|of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)?)"
    rf"\s+(?:{speech_verb_pattern(LISTENER_VERBS).pattern})"
)


# The verbs that say what the subject is ("Roe is the director ...", "Roe served as ...").
_COPULA = "(?:is|was|has been|serves as|served as)"


# Roles news gives people it does not name ("The company spokesman said"): never read back.
_ANONYMOUS_ROLES = words(
    """spokesman spokeswoman spokesperson official officer source representative aide staffer
    member employee resident witness worker"""
)


def roles_by_copula(texts: Sequence[str], forms: Mapping[str, str]) -> dict[str, str]:
    """Roles a sentence gives its subject with "is"/"was": "Roe is the director of the
    water board.", by an appointment: "Roe was elected mayor", or "Roe became Wales
    manager" anywhere in a sentence (keys of `forms` as in
    `roles_named_after`; the first such sentence)."""
    if not forms:
        return {}
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    copula = re.compile(
        rf"(?:^|(?<=[.!?]\s))(?:{_HONORIFIC_LEAD})?(?P<name>{names}) "
        rf"{_COPULA} (?P<phrase>(?:a|an|the) [^.,;:!?()]{{3,160}})"
    )
    appointed = re.compile(
        rf"(?:^|(?<=[.!?]\s))(?:{_HONORIFIC_LEAD})?(?P<name>{names}) {_APPOINTED}"
        r"(?P<phrase>[^.,;:!?()]{3,160})"
    )
    became = re.compile(
        rf"(?<![\w’'])(?P<name>{names}) became (?:the )?(?P<phrase>[^.,;:!?()]{{3,160}})"
    )
    found: dict[str, str] = {}
    for text in texts:
        for match in became.finditer(text):
            role = role_up_to_noun(match.group("phrase"))
            if role:
                found.setdefault(forms[match.group("name")], role)
        for match in copula.finditer(text):
            role, _ = role_from_phrase(match.group("phrase"))
            if role:
                found.setdefault(forms[match.group("name")], role)
        for match in appointed.finditer(text):
            role = role_up_to_noun(match.group("phrase"))
            if role:
                found.setdefault(forms[match.group("name")], role)
    return found


# "Mr", "Dr.", "Sir", "Prof": courtesy titles before the subject of a copula.
_HONORIFIC_LEAD = "(?:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + r")\.? "


# "Roe was appointed chairman of ...", "Roe has been named as the new head coach of ...":
# a role given to the sentence's subject.
_APPOINTED = (
    r"(?:was|is|has been|had been|will be) (?:re-)?(?:appointed|elected|named|made|installed"
    r"|sworn in|promoted)(?: as| to)? "
)


# "Ann Roe was re-elected mayor of Ardmore", "Ann Roe won a third term as mayor": the office
# an election or appointment gives the name right before it, in lowercase words.
_WON_AFTER = re.compile(
    rf" (?:{_APPOINTED}|won (?:a|an|her|his|their) (?:[a-z]+ ){{0,2}}term as )"
    r"(?P<phrase>[^.,;:!?()]{3,160})"
)


def role_won_after(text: str, end: int) -> str | None:
    """The office in "NAME was re-elected mayor of Ardmore" / "NAME won a second term as
    mayor" right after a name ending at `end`, up to its role noun; None when the words
    after are no role ("was named in the report")."""
    match = _WON_AFTER.match(text, end)
    if match is None:
        return None
    phrase = match.group("phrase")
    if not phrase[:1].islower():
        return None  # "was appointed Chief Whip": a capitalised office, read elsewhere
    return role_up_to_noun(phrase)


# "Ann Roe is the director of workforce at the Welsh Ambulance Service", "Jo Lee was the
# founder of Sandals Resorts", "Ada Obi is a worried mother": the subject is what "is/was
# the ..." says, when the phrase opens with a role noun.
_IS_THE = re.compile(rf" {_COPULA} (?P<phrase>(?:the|a|an) [^.,;:!?()“”\"]{{3,160}})")


def role_is_after(text: str, end: int, *, opens_paragraph: bool) -> str | None:
    """The role in "NAME is/was the ROLE ..." right after a name ending at `end`, up to its
    role noun and the capitalised body it is "of"; None when the phrase opens with no role
    ("was the first to arrive"), and for a paragraph opening "NAME is a journalist ...",
    the writer's note under an article, not a person of the story. Only for a name that
    opens its sentence outside any quote, read by the caller."""
    match = _IS_THE.match(text, end)
    if match is None:
        return None
    role, _ = role_from_phrase(match.group("phrase"))  # as `roles_by_copula` reads it
    if role is None or _SPEECH_VERB.search(role):
        role = role_up_to_noun(match.group("phrase"))  # "a worried mother"; "... and said"
    if role and opens_paragraph and set(role.casefold().split()) & _WRITERS:
        return None
    return role


_SPEECH_VERB = speech_verb_pattern()


# Those who write the article, as its closing note says ("Jo Lee is a journalist based in").
_WRITERS = words(
    "journalist writer blogger reporter columnist correspondent author editor freelancer"
    " contributor freelance"
)


# "Ann Roe with the National Weather Service in Jackson spent ...": the body a sentence's
# subject works with, written right after the name; then the sentence's verb.
_WITH_BODY = re.compile(
    r" with (?P<role>(?:the )?(?:[A-Z][\w’'&-]* ){0,5}(?P<last>[A-Z][\w’'&-]*)"
    r"(?: (?:in|of) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})?)(?=,? [a-z])"
)


def role_with_body_after(text: str, end: int) -> str | None:
    """ "with the National Weather Service in Jackson" right after a name ending at `end`,
    when the body's name ends in a body's word ("Service", "Department"): where the person
    works. Only for a name that opens its sentence (its subject), read by the caller."""
    match = _WITH_BODY.match(text, end)
    if match is None or match.group("last") not in ORG_KEYWORDS:
        return None
    return f"with {match.group('role')}"


def roles_named_after(texts: Sequence[str], forms: Mapping[str, str]) -> dict[str, str]:
    """Roles written after their person: a paragraph names one person ("Alison McInnes
    called on ...") and the next sentence of that paragraph or the next paragraph speaks of
    "The Liberal Democrat MSP for north-east Scotland said". `forms` maps each way a person
    is written to the person's key; the answer maps keys to roles. Only a role qualified
    by a capitalised body or a seat counts ("The spokesman said" may be someone else), or an
    office written with a capital ("The Taoiseach faced ...", "The CM added"), or one with
    one holder ("the premier said"); only when one person alone is named before it, and
    never an office the article writes before someone's name."""
    if not forms:
        return {}
    names = re.compile(
        r"(?<![\w’'])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w’'])"
    )
    found: dict[str, str] = {}
    held: dict[tuple[str, int], bool] = {}  # one look through the article per office

    def taken(office: str, flags: int = 0) -> bool:
        if (office, flags) not in held:
            held[office, flags] = _office_named(office, texts, names, flags)
        return held[office, flags]

    for i, text in enumerate(texts):
        for match in _ROLE_SUBJECT.finditer(text):
            noun = match.group("noun").casefold()
            if not is_role_noun(noun) or noun in _ANONYMOUS_ROLES:
                continue
            if not (match.group("mods") or match.group("seat")):
                continue
            key = _one_named_before(names, forms, texts, i, match.start(), match.end())
            if key:
                found.setdefault(key, match.group("role"))
        for match in _QUALIFIED_ROLE_SUBJECT.finditer(text):
            role = _qualified_role(match)
            if role is None or taken(match.group("noun").casefold(), re.IGNORECASE):
                continue
            key = _one_named_before(names, forms, texts, i, match.start(), match.end(), role)
            if key:
                found.setdefault(key, role)
        for match in _HEAD_OFFICE_SAID.finditer(text):
            office = match.group("role")
            if taken(office.casefold(), re.IGNORECASE):
                continue
            key = _one_named_before(names, forms, texts, i, match.start(), match.end(), office)
            if key:
                found.setdefault(key, office)
        for match in _OFFICE_SUBJECT.finditer(text):
            office = match.group("role")
            if not is_role_noun(office) or taken(office):
                continue
            key = _one_named_before(names, forms, texts, i, match.start(), match.end(), office)
            if key:
                found.setdefault(key, match.group("role"))
    return found


# "The Taoiseach faced criticism", "The CM also visited": an office written with a capital
# as a sentence's subject stands for its one holder, as a name would.
_OFFICE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))The (?P<role>[A-Z][\w-]*) "
    r"(?!(?:of|for|in|at|and|or|to|on|with|from|by|who|which|that)\b)(?=[a-z])"
)


# "Jo Lee said ..." then "The Varnholt fire chief said ..." or "The independent Varn
# councillor added ...": a sentence opening with a role whose capitalised qualifier is not
# right before its noun (lowercase words between, which _ROLE_SUBJECT does not read).
_QUALIFIED_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))The (?P<role>(?:[\w’'-]+\s+){1,3}?(?P<noun>[a-z][\w-]*))"
    rf"\s+(?:{speech_verb_pattern(LISTENER_VERBS).pattern})"
)
# Words before a role that point to someone else than the one named before.
_ANOTHER = words("other another second third two three both rival opposing late")


def _qualified_role(match: re.Match[str]) -> str | None:
    """The role of a sentence opening "The Varnholt fire chief said", or None when its noun
    is no role or one news gives the unnamed ("The Varn council spokesman said"), when no
    word before it is capitalised (a plain "The police chief said" may be someone new, see
    `quotes`) or one says another holder ("The other Varn minister said")."""
    noun = match.group("noun").casefold()
    if not is_role_noun(noun) or noun in _ANONYMOUS_ROLES:
        return None
    before = match.group("role").split()[:-1]
    if not any(w[:1].isupper() for w in before):
        return None
    if any(w.casefold() in _ANOTHER or w.casefold() in FUNCTION_WORDS for w in before):
        return None
    return match.group("role")


# "..., the premier said": an office with one holder in a place speaks; the one person
# named just before holds it (a spokesman or an official may be anybody).
_HEAD_OFFICE_SAID = re.compile(
    r"(?<![\w’'])[Tt]he (?P<role>(?i:premier|prime minister|chief minister|first minister|"
    r"taoiseach|chancellor|president|governor|mayor|chief executive)) (?:said|says|told|added)\b"
)
# Paragraphs back over which an office said looks for its holder when they name nobody.
_LOOK_BACK = 5


def _office_named(
    office: str, texts: Sequence[str], names: re.Pattern[str], flags: int = 0
) -> bool:
    """Whether the article writes the office right before a known name ("The Taoiseach,
    Mr Cathal Moran,"): then it is that person's, whoever is named before "The Taoiseach"."""
    before_name = re.compile(rf"(?<![\w’']){re.escape(office)},? (?:(?:Mr|Mrs|Ms|Dr)\.? )?", flags)
    for text in texts:
        for match in before_name.finditer(text):
            if names.match(text, match.end()):
                return True
    return False


def _one_named_before(
    names: re.Pattern[str],
    forms: Mapping[str, str],
    texts: Sequence[str],
    i: int,
    start: int,
    end: int,
    office: str | None = None,
) -> str | None:
    """The one person named before `start` in paragraph `i` (or, when it names nobody
    there, in the paragraph before), when nobody is named after `end` in it. With an
    `office`, a name written after another office ("EU President Ann Roe") does not count:
    she holds that one."""
    text = texts[i]
    keys = _named(names, forms, text, start, office)
    if not keys and i:
        keys = _named(names, forms, texts[i - 1], len(texts[i - 1]), office)
    back = i - 1
    silent = not names.search(text, 0, start)
    while not keys and silent and back > max(0, i - _LOOK_BACK) and not names.search(texts[back]):
        back -= 1  # back over paragraphs that name nobody ("She also admitted ...")
        keys = _named(names, forms, texts[back], len(texts[back]), office)
    if len(keys) == 1 and not names.search(text, end):
        return keys.pop()
    return None


def _holds_another(held: str, office: str) -> bool:
    """Whether the role written before a name is an office other than `office` (not "Ms")."""
    return is_role_noun(held.split()[-1].rstrip(".")) and office.casefold() not in held.casefold()


def _named(
    names: re.Pattern[str], forms: Mapping[str, str], text: str, stop: int, office: str | None
) -> set[str]:
    keys = set()
    for match in names.finditer(text, 0, stop):
        held = role_before(text, match.start(), max(0, match.start() - 60))
        if office and held and _holds_another(held, office):
            continue
        keys.add(forms[match.group()])
    return keys


_AGE_OR_ASKER_BEFORE = re.compile(
    r"(?<![\w’'])(?:\d{1,3}-year-old|(?:asked|interviewed|questioned) by|"
    r"(?:named|identified) (?:him|her|them )?as) $",
    re.IGNORECASE,
)
_KIN_BEFORE = re.compile(r"(?<![\w’'])(?:his|her|their) (?P<kin>[a-z]+),? $")
_KIN_AFTER = re.compile(
    r",\s*(?:the |a |an |his |her |their )?(?:[\w’'-]+ ){0,2}(?P<kin>[a-z]+) of\b"
    r"|\s+and (?:his|her|their) (?P<kin2>[a-z]+)\b"
)
# "Jane Roe, whose house flooded", "Ann Gair, who retained her seat": organisations take
# "which".
_WHOSE_AFTER = re.compile(r",\s*(?:whose|who)\b")
# "Adam Emery, who is one of BlackBerry's spokesmen, refused ...": the role in a clause.
_WHO_IS = re.compile(r",\s*who (?:is|was|has been) (?P<phrase>[^,.;:!?()]{3,100})[,.;]")
_ONE_OF = re.compile(
    r"one of (?:the |his |her |its |their |\w+[’']s |[A-Z][\w’']*\s){0,2}(?P<noun>[a-z]+)$"
)
# "two Plaid Cymru councillors – Haydn Pritchard and Judith Pritchard –", "led by councillors
# Ann Roe, Bo Lee and Cy Poe": a plural role, then the names it covers (after a dash, a colon
# or right after it).
_PLURAL_ROLE_LIST = re.compile(
    r"(?P<role>(?:[A-Z][\w’'-]*\s){0,3}(?P<noun>[a-z][a-z-]+)s)(?:\s?[–—:])?\s"
    r"(?:[A-Z][\w’'.-]*|and|,|\s)*$"
)


# "met union leaders and Sen. Jo Lee": "and" right after the plural role adds someone else.
_AND_AFTER_GROUP = re.compile(r",? and ")


# "Mkandla's relatives", "Doe's wife": a name's family, right after its possessive.
_FAMILY_OF = re.compile(r"(?:’s|'s) (?P<kin>[a-z]+)\b")
_FAMILY = words("relatives siblings grandchildren")  # not "children": "Kenya's children"
_OWNER_BEFORE = re.compile(r"(?<![\w’'])(?:his|her|their|our|my|your|its) $", re.IGNORECASE)


# "informed Harry Reid that": a verb whose object is a person named in full.
_TELLS_SOMEONE = re.compile(
    r" (?:told|informed|assured|urged|advised|warned|reminded) (?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+"
    r"(?: that\b|,| to\b)"
)


def person_cue(text: str, start: int, end: int) -> bool:
    """Words that only a person takes, though they give no role: an age before the name
    ("71-year-old Lansil Gregory"), an interviewer ("Asked by Andrew Marr"), kin ("her
    husband, Per Holm", "Jane Roe and her husband", "Zindzi Mandela, the daughter of ...",
    "Mkandla's relatives"),
    something of one's own ("Jane Roe, whose house flooded"). Only "the daughter of" counts
    for a single word: "the 77-year-old Strathtay landowner" is no person "Strathtay"."""
    window = min(len(text), end + 60)
    kin_after = _KIN_AFTER.match(text, end, window)
    if kin_after and kin_after.group("kin") in KIN:
        return True
    family = _FAMILY_OF.match(text, end, window)
    if family and (family.group("kin") in KIN or family.group("kin") in _FAMILY):
        return True  # "Mkandla's relatives": only a person has a family
    if " " not in text[start:end].strip():
        return False
    if _TELLS_SOMEONE.match(text, end, window):
        return True  # "Mitch Rowe informed Harry Reid that ...": one person tells another
    kin_before = _KIN_BEFORE.search(text, max(0, start - 30), start)
    return bool(
        _AGE_OR_ASKER_BEFORE.search(text, max(0, start - 30), start)
        or (kin_before and kin_before.group("kin") in KIN)
        or (kin_after and kin_after.group("kin2") in KIN)
        or _WHOSE_AFTER.match(text, end, window)
    )


# "Couns. Ann Roe, Bo Lee and Cy Poe", "Reps. Ann Roe and Bo Lee voted": a title in the
# plural, shortened with a stop, before the names it covers.
_PLURAL_TITLE_LIST = re.compile(
    r"(?<![\w’'])(?P<title>[A-Z][a-z]+)s(?P<stop>\.) (?:[A-Z][\w’'.-]*|and|,|\s)*$"
)
# What follows the plural title is a list: names joined by a comma or "and".
_NAMES_LISTED = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}(?:,| and) ")


def _plural_title_before(text: str, start: int, floor: int) -> str | None:
    """The title, singular, of a name listed after the title shortened in the plural:
    "Couns." gives each name "Coun.", "Reps." "Rep."; only before a list of names."""
    match = _PLURAL_TITLE_LIST.search(text, max(floor, start - 200), start)
    if match is None or not _NAMES_LISTED.match(text, match.end("stop") + 1):
        return _plural_title_in_full_before(text, start, floor)
    title = match.group("title")
    if title not in TITLE_WORDS and not is_role_noun(title):
        return None
    return title + match.group("stop")


# "Councillors John Temple, Richardson and Mackenzie voted": an elected member's title in
# full and in the plural, opening its sentence, before a list of surnames and names.
_PLURAL_TITLE_IN_FULL = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<title>Councillor|Senator|Alderman|Commissioner|Trustee|Director)s "
    r"(?:[A-Z][\w’'-]*|and|,|\s)*$"
)


def _plural_title_in_full_before(text: str, start: int, floor: int) -> str | None:
    """The title, singular, of a name in a list after "Councillors", "Senators" ...
    opening the sentence; a list of names only ("Doctors Without Borders" is no list)."""
    if not _FULL_NAME.match(text, start):
        return None  # "Councillors Kelly, Connor": a surname alone may be someone named before
    match = _PLURAL_TITLE_IN_FULL.search(text, max(floor, start - 200), start)
    if match is None or not _NAMES_LISTED.match(text, match.end("title") + 2):
        return None
    return match.group("title")


def listed_role_before(text: str, start: int, floor: int) -> str | None:
    """The role, made singular, of a name listed after a plural role: "two Plaid Cymru
    councillors – Haydn Pritchard and Judith Pritchard" gives each "Plaid Cymru councillor";
    "Couns. Ann Roe and Bo Lee" each "Coun."; "Nollywood actors, Ann Roe and Bo Lee," each
    "Nollywood actor"; a name with a title of its own ("and Mayor Cy Poe") keeps that title
    alone."""
    own = text[start : start + 30].split(" ", 1)[0].rstrip(".")
    if own in TITLE_WORDS and own not in HONORIFICS:
        return None
    match = _PLURAL_ROLE_LIST.search(text, max(floor, start - 200), start)
    if match is None or not is_role_noun(match.group("noun")):
        return (
            _plural_title_before(text, start, floor)
            or _apposed_to_plural_role(text, start, floor)
            or _dashed_list_role(text, start, floor)
            or _role_of_a_listed_subject(text, start, floor)
            or plural_office_before(text, start, floor)
        )
    if _AND_AFTER_GROUP.match(text, match.end("role")):
        return None  # "union leaders and Sen. Jo Lee": the name is not one of the group
    if _ONE_OF_BEFORE.search(text, max(floor, start - 80), start):
        return None  # "one of the human rights activists Jane Roe": the group's own phrase
    if _OWNER_BEFORE.search(text, max(floor, match.start() - 8), match.start()):
        return None  # "his colleagues Ann Roe and Bo Lee": whose, not what they are
    role = match.group("role")
    if role.split(" ", 1)[0].casefold() in DETERMINERS:
        role = role.split(" ", 1)[1]  # "The superintendents – Jo Lee": the sentence's article
    if PAIRED_BEFORE.search(text, max(floor, match.start() - 40), match.start()):
        role = match.group("noun")  # "Defense and Internal Affairs counterparts A and B"
    return role[:-1] if role.endswith("s") else role


# "one of the human rights activists Bon Kalindo", "Nurudin Munyaneza, one of the
# protesters, said", "One of the residents, Shirley Roe,": a member of a group the article
# names by its role.
_GROUP = r"one of (?:the|our|their|its|his|her) (?P<group>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*)"
_ONE_OF_BEFORE = re.compile(rf"(?<![\w’'])[Oo]{_GROUP[1:]},? $")
_ONE_OF_AFTER = re.compile(rf",? {_GROUP}\b")


# "all four non-executive directors on the trust’s board – Ann Roe, Bo Lee and Cy Poe –",
# "The superintendents – Ann Roe of Dunmore and Bo Lee of Varnholt –": a plural role (its
# modifiers capitalised or hyphenated, perhaps a short phrase of where they serve), a dash,
# then a list of names, each perhaps with the place it is "of", up to the name.
_DASHED_GROUP = re.compile(
    r"(?<![\w’'-])(?P<role>(?:(?:[A-Z][\w’'-]*|[a-z]+-[a-z]+) ){0,3}(?P<noun>[a-z][a-z-]+)s)"
    r"(?: (?:on|of|at|in|for) (?:the )?(?:[\w’'-]+ ){0,2}[\w’'-]+)? [–—] "
    r"(?:[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*(?: of [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?"
    r"(?:, and |, | and ))*$"
)


def _dashed_list_role(text: str, start: int, floor: int) -> str | None:
    """The role, singular, of a name in a list set off by a dash after a plural role ("the
    superintendents – Ann Roe of Dunmore, Bo Lee of Varnholt and Cy Poe –")."""
    match = _DASHED_GROUP.search(text, max(floor, start - 200), start)
    if match is None:
        return None
    single = _singular(match.group("noun") + "s")
    if not is_role_noun(single):
        return None
    modifiers = text[match.start("role") : match.start("noun")].split()
    if modifiers and modifiers[0].casefold() in DETERMINERS:
        modifiers = modifiers[1:]  # "The superintendents": the sentence's article
    if _OWNER_BEFORE.search(text, max(floor, match.start() - 8), match.start()):
        return None  # "his colleagues – Ann Roe and Bo Lee": whose, not what they are
    return " ".join([*modifiers, single])


# "Other governors present were Ann Roe of Norvik; Bo Lee of Varnholt; and Cy Poe of Ekby",
# "Among the governors targeted is Ann Roe of Norvik": a plural role, perhaps one participle
# or "present", then "were"/"are"/"included" (or "is" after "Among"), then the names it
# stands for, each perhaps with the place it is "of", up to the name.
_LISTED_ITEM = (
    r"[A-Z][\w’'.-]*(?: (?:de |del |da |van |von |bin |al )?[A-Z][\w’'.-]*)*"
    r"(?: of [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?"
)
_LISTED_SUBJECT = re.compile(
    r"(?<![\w’'-])(?P<among>[Aa]mong (?:the |them )?)?(?P<noun>[A-Za-z][a-z-]+)s"
    r"(?: (?:present|[a-z]+ed))? (?P<verb>were|are|included|include|is|was) "
    rf"(?:{_LISTED_ITEM}(?:; and |, and |; |, | and ))*$"
)


def _role_of_a_listed_subject(text: str, start: int, floor: int) -> str | None:
    """The role, singular, of a name listed after "PLURAL ROLE were" ("Other governors
    present were Ann Roe of Norvik; Bo Lee ...") or "Among the PLURAL ROLE ... is"."""
    match = _LISTED_SUBJECT.search(text, max(floor, start - 250), start)
    if match is None or (match.group("verb") in ("is", "was") and not match.group("among")):
        return None
    noun = match.group("noun")
    return noun if is_role_noun(noun) else None


# "Nollywood actors, Ann Roe and Bo Lee, popularly known as": a plural role and, between
# commas, the two or more names it stands for.
_NAME_IN_LIST = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3}"
# The plural role may be told apart by a participle or a place before its comma ("the two
# journalists detained in Castille, Ann Roe and Bo Lee, were"): each name is one of them.
_APPOSED_NAMES = re.compile(
    rf"(?P<role>(?:[A-Z][\w’'-]*\s){{0,3}}(?P<noun>[a-z][a-z-]+)s)"
    r"(?: (?:[a-z]+ed|in|at|from) (?:[A-Z][\w’'-]*|[a-z]+)(?: [A-Z][\w’'-]*){0,2})?, "
    rf"(?P<names>{_NAME_IN_LIST}(?:, {_NAME_IN_LIST})*,? and {_NAME_IN_LIST})(?=[,.;])"
)


def _apposed_to_plural_role(text: str, start: int, floor: int) -> str | None:
    """The role, singular, of a name in a list set between commas after a plural role
    ("actors, Ann Roe and Bo Lee," gives each "actor")."""
    for match in _APPOSED_NAMES.finditer(text, max(floor, start - 200), start + 200):
        noun = match.group("noun")
        if match.start("names") <= start < match.end("names") and is_role_noun(noun):
            role = match.group("role")[:-1].split()
            while len(role) > 1 and role[0].casefold() in FUNCTION_WORDS:
                role = role[1:]  # "Two teachers from Norvik, ...": a count opening the sentence
            return " ".join(role)
    return None


def _singular(noun: str) -> str:
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    return noun.removesuffix("s")


def _single_role(noun: str) -> str | None:
    """A plural noun's singular when that is a role noun ("owners": "owner")."""
    single = _singular(noun)
    return single if single != noun and is_role_noun(single) else None


def one_of_a_group(text: str, start: int, end: int) -> str | None:
    """The role, singular, of a name written as one of a group: "one of the human rights
    activists Bon Kalindo" or "Jo Li, one of the protesters," gives "human rights activist"."""
    of_body = member_of_a_body(text, start, end, _single_role)
    if of_body is not None:
        return of_body  # "one of the owners of Tarn Mining, Ola Brandt": "owner of Tarn Mining"
    before = _ONE_OF_BEFORE.search(text, max(0, start - 80), start)
    if before is not None and group_of_a_body(before.group("group")):
        return None  # "one of the owners of Tarn Mining": the body is no owner
    match = before or _ONE_OF_AFTER.match(text, end)
    if match is None:
        return None
    group = match.group("group").split()
    for k, noun in enumerate(group):  # "the protesters said he ...": up to the plural noun
        single = _singular(noun)
        if single != noun and is_role_noun(single):
            return " ".join([*group[:k], single])
    return None


# "Moses Roe who is a Githurai resident stated": the who-clause without its comma.
_WHO_IS_UNMARKED = re.compile(r" who (?:is|was) (?P<phrase>(?:a|an|the) [^,.;:!?()]{3,100})")


def role_in_who_clause(text: str, end: int, stop: int) -> str | None:
    """The role in ", who is the mayor," / ", who is one of its spokesmen," after a name, or
    in " who is a local resident" written without the comma (up to the role noun)."""
    match = _WHO_IS.match(text, end, stop)
    if match is None:
        unmarked = _WHO_IS_UNMARKED.match(text, end, stop)
        return role_up_to_noun(unmarked.group("phrase")) if unmarked else None
    phrase = match.group("phrase").strip()
    one_of = _ONE_OF.match(phrase)
    if one_of:
        noun = one_of.group("noun")
        single = noun[:-3] + "man" if noun.endswith("men") else noun.removesuffix("s")
        return phrase if is_role_noun(single) else None
    return role_from_phrase(phrase)[0]


# "Lee Gitsham, 43, set off for work as an office supply manager": the work the sentence
# gives its subject.
_WORK_AS = re.compile(
    r"\b(?:(?:work|works|worked|working|job|employed|employment|career) as (?:a|an) "
    r"|(?:his|her|their) (?:new )?(?:role|post|position|job) as (?:(?:the|a|an) )?)"
    r"(?P<role>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*)"
)
_FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+ [A-Z][\w’'-]+")


def role_of_work(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The role in "NAME, 43, set off for work as an office supply manager" or "Dr NAME
    started in his role as the new chief executive": only for the name that opens its
    sentence (after its titles), with no other full name before the work."""
    start, end = span
    if any(w.rstrip(".") not in TITLE_WORDS for w in text[sentence[0] : start].split()):
        return None
    match = _WORK_AS.search(text, end, sentence[1])
    if match is None or _FULL_NAME.search(text, end, match.start()):
        return None
    words = match.group("role").split()
    for cut in range(len(words), 0, -1):
        if is_role_noun(words[cut - 1]):
            return " ".join(words[:cut])
    return None
