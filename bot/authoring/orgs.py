"""Tell organisations (and places) from people by how the article writes about them.

A capitalised word such as "Monusco" or "Twitter" looks like a surname. The article itself
says otherwise when it writes "the Monusco" or "a Monusco spokesman" (nobody writes "the
Smith" or "a Smith spokesman"), "Monusco have" or "Monusco are" (a plural verb), "Monusco,
which" (people take "who"), or defines it as an acronym after an organisation's name ("the
United Nations mission in DR Congo (Monusco)"). A place named after a preposition with a
compass word last ("candidate for Awutu Senya East") is a constituency, not a person, and
so is a place before a local office and a name ("Mon Repos councillor Nigel Cuttier").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.authoring.body_fields import field_before_name
from bot.authoring.lexicon import (
    HONORIFICS,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    words,
)
from bot.authoring.roles import hyphenated_role, is_role_noun

__all__ = ["ORG_NOUNS", "organisation_names"]

# Lowercase nouns that name an organisation ("the UN mission", "the broadcaster").
ORG_NOUNS = words(
    """
    mission agency organisation organization company firm group party ministry department
    council committee commission force forces union bank network broadcaster station
    institute university college school nations government administration authority
    office service board federation association alliance coalition charity foundation
    newspaper paper magazine channel website platform startup carrier airline insurer
    lender retailer maker manufacturer operator regulator court tribunal club team
    """
)

# Lowercase words that, right after a capitalised word, show it belongs to an organisation
# ("Monusco facilities", "Twitter shares"): a person's name is not used this way.
_BELONGINGS = words(
    """
    shares stock stocks staff staffers employees facilities headquarters website platform
    spokesman spokeswoman spokesperson official officials executives executive board
    statement subsidiary customers users investors shareholders board offices branch
    branches troops peacekeepers forces personnel
    """
)

_NAME = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
_ARTICLE_BEFORE = re.compile(
    rf"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+(?P<name>{_NAME})(?P<next>\s+[a-z][\w\-]*)?"
)
_PLURAL_AFTER = re.compile(rf"(?<![\w’'])(?P<name>{_NAME})\s+(?:are|were|have)\s+[a-z]")
_WHICH_AFTER = re.compile(rf"(?<![\w’'])(?P<name>{_NAME}),?\s+which\b")
_ACRONYM = re.compile(r"\((?P<name>[A-Z][\w\-]{1,15})\)")
# "candidate for Awutu Senya East", "in Kumasi Central": a constituency or district.
_COMPASS_PLACE = re.compile(
    r"(?<![\w’'])(?:for|in|of|near) (?P<name>(?:[A-Z][\w’'-]*\s+){2,3}"
    r"(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest))(?![\w’'])"
)
_BEFORE_ACRONYM = 90


# "Mon Repos councillor Nigel Cuttier", "Varnholt resident Jane Roe": a place before a
# local office or a resident, right before a name.
_PLACE_BEFORE_OFFICE = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}) (?:councillor|councilor|"
    r"alderman|alderwoman|mayor|resident|native|MP|MSP|MLA|TD|senator|representative)s? [A-Z]"
)
# "the Punjab region", "the Rift Valley province": a name between "the" and a noun of
# places is a place's.
_PLACE_NAMED = re.compile(
    r"(?<![\w’'])[Tt]he (?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) (?:region|province|"
    r"state|district|county|valley|basin|delta|peninsula|plateau|coast|belt|corridor)s?\b"
)
# "my hon. Friend the Minister": a member's courtesy to another, "Friend" no one's name.
_PARLIAMENTARY_FRIEND = re.compile(
    r"(?<![\w’'])[Mm]y (?:[Rr]ight )?[Hh]on(?:ourable|orable)?\.? (?P<name>Friend)(?![\w’'-])"
)
# "Haumaru Housing", "GMP Major Incident Team", "King George Hospitals": a name ending in an
# organisation's noun, also in the plural.
_ORG_TAIL = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} (?:Housing|Team|Services?|"
    r"Trust|Council|Agency|Authority|Police|Unit|Association|Commission|Committee|Department|"
    r"Ministry|Hospital|Centre|Center|Foundation|Institute|University|College|Network|"
    r"Corporation|Company|Group|Board|Stadium|Arena|Airport|Hotel|Cathedral|Mosque|Temple|"
    r"Prison|Mall)s?)(?![\w’'-])"
)
# "The National Disaster Risk Reduction and Management Council": after "the", a run joined
# by "and" to a run ending in an organisation's noun is the first half of the body's name.
_BODY_HALF = re.compile(
    r"(?<![\w’'])(?P<the>[Tt]he )?(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}) and "
    r"(?:[A-Z][\w’'-]* ){0,3}(?:Council|Committee|Commission|Authority|Agency|Board|"
    r"Department|Ministry|Office|Service|Association|Foundation|Institute)s?(?![\w’'-])"
)
# "the Criminal Justice Act 1984", "the Flood Response Benefit": a law's or a benefit's last
# word is nobody's name.
_LAW = re.compile(
    r"(?<![\w’'])(?P<run>(?:[A-Z][\w’'-]* ){1,5})"
    r"(?P<name>Act|Bill|Code|Treaty|Accord|Convention|Charter|Protocol|Benefit|Allowance)"
    r"(?![\w’'-])"
)


# "Apple shares soar", "Apple profits were": a name before what a company owns or earns.
_COMPANY_BELONGING = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) (?:shares|profits?|products|"
    r"sales|revenues?|earnings|stock|employees|staff|customers|users|investors|shareholders|"
    r"headquarters|executives)\b"
)
# "the Ministry of Women, Children and Poverty Alleviation", "the Centers for Disease Control
# and Prevention": the portfolio after an organisation's noun names no one ("Women Children",
# "Poverty Alleviation", "Prevention").
_ORG_HEAD = re.compile(
    r"(?<![\w’'-])(?:(?:Ministry|Department|Office|Commission|Committee|Council|Board|Bureau|"
    r"Institute|Agency|Secretariat)|(?:Centre|Center|Foundation|Society|Federation|Alliance|"
    r"Coalition|Fund|Organisation|Organization)s?) (?:of|for) (?P<portfolio>[A-Z][\w’'-]*"
    r"(?:(?:,? and |, | & | )[A-Z][\w’'-]*){0,6})"
)
_PORTFOLIO_JOIN = re.compile(r",? and |, | & ")
# "Minister for Health, Social Services and Public Safety, Jane Roe": an office's portfolio,
# a list closed by "and", whose parts ("Public Safety") name no one.
_PART = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
_OFFICE_PORTFOLIO = re.compile(
    rf"(?<![\w’'-])(?:Minister|Secretary|Commissioner) "
    rf"(?:of|for) (?P<portfolio>{_PART}(?:, {_PART})*,? (?:and|&) {_PART})"
)
# "said Housing and Local Government Minister Jo Lee": a portfolio written before the
# office, its parts joined by "and" (and commas).
_PORTFOLIO_BEFORE_OFFICE = re.compile(
    rf"(?<![\w’'-])(?P<portfolio>{_PART}(?:, {_PART})*,? (?:and|&) {_PART}) "
    r"(?:Minister|Minster|Secretary|Commissioner)(?![\w’'-])"
)
# "The Telegraph & Argus": two capitalised words joined by "&".
_AMPERSAND = re.compile(r"(?<![\w’'])(?P<left>[A-Z][\w’'-]*) & (?P<right>[A-Z][\w’'-]*)(?![\w’'-])")
# "the new £3 million Health Action Zone": a sum before a name, a thing that costs it.
_COSTED = re.compile(
    r"[£$€¥]\d[\d.,]*(?: (?:million|billion|trillion|bn|m|k))? "
    r"(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})"
)
# "residents of the Chief Albert Luthuli settlement": a title and a full name between "the"
# and a lowercase noun, a place or a thing named after someone.
_NAMED_AFTER = re.compile(
    r"(?<![\w’'])[Tt]he (?P<title>[A-Z][\w’'-]*) (?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,2}) "
    r"(?P<noun>[a-z][a-z-]+)\b"
)
_NOT_NOUNS = words(
    """has had have is was were are will would could should can may might must did does do
    and or but who which that to of in on at for with from by as said says told tells"""
)


def _portfolios(text: str) -> set[str]:
    """Each part of a ministry's portfolio, and the words of each part run together. The
    portfolio ends before an office's title word: "the Department of Disaster Management
    Director Jo Lee" names the body "Disaster Management", then the director, a person."""
    found = set()
    for match in _ORG_HEAD.finditer(text):
        portfolio = _without_next_of_two(_before_title_word(match.group("portfolio")))
        portfolio = field_before_name(portfolio, text[max(0, match.start() - 40) : match.start()])
        parts = _PORTFOLIO_JOIN.split(portfolio)
        words = portfolio.replace(" and ", " ").replace(",", "").replace(" & ", " ").split()
        found |= set(parts) | {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return found


def _without_next_of_two(portfolio: str) -> str:
    """The portfolio cut before a ", and" that would join only two parts: a list takes its
    comma before "and" only when it has three parts or more ("of Health, Labour, and Welfare"),
    so "the Bureau for International Policy, and Jo Lee, Deputy Minister" ends at "Policy"
    and the name after "and" is the next person's."""
    head, sep, _ = portfolio.partition(", and ")
    if sep and not _PORTFOLIO_JOIN.search(head):
        return head
    return portfolio


def _before_title_word(portfolio: str) -> str:
    """The words of a portfolio before the first title word ("Disaster Management" of
    "Disaster Management Director Jo Lee"); a title word first is kept ("Director of ..."
    reads on)."""
    words = portfolio.split(" ")
    for i, word in enumerate(words[1:], start=1):
        if word.strip(",") in TITLE_WORDS:
            return " ".join(words[:i]).rstrip(",")
    return portfolio


def _laws(text: str) -> set[str]:
    """ "the Public Order Act": the law's last word and each ending of its name ("Order
    Act"), none a person."""
    found: set[str] = set()
    for match in _LAW.finditer(text):
        words = [*match.group("run").split(), match.group("name")]
        found |= {" ".join(words[i:]) for i in range(len(words))}
    return found


def _ampersand_names(text: str) -> set[str]:
    """ "The Telegraph & Argus", "Brekke & Holm": names joined by "&" are a firm's or a
    paper's, each side and the whole (people are joined by "and"), when the article writes
    them no other way."""
    found: set[str] = set()
    for match in _AMPERSAND.finditer(text):
        sides = {match.group("left"), match.group("right")}
        if all(_written_only_so(text, side, _AMPERSAND, side=True) for side in sides):
            found |= sides | {match.group(0)}
    return found


def _office_portfolios(text: str) -> set[str]:
    """Each part of an office's portfolio listed with "and" ("Public Safety")."""
    found: set[str] = set()
    for match in _OFFICE_PORTFOLIO.finditer(text):
        parts = _PORTFOLIO_JOIN.split(match.group("portfolio"))
        if parts[-1].split()[-1] in TITLE_WORDS:
            continue  # "Commissioner of Police, Jo Lee, and Prime Minister, Ann Roe": two offices
        found |= set(parts)
    return found


def _portfolios_before_office(text: str) -> set[str]:
    """Each part of a portfolio written before its office ("Development Strategies" of
    "Development Strategies and International Trade Minister"), when its first part has a
    word of an office ("Tove Aasen and Finance Minister Jo Lee" are two people)."""
    found: set[str] = set()
    for match in _PORTFOLIO_BEFORE_OFFICE.finditer(text):
        if text.endswith((" of ", " for "), 0, match.start()):
            continue  # "Commissioner of Police, Jo Lee, and Prime Minister": the office before's
        parts = _PORTFOLIO_JOIN.split(match.group("portfolio"))
        if any(w in OFFICE_WORDS for w in parts[0].split()):
            found |= set(parts)
    return found


def _costed(text: str) -> set[str]:
    """A name after a sum ("£3 million Health Action Zone") and each of its endings, when
    the article writes the name after a sum only ("the £100m Jo Li", then "Li said", stays a
    person)."""
    found: set[str] = set()
    for match in _COSTED.finditer(text):
        parts = match.group("name").split()
        if _written_only_so(text, match.group("name"), _COSTED):
            found |= {" ".join(parts[i:]) for i in range(len(parts))}
    return found


def _written_only_so(text: str, name: str, pattern: re.Pattern[str], *, side: bool = False) -> bool:
    """Whether every place the text writes `name`'s last word is inside a match of
    `pattern` (its "name" group, or either side of an "&")."""
    last = name.split()[-1]
    uses = len(re.findall(rf"(?<![\w’']){re.escape(last)}(?![\w’'])", text))
    if side:
        inside = sum(
            1 for m in pattern.finditer(text) if last in (m.group("left"), m.group("right"))
        )
    else:
        inside = sum(1 for m in pattern.finditer(text) if m.group("name").endswith(last))
    return uses == inside


# "the private-owned daily Ad Diyar described ...", "the newspaper Le Monde": a publication
# named right after the noun that says what it is. A name written only so is no person's ("the
# newspaper Jo Lee founded" and then "Lee said" is a person's: written otherwise too).
_PUBLICATION_NAMED = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:daily|weekly|newspaper|tabloid|broadsheet|magazine|journal|news agency|news site"
    rf"|news website|news portal)\s+(?P<name>{_NAME})(?![\w’'])"
)


