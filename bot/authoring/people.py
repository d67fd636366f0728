"""Find the people an article names, with their roles, and where it mentions them again.

A capitalised run of words is a person when something in the sentence says so: an office
before it ("Defense Secretary Lloyd Austin"), a role after it ("Victor D. Cha, a professor
at ..."), a role before it ("Its treasurer, Nadia Rahman"), an honorific ("Dr.", "Mr.") or a
speech verb next to it ("said Jane Doe", "Doe warned"). Later mentions by surname ("Austin")
are tied back to the full name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.authoring.adverb_openers import adverb_opener
from bot.authoring.adverb_speech import adverb_then_speech
from bot.authoring.apposition_body_said import body_ends_apposition
from bot.authoring.article import Block
from bot.authoring.bare_who_clause import BARE_WHO_THEN_VERB
from bot.authoring.body_post_name import body_before_holder, post_then_full_name
from bot.authoring.bracket_headings import bracketed_heading
from bot.authoring.bracketed_office import office_with_short_form
from bot.authoring.canonical_names import misspelt_surname
from bot.authoring.caps_role_heading import caps_role_heading
from bot.authoring.closing_apposition import closing_apposition
from bot.authoring.dash_aside import past_dash_aside
from bot.authoring.demonym_given_names import DEMONYM_GIVEN_NAMES, drop_undescribed
from bot.authoring.given_names_before import given_names_before
from bot.authoring.gulf_styles import GULF_STYLES, style_of_rank, without_style
from bot.authoring.held_back import no_office
from bot.authoring.joined_portfolio import joined_portfolio
from bot.authoring.joined_post import joined_post
from bot.authoring.layout import speaker_heading
from bot.authoring.lead_apposition import described_role_before
from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    CREDIT_LABELS,
    DEMONYMS,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    OBJECT_VERBS,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    ORG_NAMES,
    PLACE_KEYWORDS,
    POSTNOMINALS,
    RANK_ABBREVIATIONS,
    REGIONS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    TITLE_WORDS,
    WEEKDAYS,
    words,
)
from bot.authoring.lineage_names import lineage_links, lineage_tail_known
from bot.authoring.long_apposition import past_long_apposition
from bot.authoring.long_portfolio import long_portfolio_before
from bot.authoring.member_brackets import member_bracket_after
from bot.authoring.mood_said import said_in_a_mood
from bot.authoring.name_leads import article_places, object_length
from bot.authoring.name_role_line import name_role_line
from bot.authoring.namesakes import (
    honoured_words,
    is_collective,
    merge_variant_spellings,
    name_honorific,
)
from bot.authoring.office_not_name import office_not_a_name
from bot.authoring.orgs import organisation_names
from bot.authoring.owned_names import drop_owned_things
from bot.authoring.person_notes import (
    listed_role_before,
    one_of_a_group,
    person_cue,
    role_in_who_clause,
    role_is_after,
    role_of_work,
    role_with_body_after,
    role_won_after,
    roles_by_copula,
    roles_named_after,
)
from bot.authoring.place_surnames import place_surnames
from bot.authoring.places_as_names import place_like_name
from bot.authoring.plural_phrases import written_as_plural
from bot.authoring.plural_posts import plural_post_in_name
from bot.authoring.portfolio_names import name_words_after_portfolio
from bot.authoring.quoted_leads import quoted_lead_length
from bot.authoring.respectively import roles_respectively
from bot.authoring.role_colon import role_colon_speaker
from bot.authoring.role_place_lead import role_place_length, role_with_place
from bot.authoring.role_word_forms import canonical_role_word, office_words
from bot.authoring.roles import (
    AGE,
    DETERMINERS,
    FUNCTION_WORDS,
    PLACE_INITIALS,
    VERB_AFTER,
    VERB_BEFORE,
    apposition_after,
    degree_letters,
    is_role_noun,
    role_before,
    role_of_before,
    role_with_comma_before,
    speech_verb_pattern,
    verb_after_asides,
)
from bot.authoring.said_with_body import body_closing_said
from bot.authoring.said_word_role import said_word_role
from bot.authoring.side_colon import bare_colon_speaker, side_colon_speaker
from bot.authoring.speaker_lines import sheet_names
from bot.authoring.speech_frame import inside_quoted
from bot.authoring.spelt_acronyms import spelt_by_acronym
from bot.authoring.spoken_description import spoken_descriptions
from bot.authoring.text import sentence_spans, truncate
from bot.authoring.venue_names import venue_or_station
from bot.authoring.who_lives import resident_who_lives

__all__ = [
    "MEDIUM",
    "UNKNOWN_ROLE",
    "Mention",
    "People",
    "Person",
    "find_people",
    "full_name_starts",
    "name_forms",
    "office_goes_on",
    "past_bracket",
]

UNKNOWN_ROLE = "role unknown: check the article"
MAX_PEOPLE = 100
MAX_NAME_WORDS = 6  # particles included; each further father's name adds its link

# A glottal stop typed as a single opening mark inside a word (`Tu‘itupou`, `Hawai‘i`) is a
# letter of the name; before a possessive's ending (`Ruto‘s`) it is not.
_WORD = re.compile(
    r"[^\W\d_](?:[\w’'\-]|‘(?=[^\W\d_A-Z])(?!(?:s|t|re|ve|ll|d|m)(?![A-Za-z])))*+"
    r"|\d[\w’'\-]*+"
)
_POSSESSIVE = ("’s", "'s", "’", "'")
_ACCORDING = re.compile(r"according\s+to\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w’'])(?:in|on|near|at|from|to|into|outside|across|of|via|towards?)\s+$", re.IGNORECASE
)
_SPEECH_VERB = speech_verb_pattern()
# A speech verb in an apposition, not the end of a compound ("a self-described parent").
_SPEECH_IN_PHRASE = re.compile(rf"(?<!-){_SPEECH_VERB.pattern}")
# "Ada Obi has said", "Ada Obi had told": a speech verb after an auxiliary of tense (not
# "An Garda Síochána has said", "The Harbour Trust had said": a body).
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+$")
_PERFECT_SPEECH = re.compile(rf"\s*(?:has|had|have)\s+(?:[a-z]+ly\s+)?(?:{_SPEECH_VERB.pattern})")
_PLACES = COUNTRIES | CITIES | REGIONS
_COUNTRIES_AND_REGIONS = COUNTRIES | REGIONS
_PLACE_WORDS = frozenset(w for place in _PLACES for w in place.split())


_EVENT_TIME = re.compile(
    r"\b(?:last|this|next) (?:week|month|year|night)\b|\byesterday\b|\bago\b|\bearlier\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:live[sd]?|living)\b",  # "who have lived there for 19 years": where, not what
    re.IGNORECASE,
)


# "al-Faisal", "el-Sisi", "ul-Haq": a surname joined to its lowercase article by a hyphen.
_PARTICLE_SURNAME = re.compile(r"(?:al|el|ul|ud|ad|ar|as|at|az|an|ash|bin|ibn|abu)-[A-Z]")
_NAME_SUFFIX = re.compile(r",?\s(?:Jr|Sr)\.?(?!\w)|\s(?:II|III|IV)(?!\w)")
_SUFFIX_WORDS = ("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV")
# Bernard C. “Jack” Young, Aquilino "Koko" Pimentel: a nickname inside a full name.
_NICKNAME = re.compile(r"\.?\s[“\"][A-Z][\w’'-]*[”\"]\s(?=[A-Z])")


@dataclass(slots=True)
class Person:
    """A person the article names, with what it says about their role."""

    key: str
    name: str
    first_block: int
    first_pos: int
    title: str | None = None
    before: str | None = None
    apposition: str | None = None
    clause: str | None = None
    aliases: list[str] = field(default_factory=list)
    cued: bool = False

    @property
    def role(self) -> str:
        """The role as one phrase, or the placeholder telling the editor to look."""
        parts = [p for p in (self.title, self.before, self.apposition) if p]
        if not parts and self.clause and not _EVENT_TIME.search(self.clause):
            parts = [self.clause]  # "who heads the lab"; not "who visited it last week"
        seen: list[str] = []
        for part in parts:
            if any(part.casefold() in s.casefold() for s in seen):
                continue
            if seen and part.startswith("of "):
                seen[-1] = f"{seen[-1]} {part}"  # "Governor" + "of Morelos": one role
            else:
                seen.append(part)
        return truncate(", ".join(seen), 240) if seen else UNKNOWN_ROLE

    @property
    def surname(self) -> str:
        """The last word of the name, before any suffix ("Nations" of "Bob Nations, Jr.")."""
        words = self.name.split()
        while len(words) > 1 and words[-1] in _SUFFIX_WORDS:
            words.pop()
        return words[-1].rstrip(",")


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a block names a person (or says he/she/they)."""

    start: int
    end: int
    key: str | None  # the person's key; None for a pronoun
    pronoun: str | None = None  # "he", "she", "they"... lowercased
    subject: bool = False  # the subject of its clause, or the speaker of "said X"


@dataclass(slots=True)
class _Run:
    start: int
    end: int
    words: list[tuple[int, int, str]]
    possessive: bool


# Words whose full stop ends an abbreviation, not a sentence: "Dr. Ada Obi", "Insp. Jo Lee".
_ABBREVIATED_TITLES = HONORIFICS | RANK_ABBREVIATIONS


def _runs(text: str) -> Iterable[_Run]:
    """Maximal runs of capitalised words (with initials and particles) in a text."""
    current: list[tuple[int, int, str]] = []
    possessive = False

    def emit() -> _Run | None:
        if not current:
            return None
        words = list(current)
        while words and words[-1][2].casefold() in NAME_PARTICLES:
            last = words[-1][2]
            if last[:1].isupper() and last[1:].islower() and len(words) >= 3:
                break  # "Pham Van Du", "Pradeep Kumar Das": a surname (not "... Saving WA")
            words.pop()
        if not words:
            return None
        return _Run(words[0][0], words[-1][1], words, possessive)

    prev_end = -1
    prev_word = ""
    nickname = False  # the word before was a nickname in quotation marks
    for match in _WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        is_possessive = False
        for suffix in _POSSESSIVE:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                word, end, is_possessive = word[: -len(suffix)], end - len(suffix), True
                break
        capital = word[0].isupper() or _PARTICLE_SURNAME.match(word) is not None
        particle = word.casefold() in NAME_PARTICLES and current != []
        gap = text[prev_end:start] if prev_end >= 0 else ""
        joined = current and (
            gap == " "
            or (_NICKNAME.match(text, prev_end) is not None and gap.endswith(("“", '"')))
            or (nickname and gap in ("” ", '" '))
            or (gap == ". " and (len(prev_word) == 1 or prev_word in _ABBREVIATED_TITLES))
            or (gap == "." and len(prev_word) == 1 and len(word) == 1)  # "K.J. Watts"
        )
        if (capital or particle) and not word.isdigit():
            if current and not joined:
                run = emit()
                if run:
                    yield run
                current = []
                possessive = False
            current.append((start, end, word))
            if is_possessive:
                possessive = True
                run = emit()
                if run:
                    yield run
                current, possessive = [], False
        else:
            run = emit()
            if run:
                yield run
            current, possessive = [], False
        nickname = bool(joined) and gap.endswith(("“", '"'))
        prev_end, prev_word = match.end(), word
    run = emit()
    if run:
        yield run


def _key(name: str) -> str:
    words = name.replace(".", " ").split()
    return " ".join(_spelt_initials(w, i, len(words)).casefold() for i, w in enumerate(words))


def _spelt_initials(word: str, index: int, count: int) -> str:
    """ "RT" inside "Andrew RT Davies": initials written without stops, as "R. T." reads."""
    return " ".join(word) if _initials(word, index, count) else word


def _initials(word: str, index: int, count: int) -> bool:
    """The middle word of a three-word name, two or three capitals: initials ("George HW
    Bush"), not an office ("Rab DG Benazir Ahmed")."""
    return count == 3 and index == 1 and 2 <= len(word) <= 3 and word.isalpha() and word.isupper()


# Two capitals that open a body's or a place's name or shorten an office ("CS" Cabinet
# Secretary, "IG" Inspector General), not a person's initials.
_NOT_INITIALS = words(
    "US UK EU UN AU NZ SA DR TV PM MP MS DJ MC CM PR HR IT AI GP ID OK"
    " CS PS IG DG AG DC SP MD VC GM CJ"
)


def _leading_initials(words: Sequence[str], index: int) -> bool:
    """The first word of a name of two or three, two capitals: a person's initials written
    without stops ("KP Sharma Oli", "KK Choudhury"), not a body's letters ("UN", "EU")."""
    word = words[index]
    return (
        index == 0
        and 2 <= len(words) <= 3
        and len(word) == 2
        and word.isalpha()
        and word.isupper()
        and word not in _NOT_INITIALS
        and all(w[:1].isupper() and not w.isupper() for w in words[1:])
    )


@dataclass(slots=True)
class _Candidate:
    name_words: list[str]
    start: int
    end: int
    title: str | None
    before: str | None
    apposition: str | None
    clause: str | None
    cued: bool
    block: int


# "Minster Ming concluded": a long title with one letter dropped, a typing slip.
_SLIPPED_TITLES = (
    frozenset(
        t[:i] + t[i + 1 :]
        for t in TITLE_WORDS
        if len(t) >= 8 and t.isalpha()
        for i in range(1, len(t))
    )
    - TITLE_WORDS
)


# The first word of a Malaysian style of two words, "Sri" or "Seri" its second ("Tan Sri").
_STYLE_HEADS = frozenset({"Tan", "Puan", "Datuk", "Dato", "Dato'", "Dato’", "Datin"})