def _publications(text: str) -> set[str]:
    """Names the text writes only right after "the daily", "the newspaper" and the like."""
    return {
        m.group("name")
        for m in _PUBLICATION_NAMED.finditer(text)
        if _plain(m.group("name")) and _written_only_so(text, m.group("name"), _PUBLICATION_NAMED)
    }


# "a scientific journal called Marine Zoology", "a ship named Northern Star": a thing the
# article names by a noun no person is ("a fisherman named Jo Lee" is a person).
_THING_CALLED = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he) (?:[a-z][\w-]* ){0,2}(?P<noun>[a-z][\w-]*),? "
    rf"(?:called|named|titled|entitled|dubbed) (?P<name>{_NAME})(?![\w’'])"
)
_PERSON_NOUNS = words("man woman boy girl person child baby teenager lady gentleman")


def _things_called(text: str) -> set[str]:
    """Names a thing is "called", when the article writes them no other way."""
    found: set[str] = set()
    for match in _THING_CALLED.finditer(text):
        noun, name = match.group("noun"), match.group("name")
        if is_role_noun(noun) or hyphenated_role(noun) or noun in _PERSON_NOUNS:
            continue
        if _plain(name) and _written_only_so(text, name, _THING_CALLED):
            found.add(name)
    return found


def _named_after(text: str) -> set[str]:
    """ "the Chief Albert Luthuli settlement": the titled name and the name, not a person's,
    when the article writes the name no other way (a verb after it, "the Chief Albert
    Luthuli said", keeps the person)."""
    found: set[str] = set()
    for match in _NAMED_AFTER.finditer(text):
        title, noun, name = match.group("title"), match.group("noun"), match.group("name")
        if title not in TITLE_WORDS and title not in HONORIFICS:
            continue
        if noun in _NOT_NOUNS or noun in SPEECH_VERBS or noun.endswith(("ed", "s")):
            continue
        if _written_only_so(text, name, _NAMED_AFTER):
            found |= {f"{title} {name}", name}
    return found