def _split_title(words: list[tuple[int, int, str]]) -> tuple[int, int]:
    """Index where the name starts (after any title words) and where it ends."""
    cut = 0
    for i, (_, _, w) in enumerate(words[:-1] if len(words) > 1 else words):
        if i < cut:
            continue
        if w in _STYLE_HEADS and i + 2 < len(words) and words[i + 1][2] in ("Sri", "Seri"):
            cut = i + 2  # "Tan Sri Khalid Abu Bakar": a Malaysian style of two words
        elif w in TITLE_WORDS or w in HONORIFICS or hyphenated_title(w) or w in _SLIPPED_TITLES:
            cut = i + 1
        elif len(words) - i > 2 and _plural_title(w):
            cut = i + 1  # "Councillors Peter Wethey, Ann Roe and ...": each a councillor
        elif len(words) - i > 2 and (
            w.casefold() in ROLE_NOUNS or w.casefold().endswith(("ist", "ologist"))
        ):
            cut = i + 1  # "Hydrologist Beatriz Cano", "Pilot Jane Doe"
    rest = len(words) - cut
    while rest > 2 and words[cut][2] in OFFICE_WORDS:
        cut += 1
        rest -= 1
    return cut, len(words)


_LOWERCASE_ROLE_BEFORE = re.compile(r"(?<![\w’'-])([a-z][\w-]*) $")


def _name_after_lowercase_role(text: str, words: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a run of capitalised words follows a lowercase role noun and opens with a
    plain name word ("minister Tiong King Sing"): a title word inside it ("King") is part of
    the name, since the role before has already said the office. Callers ask only when the
    title word leaves one word after it: a full name after it ("premier Alberta Premier Jo
    Lee", a page's doubled lead) is the name, and the title its office."""
    first = words[0][2]
    if first in TITLE_WORDS or first in HONORIFICS or first in OFFICE_WORDS:
        return False
    match = _LOWERCASE_ROLE_BEFORE.search(text, max(0, words[0][0] - 30), words[0][0])
    return match is not None and match.group(1) in ROLE_NOUNS


# "Warri-born", "Lagos-based", "Councillor-elect": a hyphenated description before a name.
_DESCRIPTION_TAILS = words("born based bred raised elect designate backed led turned")


def hyphenated_title(word: str) -> bool:
    """ "Sub-Inspector", "Lieutenant-Colonel", "Ex-minister", "Councillor-elect",
    "Warri-born": a hyphenated word ending in a title, a role or a description; or a title or
    role joined by a lowercase link ("Representative-at-Large", "Attorney-at-Law",
    "Commander-in-Chief")."""
    head, _, tail = word.rpartition("-")
    if bool(head) and (tail in TITLE_WORDS or tail in ROLE_NOUNS or tail in _DESCRIPTION_TAILS):
        return True
    first, *inner = word.split("-")
    titled = first in TITLE_WORDS or first.casefold() in ROLE_NOUNS
    if titled and len(inner) == 1 and inner[0].casefold() in ROLE_NOUNS:
        return True  # "Judge-Executive", "Secretary-Treasurer": two offices held as one
    return titled and any(part in _TITLE_LINKS for part in inner)


# The lowercase links inside a hyphenated office: "Member-at-Large", "Editor-in-Chief".
_TITLE_LINKS = frozenset({"at", "in", "of"})


def _rank_acronyms(text: str, words: list[tuple[int, int, str]]) -> int:
    """How many words of a run are a rank or office in capitals before a full name written
    in lowercase ("ACP Olumuyiwa Adejobi", "SP Kanamugire Theobald"); 0 when none, when the
    words after it name an office, or after "the" or a preposition ("at the LERSA Trade
    Fair": a body's or an event's name)."""
    if _AFTER_ARTICLE.search(text, max(0, words[0][0] - 9), words[0][0]):
        return 0
    cut = 0
    while cut < len(words) - 2 and _ACRONYM.match(words[cut][2]):
        cut += 1
    rest = [w for _, _, w in words[cut:]]
    plain = all(not w.isupper() and w.casefold() not in ROLE_NOUNS for w in rest)
    return cut if plain else 0  # not "UPND Milambo Member": a party, a place, an office


_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_AFTER_ARTICLE = re.compile(
    r"\b(?:the|a|an|of|for|at|in|on|from|to|by|with|through|via|under|about|into|like)\s$",
    re.IGNORECASE,
)
# Todd March, Jo Park: words that are names only as the last word of a full name.
# Offices that end a capitalised run but are nobody's surname ("Chief Financial Officer").
_OFFICE_ENDINGS = words(
    """
    Officer Director Minister Secretary Spokesman Spokeswoman Spokesperson Chairman
    Chairwoman Chairperson Commissioner Superintendent Ambassador Representative Councillor
    Councilor Correspondent Reporter Editor Manager Treasurer Auditor President Governor
    Senator Premier Mayor CEO CFO COO Director-General Secretary-General
    """
)
# The last word of a company's registered name, never of a person's.
_COMPANY_ENDINGS = words("Limited Ltd Inc Corp Corporation PLC Plc LLC GmbH Tbk Bhd")
# "PT Ades Alfindo", "PT Barito Renewables Energy Tbk.": Indonesia's letters before a firm.
_COMPANY_PREFIXES = frozenset({"PT"})
# "The 22-year-old MV Loch Bhrusda will be deployed": a vessel's prefix before its name.
_VESSEL_PREFIXES = frozenset({"MV", "HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS"})
_SURNAME_MONTHS = frozenset({"March", "May", "June", "April", "August", "Park", "Hill", "Wood"})
# A number right after a word: "Zone 2", "Ward 5" name an area, not a person.
_NUMBER_AFTER = re.compile(r" \d")
# First names spelt like a month or a verb ("Will Hollis", "Jan Hamming"): a name only before a
# surname, never alone and never before a day's number.
_FIRST_NAME_WORDS = (
    frozenset({"Will", "May", "June", "April", "August", "Mark", "Jan"}) | DEMONYM_GIVEN_NAMES
)


def _name_word_ok(word: str, index: int, count: int) -> bool:
    """A word that is a name only inside a full name: a month as surname, "Will" first."""
    if count < 2:
        return False
    if index == count - 1:
        return word in _SURNAME_MONTHS
    return index == 0 and word in _FIRST_NAME_WORDS


_MEN_PLURAL = re.compile(r"[a-z]{2,}(?:s|e|er|n)men")


_HYPHENATED_COMPASS = re.compile(r"(?:North|South)-(?:East|West|east|west)", re.IGNORECASE)


def compass_part(word: str) -> bool:
    """ "South-East", "North-west": a word that makes the name after it a part of a place."""
    return _HYPHENATED_COMPASS.fullmatch(word) is not None


def _valid_name(words: Sequence[str], surnames: frozenset[str] = frozenset()) -> bool:
    proper = [w for w in words if w.casefold() not in NAME_PARTICLES]
    if not 1 <= len(proper) <= 4 or len(words) > MAX_NAME_WORDS + lineage_links(words):
        return False  # particles are not counted: "Mohammad bin Saif Al Hosni"
    if not proper or len(proper[-1]) == 1 or proper[-1] in _OFFICE_ENDINGS:
        return False
    if len(proper) > 1 and proper[-1].rstrip(".") in _COMPANY_ENDINGS:
        return False  # "Newcrest Mining Limited": a company's name
    if len(words) == 1:
        if words[0] in _PLACE_WORDS and words[0] not in surnames:
            return False  # "Ireland said": the place, unless it is a named person's surname
        low = words[0].casefold()
        if low in ROLE_NOUNS or low[:-1] in ROLE_NOUNS or low[:-2] in ROLE_NOUNS:
            return False  # "Economists", "Officials": a group, not a person
        if _MEN_PLURAL.fullmatch(low):
            return False  # "speaking with Newsmen", "Gunmen": men of a trade, not a person
        if words[0] in POSTNOMINALS:
            return False  # "Sir Ada Obi, GCMG, KStJ,": an honour's letters, not a name
    if compass_part(words[0]):
        return False  # "South-East Queensland": a part of a place
    for i, w in enumerate(proper):
        if _name_word_ok(w, i, len(proper)):
            continue
        if len(w) == 1 and w.isupper() and 0 < i < len(proper) - 1:
            continue  # "Hubert A. Minnis": a middle initial, not the word "A"
        capital = w[0].isupper() or _PARTICLE_SURNAME.match(w) is not None
        capitals = len(w) > 1 and w.isupper() and not _initials(w, i, len(proper))
        capitals = capitals and not _leading_initials(proper, i)
        if w in NOT_NAMES or capitals or not capital:
            return False
    full = " ".join(words)
    if full in surnames:
        return True  # "Scotland" after "Ronnie Scotland": the surname alone
    return (
        full not in COUNTRIES
        and full not in CITIES
        and full not in REGIONS
        and (full not in ORG_NAMES)
    )


_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|for|at|the|in|on|from|to|toward|towards|into|across|near|through|along|via)\s$"
)


def full_name_starts(text: str) -> list[int]:
    """Where `text` writes a full name (two words or more) of anyone, known or not."""
    starts: list[int] = []
    sentence_starts = {s for s, _ in sentence_spans(text)}
    for run in _runs(text):
        words = run.words
        while words and words[0][2] in SENTENCE_STARTERS and words[0][2] not in TITLE_WORDS:
            if words[0][0] in sentence_starts or len(words) != 2:
                words = words[1:]
            else:
                break
        if not words or " ".join(w for _, _, w in words) in _PLACES:
            continue
        cut, stop = _split_title(words)
        both_posts = None if cut else joined_post(text, words)
        if both_posts:
            cut = 1  # "County Clerk and Recorder Ada Vole": "Recorder" is the second post
        if cut and stop - cut < 2 and _name_after_lowercase_role(text, words):
            cut = 0  # "culture minister Tiong King Sing": the title ended before the name
        cut = max(cut, _rank_acronyms(text, words))
        name = [w for _, _, w in words[cut:stop]]
        if len(name) < 2:
            continue
        at = words[cut][0]
        org_like = set(name) & ORG_KEYWORDS or _AFTER_PREPOSITION.search(text, max(0, at - 9), at)
        if _valid_name(name) and not org_like and not office_not_a_name(name):
            starts.append(at)  # "Science Supervisor": an office, nobody's name
    return starts


# "appointing Suella Braverman as home secretary": the office the sentence gives the name.
_AS_ROLE = re.compile(r" as (?:(?:the|a|an|its|their|his|her) )?((?:[a-z][\w-]* ){0,3}[a-z][\w-]*)")


def _role_as(text: str, end: int) -> str | None:
    """The role in "NAME as [the] ROLE" when its last word is a role noun ("as home
    secretary", "as the club's new coach"), else None ("as soon as", "as well")."""
    match = _AS_ROLE.match(text, end)
    if match is None:
        return None
    phrase = match.group(1).split()
    for cut in range(len(phrase), 0, -1):
        if phrase[cut - 1].casefold() in ROLE_NOUNS:
            return " ".join(phrase[:cut])
    return None


# "the mayor of West Hants", "the governor of Lagos": an office held over a place or a
# people, so the capitalised words after its "of" are that place, not a person.
_PLACE_OF_AN_OFFICE = re.compile(
    r"(?<![\w’'-])(?:the|a|an) (?:[a-z]+ )?(?:mayor|governor|premier|president|mp|mla)"
    r" of (?:the )?$",
    re.IGNORECASE,
)
# "Ada Vole’s appointment as harbour master", "Jo Lind’s resignation as Mayor": the office a
# possessive name's taking, holding or leaving of it is about.
_OFFICE_POSSESSED = re.compile(
    r"(?:’s|'s|’|') (?:appointment|resignation|election|re-election|nomination|confirmation|"
    r"tenure|term|stint|reign|time|first|last|debut|departure|swearing-in) as "
    r"(?:(?:the|a|an) )?((?:[A-Za-z][\w’'-]* ){0,3}[A-Za-z][\w-]*)"
)


def _office_possessed(text: str, end: int) -> str | None:
    """The office in "NAME’s appointment as England coach" (up to its last role noun): what
    the name is, or was, even though the name itself is a possessive ("Jo Lind’s first
    season as coach" is not read: the noun must be the office's event or time)."""
    match = _OFFICE_POSSESSED.match(text, end)
    if match is None:
        return None
    phrase = match.group(1).split()
    for cut in range(len(phrase), 0, -1):
        if is_role_noun(phrase[cut - 1]):
            return " ".join(phrase[:cut])
    return None


# "NAME was sworn in as General Secretary", "NAME, elected as LERSA President": an office
# in capitals that the sentence gives the name.
_TAKEN_AS = re.compile(
    r",? (?:(?:was|were|is|has been|had been|have been) )?(?:sworn in|inaugurated|elected|"
    r"re-elected|appointed|installed|named|confirmed) as (?:(?:the|its|their|a|an) )?"
    r"((?:[A-Z][\w&-]* ){0,3}[A-Z][\w-]*)"
)


def _office_taken_as(text: str, end: int) -> str | None:
    """The office in "NAME was sworn in as General Secretary" (its last word an office)."""
    match = _TAKEN_AS.match(text, end)
    if match is None:
        return None
    office = match.group(1)
    last = office.split()[-1]
    return office if last.casefold() in ROLE_NOUNS or last in TITLE_WORDS else None


# "...; Mr. Jo Li, Treasurer; and Mrs. Al Ray, Financial Secretary.": the last of a list,
# whose role runs to the end of the sentence.
_LAST_OF_A_LIST = re.compile(r";\s+and\s+$")
# "Crs Jo Li and Al Ray": a plural title, each person's title in the singular.
_SINGULAR_TITLES = {"Crs": "Cr", "Cllrs": "Cllr"}