def organisation_names(texts: Iterable[str]) -> set[str]:
    """The capitalised names these texts write as organisations, not people."""
    texts = list(texts)
    found: set[str] = set()
    for text in texts:
        found |= _after_article(text)
        found |= _with_plural_verb(text)
        found |= {m.group("name") for m in _WHICH_AFTER.finditer(text) if _plain(m.group("name"))}
        found |= _acronyms(text)
        found |= {m.group("name") for m in _COMPASS_PLACE.finditer(text)}
        found |= _laws(text)
        found |= {m.group("name") for m in _PLACE_BEFORE_OFFICE.finditer(text)}
        found |= _org_tails(text)
        found |= {
            m.group("name") for m in _COMPANY_BELONGING.finditer(text) if _plain(m.group("name"))
        }
        found |= _portfolios(text)
        found |= _publications(text)
        found |= _office_portfolios(text)
        found |= _portfolios_before_office(text)
        found |= {m.group("name") for m in _PARLIAMENTARY_FRIEND.finditer(text)}
        found |= {m.group("name") for m in _PLACE_NAMED.finditer(text) if _plain(m.group("name"))}
    whole = "\n".join(texts)
    found |= {m.group() for m in _CAPITALS_RUN_IN.finditer(whole)}
    found |= _listed_before_plural(whole) | _data_agents(whole)
    found |= _things_called(whole) | _body_halves(whole)
    return found | _costed(whole) | _named_after(whole) | _ampersand_names(whole)


# "WaterCAN", "PetroSA": a word whose capitals start again after its small letters is a brand
# or a body's name, never a person's ("McDONALD" and "MacLEOD" are a headline's surname).
_CAPITALS_RUN_IN = re.compile(r"(?<![\w’'-])(?!Mc|Mac)[A-Z][a-z]+[A-Z]{2,}[a-z]*(?![\w’'-])")

# "Mullaloo, Sorrento and Hillarys beaches", "Brandby and Ostvik schools": names listed
# before a plural noun of places or bodies qualify that noun; they name no one.
_PLACE_PLURALS = words(
    """beaches roads streets avenues suburbs towns villages cities districts counties
    provinces states regions parks rivers lakes islands bays harbours harbors ports airports
    stations schools colleges universities hospitals clinics councils constituencies wards
    parishes estates neighbourhoods neighborhoods areas markets malls bridges dams mines
    farms prisons stadiums hotels churches mosques temples communes municipalities
    townships barangays"""
)
_LIST_BEFORE_PLURAL = re.compile(
    r"(?<![\w’'])(?P<list>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)*"
    r",? (?:and|&) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)"
    r" (?P<noun>[a-z]+)\b"
)
# "surveyed by FactSet", "data from Normark": the source of data or of a poll.
_DATA_AGENT = re.compile(
    r"(?<![\w’'])(?:(?:surveyed|polled|compiled|tracked|collated|aggregated) by "
    r"|(?:data|figures|estimates|statistics) (?:from|by) )"
    rf"(?P<name>{_NAME})(?![\w’'])"
)