def _plural_title(word: str) -> bool:
    """ "Councillors", "Senators": an office's plural, before a list of its holders."""
    single = word[:-1]
    return word.endswith("s") and single in TITLE_WORDS and single.casefold() in _OFFICE_NOUNS


# Offices held by many at once, whose plural opens a list of names (not "Kings", "Rangers").
_OFFICE_NOUNS = words(
    "councillor councilor senator minister commissioner governor mayor judge justice"
    " representative officer inspector sergeant constable detective director trustee premier"
    " prosecutor"
)


def _title_of(text: str, words: Sequence[tuple[int, int, str]]) -> str | None:
    """The title words before a name, without honorifics when an office is among them
    ("Minister of Agriculture Hon" -> "Minister of Agriculture"), plural titles singular,
    an abbreviated rank with its full stop ("Chief Insp.")."""
    title = [
        f"{w}." if w in RANK_ABBREVIATIONS and text.startswith(".", end) else w
        for _, end, w in words
    ]
    title = [_SINGULAR_TITLES.get(w, w[:-1] if _plural_title(w) else w) for w in title]
    offices = [w for w in title if w not in HONORIFICS]
    return " ".join(offices or title) or None


# "Deputy Superintendent of Police Oniel Thompson", "Secretary of State for Defence Jo Lee":
# an office of a body, right before a name.
_OFFICE_OF = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w-]+ ){0,3}(?P<title>[A-Z][\w-]+) (?P<link>of|for|to) (?:the )?"
    r"(?:[A-Z][\w&’'-]+ ){1,4}(?:(?:of|for) (?:the )?(?:[A-Z][\w&’'-]+ ){1,4})?)$"
)


def _office_title(word: str) -> bool:
    """A title word, or an office joined to "General" by a hyphen ("Inspector-General")."""
    head = word.removesuffix("-General")
    return word in TITLE_WORDS or (head != word and head in TITLE_WORDS | _GENERAL_HEADS)


# Offices that head a "-General" title without being titles alone ("Solicitor-General").
_GENERAL_HEADS = frozenset({"Solicitor", "Accountant", "Postmaster", "Adjutant"})


def _office_of_before(text: str, start: int, floor: int) -> str | None:
    """The office in "Deputy Superintendent of Police NAME" (its head word a title)."""
    match = _OFFICE_OF.search(text, max(floor, start - 100), start)
    if match is None or not _office_title(match.group("title")):
        return None
    if match.group("link") == "to" and match.group("title") not in _ENVOYS:
        return None  # "from the Mayor to ...": only an envoy is sent "to" a place
    return match.group(1).strip().removeprefix("The ")  # a sentence's article, not the office's


# "Prime Minister the Most Hon. Dr. Jo Lee": an office, then a style of address ("the Hon.",
# "the Right Honourable") before the courtesies and the name.
_OFFICE_THEN_STYLE = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w-]+ ){0,3}(?P<title>[A-Z][\w-]+)) the (?:(?:Most|Right|Rt\.?|Very) )?$"
)
_STYLE_WORDS = frozenset({"Most", "Right", "Rt", "Very"})


def _office_before_style(text: str, start: int, floor: int, styled: Sequence[str]) -> str | None:
    """The office written before "the" and a style of address (`styled`: the words between
    "the" and the name, all styles or courtesies, one of them "Hon")."""
    if not any(w.startswith("Hon") for w in styled):
        return None
    if not all(w in HONORIFICS or w in _STYLE_WORDS or w.startswith("Hon") for w in styled):
        return None
    match = _OFFICE_THEN_STYLE.search(text, max(floor, start - 60), start)
    if match is None or match.group("title") not in TITLE_WORDS:
        return None
    return match.group(1)


# "Speaking on RTÉ’s Morning Ireland": what follows "on" and a newsroom's possessive.
_ON_OUTLET = re.compile(r"(?<![\w’'])on (?:[A-Z][\w&.-]* ){0,2}[A-Z][\w&.-]*(?:’s|'s) $")


_PROGRAMME_WORDS = frozenset(
    {"Morning", "Breakfast", "Tonight", "Today", "Show", "Programme", "Program", "Hour", "Live"}
)


def _programme(text: str, name: list[str], start: int) -> bool:
    """A broadcast, not a person: the span right after "on OUTLET’s", or a span with a
    programme word ("Morning", "Show") right after a newsroom's possessive."""
    if _ON_OUTLET.search(text, max(0, start - 40), start):
        return True
    return bool(set(name) & _PROGRAMME_WORDS) and _outlet_before(text, start) is not None


# "Presidential Advisor on Governance", "Justice of the Peace": an office goes on past a
# small word, so the capitalised run after it begins with the office's last word.
_OFFICE_GOES_ON = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+) (?:of|for|on) (?:the )?$")
# "Minister of Foreign Affairs of Estonia": an office and its portfolio go on past a second
# "of" into the country or body it is held in.
_PORTFOLIO_GOES_ON = re.compile(
    r"(?<![\w’'])([A-Z][\w’'-]+) (?:of|for) (?:the )?(?:[A-Z][\w’'-]+ (?:and |& )?){1,3}"
    r"(?:of|for|in) (?:the )?$"
)
# "Russian Ambassador to Bulgaria Ada Vole": an envoy's office goes on past "to" into the
# place it is sent to (a capitalised office only: "from the mayor to Ada Mary Vole" is no
# office going on).
_ENVOYS = frozenset({"Ambassador", "Envoy", "Consul", "Commissioner", "Emissary", "Nuncio"})
_ENVOY_TO = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+) to $")


def office_goes_on(text: str, at: int) -> bool:
    """Whether text[:at] ends in an office that goes on past "of", "for" or "on" ("Advisor
    on", "Justice of the"), so a capitalised word at `at` is the office's, not a name's."""
    envoy = _ENVOY_TO.search(text, max(0, at - 40), at)
    if envoy is not None and envoy.group(1) in _ENVOYS:
        return True
    matches = (
        _OFFICE_GOES_ON.search(text, max(0, at - 40), at),
        _PORTFOLIO_GOES_ON.search(text, max(0, at - 80), at),
    )
    return any(
        m is not None and (m.group(1) in TITLE_WORDS or m.group(1).casefold() in ROLE_NOUNS)
        for m in matches
    )


# "Minister for Transport and ": a portfolio that goes on past "and" into the next run.
_PORTFOLIO_AND = re.compile(
    r"(?<![\w’'])([A-Z][\w’'-]+) (?:of|for) (?:the )?(?:[A-Z][\w’'-]+,? ){1,3}(?:and|&) $"
)


def portfolio_and(text: str, at: int) -> bool:
    """Whether text[:at] ends in an office's portfolio joined by "and", so the capitalised
    run at `at` goes on naming the portfolio before the name."""
    match = _PORTFOLIO_AND.search(text, max(0, at - 60), at)
    return match is not None and (
        match.group(1) in TITLE_WORDS or match.group(1).casefold() in ROLE_NOUNS
    )


def _title_span_before_name(
    text: str, words: list[tuple[int, int, str]], cut: int, stop: int
) -> int:
    """Where the name starts when a capitalised run is a title ending in a full name and
    the sentence goes on with "said" ("... for the Dublin Metropolitan Region Paul Cleary,
    said"): the last two words, when they alone make a name. Otherwise `cut` unchanged."""
    name = [w for _, _, w in words[cut:stop]]
    if len(name) < 3 or not _valid_name(name[-2:]):
        return cut
    if len(name) == 3 and cut == 0 and office_goes_on(text, words[0][0]):
        return stop - 2  # "Advisor on Governance Gail Teixeira": the office's last word
    if len(name) >= 4 and cut == 0 and office_goes_on(text, words[0][0]):
        for k in (3, 2):  # "High Commissioner to Sri Lanka Riaz Hamidullah": a whole country
            if " ".join(name[:k]) in _PLACES and _valid_name(name[k:]):
                return k
    titled = any(w in TITLE_WORDS or w in HONORIFICS for _, _, w in words[:cut])
    if len(words) >= 4 and not titled and portfolio_and(text, words[0][0]):
        # "Minister for Transport and City Services Chris Steel"; three words when the
        # portfolio ends before them: "... and Rural Development Bui Ba Bong"
        run = [w for _, _, w in words[:stop]]
        return stop - name_words_after_portfolio(run, _PORTFOLIO_ENDS, _valid_name)
    if _portfolio_ends_in_name(text, words[0][0], name):
        return stop - 2  # "Secretary for ... of National Government Kithure Kindiki"
    if _valid_name(name):
        return cut
    if (
        cut == 0
        and not _COMMA_THEN_CAPITAL.match(text, words[stop - 1][1])
        and role_of_before(text, words[stop - 2][0], max(0, words[0][0] - 60))
    ):
        # "the head of the Kyiv Regional Military Administration Oleksiy Kuleba"; not when
        # a comma and a capital follow ("head teacher of Centre Scolaire Elena Guela, Sister
        # Ann Roe"): the whole run is the body, its holder named after the comma
        return stop - 2
    after = text[words[stop - 1][1] : words[stop - 1][1] + 40].lstrip(",")
    return stop - 2 if VERB_AFTER.match(after) else cut


_COMMA_THEN_CAPITAL = re.compile(r",\s*[A-Z]")
_AND_AN_OFFICE = re.compile(r" (?:and|&) ((?:[A-Z][\w’'-]+ ){1,4})")


def _portfolio_joined_to_office(text: str, name: Sequence[tuple[int, int, str]]) -> bool:
    """ "Development Strategies and International Trade Minister Malik Samarawickrama": a
    run with no title, opening with an office's word and joined by "and" to a title, is the
    first half of that title's portfolio, not a person."""
    if name[0][2] not in OFFICE_WORDS or name[0][2] in TITLE_WORDS:
        return False
    joined = _AND_AN_OFFICE.match(text, name[-1][1])
    return joined is not None and any(w in TITLE_WORDS for w in joined.group(1).split())


_PORTFOLIO_LINK = re.compile(r"(?<![\w’'])(?:for|of|and) (?:the )?$")
_PORTFOLIO_ENDS = OFFICE_WORDS | ORG_KEYWORDS | {"Government", "Services"}


def _portfolio_ends_in_name(text: str, start: int, name: Sequence[str]) -> bool:
    """ "... for Interior and Administration of National Government Kithure Kindiki": a run
    after "for", "of" or "and" that names a portfolio (its word before the last two is an
    office's or a body's) and ends in a name: the last two words are the person."""
    return (
        _PORTFOLIO_LINK.search(text, max(0, start - 8), start) is not None
        and name[-3] in _PORTFOLIO_ENDS
        and not any(w in _PORTFOLIO_ENDS or w in PLACE_KEYWORDS for w in name[-2:])
    )


_OFFICE_LINK_BEFORE = re.compile(r"(?:(?<![\w’'])(?:for|of|on|and)|[A-Z][\w’'.-]*)\s$")