def _listed_before_plural(text: str) -> set[str]:
    """Names of a word or two listed before a plural noun of places ("X, Y and Z beaches",
    "Chey Otdam, Ka Laeng and Seda communes")."""
    found: set[str] = set()
    for match in _LIST_BEFORE_PLURAL.finditer(text):
        if match.group("noun") in _PLACE_PLURALS:
            items = re.split(r",? (?:and|&) |, ", match.group("list"))
            found |= {*items, *(item.split()[-1] for item in items)}  # "King George": "George"
    return found


def _data_agents(text: str) -> set[str]:
    """Names given only as the source of a survey or data ("Analysts surveyed by FactSet"),
    when the article writes the name no other way."""
    found: set[str] = set()
    for match in _DATA_AGENT.finditer(text):
        name = match.group("name")
        if _plain(name) and _written_only_so(text, name, _DATA_AGENT):
            found.add(name)
    return found


def _org_tails(text: str) -> set[str]:
    """Each ending of a name whose last word is an organisation's noun ("GMP Major Incident
    Team": also "Major Incident Team", "Incident Team")."""
    found = set()
    for match in _ORG_TAIL.finditer(text):
        words = match.group("name").split()
        found |= {" ".join(words[i:]) for i in range(len(words) - 1)}
    return found


def _body_halves(text: str) -> set[str]:
    """The first half of a body's name joined by "and" after "the", and each of its endings
    of two words or more ("Disaster Risk Reduction" of "the National Disaster Risk Reduction
    and Management Council"): a lone last word may be a person's surname."""
    found: set[str] = set()
    for match in _BODY_HALF.finditer(text):
        name = match.group("name")
        if not match.group("the") and not _written_only_so(text, name, _BODY_HALF):
            continue  # "Tove Aasen and Rescue Services staff", then "Tove Aasen said"
        words = name.split()
        found |= {" ".join(words[i:]) for i in range(len(words) - 1)}
    return found


def _plain(name: str) -> bool:
    """A name that carries no title: "the President" is an office, not an organisation."""
    first = name.split()[0]
    return first not in TITLE_WORDS and first not in HONORIFICS


def _after_article(text: str) -> set[str]:
    """ "the Monusco", "a Monusco spokesman", "the Twitter CFO said": an organisation."""
    found = set()
    for match in _ARTICLE_BEFORE.finditer(text):
        name = match.group("name")
        if not _plain(name):
            continue
        following = (match.group("next") or "").strip()
        if name.split()[-1].casefold() in ROLE_NOUNS:
            continue  # "the Mayor": an office
        known = _BELONGINGS | ROLE_NOUNS | SPEECH_VERBS
        if following and following not in known:
            continue  # "the Obama administration": a name before a noun may be a person's
        if not following and (len(name.split()) > 3 or any(w in TITLE_WORDS for w in name.split())):
            continue  # "according to the Liberal MP Bob Rae"
        found.add(name)
    return found


def _with_plural_verb(text: str) -> set[str]:
    """ "Monusco have asked": one name with a plural verb is not one person; the last name
    of a list is ("Jo Li, Al Ray and candidate Ann Gair were present": the list's verb)."""
    found = set()
    for match in _PLURAL_AFTER.finditer(text):
        name = match.group("name")
        before = text[max(0, match.start() - 5) : match.start()]
        clause = re.split(r"[.;:!?]", text[max(0, match.start() - _LIST_REACH) : match.start()])
        listed = " and " in clause[-1] or "&" in clause[-1]
        if _TITLE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "He and Coun. Ann Gair were": a titled name, a person in a list
        if _plain(name) and not before.rstrip().endswith(("and", "&", ",")) and not listed:
            found.add(name)
    return found


# "Coun. ", "Mayor ", "Dr ": a title or courtesy right before a name makes it a person's.
_TITLE_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(sorted(TITLE_WORDS | HONORIFICS, key=len, reverse=True))})\.?\s+$"
)
_LIST_REACH = 60  # how far back a list joined by "and" is looked for


def _acronyms(text: str) -> set[str]:
    """ "the United Nations mission in DR Congo (Monusco)": an organisation's short name;
    also after a capitalised name its first letter begins ("the Caribbean Community
    (Caricom)")."""
    found = set()
    for match in _ACRONYM.finditer(text):
        lead = text[max(0, match.start() - _BEFORE_ACRONYM) : match.start()]
        lead_words = re.findall(r"[\w\-]+", lead)
        named = any(w.casefold() in ORG_NOUNS or w in ORG_KEYWORDS for w in lead_words)
        if named or _shortened_before(lead, match.group("name")):
            found.add(match.group("name"))
    return found


# "the Caribbean Community (": a name of two or more capitalised words before a bracket.
_RUN_BEFORE_BRACKET = re.compile(r"(?P<run>[A-Z][\w’'-]*(?: (?:of |and |& )?[A-Z][\w’'-]*)+) $")


def _shortened_before(lead: str, short: str) -> bool:
    """Whether the name right before a bracket opens with the short form's first letter
    ("Caribbean Community (Caricom)"; "Tove Aasen (SAN)" is a person's rank)."""
    run = _RUN_BEFORE_BRACKET.search(lead)
    return run is not None and run.group("run")[0] == short[0]