def _office_titled(text: str, title: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the capitalised words before a name are a title: words that only modify an
    office ("National", "Health") are one only after an office they complete ("Minister
    for Health Kellie Sloane"), not alone ("via National Rail Enquiries")."""
    if not title or any(
        w not in OFFICE_WORDS or w in TITLE_WORDS or w.casefold() in ROLE_NOUNS for _, _, w in title
    ):
        return True
    return _OFFICE_LINK_BEFORE.search(text, max(0, title[0][0] - 12), title[0][0]) is not None


_STRICT_NOT_NAMES = frozenset((*MONTHS, *WEEKDAYS)) | SENTENCE_STARTERS | DEMONYMS


def _suffixed_name(text: str, name: Sequence[tuple[int, int, str]]) -> bool:
    """ "Bob Nations, Jr.": a suffix only a person's name takes, so a surname that is
    also an organisation's word ("Nations") is a person's here."""
    return (
        len(name) == 2
        and _NAME_SUFFIX.match(text, name[-1][1]) is not None
        and all(w[:1].isupper() and w not in _STRICT_NOT_NAMES for _, _, w in name)
    )


# The words joining an office to the body it serves, before the body's capitalised name:
# "Secretary of" + "Labor", "Adviser to the" + "Ferry Users Forum" (with "the" only before
# a body: "Officials of the" + "President" is no office of the president).
_OFFICE_LINKS = (" of the ", " for the ", " to the ", " of ", " for ", " to ")
_MONARCHS = frozenset({"King", "Queen", "Pope", "Emperor", "Empress", "Sultan", "Tsar", "Shah"})
_ROMAN = re.compile(r"[IVX]{1,5}")


def _regnal_name(
    title: Sequence[tuple[int, int, str]], name: Sequence[tuple[int, int, str]]
) -> bool:
    """ "King Mohamed VI", "Pope Benedict XVI": after a monarch's title, a given name and a
    regnal number are the whole name."""
    return (
        bool(title)
        and title[-1][2] in _MONARCHS
        and len(name) == 2
        and name[0][2][:1].isupper()
        and _ROMAN.fullmatch(name[1][2]) is not None
    )


# A lowercase word right after a one-word capitalised name: the name qualifies it.
_WORD_GOES_ON = re.compile(
    r" (?![a-z]+ly\b|(?:in|on|at|to|of|for|from|with|and|but|as|after|before|during|when|while"
    r"|about|outside|yesterday|today|tonight|last|this|then|later|earlier)\b)[a-z]"
)
_COMMA_VERB = re.compile(rf",\s*(?:\w+ly\s+)?(?:{VERB_AFTER.pattern.removeprefix('^')})")


_SUBJECT_OPENS = re.compile(r"(?:^|[–—:]\s*)$")


def _comma_speech(before: str, after: str, name: Sequence[tuple[int, int, str]]) -> bool:
    """ "The founder of X – Don Yacktman, said in an interview": a full name opening the
    sentence or set off by a dash, a stray comma, a speech verb. Not the end of an aside
    ("Cha, a fellow at the Center for ... Studies, said")."""
    return (
        len(name) >= 2
        and _SUBJECT_OPENS.search(before.rstrip()) is not None
        and _COMMA_VERB.match(after) is not None
    )


_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")


# "Ida Obi, 48 and Jo Lee, 34": a list of people with their ages, no role.
# "informed the Speaker", "visited his farm": a verb in the past and its object, the
# sentence's predicate after a comma, not an apposition naming a role.
_DEED_THEN_OBJECT = re.compile(r"[a-z]+ed (?:the|a|an|his|her|their|its|him|them|that)\b")
_AGE_THEN_NEXT = re.compile(r"\d{1,3} (?:and|&) ")
_LETTERS_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(POSTNOMINALS))})(?![\w’'])")


def _participle_before_title(words: Sequence[tuple[int, int, str]]) -> bool:
    """ "Addressing Mr Urquhart", "Thanking Dr Obi": a capitalised word in -ing right before
    a courtesy opens the sentence's clause; it is no part of a title. Not before a title:
    "Shipping Minister", "Governing Mayor", "Acting President" are offices."""
    return (
        len(words) > 2
        and len(words[0][2]) > 5
        and words[0][2].endswith("ing")
        and words[0][2][1:].islower()
        and words[0][2] not in TITLE_WORDS
        and words[0][2] not in OFFICE_WORDS
        and words[1][2] in HONORIFICS
    )


# "Said Warthen: “...”", "Added Ann Lee, “...”": a speech verb opening the sentence, the
# speaker after it, then a colon or comma before the quote.
_INVERTED_VERBS = frozenset({"Said", "Says", "Added", "Adds"})
_QUOTE_NEXT = re.compile(r"\s*[:,]\s*[“\"‘']")


def _without_trailing_courtesy(title: str) -> str:
    """An office without the courtesy titles that end it, which belong to no role: "Police
    chief Datuk" before "Ahmad Ali" is "Police chief", "Director Dr" is "Director"; empty
    when the title is all courtesy ("Dr", "Tan Sri")."""
    words = title.split()
    while words:
        if words[-1].rstrip(".") in HONORIFICS:
            words.pop()
        elif words[-1] in ("Sri", "Seri") and (len(words) == 1 or words[-2] in _STYLE_HEADS):
            del words[-2:]  # "Tan Sri"; "Sri" alone is what is left of "Dato Sri"
        else:
            break
    return " ".join(words)


def _inverted_speech(
    text: str, words: Sequence[tuple[int, int, str]], starts: Sequence[int]
) -> bool:
    """Whether the run opens its sentence with a speech verb ("Said Warthen:") and a quote
    follows the name: the verb is no first name."""
    return (
        len(words) >= 2
        and words[0][2] in _INVERTED_VERBS
        and words[0][0] in starts
        and _QUOTE_NEXT.match(text, words[-1][1]) is not None
    )


def past_bracket(rest: str) -> str:
    """What follows a name once a bracket right after it is passed: "Cllr Jo Lee (FF)
    continued", "Jo Lee (Labour, Hull) said": a party or a place, an aside; and letters
    after the name ("Jo Lee MS said")."""
    bracket = _BRACKETED.match(rest) or _LETTERS_AFTER.match(rest)
    return rest[bracket.end() :] if bracket else rest


def _candidates(
    block: Block,
    places: frozenset[str] = frozenset(),
    texts: Sequence[str] = (),
    surnames: frozenset[str] = frozenset(),
) -> Iterable[_Candidate]:
    text = block.text
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    body_until = -1  # the end of a body a person was just said to speak for
    for run in _runs(text):
        if run.start < body_until:
            continue  # "Federation of Small Firms" in "Jo Lee of the Federation of ...": no one
        words = run.words
        if not run.possessive:  # "In June Obi", not "In Obi's view"
            words = words[object_length(text, [w for _, _, w in words], run.start, places) :]
        words = words[quoted_lead_length(text, words) :]  # `of "Imishli" Jorge Casquilha`
        # A capitalised sentence opener is not part of a name ("The", "However").
        while words and words[0][2] in SENTENCE_STARTERS and words[0][2] not in TITLE_WORDS:
            mid_sentence = words[0][0] not in starts
            if mid_sentence and len(words) == 2 and words[0][2] in _FIRST_NAME_WORDS:
                break  # "reporter Will Hollis", not a sentence opening "Will"
            words = words[1:]
        if words and adverb_opener(words[0][2]):
            words = words[1:]  # "Unfortunately Pakistan played well": an adverb, no given name
        if _participle_before_title(words):
            words = words[1:]  # "Addressing Mr Urquhart, the sheriff said": not a title
        if len(words) >= 3 and words[0][2] == "Sr" and words[1][2] not in TITLE_WORDS:
            words = words[1:]  # "Sr Manuel Reina Ferri": señor; "Sr Const": a senior rank
        if _inverted_speech(text, words, starts):
            words = words[1:]  # "Said Warthen: “...”": the verb, then the speaker
        if words and words[0][2] in _COMPANY_PREFIXES:
            continue  # "beverage company PT Ades Alfindo Putrasetia": a firm
        if words and words[0][2] in _VESSEL_PREFIXES:
            continue  # "the MV Loch Bhrusda": a ship, no one's name
        if not words or (
            " ".join(w for _, _, w in words) in _PLACES
            and not (len(words) == 1 and words[0][2] in surnames)
        ):
            continue
        if len(words) <= 2 and _PLACE_OF_AN_OFFICE.search(
            text, max(0, words[0][0] - 40), words[0][0]
        ):
            continue  # "The mayor of West Hants says": the place (not "of Kenya William Ruto")
        cut, stop = _split_title(words)
        both_posts = None if cut else joined_post(text, words)
        if both_posts:
            cut = 1  # "County Clerk and Recorder Ada Vole": "Recorder" is the second post
        if cut and stop - cut < 2 and _name_after_lowercase_role(text, words):
            cut = 0  # "culture minister Tiong King Sing": the title ended before the name
        cut = max(cut, _rank_acronyms(text, words))
        cut = _title_span_before_name(text, words, cut, stop)
        placed = 0
        if words[0][0] == run.start and not _COMMA_THEN_CAPITAL.match(text, words[stop - 1][1]):
            # "commissioner in Trinidad and Tobago Gary Griffith"; not "head teacher of Centre
            # Scolaire Elena Guela, Sister Ann Roe", where the holder is named after the comma
            plain = [w for _, _, w in words[:stop]]
            placed = role_place_length(text, plain, run.start, _valid_name, texts)
            placed = placed if placed > cut else 0
            cut = max(cut, placed)
        name = words[cut:stop]
        if len(name) > 1 and name[-1][2] in CREDIT_LABELS and text.startswith(":", name[-1][1]):
            name = name[:-1]  # "student Chris Carr Credit: Case Western": a caption's credit
        while len(name) > 2 and name[-1][2] in _SUFFIX_WORDS:
            name = name[:-1]  # "Ada Pike III": the suffix is added back below
        letters_end = name[-1][1] if name else 0
        if len(name) > 2 and name[-1][2] in WEEKDAYS:
            name = name[:-1]  # "Richard Moigbeh Tuesday disclosed": when, not the name
        while len(name) > 2 and name[-1][2] in POSTNOMINALS:
            name = name[:-1]  # "Jo Lee MS": a seat's or an honour's letters, not the name
        if not name or not (
            _valid_name([w for _, _, w in name], surnames)
            or _suffixed_name(text, name)
            or _regnal_name(words[:cut], name)
        ):
            continue
        if len(name) == 1 and degree_letters(text, name[0][0], name[0][1]):
            continue  # "Jo Lee, PhD, a professor": the letters of her degree
        if office_not_a_name([w for _, _, w in name]):
            continue  # "the district's Science Supervisor said": an office, no one named
        if _programme(text, [w for _, _, w in name], name[0][0]):
            continue  # "on RTÉ’s Morning Ireland", "ITV’s Good Morning Britain": a programme
        if not cut and _portfolio_joined_to_office(text, name):
            continue  # "Development Strategies and International Trade Minister Malik ..."
        idx = max(0, bisect.bisect_right(starts, name[0][0]) - 1)
        s_start, s_end = spans[idx] if spans else (0, len(text))
        title_start = words[0][0] if cut else name[0][0]
        title_words = _title_of(text, words[:cut]) if _office_titled(text, words[:cut]) else None
        if title_words and cut:  # "Municipal Affairs and " + "Housing Minister"
            title_words = joined_portfolio(text, title_start, title_words) or title_words
        title_words = both_posts or title_words
        n_start, n_end = name[0][0], name[-1][1]
        suffix = _NAME_SUFFIX.match(text, n_end) if len(name) >= 2 else None
        if suffix:
            n_end = suffix.end()  # "Bob Nations, Jr.": the suffix is part of the name
        before = role_before(text, title_start, s_start)
        before = before or said_word_role(text, title_start, s_start)  # "said stockbroker"
        links = _OFFICE_LINKS if title_words and no_office(title_words, ()) else _OFFICE_LINKS[3:]
        link = next((k for k in links if text.endswith(k, 0, title_start)), "")
        if title_words and link:  # "Secretary of" + "Labor", "Minister for" + "Climate Change"
            head = role_before(text, title_start - len(link) + 1, s_start)
            if head:
                title_words, before = f"{head}{link}{title_words}", None
            elif office := _office_of_before(text, n_start, s_start):
                title_words = office  # "Secretary of State for" + "Defence", not "Defence"
        title = f"{before} {title_words}" if before and title_words else title_words or before
        if cut and not before and (title_words is None or no_office(title_words, ())):
            # "the head of the Federal Intelligence Agency Gustavo Arribas": the capitalised
            # words before the name are the body the role before them is of
            of_a_body = role_of_before(text, n_start, s_start)
            of_a_body = of_a_body or _office_of_before(text, n_start, s_start)
            # "the head of the Ministry of Health Mary Smith": "Health" is the body's field
            title = of_a_body or role_with_place(text, n_start, run.start, s_start) or title
        office = without_style(_without_trailing_courtesy(title)) if title is not None else None
        title_is_honorific = title is not None and not office
        title = office or None  # "Police chief Datuk": the chief; "Dr", "Tan Sri": no role
        if placed:
            title = role_with_place(text, name[0][0], run.start, s_start) or title
        if title is None:
            title = (
                role_of_before(text, title_start, s_start)
                or long_portfolio_before(text, title_start, s_start)
                or _office_of_before(text, title_start, s_start)
                or _office_before_style(text, title_start, s_start, [w for _, _, w in words[:cut]])
                or (
                    office_with_short_form(text, title_start, s_start)
                    if len(name) > 1 and name[-1][2] not in _COUNTRIES_AND_REGIONS
                    else None  # "the Union of Ferry Crews (UFC) Coastal Kenya": a body's branch
                )
            )
        comma_role = (
            role_with_comma_before(text, title_start, s_start)
            or listed_role_before(text, title_start, s_start)
            or one_of_a_group(text, title_start, n_end)
            or described_role_before(text, title_start, s_start, n_end)
        )
        if comma_role is not None and _portfolio_goes_on(comma_role, text, n_end, len(name) == 1):
            continue  # "Minister for Health, Social Services and Public Safety, Jo Lee"
        if comma_role is None and not title and len(name) >= 2:
            comma_role = _outlet_before(text, title_start)  # "CNN’s Jeff Zeleny"
        before_text = text[max(s_start, title_start - 40) : title_start]
        said_before = bool(VERB_BEFORE.search(before_text)) or said_in_a_mood(
            before_text, text[n_end : n_end + 3]
        )
        if len(name) == 1 and _WORD_GOES_ON.match(text, n_end):
            said_before = False  # "He said Limerick gardaí were": a word of the clause after
        after = text[max(n_end, letters_end) : min(s_end, n_end + 160)]
        personal = _PERSONAL_ASIDE.match(after) is not None  # ", 47," / ", of Hull,"
        of_body = _OF_BODY.match(after) if len(name) >= 2 and verb_after_asides(after) else None
        affiliation = _affiliation_then_speech(after) if len(name) >= 2 else None
        if affiliation is not None:
            body_until = text.find(affiliation, max(n_end, letters_end)) + len(affiliation)
        perfect = _PERFECT_SPEECH.match(after) and not _ARTICLE_BEFORE.search(before_text)
        speech = bool(VERB_AFTER.match(past_bracket(after)) or perfect) or said_before
        words_of_name = [w for _, _, w in name]
        speech = speech or adverb_then_speech(after, words_of_name, texts)  # "Jo Lee also said"
        speech = (
            speech
            or (personal and verb_after_asides(after))
            or of_body is not None
            or affiliation is not None
            or _WHO_THEN_VERB.match(after) is not None
            or BARE_WHO_THEN_VERB.match(after) is not None  # "Jo Obi who was there said"
            or (len(name) >= 2 and _PLAIN_AFFILIATION_THEN_VERB.match(after) is not None)
            or _comma_speech(before_text, after, name)
            or _ONE_OF_THEM_SAID.match(after) is not None
        ) and not body_ends_apposition(
            text, s_start, title_start
        )  # "Ola Berg, CEO of Varn Water said"
        if len(name) == 1 and _NUMBER_AFTER.match(text, n_end):
            continue  # "Barangay 20, Zone 2", "Ward 5": a numbered area, not a person
        if len(name) == 1 and not title and post_then_full_name(text, n_end) is not None:
            continue  # "Ferrico, managing director, Ola Brandt.": the body the post belongs to
        according = bool(_ACCORDING.search(before_text))
        if len(name) == 1 and not according and _PREPOSITION_BEFORE.search(before_text):
            continue  # "near Orrin", "in Dunmore": a place
        apposition, clause = (None, None)
        if not run.possessive:
            open_ended = said_before or (according and title_start - 13 > s_start)
            open_ended = open_ended or _LAST_OF_A_LIST.search(before_text) is not None
            apposition, clause = apposition_after(text, n_end, s_end, open_ended=open_ended)
            apposition = apposition or _role_as(text, n_end) or _office_taken_as(text, n_end)
            apposition = apposition or (of_body.group().strip() if of_body else None)
            if title and apposition in POSTNOMINALS and not is_role_noun(apposition):
                apposition = None  # "Chief Minister Ivo Berg MHK": the office is the role
            apposition = apposition or affiliation
            apposition = apposition or role_in_who_clause(text, n_end, s_end)
            if not apposition and (resident := resident_who_lives(text, n_end)):
                clause = resident  # "who lives in X": a role only when no other is found
            apposition = apposition or role_of_work(text, (n_start, n_end), (s_start, s_end))
            apposition = apposition or role_won_after(text, n_end)
            if not apposition and said_before:  # "said Jo Lee with the Met Office."
                apposition = body_closing_said(text, n_end)
            if not apposition and not text[s_start:title_start].strip():
                apposition = role_with_body_after(text, n_end)  # "Jo Lee with the Met Office"
                if not apposition and not inside_quoted(text, n_start):
                    apposition = role_is_after(text, n_end, opens_paragraph=title_start == 0)
            if not apposition and not clause:
                apposition = closing_apposition(text, (s_start, s_end), (title_start, n_end))
            if apposition and _SPEECH_IN_PHRASE.search(apposition):
                apposition = None  # "Nsirim, the governor said under ...": a new subject
            if apposition and _DEED_THEN_OBJECT.match(apposition):
                apposition = None  # "Chief Jo Obi, informed the Speaker": a deed, not a role
            if apposition and _AGE_THEN_NEXT.match(apposition):
                apposition = None  # "Ida Obi, 48 and Jo Lee, 34": an age, then the list's next
        else:
            apposition = _office_possessed(text, n_end)  # "Ada Vole’s appointment as mayor"
        cued = bool(
            title
            or title_is_honorific
            or comma_role
            or apposition
            or clause
            or speech
            or according
            or AGE.match(text, n_end, min(len(text), n_end + 12))
            or person_cue(text, title_start, n_end)
        )
        if cued and not apposition and not run.possessive:
            # "Ada Obi (NSC) said": a member's party or portfolio, for a name marked a person's
            apposition = member_bracket_after(text, n_end, [w for _, _, w in name])
        yield _Candidate(
            _joined_prefixes(text[n_start:n_end].split()),
            n_start,
            n_end,
            title,
            comma_role,
            apposition,
            clause,
            cued,
            block.number,
        )


@dataclass(slots=True)
class People:
    """The people of an article and a way to find their mentions."""

    persons: list[Person]
    by_key: dict[str, Person]
    forms: dict[str, list[str]]  # a name or short form -> keys of the persons it may mean
    places: frozenset[str] = frozenset()  # words the article writes as places ("in Delta")
    _pattern: re.Pattern[str] | None = None

    def mentions(self, text: str) -> list[Mention]:
        """Every mention of a known person and every he/she/they in `text`, in order."""
        found: list[Mention] = []
        spans = sentence_spans(text)
        starts = [s for s, _ in spans]
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                form = match.group("name") or ""
                pronoun = (match.group("pronoun") or "").casefold() or None
                idx = max(0, bisect.bisect_right(starts, match.start()) - 1)
                s_start = spans[idx][0] if spans else 0
                s_end = spans[idx][1] if spans else len(text)
                subject = _is_subject(text, match.start(), match.end(), s_start, s_end)
                if pronoun:
                    found.append(Mention(match.start(), match.end(), None, pronoun, subject))
                else:
                    keys = self.forms.get(form, [])
                    key = keys[0] if len(keys) == 1 else None  # "Tate" of two Tates: nobody
                    found.append(Mention(match.start(), match.end(), key, None, subject))
        return found

    def by_role(
        self, role_words: Sequence[str], before: tuple[int, int] | None = None
    ) -> str | None:
        """The one person whose role has all these words ("the Mexican minister"); see
        `role_holders`."""
        hits = self.role_holders(role_words, before)
        return hits[0] if len(hits) == 1 else None

    def role_holders(
        self, role_words: Sequence[str], before: tuple[int, int] | None = None
    ) -> list[str]:
        """Everyone whose role has all these words, among those named before `before`
        (block, position) when given: a role the article gives only later names nobody yet,
        unless nobody at all is named yet (a lead describes before it names). "The local
        city councillor" is the one councillor when no role has all its words and the words
        left out are plain lowercase modifiers ("the former mayor" is not the mayor)."""
        wanted = [w.casefold() for w in role_words]
        if not wanted or wanted[-1] not in ROLE_NOUNS:
            return []
        wanted = [part for w in wanted for part in _ROLE_ABBREVIATIONS.get(w, (w,))]
        known = [p for p in self.persons if p.role != UNKNOWN_ROLE]
        if before is not None and any((p.first_block, p.first_pos) < before for p in self.persons):
            known = [p for p in known if (p.first_block, p.first_pos) < before]
        holders = [p for p in known if _has_role_words(p, wanted)]
        if len(holders) > 1 and not _LESSER_RANKS.intersection(wanted):
            full = [p for p in holders if not _lesser_rank(p)]
            holders = full or holders  # "the minister": not the deputy minister
        hits = [p.key for p in holders]
        if not hits and _plain_modifiers(role_words[:-1], self.places):
            hits = [p.key for p in known if _has_role_words(p, wanted[-1:])]
        return hits

    def compile(self) -> None:
        """Build the mention pattern once the people are known."""
        forms = sorted(self.forms, key=len, reverse=True)
        names = "|".join(re.escape(f) for f in forms) if forms else r"(?!x)x"
        self._pattern = re.compile(
            rf"(?<![\w’'])(?:(?P<name>{names})|(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t))"
            rf"(?![\w])"
        )


# "Deputy Minister of Roads": a rank below the office its role noun names.
_LESSER_RANKS = frozenset({"deputy", "vice", "assistant", "junior", "acting", "former", "ex"})


def _lesser_rank(person: Person) -> bool:
    """Whether the person's role is a rank below its office ("Deputy Minister", "former
    mayor"): "the minister" of an article that also names a minister is not them."""
    role = person.role.casefold().replace(",", " ").replace("-", " ").split()
    return bool(_LESSER_RANKS.intersection(role))


def _has_role_words(person: Person, wanted: Sequence[str]) -> bool:
    role = person.role.casefold().replace(",", " ").split()
    if all(w in role for w in wanted):
        return True
    forms = office_words(role)  # "the Jordanian minister": Jordan's; "the judge": a Justice
    return all(canonical_role_word(w) in forms for w in wanted)


# Words that make a role another one: "the former mayor" is not the mayor.
_ROLE_RANKS = words(
    "former ex acting interim deputy vice assistant associate chief senior junior outgoing "
    "incoming new then late co shadow"
)


def _plain_modifiers(modifiers: Sequence[str], places: frozenset[str]) -> bool:
    """ "local city" in "the local city councillor", "Ontario" in "the Ontario premier" (a
    place the article names): words that change no rank."""
    return bool(modifiers) and all(
        w in places
        or (w.isalpha() and w.islower() and w not in _ROLE_RANKS and w not in ROLE_NOUNS)
        for w in modifiers
    )


_REPORTED_CLAUSE = re.compile(
    r"\s+(?:may|might|will|would|could|should|can|must|is|was|are|were|has|had|have|did|"
    r"does)\b"
)
# "said Governor Babajide Sanwo-Olu identified with": a name, then a verb in the past.
_REPORTED_PAST = re.compile(r"\s+(?!(?:need|embed|bed|red|shed)\b)[a-z]{3,}ed\b")
_CONNECTORS = words("But And Yet So Still However Meanwhile Now Then Later Also Instead")
# "the PM said": an office's short form stands for its words.
_ROLE_ABBREVIATIONS = {"pm": ("prime", "minister"), "dpm": ("deputy", "prime", "minister")}
_HONORIFIC_DOTS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr")


# "Walcott in a release issued on Friday said": where the words were said, between the
# subject and the verb.
_MEDIUM_HEAD = (
    r"\s+(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
    r"release|interview|letter|post|speech|address|message|tweet|video|broadcast|email|"
    r"briefing|note)\b"
)
MEDIUM = re.compile(_MEDIUM_HEAD + r"[^,;:.!?\"“”]{0,40}\s")
_MEDIUM_START = re.compile(_MEDIUM_HEAD)


def _past_medium(after: str) -> str:
    """The words after a name past where its words were said ("in a media briefing")."""
    medium = _MEDIUM_START.match(after)
    return after[medium.end() :] if medium else after


_PORTFOLIO = re.compile(r"\b(?:for|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
_LIST_GOES_ON = re.compile(r"\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,")
# "chief executive of Barking, Havering and Redbridge University Hospitals": one word, then
# "and" or ", and" and another capitalised word.
_ONE_WORD_LISTED = re.compile(r",?\s+and\s+[A-Z]")


# "Stuart Roden of Unison commented:": a full name, "of" and a body, then a verb of speech.
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}")
# "Simon Varley of the Federation of Small Firms said", "Brian Vole, from the Unite union,
# said": the body a person speaks for, named with "the" (its own "of"/"for"/"and" parts and
# a lowercase body noun after it kept), then the speech verb.
_AFFILIATION_ASIDE = re.compile(
    r"(?P<comma>,)?\s+(?P<role>(?:of|from|with) the [A-Z][\w.'’&-]*"
    r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w.'’&-]*){0,6}"
    r"(?:\s+(?:union|council|party|group|association|society|trust|charity|campaign))?)"
)
_BODY_NOUNS = frozenset(
    {"union", "council", "party", "group", "association", "society", "trust", "charity", "campaign"}
)
# "Xolani Sibiya from the department said", "Elias Sibanda from the same area said": a full
# name, a body or place in plain lowercase words after from/of/at the, then a speech verb.
_PLAIN_AFFILIATION_THEN_VERB = re.compile(
    rf"\s+(?:from|of|at)\s+the\s+(?:[a-z]+\s+){{1,2}}(?:{_SPEECH_VERB.pattern})(?![\w’'-])"
)


def _affiliation_then_speech(after: str) -> str | None:
    """The body in "of the Federation of Small Firms said" or ", from the Unite union,
    said" right after a name: a person speaking for it (an opening comma must close). The
    phrase must name a body by one of its words ("Federation", "union"): ", of the Bronx,"
    is where someone is from, no role."""
    match = _AFFILIATION_ASIDE.match(after)
    if match is None:
        return None
    words = match.group("role").split()
    if not any(w in ORG_KEYWORDS for w in words) and words[-1] not in _BODY_NOUNS:
        return None
    rest = after[match.end() :]
    if match.group("comma"):
        if not rest.startswith(","):
            return None
        rest = rest[1:]
    return match.group("role") if VERB_AFTER.match(rest) else None


def _portfolio_goes_on(role: str, text: str, end: int, one_word: bool) -> bool:
    """ "Minister for Health, Social Services and Public Safety, Jo Lee": after an office
    "for" or "of" a capitalised portfolio, capitalised words joined to another by "and"
    before a comma go on listing the portfolio; they are no name. One word before ", and"
    goes on listing it too ("Minister of Transportation, Works, and Utilities Kye Rymer",
    "chief executive of Barking, Havering and Redbridge University Hospitals")."""
    if _PORTFOLIO.search(role) is None:
        return False
    return _LIST_GOES_ON.match(text, end) is not None or (
        one_word and _ONE_WORD_LISTED.match(text, end) is not None
    )


def _speaks_or_opens_clause(text: str, end: int, verb: str, named: bool) -> bool:
    """After a verb of speech, a name is its speaker ("said Jane Doe"), not the subject of
    what is reported ("thinks Harper may have been", "said Governor Sanwo-Olu identified");
    after the verb and a comma ("While the siege continues, Premier Newman has sought") the
    name opens the main clause."""
    if "," in verb:
        return True
    if named and _REPORTED_PAST.match(text, end):
        return False
    return _REPORTED_CLAUSE.match(text, end) is None


_OWNER_WORDS = re.compile(r"(?:\s*(?<![\w’'.-])[A-Z][\w’'.&-]*)+$")
_PRONOUN_SUBJECT_NEXT = re.compile(r",\s+(?:he|she|they|we|I)\s")


_MARKS = '"“”‘’'


def _is_subject(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Whether a mention reads as the subject of its clause (or the X of "said X")."""
    if text.startswith(("’s", "'s", "’", "'"), end):
        return False  # "said Brown’s action was": the possessive's noun is the subject
    if " " not in text[start:end] and post_then_full_name(text, end) is not None:
        return False  # "said Ferrico, managing director, Ola Brandt.": the body, not the speaker
    floor = max(s_start, start - 300)
    body = body_before_holder(text, start)
    if body is not None and body >= s_start:
        start = body  # "said Ferrico, managing director, Ola Brandt.": the holder speaks
    verb = VERB_BEFORE.search(text, max(floor, start - 40), start)
    if verb and verb.group().split()[0].rstrip(",") not in OBJECT_VERBS:
        # "said Jane Doe", but not "thinks Harper may have been": the subject of what is
        # reported, not the one who speaks; after a comma ("While the siege continues,
        # Newman has sought") the name opens the main clause: its subject.
        return _speaks_or_opens_clause(text, end, verb.group(), text[start].isupper())
    prefix = text[floor:start].rstrip()
    # Walk back over an office or role, an honorific and a determiner written before it.
    role = role_before(text, start, floor)
    if role and prefix.endswith(role):
        prefix = prefix[: -len(role)].rstrip()
        if role.split()[0].endswith(_POSSESSIVE):
            prefix = _OWNER_WORDS.sub("", prefix)  # "All Blacks' captain": the owner's words
        spoken = VERB_BEFORE.search(prefix + " ")
        if spoken and spoken.group().split()[0].rstrip(",") not in OBJECT_VERBS:
            # "said spokesperson Jo Lee"
            return _speaks_or_opens_clause(text, end, spoken.group(), True)
    words_before = prefix.split()
    while words_before and (
        words_before[-1] in _HONORIFIC_DOTS or words_before[-1].casefold() in DETERMINERS
    ):
        words_before.pop()
    at_start = (
        not words_before
        or words_before[-1][-1] in ",:;—–("
        or (len(words_before) == 1 and words_before[0].rstrip(",") in _CONNECTORS)
        or _opens_joined_clause(words_before, text[end : end + 30], prefix)
    )
    if _object_apposition(prefix, text[end : end + 2]):
        return False  # "he called on the Foreign Minister, Jose Garcia, to treat": an object
    if not at_start and _described_head(prefix, text[end : end + 30]):
        at_start = True  # "the recently elected Fabian Picardo, 39, highlighted": the subject
    if not at_start:
        # 'had “insulted” Ada Obi': the last word before, past quotation marks
        last = next((w.strip(_MARKS) for w in reversed(words_before) if w.strip(_MARKS)), "")
        if last.casefold() in FUNCTION_WORDS or (
            last[:1].islower() and last.casefold() not in ROLE_NOUNS
        ):
            return False
    after = text[end : min(s_end, end + 400)]
    if after.startswith(("’s", "'s", "’", "'")):
        return False
    if _PRONOUN_SUBJECT_NEXT.match(after):
        return False  # "..., Minister Ada Obi, he said": an apposition; the he is the subject
    whole = after
    if after.startswith(","):
        close = after.find(",", 1, 300)
        after = after[close + 1 :] if close > 0 else after[1:]
    elif after.startswith(" ("):  # "Stephanie (who gave only her first name) told"
        close = after.find(")", 2, 300)
        after = after[close + 1 :] if close > 0 else after
    else:
        after = past_dash_aside(after)  # "Clarke – who saw Gordon’s late save – said"
    if _verb_follows(after):
        return True
    longer = past_long_apposition(whole)  # "Lou Dee, 65, of Millbrook, Ohio, lives"
    return longer is not None and _verb_follows(longer)


def _verb_follows(after: str) -> bool:
    """Whether the words after a subject's asides open with its verb."""
    of_body = _OF_BODY.match(after)
    if of_body is not None:
        after = after[of_body.end() :]  # "Alex Burkill of the Met Office said"
    initials = _INITIALS_ASIDE.match(after)
    if initials is not None:
        after = after[initials.end() :]  # "Keith Crum of Marlboro, N.Y., said"
    following = _past_medium(after).split()
    if not following:
        return False
    nxt = following[0].strip(",;:")
    return bool(nxt) and nxt[0].islower() and nxt.casefold() not in _NO_VERB_NEXT


# ", N.Y.," after an aside or a body: a place's initials in commas, still the aside.
_INITIALS_ASIDE = re.compile(rf",?\s*(?:{PLACE_INITIALS.pattern}),")


# "called on the Foreign Minister," before a name in commas: a role after a lowercase word
# (a verb or a preposition; not a conjunction, a relative word or a verb of speech).
_ROLE_OBJECT_BEFORE = re.compile(
    r"(?<![\w’'])([a-z]+)\s+(?:the|a|an|his|her|its|their)\s+([^,;:.!?\"“”]{1,60}),$"
)
_CLAUSE_OPENERS = words(
    "and but or nor so yet while whilst as when whereas which who that where because since "
    "although though if after before once until unless whom whose then also by"
)


def _object_apposition(prefix: str, after: str) -> bool:
    """A name in commas after a role that is an object ("he called on the Foreign Minister,
    Jose Garcia, to treat ..."): an apposition to that object, not a clause's subject."""
    role = _ROLE_OBJECT_BEFORE.search(prefix)
    return (
        role is not None
        and after.startswith(",")
        and role.group(1) not in _CLAUSE_OPENERS
        and not prefix[: role.start(1)].casefold().endswith("according ")
        and _SPEECH_VERB.fullmatch(role.group(1)) is None
        and any(w.casefold() in ROLE_NOUNS for w in role.group(2).split())
    )


# "the recently elected" before a name; ", 39, highlighted" after it.
_THE_DESCRIBED = re.compile(r"(?<![\w’'])[Tt]he\s+(?:[a-z]+ly\s+)?[a-z]+$")
_AGE_THEN_VERB = re.compile(r",\s*\d{1,3},\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


def _described_head(prefix: str, after: str) -> bool:
    """A name after "the" and a description, with an age aside and a verb after it ("the
    recently elected Fabian Picardo, 39, highlighted"): the head of the subject."""
    return _THE_DESCRIBED.search(prefix) is not None and _AGE_THEN_VERB.match(after) is not None


_SINGULAR_VERB_NEXT = re.compile(r"\s+(?:was|is|has|had|[a-z]{3,}(?:ed|s))\b")


def _opens_joined_clause(words_before: Sequence[str], after: str, prefix: str) -> bool:
    """ "It was not a good start, and Coetzee was made to explain it": a name after a
    clause, a comma and "and", before a verb of one subject, opens the second clause (not
    the last of a list: the word before the comma is lowercase; not a clause someone
    reports: "He noted X was away, and Y was unwell")."""
    return (
        len(words_before) >= 2
        and _SPEECH_VERB.search(prefix) is None
        and words_before[-1] == "and"
        and words_before[-2].endswith(",")
        and words_before[-2][:1].islower()
        and _SINGULAR_VERB_NEXT.match(after) is not None
    )


# After a name, words that start no predicate: "..., Mr. Yakubu Lawal, by gunmen at".
_NO_VERB_NEXT = frozenset({"and", "or", "of", "in", "by"})


# A capitalised word after a name: the caption's name goes on ("Lula Da Silva").
_NAME_GOES_ON = re.compile(r" [A-Z]")


def _complete_names(persons: dict[str, Person], hints: Sequence[str]) -> None:
    """A person named by surname only ("Spicer") takes the full name a caption or the
    headline gives ("press secretary Sean Spicer"), every given name of it ("Narayan Kaji
    Shrestha"), with the role written before it."""
    for person in persons.values():
        if " " in person.name:
            continue
        pattern = re.compile(rf"(?<![\w’'])([A-Z][\w’'-]+) {re.escape(person.name)}(?![\w’'])")
        for hint in hints:
            match = pattern.search(hint)
            if match is None or match.group(1) in NOT_NAMES or match.group(1) in TITLE_WORDS:
                continue
            given = [*given_names_before(hint, match.start(1)), match.group(1)]
            if not _valid_name([*given, person.name]) or _NAME_GOES_ON.match(hint, match.end()):
                given = given[-1:]  # the word before it, as ever ("Lula" of "Lula Da Silva")
            start = match.end(1) - len(" ".join(given))  # the words are one space apart
            person.aliases.append(person.name)
            person.name = " ".join([*given, person.name])  # "Narayan Kaji Shrestha"
            person.title = person.title or role_before(hint, start, 0)
            break


# "... deserves commendation - Sam George": a headline signed with the speaker's full name.
_HEADLINE_SIGNATURE = re.compile(r"\s[-–—]\s+((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+)\s*$")


def _name_from_headline_signature(
    persons: dict[str, Person], headline: Sequence[str], blocks: Sequence[Block]
) -> None:
    """The one person of the text with the surname of the name a headline is signed with
    ("- Sam George"; the text writes "Mr. Nartey George") takes the headline's name, the
    name the outlet gives its speaker; the text's form stays as an alias. Not when the text
    writes the headline's name itself (a body or a shop: "... - John Lewis")."""
    for line in headline:
        match = _HEADLINE_SIGNATURE.search(line)
        if match is None:
            continue
        name = match.group(1)
        if any(name in block.text for block in blocks):
            continue
        surname = name.split()[-1]
        same = [p for p in persons.values() if p.surname == surname]
        if (
            len(same) == 1
            and same[0].name != name
            and 2 <= len(same[0].name.split()) <= len(name.split())
        ):
            same[0].aliases.append(same[0].name)
            same[0].name = name


MISSPELLING = 85  # rapidfuzz ratio from which two different surnames look like one


def _misspelt_surname(word: str, by_surname: dict[str, list[str]]) -> bool:
    """A surname alone that is not a known person's but differs from one by a letter or
    two: a misspelling of that person, or a second person; either way not sure."""
    return len(word) >= 5 and any(
        known != word and len(known) >= 5 and fuzz.ratio(word, known) >= MISSPELLING
        for known in by_surname
    )


def _double_surname_of(
    cand: _Candidate, by_surname: dict[str, list[str]], persons: dict[str, Person]
) -> list[str]:
    """The one person whose hyphenated double surname this lone word opens and whose office
    it is given ("President Ruiz" after "President Ana Ruiz-Solano": the first surname and
    the same office name one person); nobody when two surnames open with it, or when the
    word comes with no office or another one ("Adeyemi said" beside "Kemi Adeyemi-Bello" may
    be a relative: held back)."""
    word = cand.name_words[0]
    keys = [k for s, ks in by_surname.items() if s.split("-")[0] == word and "-" in s for k in ks]
    if len(keys) != 1 or not cand.title or persons[keys[0]].title != cand.title:
        return []
    return keys


def _misspelling_of(word: str, by_surname: dict[str, list[str]]) -> list[str]:
    """The one person whose surname this lone word misspells ("Ms Shorthall" after "Ms
    Roisin Shortall"), or nobody when it is near two surnames or two people."""
    near = [s for s in by_surname if s != word and misspelt_surname(word, s)]
    if len(near) != 1 or len(by_surname[near[0]]) != 1:
        return []
    if any(_misspelt_surname(word, {s: []}) for s in by_surname if s not in (word, near[0])):
        return []
    return by_surname[near[0]]


def _titles_from_hints(persons: dict[str, Person], hints: Sequence[str]) -> None:
    """A person the text gives no role takes the office a caption or the headline writes
    right before the same full name ("Prime Minister Boris Johnson during a briefing", "...,
    Minister of Health (MOH), Jo Lee, made visits": a lead the page set as a caption)."""
    for person in persons.values():
        if person.role != UNKNOWN_ROLE or " " not in person.name:
            continue
        for hint in hints:
            at = hint.find(person.name)
            words_before = hint[:at].split() if at > 0 else []
            title: list[str] = []
            while words_before and len(title) < 4 and words_before[-1][:1].isupper():
                title.insert(0, words_before.pop())  # "Harbour Minister", "Prime Minister"
            if not title and words_before and words_before[-1].capitalize() in TITLE_WORDS:
                title = [words_before[-1]]  # "team captain Jon Roe" in a dropped caption
            while title and title[0] not in TITLE_WORDS | OFFICE_WORDS and len(title) > 2:
                title.pop(0)
            last = title[-1] if title and title[-1][:1].isupper() else "".join(title).capitalize()
            if last in TITLE_WORDS and last not in HONORIFICS:
                person.title = " ".join(title)
                break
            if at > 0 and (office := role_with_comma_before(hint, at, 0)):
                person.title = office  # "Minister of Health (MOH), Jo Lee, visited ..."
                break


_SPACED_PREFIX = ("Mc", "Mac")
_PREFIXED = re.compile(r"(?<![\w’'])(Mac|Mc)([A-Z])")


def _joined_prefixes(name_words: list[str]) -> list[str]:
    """ "Mc Coy" -> "McCoy": a surname's prefix written apart is one word with it."""
    out: list[str] = []
    for word in name_words:
        if out and out[-1] in _SPACED_PREFIX and word[:1].isupper():
            out[-1] += word
        else:
            out.append(word)
    return out


def _spaced(form: str) -> str:
    """ "Kwame McCoy" -> "Kwame Mc Coy": the way some copy writes the same name apart."""
    return _PREFIXED.sub(r"\1 \2", form)


def _particle_surname(person: Person) -> list[str]:
    """ "de la Rosa" and "De la Rosa" of "Ronald de la Rosa": a surname with the lowercase
    particles written before it is the form news copy uses for the person after the first
    mention ("said a tearful de la Rosa")."""
    words = person.name.split()
    at = len(words) - 1
    while at > 1 and words[at - 1].islower() and words[at - 1] in NAME_PARTICLES:
        at -= 1
    if at == len(words) - 1:
        return []
    form = " ".join(words[at:])
    return [form, form[:1].upper() + form[1:]]


def name_forms(ordered: Sequence[Person]) -> dict[str, list[str]]:
    """Each way the article writes a name (full, alias, surname, and with "Mc"/"Mac" set
    apart) -> the keys of the people it may mean, in order of first appearance."""
    forms: dict[str, list[str]] = {}
    for person in ordered:
        written = [person.name, *person.aliases, person.surname, *_particle_surname(person)]
        for form in [*written, *(_spaced(f) for f in written if _spaced(f) != f)]:
            keys = forms.setdefault(form, [])
            if person.key not in keys:
                keys.append(person.key)
    return forms


def find_people(blocks: Sequence[Block], hints: Sequence[str] = ()) -> People:
    """The people named in the blocks, with roles and the short forms used for them.

    `hints` are lines that are not the article's text (its headline, dropped captions):
    they only complete a surname-only person's name and role.
    """
    persons: dict[str, Person] = {}
    shorts: list[_Candidate] = []
    uncued: list[_Candidate] = []
    places = article_places(b.text for b in blocks)
    all_texts = [b.text for b in blocks]
    surnames = place_surnames([*all_texts, *hints], _PLACE_WORDS, _PLACES)
    for block in blocks:
        for cand in _candidates(block, places, all_texts, surnames):
            if len(cand.name_words) == 1:
                if cand.cued:
                    shorts.append(cand)
                continue
            if not cand.cued:
                uncued.append(cand)
                continue
            _add(persons, cand)
    by_surname: dict[str, list[str]] = {}

    def index() -> None:
        by_surname.clear()
        for key, person in persons.items():
            by_surname.setdefault(person.surname, []).append(key)

    index()
    # A full name written without a cue counts when a cued short form points at it.
    short_words = {c.name_words[0] for c in shorts}
    texts = {block.number: block.text for block in blocks}
    for cand in uncued:
        if len(persons) < MAX_PEOPLE and (
            cand.name_words[-1] in short_words
            or _he_or_she_next(texts[cand.block], texts.get(cand.block + 1, ""), cand)
            or lineage_tail_known(cand.name_words, persons)
        ):
            _add(persons, cand)
    _add_partners(blocks, persons, uncued)
    index()
    groups: dict[str, bool] = {}  # a word's verdict, worked out once per article
    for cand in shorts:
        word = cand.name_words[0]
        keys = by_surname.get(word) or [k for k, p in persons.items() if p.name.split()[0] == word]
        keys = keys or _double_surname_of(cand, by_surname, persons)
        keys = keys or _misspelling_of(word, by_surname)
        if keys:
            person = persons[keys[-1]]
            if word not in person.aliases and word != person.name:
                person.aliases.append(word)
            _enrich(person, cand)
        elif _misspelt_surname(word, by_surname):
            continue  # "Ms Shorthall" after "Ms Roisin Shortall": nobody new, nobody sure
        elif len(persons) < MAX_PEOPLE:
            if word not in groups:
                groups[word] = _group_word(word, blocks, persons)
            if not groups[word]:
                _add(persons, cand)
    _add_couples(blocks, persons)
    _add_heading_speakers(blocks, persons)
    _drop_organisations(blocks, persons)
    _drop_places(blocks, persons)
    for key in [k for k, p in persons.items() if spelt_by_acronym(p.name, all_texts)]:
        del persons[key]  # "the Director Public Persecution (DPP)": an office, nobody
    for key in [k for k, p in persons.items() if plural_post_in_name(p.name)]:
        del persons[key]  # "Player Welfare Managers": a post's holders, nobody's name
    _link_spellings(blocks, persons)
    _complete_names(persons, [*_bracketed_first_names(blocks), *hints])
    _name_from_headline_signature(persons, hints[:1], blocks)
    _roles_from_subject_sentences(blocks, persons)
    _roles_named_after(blocks, persons)
    _roles_from_spoken_descriptions(blocks, persons)
    _roles_in_order(blocks, persons)
    _titles_from_hints(persons, hints)
    drop_undescribed(persons, UNKNOWN_ROLE)  # "Christian Aid said": a body, not a person
    drop_owned_things(persons)  # "deputy director of Madrid’s Reina Sofia museum": a museum
    ordered = sorted(persons.values(), key=lambda p: (p.first_block, p.first_pos))
    forms = name_forms(ordered)
    firsts = [p.name.split()[0] for p in ordered]
    for person, first in zip(ordered, firsts, strict=True):
        # "Tedros, as he is known": a first name alone means the one person who has it.
        if len(person.name.split()) >= 2 and firsts.count(first) == 1 and first not in forms:
            forms[first] = [person.key]
    people = People(ordered, {p.key: p for p in ordered}, forms, places)
    people.compile()
    return people


def _roles_in_order(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """ "Ada Obi and Jo Lee, chair and treasurer, respectively": each name takes its own role
    (a person the text names so is added: the roles make them figures)."""
    for block in blocks:
        for name, role in roles_respectively(block.text):
            words = name.split()
            while len(words) > 2 and (words[0] in HONORIFICS or words[0] in TITLE_WORDS):
                words = words[1:]  # "Dr Jo Lee"
            person = persons.get(_key(" ".join(words)))
            if person is None and len(persons) < MAX_PEOPLE and _valid_name(words):
                at = block.text.find(name)
                person = Person(_key(" ".join(words)), " ".join(words), block.number, at)
                persons[person.key] = person
            if person is not None:
                person.apposition = role


_AND_NAME_AFTER = re.compile(r" and (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})(?![\w’'])")
_NAME_AND_BEFORE = re.compile(r"(?<![\w’'])(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}) and $")


def _add_partners(
    blocks: Sequence[Block], persons: dict[str, Person], uncued: Sequence[_Candidate]
) -> None:
    """ "help Michael Kovrig and Michael Spavor": a full name joined by "and" to a known
    person's full name is a person too."""
    texts = {b.number: b.text for b in blocks}
    for cand in uncued:
        if len(persons) >= MAX_PEOPLE or _key(" ".join(cand.name_words)) in persons:
            continue
        if not _is_first_name(cand.name_words[0]):
            continue  # "Homeowners McArthur and Mary Tate": a couple, see _add_couples
        text = texts.get(cand.block, "")
        after = _AND_NAME_AFTER.match(text, cand.end)
        before = _NAME_AND_BEFORE.search(text, max(0, cand.start - 60), cand.start)
        partners = [m.group("name") for m in (after, before) if m]
        if any(_key(name) in persons for name in partners):
            _add(persons, cand)


_HE_OR_SHE_OPENS = re.compile(r"\s*(?:He|She)(?:[’']s)?\s")
_HE_OR_SHE_SAID = re.compile(r"[,?!][”\"]\s+(?:he|she)\s+(?:said|says|told|tells|added)\b")


def _title_word(word: str) -> bool:
    """ "Waihi", "local": a word of a title before a name, not "Speaking" or "yesterday"."""
    if word.casefold() in ROLE_NOUNS or word.casefold() in ROLE_MODIFIERS:
        return True
    return (
        word[:1].isupper()
        and word not in SENTENCE_STARTERS
        and not word.endswith(("ing", ",", ";", ":"))
    )


# "a talk by Jo Lee of Varnholt Ltd. He has ...": the agent of a deed the sentence names.
_BY_BEFORE = re.compile(r"(?<![\w’'])(?:given|made|led|written|delivered|presented|a [a-z]+) by $")


# "In the citizen portion, Jo Lee opened with ...": a phrase opening the sentence with a
# preposition, closed by a comma just before the name (the name is the sentence's subject).
_OPENING_PHRASE = re.compile(
    r"(?:In|At|During|On|After|Before|Later|Earlier|Speaking|Meanwhile)\b[^,.;:“”\"]{0,60}, $"
)


def _after_opening_phrase(text: str, lo: int, start: int) -> bool:
    """ "In the citizen portion, Jo Lee opened": the name follows a comma-closed phrase that
    opens its sentence with a preposition."""
    return _OPENING_PHRASE.fullmatch(text, lo, start) is not None


def _he_or_she_next(text: str, next_text: str, cand: _Candidate) -> bool:
    """ "Dave Bell was evacuated to the RSA. He has lived there 14 years.": a full name that
    opens its sentence (after three words at most: "Waihi local Dave Bell", or after an
    opening phrase: "In the citizen portion, Dave Bell"), the next one
    (or the next paragraph) opening with He or She, or the next paragraph's quote ending
    `,” she said`, is a person."""
    spans = sentence_spans(text)
    for i, (lo, hi) in enumerate(spans):
        if lo <= cand.start < hi:
            lead = text[lo : cand.start].split()  # "Waihi local Dave Bell"
            opens = len(lead) <= 3 and all(_title_word(w) for w in lead)
            opens = opens or _after_opening_phrase(text, lo, cand.start)
            if not opens and not _BY_BEFORE.search(text, lo, cand.start):
                return False
            if any(at != cand.start for at in full_name_starts(text)):
                return False  # "Jane Doe met Tom Reid.": the he/she may be either
            if i + 1 < len(spans):
                return _HE_OR_SHE_OPENS.match(text, spans[i + 1][0]) is not None
            return (
                _HE_OR_SHE_OPENS.match(next_text) is not None
                or _HE_OR_SHE_SAID.search(next_text) is not None
            )
    return False


def _group_word(word: str, blocks: Sequence[Block], persons: dict[str, Person]) -> bool:
    """ "Gardaí say": a lone word used as a plural subject is a group, not a person."""
    return is_collective(word, (b.text for b in blocks), (p.name for p in persons.values()))


def _link_spellings(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """One person for the article's two spellings of a name, and the honorific the
    article always writes before it kept in the name ("Sheikh Rashid Ahmed")."""
    order = sorted(persons, key=lambda k: (persons[k].first_block, persons[k].first_pos))
    merge_variant_spellings(persons, order)
    texts = [b.text for b in blocks]
    honoured = honoured_words(texts)
    for person in persons.values():
        if person.name.split()[0] not in honoured:
            continue
        # The given name alone is a form too ("Datuk Fahmi Fadzil" once, then "Fahmi said":
        # Malay usage names a person by the given name), checked for the honorific as well.
        spellings = [person.name, *(a for a in person.aliases if " " in a)]
        honorific = name_honorific([*spellings, person.name.split()[0]], texts)
        if honorific is None and " " not in person.name:
            honorific = _style_at_first_mention(person.name, texts)
        if honorific is None or (" " not in person.name and honorific not in _NAME_STYLES):
            continue  # one word after "Chief" may be an office's holder; "Sheikh Hasina" not
        if " " not in person.name and honorific in GULF_STYLES and style_of_rank(texts):
            continue  # "Sheikh Mohammad" beside "Sheikh Ali Al-Sabah": a style, Mohammad
        person.aliases.append(person.name)
        person.name = f"{honorific} {person.name}"
        if person.title and person.title.endswith(f" {honorific}"):
            person.title = person.title.removesuffix(f" {honorific}")
        elif person.title == honorific:
            person.title = None


# Honorifics that make a name with one word after them ("Sheikh Hasina", "Sardar Farooq",
# every time).
_NAME_STYLES = frozenset({"Sheikh", "Sheik", "Sardar"})


def _style_at_first_mention(name: str, texts: Sequence[str]) -> str | None:
    """ "department director Sardar Sarfraz told ..." then "Sarfraz said": a one-word name
    introduced after a style that makes a name (`_NAME_STYLES`) keeps it, though the later
    mentions drop it as a surname's would; never when another of those styles is written."""
    styles = "|".join(_NAME_STYLES)
    first = re.compile(rf"(?<![\w’'])(?:(?P<style>{styles}) )?{re.escape(name)}(?![\w’'])")
    seen = [m for text in texts for m in first.finditer(text)]
    if not seen or seen[0].group("style") is None:
        return None
    if any(m.group("style") not in (None, seen[0].group("style")) for m in seen):
        return None
    return seen[0].group("style")


_OUTLET_POSSESSIVE = re.compile(
    r"(?<![\w’'])(?P<org>[A-Z]{2,6}|(?:[A-Z][\w&.-]* ){0,3}(?:News|Times|Post|Radio|Television|"
    r"Press|Journal|Herald|Tribune|Guardian|Telegraph)|Labour|Labor|Plaid Cymru|Greens)"
    r"(?:’s|'s|’|')\s$"
)


def _outlet_before(text: str, start: int) -> str | None:
    """The newsroom or agency in "CNN’s Jeff Zeleny", "Fox News' Howard Kurtz", or the party
    in "Labour's Ann Gair"."""
    match = _OUTLET_POSSESSIVE.search(text, max(0, start - 40), start)
    return match.group("org") if match else None


_BRACKETED_FIRST = re.compile(r"\(([A-Z][\w’'-]+)\) ([A-Z][\w’'-]+)")


def _bracketed_first_names(blocks: Sequence[Block]) -> list[str]:
    """ "Mr. (Sergei) Shoigu": the wire's way of adding a first name, as "Sergei Shoigu"."""
    return [f"{m.group(1)} {m.group(2)}" for b in blocks for m in _BRACKETED_FIRST.finditer(b.text)]


def _drop_organisations(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """Forget "persons" the article writes as organisations ("a Monusco spokesman"), unless
    the name is also a named person's surname ("a Trump aide" and "Donald Trump")."""
    orgs = organisation_names(block.text for block in blocks)
    orgs |= _company_names(blocks, persons)
    orgs |= _things_with_titles(blocks, persons)
    if not orgs:
        return
    surnames = {p.surname for p in persons.values() if " " in p.name}
    for key, person in list(persons.items()):
        if person.name in orgs and person.name not in surnames:
            del persons[key]


def _drop_places(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """Forget "persons" whose name is a place's or a storm's ("Tarbela Dam", "Tropical Storm
    Barry", "at Preah Vihear temple") or a kind of people the article also writes in the
    plural: see `places_as_names` and `plural_phrases`."""
    texts = [block.text for block in blocks]
    for key, person in list(persons.items()):
        if (
            place_like_name(person.name, texts)
            or written_as_plural(person.name, texts)
            or venue_or_station(person.name, texts)
        ):
            del persons[key]  # "These Marathon Runners ...", then "said Marathon Runner"


def _things_with_titles(blocks: Sequence[Block], persons: dict[str, Person]) -> set[str]:
    """ "the Strong Mayor Powers": a one-word name the article writes after "the" and its
    title is most often a thing named after the office or a name cut short ("the General
    Directorate"); over all 741 real articles such a figure was right once in 8 ("the
    President Trump"), so it is held back."""
    found = set()
    for person in persons.values():
        if " " in person.name or not person.title:
            continue
        thing = re.compile(rf"\b[Tt]he {re.escape(person.title)} {re.escape(person.name)}\b")
        if any(thing.search(block.text) for block in blocks):
            found.add(person.name)
    return found


_COMPANY_SUFFIX = (
    r",? (?:Corp|Corporation|Inc|Ltd|Limited|Co|PLC|plc|LLC|Holdings|GmbH|AG)\b"
    # "Deyaar Development said ...", then "Deyaar said": a trade's word after the name.
    r"| (?:Development|Developers|Securities|Properties|Investments|Realty|Estates|Insurance"
    r"|Logistics|Pharmaceuticals|Consulting|Brokerage|Technologies)\b"
)


def _company_names(blocks: Sequence[Block], persons: dict[str, Person]) -> set[str]:
    """ "Federal-Mogul Corp. said ..." then "Federal-Mogul said", "Deyaar Development said"
    then "Deyaar said": a name the article also writes with a company's suffix or a trade's
    word is the company's."""
    names = "|".join(re.escape(p.name) for p in persons.values())
    if not names:
        return set()
    pattern = re.compile(rf"(?<![\w’'-])({names})(?:{_COMPANY_SUFFIX})")
    return {m.group(1) for b in blocks for m in pattern.finditer(b.text)}


# ", 47," / ", of Hull," / ", from Oslo,": an age or a home town set off after a name, before
# the speech verb (round 56: "from" is the same aside as "of", as `roles._HOME_TOWN` reads it).
_PERSONAL_ASIDE = re.compile(r",\s*(?:\d{1,3},|(?:of|from) [A-Z])")
# "Shane Williams, who has campaigned to save the centre, said:": a person speaks.
_WHO_THEN_VERB = re.compile(
    rf",\s*who\s[^,;:.!?\"“”]{{1,140}},\s*(?:[a-z]+ly\s+)?(?:{_SPEECH_VERB.pattern})"
)
# "Nurudin Munyaneza, one of the protesters said": an aside the outlet left unclosed.
_ONE_OF_THEM_SAID = re.compile(rf",\s*one\s+of\s+the\s+[a-z][\w-]*\s+(?:{_SPEECH_VERB.pattern})")
_COUPLE = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+) and ([A-Z][\w’'-]+) ([A-Z][\w’'-]+)(?![\w’'])")


_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]+\s$")
_INITIAL_BEFORE = re.compile(r"(?<![\w’'])[A-Z]\.\s$")


def _is_first_name(word: str) -> bool:
    """A capitalised word before a name that is not a title, a role or a sentence opener."""
    low = word.casefold()
    return not (
        word in TITLE_WORDS
        or word in HONORIFICS
        or word in SENTENCE_STARTERS
        or low in ROLE_NOUNS
        or low.removesuffix("s") in ROLE_NOUNS
    )


def _add_couples(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """ "McArthur and Mary Tate": when Mary Tate is a person, so is McArthur Tate."""
    for block in blocks:
        for match in _COUPLE.finditer(block.text):
            first, other, surname = match.groups()
            known = persons.get(_key(f"{other} {surname}"))
            name = f"{first} {surname}"
            if known is None or first in NOT_NAMES or _key(name) in persons:
                continue
            before = _NAME_BEFORE.search(block.text, max(0, match.start() - 40), match.start())
            if before and _is_first_name(before.group().strip()):
                continue  # "Michael Kovrig and Michael Spavor": two full names, no couple
            if _INITIAL_BEFORE.search(block.text, max(0, match.start() - 4), match.start()):
                continue  # "K. Shanmugam and Vivian Balakrishnan": an initial, a full name
            if _PREPOSITION_BEFORE.search(block.text, max(0, match.start() - 12), match.start()):
                continue  # "a win in Ardmore and Ann Tate was ...": a place, then a name
            shared = role_before(block.text, match.start(), max(0, match.start() - 80))
            known.title = known.title or shared  # "Homeowners McArthur and Mary Tate"
            if len(persons) >= MAX_PEOPLE:
                return
            twin = Person(_key(name), name, block.number, match.start())
            twin.title, twin.before, twin.cued = known.title, known.before, True
            persons[twin.key] = twin


def heading_speaker(text: str) -> tuple[str, str | None, str] | None:
    """(name, role, the name as printed) of a paragraph that is a speaker heading over
    quotes ("INDIAN COACH, HARENDERA SINGH:" -> "Harendera Singh", "Indian coach"; "Ox
    Nche, prop"), else None; a name in capitals is written as a name."""
    if (named := name_role_line(text)) is not None:
        return named[0], named[1], named[0]
    if (named := caps_role_heading(text)) is not None:
        return named[0], named[1], named[0]  # "HEAD COACH Tom Penders"
    if not speaker_heading(text):
        return _titled_heading(text)
    role, _, printed = text.removesuffix(":").rpartition(", ")
    if not role and (titled := _titled_heading(text)) is not None:
        return titled  # "Captain Siya Kolisi:": the title is no part of the name
    name = printed.title() if printed.isupper() else printed
    if role.isupper():
        role = role.capitalize()
    return name, role or None, printed


# "Head coach Jacques Nienaber:", "Captain Siya Kolisi:": a role, then a name of two or
# three capitalised words, then a colon ending a short line.
_TITLED_HEADING = re.compile(
    r"([A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,5}) ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}):"
)


def _titled_heading(text: str) -> tuple[str, str | None, str] | None:
    """(name, role, the name as printed) of a heading that puts a role before the name, in
    mixed case ("Head coach Jacques Nienaber:"), the role holding a word of office."""
    match = _TITLED_HEADING.fullmatch(text) if len(text) <= 60 else None
    if match is None:
        return None
    role, name = match.groups()
    if not any(w in TITLE_WORDS or w.casefold() in ROLE_NOUNS for w in role.split()):
        return None
    if any(w in TITLE_WORDS or w.casefold() in ROLE_NOUNS for w in name.split()):
        return None
    return name, role, name


def _add_heading_speakers(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """The people speaker headings name ("Kemi Adeyemi:" over her quotes), with the role
    before the comma ("INDIAN COACH, HARENDERA SINGH:"), or the side after it in brackets
    over a quote ("Arsene Wenger (Arsenal)"), or a quotes sheet's lines without marks
    ("Kyle Chipchura, Canada: I thought ...")."""
    sheet = sheet_names(blocks)
    for i, block in enumerate(blocks):
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        found = heading_speaker(block.text)
        if found is None and after is not None:
            name = bracketed_heading(block.text, after.text)
            found = (name, None, name) if name is not None else None
        if found is None and (sided := side_colon_speaker(block.text)) is not None:
            found = (sided[0], sided[1], sided[0])  # "Dave Rice, UNLV: “...”"
        if found is None and (roled := role_colon_speaker(block.text)) is not None:
            found = (roled[0], roled[1], roled[0])  # "Jo Lee, captain of Wales: “...”"
        if found is None and (bare := bare_colon_speaker(block.text)) is not None:
            found = (bare, None, bare)  # "Thomas Tuchel: “...”"
        if found is None and block.number in sheet:
            named, side = sheet[block.number]  # "BRIAN CONKLIN: Probably ..."
            found = (named, side, block.text[: len(named)])
        if found is None:
            continue
        name, role, printed = found
        start = block.text.rfind(printed)
        words = name.split()
        _add(
            persons,
            _Candidate(
                words, start, start + len(printed), role, None, None, None, True, block.number
            ),
        )
        person = persons.get(_key(name))
        if person is not None and printed != name and printed not in person.aliases:
            person.aliases.append(printed)  # the heading writes it in capitals


def _add(persons: dict[str, Person], cand: _Candidate) -> None:
    name = " ".join(cand.name_words)
    key = _key(name)
    person = persons.get(key) or _longer_name(persons, cand.name_words)
    if person is None:
        if len(persons) >= MAX_PEOPLE:
            return
        person = Person(key, name, cand.block, cand.start)
        persons[key] = person
    elif person.key != key and name not in person.aliases:
        person.aliases.append(name)  # "Davis Rehm" after "Dana Davis Rehm"
    _enrich(person, cand)


def _longer_name(persons: dict[str, Person], name_words: Sequence[str]) -> Person | None:
    """The one person already known whose name ends with these words: a compound surname
    ("Davis Rehm" of "Dana Davis Rehm") is one person, not a second one."""
    if len(name_words) < 2:
        return None
    tail = [w.casefold() for w in name_words]
    hits = [
        p
        for p in persons.values()
        if len(p.name.split()) > len(tail)
        and [w.casefold() for w in p.name.split()[-len(tail) :]] == tail
    ]
    return hits[0] if len(hits) == 1 else None


def _enrich(person: Person, cand: _Candidate) -> None:
    person.cued = person.cued or cand.cued
    person.title = person.title or cand.title
    person.before = person.before or cand.before
    person.apposition = person.apposition or cand.apposition
    person.clause = person.clause or cand.clause


_SUBJECT_ROLE = re.compile(
    r"(?:^|(?<=[.!?]\s))The\s+(?P<role>(?:[\w’'-]+\s+){0,5}?(?P<noun>[a-z][\w-]*)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?)"
    r"\s+(?P<verb>[a-z]+)\b"
)


def _roles_from_subject_sentences(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """ "The director-general of the World Health Organization said ..." and, next, a name
    with no role of its own ("Tedros Adhanom Ghebreyesus"): the role is that person's, when
    nobody else is named in between or in an earlier paragraph (else nobody's: "Ana Petrak
    said ..." then "The minister said ..." speaks of her again; when unsure, leave it)."""
    if not persons:
        return
    forms = {f: p for p in persons.values() for f in {p.name, p.surname, *p.aliases}}
    names = re.compile(
        r"(?<![\w’'])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w’'])"
    )
    for i, block in enumerate(blocks):
        for match in _SUBJECT_ROLE.finditer(block.text):
            role, noun, verb = match.group("role"), match.group("noun"), match.group("verb")
            if noun.casefold() not in ROLE_NOUNS or not _verb_like(verb):
                continue
            if any(w[:1].isupper() for w in role.split()[: role.split().index(noun)]):
                continue  # "The Velmora spokesman": an organisation's, not a person's title
            following = [block.text[match.end() :]] + [b.text for b in blocks[i + 1 : i + 2]]
            hit = names.search("\n".join(following))
            if hit is None or inside_quoted("\n".join(following), hit.start()):
                continue  # "The coach said, "Sabina is ...": the coach speaks of Sabina
            if not following[0][: hit.start()].strip():
                continue  # "The mayor phoned Per Holm": the one the subject acts on
            person = forms[hit.group()]
            if _held_before(persons.values(), noun, block.number):
                continue  # "Judge X" earlier, then "The judge agreed ...": the same judge
            if any(names.search(b.text) for b in blocks[:i]):
                continue  # "Ana Petrak said ..." before: "The minister" may be her again
            if person.role == UNKNOWN_ROLE and not names.search(block.text, 0, match.start()):
                person.before = role


def _held_before(persons: Iterable[Person], noun: str, block: int) -> bool:
    """Whether someone named before paragraph `block` already has `noun` in their role."""
    return any(
        p.first_block < block and p.role != UNKNOWN_ROLE and noun in p.role.casefold().split()
        for p in persons
    )


def _roles_named_after(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """ "Alison McInnes called ..." then "The Liberal Democrat MSP for ... said": the role
    of the one person named just before (see `person_notes.roles_named_after`); or "Roe is the
    director of the water board" (`person_notes.roles_by_copula`)."""
    unknown = {k for k, p in persons.items() if p.role == UNKNOWN_ROLE}
    if not unknown:
        return
    owners: dict[str, set[str]] = {}
    for key, person in persons.items():
        for form in {person.name, person.surname, *person.aliases}:
            owners.setdefault(form, set()).add(key)
    forms = {f: next(iter(keys)) for f, keys in owners.items() if len(keys) == 1}
    texts = [b.text for b in blocks]
    found = roles_named_after(texts, forms)
    for key, role in roles_by_copula(texts, forms).items():
        found.setdefault(key, role)
    for key, role in found.items():
        if key in unknown:
            persons[key].before = role


def _roles_from_spoken_descriptions(blocks: Sequence[Block], persons: dict[str, Person]) -> None:
    """ "..., the Health Minister warned." / "“...,” Ada Obi said.": the role of the speaker
    named next, when their own is unknown (see `spoken_description`)."""
    unknown = {k for k, p in persons.items() if p.role == UNKNOWN_ROLE}
    if not unknown:
        return
    owners: dict[str, set[str]] = {}
    for key, person in persons.items():
        for form in {person.name, person.surname, *person.aliases}:
            owners.setdefault(form, set()).add(key)
    forms = {f: next(iter(keys)) for f, keys in owners.items() if len(keys) == 1}
    held = {
        w.casefold() for p in persons.values() if p.role != UNKNOWN_ROLE for w in p.role.split()
    }
    found = spoken_descriptions([b.text for b in blocks], forms, unknown, held)
    for key, role in found.items():
        persons[key].before = role


def _verb_like(word: str) -> bool:
    return word in {"said", "says", "told", "has", "had", "is", "was", "will", "would"} or (
        word.endswith("ed") and len(word) > 4
    )
