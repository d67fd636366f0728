"""A last pass over the people and speakers of a draft: one full name per person.

An article names one person in several forms: "Chan Chun Sing" (surname first), then
"Mr Chan"; "Kitui East Mp Nimrod Mbai", then "Mbai"; "VC Sajjanar", then "Sajjanar". The
people found earlier may keep a short form, or split one person in two. This pass gives each
person the fullest form of the name the article writes for them, merges the people that form
joins, and leaves a quote unattributed when its speaker's short form fits two people. It also
drops "people" that are units ("Incident Team" of "the Major Incident Team"), giving their
words to the person named as from the unit, and re-reads a he/she resolved to a person who,
in the sentence it points back to, passes on someone else's words ("In a statement by X, the
governor said ..."): the words are the governor's when one person has that role, else nobody's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.authoring.article import Block
from bot.authoring.article_particles import article_owners
from bot.authoring.attribution_in_marks import only_an_attribution
from bot.authoring.body_apposition import apposed_to_a_body
from bot.authoring.body_pronoun import referred_to_as_it
from bot.authoring.body_refer_back import named_back_as_body, nouns_said_back
from bot.authoring.canonical_names import (
    canonical_owners,
    clipped_form_of,
    headline_run,
    organisation_form,
    without_glued_lead,
    without_glued_verb,
)
from bot.authoring.common_word_names import common_word_name
from bot.authoring.group_lead import led_by_group
from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    CREDIT_LABELS,
    DEMONYMS,
    HONORIFICS,
    NOT_NAMES,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    REGIONS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    TITLE_WORDS,
    words,
)
from bot.authoring.lineage_names import lineage_owners
from bot.authoring.name_glue import (
    royal_given_name,
    without_glued_lead_word,
    without_style_tail,
)
from bot.authoring.name_leads import (
    TIME_WORDS,
    VENUE_WORDS,
    after_a_place_preposition,
    article_places,
    object_length,
    place_or_time,
)
from bot.authoring.namesakes import is_given_name, name_word_in_title, office_before_style
from bot.authoring.organisation_lead import without_organisation_lead
from bot.authoring.people import (
    UNKNOWN_ROLE,
    People,
    Person,
    compass_part,
    hyphenated_title,
    name_forms,
    office_goes_on,
    portfolio_and,
)
from bot.authoring.plural_posts import plural_post_in_name
from bot.authoring.pull_quotes import settle_pull_quotes
from bot.authoring.quote_doubts import (
    body_after_noun,
    body_before_office,
    named_only_in_list_items,
    names_a_work,
    office_words_name,
    words_never_alone,
)
from bot.authoring.quoted_names import ends_in_others_attribution, quoted_title
from bot.authoring.quotes import PRONOUN_HOW, RUN_ON_HOW, FoundQuote
from bot.authoring.repeated_quotes import speakers_from_copies
from bot.authoring.role_place_lead import role_place_length
from bot.authoring.sentence_leads import (
    common_plural,
    opens_a_sentence,
    sentence_lead,
    without_common_lead,
    without_sentence_lead,
)
from bot.authoring.surname_spelling import most_printed_spelling
from bot.authoring.text import sentence_spans
from bot.authoring.trailing_credit import credited_someone_else
from bot.authoring.unintroduced import unintroduced_beside_another

__all__ = ["UNIT_WORDS", "settle_speakers"]

# Last words of a capitalised phrase that names a body of people, not a person.
UNIT_WORDS = (
    ORG_KEYWORDS
    & words(
        """
        University College School Institute Council Ministry Department Agency Authority
        Union Party Company Corporation Group Association Foundation Committee Commission
        Parliament Assembly Army Navy Police Board Organisation Organization Service Office
        Federation Hospital Society Alliance Coalition Bureau Secretariat Academy
        """
    )
) | words(
    "Team Unit Squad Taskforce Division Directorate Department Branch Desk Brigade"
    " Force Forces Constabulary Corps Command Tribunal"
)

MAX_NAME_WORDS = 4
# How a quote got a speaker that came from another quote or an earlier mention.
_DERIVED = frozenset(
    {
        PRONOUN_HOW,
        "the paragraph before",
        "the quote before",
        RUN_ON_HOW,
        "an earlier sentence",
    }
)
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")
_POSSESSIVE = ("’s", "'s", "’", "'")
_FOLDED_TITLES = frozenset(t.casefold() for t in TITLE_WORDS | HONORIFICS)
_STOP = NOT_NAMES | OFFICE_WORDS | TITLE_WORDS | HONORIFICS | UNIT_WORDS
_SPEECH = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v), key=len))
# "Rachel Smith from GMP Major Incident Team": a person, then the body they belong to.
_MEMBER_OF = r",?\s+(?:from|of|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){0,5}?"
# "X, the governor said": X is named, but the governor is the one speaking.
_OTHER_SPEAKER_AFTER = re.compile(
    rf"^\s*,\s*the\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<noun>[a-z][\w-]*)\s+(?:{_SPEECH})\b"
)


def settle_speakers(
    blocks: Sequence[Block],
    people: People,
    quotes: Sequence[FoundQuote],
    captions: Sequence[str] = (),
) -> tuple[People, list[FoundQuote]]:
    """The people under their fullest names and the quotes with their speakers settled
    (pull quotes too: see `pull_quotes`); `captions` are the page's photo captions, read
    only for how they spell names."""
    settled, merged_into = _settle_people(blocks, people, captions)
    texts = [b.text for b in blocks]
    units = {p.key: p.name for p in people.persons if is_unit(p.name)}
    one_word = [p for p in settled.people.persons if " " not in p.name]
    lowercase = _lowercase_words(texts) if one_word else frozenset()
    common = {
        p.key
        for p in one_word
        if common_word_name(p.name, lowercase)
        or referred_to_as_it(p.name, texts)
        or apposed_to_a_body(p.name, texts)
    }
    members: dict[str, tuple[int, str]] = {}  # a unit -> (paragraph, its member who spoke)
    handed: dict[str, tuple[int, str | None]] = {}  # speaker -> (paragraph, who instead)
    out: list[FoundQuote] = []
    for quote in quotes:
        speaker = merged_into.get(quote.speaker) if quote.speaker else None
        if quote.speaker in units:
            speaker = _member_speaking(settled, quote, units[quote.speaker], members)
        instead = speaker
        if speaker is not None:
            instead = _settled_speaker(settled, quote, speaker, handed.get(speaker))
        if speaker is not None and instead != speaker:
            handed[speaker] = (quote.block, instead)
        if instead in common or (
            instead is not None and _part_of_a_name(settled.people.by_key[instead].name, texts)
        ):
            instead = None  # a common word ("Soccer"), a body ("its"), part of a name: nobody's
        if instead is not None and _doubted(settled, blocks, instead, quote):
            instead = None
        out.append(replace(quote, speaker=instead))
    return settled.people, settle_pull_quotes(blocks, speakers_from_copies(out, quotes))


def _doubted(settled: _People, blocks: Sequence[Block], key: str, quote: FoundQuote) -> bool:
    """Whether a careful reader credits the quote to nobody (`quote_doubts`): words that
    never stand alone, a work's or a thing's title, narration credited to others inside
    the marks (`quoted_names`), a one-word name never introduced (`unintroduced`), a he/she
    in a paragraph led by a bench or a group (`group_lead`), or another story's teaser."""
    if words_never_alone(quote.text) or ends_in_others_attribution(quote.text):
        return True
    if only_an_attribution(quote.text):
        return True
    block = settled.by_number.get(quote.block)
    if block is None:
        return False
    if names_a_work(block.text, quote.text) or quoted_title(block.text, quote.text):
        return True
    person = settled.people.by_key[key]
    others = [p.name for p in settled.people.persons if p.key != key]
    texts = [b.text for b in blocks]
    if unintroduced_beside_another(person.name, texts, block.text, others):
        return True
    if quote.how == PRONOUN_HOW and _after_someone_elses_credit(blocks, block, quote, person):
        return True
    if quote.how == PRONOUN_HOW and led_by_group(
        block.text, quote.text, [person.name, *person.aliases]
    ):
        return True
    return named_only_in_list_items([person.name, *person.aliases], blocks, block)


def _after_someone_elses_credit(
    blocks: Sequence[Block], block: Block, quote: FoundQuote, person: Person
) -> bool:
    """Whether a he/she quote follows a paragraph closed by crediting another name
    (`trailing_credit`)."""
    index = next((i for i, b in enumerate(blocks) if b.number == block.number), 0)
    if index == 0:
        return False
    before = blocks[index - 1].text
    return credited_someone_else(before, block.text, quote.text, [person.name, *person.aliases])


def _settle_people(
    blocks: Sequence[Block], people: People, captions: Sequence[str] = ()
) -> tuple[_People, dict[str, str]]:
    """The people under their fullest names, and which settled person each old key is (a
    key whose name fits two people, or names a unit, is nobody)."""
    texts = [b.text for b in blocks]
    lowercase = _lowercase_words(texts)
    said_back = nouns_said_back(texts)
    kept = [
        _without_common_lead(p, lowercase)
        for p in people.persons
        if not is_unit(p.name)
        and not organisation_form(p.name, texts)
        and not _place_extended(p.name, texts)
        and not body_before_office(p.name, texts)
        and not body_after_noun(p.name, texts)
        and not office_words_name(p.name)
        and not named_back_as_body(p.name, said_back)
    ]
    kept = [_first_name_in_capitals(p, texts, lowercase) for p in kept]
    kept = [replace(p, name=without_glued_lead(p.name, texts)) for p in kept]
    kept = [_renamed(p, without_glued_verb(p.name, texts)) for p in kept]
    kept = [_renamed(p, without_glued_lead_word(p.name)) for p in kept]
    kept = [_renamed(p, without_organisation_lead(p.name, texts)) for p in kept]
    kept = [_renamed(p, without_style_tail(p.name, texts)) for p in kept]
    kept = [_with_royal_given_name(p) for p in kept]
    kept = [_renamed(p, without_sentence_lead(p.name, texts)) for p in kept]
    kept = [_renamed(p, without_common_lead(p.name, lowercase)) for p in kept]
    kept = [_without_style_lead(p, texts) for p in kept]
    kept = [_with_name_word_of_title(p, texts) for p in kept]
    places = article_places(texts)
    leads = [_without_place_lead(p, kept, texts, places) for p in kept]
    kept = [person for person, _ in leads]
    doubtful = {person.key for person, doubt in leads if doubt}
    full = {p.key: _full_name(p, kept, texts, lowercase, places) for p in kept}
    full = {key: _without_portfolio_word(name, texts) for key, name in full.items()}
    full = {key: name and without_glued_lead_word(name) for key, name in full.items()}
    full = {key: name and without_organisation_lead(name, texts) for key, name in full.items()}
    full = {key: name and (clipped_form_of(name, texts) or name) for key, name in full.items()}
    owners = {
        **canonical_owners(kept),
        **_acronym_owners(kept, texts),
        **article_owners(kept),
        **lineage_owners(kept),
    }
    for key, owner in owners.items():
        full[key] = full[owner] or full[key]
    persons, merged_into = _merge(kept, full)
    printed = [*texts, *captions]
    persons = [_renamed(p, most_printed_spelling(p.name, p.aliases, printed)) for p in persons]
    for key in {k for k, name in full.items() if name is None} | doubtful:
        del merged_into[key]  # its name fits two people, or may hold a place: nobody's
    known = {p.name for p in people.persons}
    for person in persons:
        if person.name not in known and person.role == UNKNOWN_ROLE:
            person.before = _role_before_name(person.name, texts)
    shared = _shared_aliases(persons)
    for person in persons:
        person.aliases = [a for a in person.aliases if a not in shared[person.key]]
    return _People(_people(persons), {b.number: b for b in blocks}, shared), merged_into


def _settled_speaker(
    settled: _People, quote: FoundQuote, speaker: str, earlier: tuple[int, str | None] | None
) -> str | None:
    """Who a quote is given to: the speaker found, someone else, or nobody (None)."""
    if earlier and earlier[0] >= quote.block - 1 and quote.how in _DERIVED:
        return earlier[1]  # it runs on from a quote given to someone else
    if settled.named_by_a_shared_form(quote, speaker):
        return None
    if quote.how == PRONOUN_HOW:
        noun = _speaking_instead(settled, quote, speaker)
        if noun is not None:
            return _one_with_role(settled.people, noun, speaker)
    return speaker


_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*)\s+$")


def _cut_at_a_stop(name: str, texts: Sequence[str]) -> bool:
    """ "Alain St" of "Minister Alain St.Ange": the article writes the name's last word
    joined by a full stop to a capitalised word (no space, not a sentence opener such as
    "Lee.The"): the name goes on past the stop, so this short form is not who it is."""
    glued = re.compile(rf"(?<![\w’'-]){re.escape(name)}\.([A-Z][\w’'-]*)")
    return any(word not in SENTENCE_STARTERS for text in texts for word in glued.findall(text))


def _fragment(name: str, texts: Sequence[str]) -> bool:
    """A one-word name ("Wiedmann", "Milindi") that the article also writes after or before
    another name word ("Christian Wiedmann", "Milindi Kamili") the draft did not read as this
    person's: a part of a fuller name, not who it is; the quote is left unattributed (titles,
    capitals and sentence openers before it do not count: "PM Rutte", "Sub-Inspector
    Jammeh", "The Jammeh"; nor places, times or verbs after it: "Rutte Monday")."""
    if len(name.split()) != 1:
        return False
    lowercase = _lowercase_words(texts)
    for text in texts:
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
            if _name_word_after(text, match.end(), lowercase):
                return True
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if before is None:
                continue
            word = before.group(1)
            if not (
                word in _STOP - DEMONYMS  # "Christian Wiedmann": a given name too
                or word in SENTENCE_STARTERS
                or word.isupper()
                or hyphenated_title(word)
                or word.casefold() in ROLE_NOUNS
            ):
                return True
    return False


_WORD_AFTER = re.compile(r" ([A-Z][a-z][\w’'-]*)(?![\w’'.-])")


def _name_word_after(text: str, end: int, lowercase: frozenset[str]) -> bool:
    """ "Milindi Kamili": a one-word name followed by a word that can only be a name's."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return _name_word(word, lowercase) and not (
        word in SENTENCE_STARTERS
        or word in _PLACE_WORDS
        or place_or_time(word)
        or word.casefold() in SPEECH_VERBS
    )


# Words that open a place's name before the word that names it ("Lake Charles", "Port
# Louis"), unlike those that close one ("Region", "State": "Secretary of State Mike Pompeo").
_PLACE_LEADS = words("Lake Mount Mt Port Cape Fort Isle")


def _in_a_place_name(name: str, texts: Sequence[str]) -> bool:
    """ "Charles" of "the station in Lake Charles, said": a name the article writes only
    after a place's word ("Lake", "Port", "Mount") is the end of a place's name."""
    if " " in name:
        return False
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    befores = [
        _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for text in texts
        for m in pattern.finditer(text)
    ]
    return bool(befores) and all(b is not None and b.group(1) in _PLACE_LEADS for b in befores)


def _part_of_a_name(name: str, texts: Sequence[str]) -> bool:
    """A speaker's name that is only a part of who it is (or of a place's name): its quotes
    are left unattributed."""
    return _fragment(name, texts) or _cut_at_a_stop(name, texts) or _in_a_place_name(name, texts)


def is_unit(name: str) -> bool:
    """ "Incident Team", "Health Department": a name that ends like a body of people."""
    last = name.split()[-1] if name.split() else ""
    return len(name.split()) >= 2 and last in UNIT_WORDS


def _lowercase_words(texts: Sequence[str]) -> frozenset[str]:
    """Words the article writes in lowercase somewhere ("office"): common words, not names."""
    return frozenset(w for t in texts for w in re.findall(r"(?<![\w’'])[a-z][\w’'\-]*", t))


def _name_word(word: str, lowercase: frozenset[str]) -> bool:
    return (
        word[:1].isupper()
        and not word.isupper()  # "PRO", "UNC": an office or a body; initials are apart
        and word not in _STOP
        and word.casefold() not in _FOLDED_TITLES
        and word.casefold() not in ROLE_NOUNS
        and word.casefold() not in lowercase
        and not hyphenated_title(word)  # "Sub-Inspector Jammeh"
    )


def _without_common_lead(person: Person, lowercase: frozenset[str]) -> Person:
    """ "Farmers Welfare Narendra Singh Tomar": a long name does not start with a word the
    article also writes as a common word ("welfare programmes"); that word ends the title."""
    first, *rest = person.name.split()
    if len(rest) < 3 or first.casefold() not in lowercase:
        return person
    title = f"{person.title} {first}" if person.title else None
    return replace(person, name=" ".join(rest), title=title, aliases=[person.name, *person.aliases])


def _written_alone(rest: str, name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes `rest` somewhere other than inside `name`."""
    return sum(t.count(rest) for t in texts) > sum(t.count(name) for t in texts)


def _known_elsewhere(rest: str, person: Person, persons: Sequence[Person]) -> bool:
    return any(
        p.key != person.key and (rest in (p.name, p.surname, *p.aliases) or _fits(p.name, rest))
        for p in persons
    )


_STYLED = re.compile(r"(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+$")


def _without_style_lead(person: Person, texts: Sequence[str]) -> Person:
    """ "His Excellency Joseph Boakai": a capitalised word after "his", "her", "their" or
    "your" is a style of address (a possessive never stands before a given name), so a
    name the article writes only so does not start with it."""
    _style, *rest = person.name.split()
    if len(rest) < 2:
        return person
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(person.name)}(?![\w’'])")
    starts = [(text, m.start()) for text in texts for m in pattern.finditer(text)]
    if not starts or not all(_STYLED.search(text, max(0, at - 8), at) for text, at in starts):
        return person
    return _renamed(person, " ".join(rest))  # a style is no role either


def _with_royal_given_name(person: Person) -> Person:
    """ "Windhoek mayor Queen" + "Kamati", "ambassador Sultan" + "Al Qurtasi Al Nuaimi": a
    royal title after an office is the given name."""
    split = royal_given_name(person.title, full_name=" " in person.name)
    if split is None:
        return person
    title, given = split
    return replace(_renamed(person, f"{given} {person.name}"), title=title)


def _with_name_word_of_title(person: Person, texts: Sequence[str]) -> Person:
    """ "Tan Sri Mohamad" + "Fuzi Harun": the word after a style is the name's first."""
    word = name_word_in_title(person.name, person.title, texts)
    if word is None:
        return person
    # "Police chief Tan Sri Mohamad": the office before the style stays the role
    return replace(
        _renamed(person, f"{word} {person.name}"), title=office_before_style(person.title)
    )


def _without_portfolio_word(name: str | None, texts: Sequence[str]) -> str | None:
    """ "Councillor for Health, Culture and Learning Neil Lee": a name the article writes
    only right after an office's portfolio joined by "and" does not start with the
    portfolio's last word."""
    if name is None or len(name.split()) < 3:
        return name
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'])")
    starts = [(text, m.start()) for text in texts for m in pattern.finditer(text)]
    if starts and all(portfolio_and(text, at) for text, at in starts):
        return name.split(" ", 1)[1]
    return name


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_TITLE_JOINERS = frozenset({"of", "the", "for", "and", "on"})


def _initials_before(text: str, at: int) -> str:
    """The initials of the capitalised words right before text[at] ("AMK" before "Arab
    Member of Knesset Jamal ..."), small joining words skipped, up to a lowercase word."""
    letters = []
    for word in reversed(re.findall(r"[\w’'-]+|[^\w\s]", text[max(0, at - 80) : at])):
        if word in _TITLE_JOINERS:
            continue
        if not word[:1].isupper():
            break
        letters.append(word[0])
    return "".join(reversed(letters))


def _acronym_owners(persons: Sequence[Person], texts: Sequence[str]) -> dict[str, str]:
    """{key: owner} for "MK Zahalka" beside "Member of Knesset Jamal Zahalka": a word in
    capitals before a surname, when the article spells it out as the title before one other
    person's full name with that surname, is that title, and the short form is theirs."""
    owners: dict[str, str] = {}
    for person in persons:
        first, *rest = person.name.split()
        if not rest or not _ACRONYM.fullmatch(first):
            continue
        tail = " ".join(rest)
        fits = [
            other.key
            for other in persons
            if other.key != person.key
            and other.name.endswith(f" {tail}")
            and any(
                _initials_before(text, m.start()).endswith(first)
                for text in texts
                for m in re.finditer(rf"(?<![\w’'-]){re.escape(other.name)}", text)
            )
        ]
        if len(fits) == 1:
            owners[person.key] = fits[0]
    return owners


_LONG_PLACES = tuple(p.split() for p in COUNTRIES | CITIES | REGIONS if " " in p)


def _place_extended(name: str, texts: Sequence[str]) -> bool:
    """ "Sierra Leonea" (or "Sierra Leoneans") where the article writes "Sierra Leone": a
    place of two words or more the article names, its last word run on by a few letters, is
    the place misspelt or its people, not a person."""
    words = name.split()
    return any(
        len(place) == len(words)
        and words[:-1] == place[:-1]
        and words[-1] != place[-1]
        and words[-1].startswith(place[-1])
        and any(" ".join(place) in text for text in texts)
        for place in _LONG_PLACES
    )


_ONE_WORD_COUNTRIES = frozenset(c for c in COUNTRIES if " " not in c)


_OF_A_PLACE = re.compile(r"(?<![\w’'])(?:of|from|in|for)\s+$")


def _country_lead(first: str, rest: Sequence[str], texts: Sequence[str]) -> bool:
    """ "the coach of Ghana Didi Dramani": a country's name that is no given name ("Ghana",
    not "Georgia") written after "of", "from", "in" or "for" before a name of two words or
    more is the place's, not the person's; a country written without the preposition may be
    a given name ("Chad Michael Murray said")."""
    if len(rest) < 2 or first not in _ONE_WORD_COUNTRIES or is_given_name(first):
        return False
    name = re.compile(rf"(?<![\w’'-]){re.escape(' '.join([first, *rest]))}(?![\w’'-])")
    starts = [(text, m.start()) for text in texts for m in name.finditer(text)]
    return bool(starts) and all(_OF_A_PLACE.search(t, max(0, at - 6), at) for t, at in starts)


def _without_place_lead(
    person: Person, persons: Sequence[Person], texts: Sequence[str], places: frozenset[str]
) -> tuple[Person, bool]:
    """ "Chief Minister Sindh Murad Ali Shah", "in Warri Obi": a name led by a word the
    article uses as a place (or written only after "in", "at" ...), or by a month, loses
    it when the rest is written alone elsewhere or is another person's name ("June Obi"
    beside "Ada Obi"); else it is doubtful (True) when the lead is a place before two name
    words, or a month in a form written once."""
    first, *rest = person.name.split()
    place = first in places or (bool(rest) and after_a_place_preposition(person.name, texts))
    if not rest or not (place or first in TIME_WORDS or _country_lead(first, rest, texts)):
        return person, False
    shorter = " ".join(rest)
    if (
        _known_elsewhere(shorter, person, persons)
        or (len(rest) >= 2 and _written_alone(shorter, person.name, texts))
        or _country_lead(first, rest, texts)
    ):
        renamed = _renamed(person, shorter)
        if place and person.title:
            renamed.title = f"{person.title} {first}"
        return renamed, False
    once = sum(t.count(person.name) for t in texts) == 1
    return person, (place and len(rest) >= 2) or (first in TIME_WORDS and once)


_PLACE_WORDS = frozenset(w.title() for p in COUNTRIES | CITIES | REGIONS for w in p.split())
# A paragraph's opening words set in capitals, ending in a word in capitals before a surname.
_CAPITALS_LEAD = re.compile(r"^[^a-z]*?[A-Z][A-Z-]+[\s:]+([A-Z]{3,})\s+$")


def _first_name_in_capitals(
    person: Person, texts: Sequence[str], lowercase: frozenset[str]
) -> Person:
    """ "ATTORNEY-AT-LAW DIONNE Meyler": a print lead-in sets a paragraph's first words in
    capitals, the first name with them; a surname alone takes the word in capitals before it
    when that word is no title, role or common word of the article."""
    if " " in person.name:
        return person
    for text in texts:
        at = text.find(person.name)
        lead = _CAPITALS_LEAD.match(text[:at]) if at > 0 else None
        if lead is None:
            continue
        first = lead.group(1).title()
        if first in _PLACE_WORDS or not re.search(r"[AEIOUY]", lead.group(1)):
            continue  # "NEW YORK Smith": a dateline; "PRS Smith": letters
        if _name_word(first, lowercase):
            return _renamed(person, f"{first} {person.name}")
    return person


def _role_before_name(name: str, texts: Sequence[str]) -> str | None:
    """The role written right before a name the pass lengthened, which the people found
    earlier could not see: "Kitui East Mp Nimrod Mbai", "police commissioner VC Sajjanar"."""
    for text in texts:
        for match in re.finditer(rf"(?<![\w’']){re.escape(name)}(?![\w’'])", text):
            found: list[str] = []
            for word in reversed(text[: match.start()].split()[-4:]):
                folded = word.casefold()
                if not found and folded not in _FOLDED_TITLES | ROLE_NOUNS:
                    break
                role_word = folded in _FOLDED_TITLES | ROLE_NOUNS | ROLE_MODIFIERS
                if word in SENTENCE_STARTERS or not (role_word or word[:1].isupper()):
                    break
                if not word[-1].isalnum():
                    break
                found.insert(0, word)
            if found:
                return " ".join(found)
    return None


def _runs_around(name: str, text: str) -> list[tuple[int, int, list[str], list[str]]]:
    """For each place `text` writes `name`: where, and the capitalised words right before
    and after it."""
    out: list[tuple[int, int, list[str], list[str]]] = []
    if name not in text:  # most paragraphs: no regex built or run
        return out
    for match in re.finditer(rf"(?<![\w’'.]){re.escape(name)}(?![\w’'])", text):
        before = _tokens_back(text, match.start())
        after = _tokens_forward(text, match.end())
        out.append((match.start(), match.end(), before, after))
    return out


def _written_as_a_person(text: str, start: int, end: int) -> bool:
    """Whether the article writes the name at text[start:end] as a person's: after a title
    or a role ("commissioner VC Sajjanar"), before "said" or ", who", or after "said"."""
    before = text[:start]
    last = re.search(r"([\w’'.-]+)\s+$", before)
    if last and last.group(1).casefold().rstrip(".") in _FOLDED_TITLES | ROLE_NOUNS:
        return True
    if re.search(rf"\b(?:{_SPEECH})\s+$", before[-40:]):
        return True
    return re.match(rf"\s*,?\s*(?:who\b|(?:{_SPEECH})\b)", text[end : end + 40]) is not None


def _tokens_back(text: str, pos: int) -> list[str]:
    """Capitalised tokens joined by single spaces that end right before `pos`, in order."""
    found: list[str] = []
    while pos > 0 and text[pos - 1] == " " and len(found) < MAX_NAME_WORDS + 2:
        head = text[: pos - 1]
        match = re.search(
            r"(?:(?<=[\s(“\"])|^)(?:[A-Z]\.){1,3}$|(?:(?<=[\s(“\"])|^)[A-Z][\w’'\-]*$", head
        )
        if match is None:
            break
        found.insert(0, match.group())
        pos = match.start()
    return found


def _tokens_forward(text: str, pos: int) -> list[str]:
    """Capitalised tokens joined by single spaces that start right after `pos`, in order."""
    found: list[str] = []
    while pos < len(text) and text[pos] == " " and len(found) < MAX_NAME_WORDS:
        match = re.match(r"[A-Z][\w’'\-]*(?![\w.])|[A-Z][a-z]{3,}(?=\.(?:\s|$))", text[pos + 1 :])
        if match is None or (
            match.group() in CREDIT_LABELS and text[pos + 1 + match.end() :][:1] == ":"
        ):
            break  # "Chris Carr Credit: Case Western": a caption's credit label
        found.append(match.group())
        pos += 1 + match.end()
    return found


def _trim_before(tokens: list[str], lowercase: frozenset[str], surname: bool) -> list[str]:
    """The name words at the end of the tokens before a name ("Office Chan" -> "Chan").

    Before a surname alone, initials ("VC Sajjanar", "J. K. Rowling") are the name's; before
    a fuller name, capitals are an office or a body ("MP Bob Rae", "UNC PRO Anita Haynes").
    """
    initials: list[str] = []
    for token in reversed(tokens):
        if not surname or token in _STOP or not _INITIALS.fullmatch(token):
            break
        initials.insert(0, token)
    if initials:
        return initials
    kept: list[str] = []
    for token in reversed(tokens):
        if token.endswith(_POSSESSIVE) or not _name_word(token, lowercase):
            break
        if common_plural(token, lowercase):
            break  # "Trustee Julia Hover-Smoot" beside "the trustees": a title
        kept.insert(0, token)
    return kept


def _trim_after(tokens: list[str], lowercase: frozenset[str]) -> list[str]:
    kept: list[str] = []
    for token in tokens:
        bare = token
        for mark in _POSSESSIVE:
            bare = bare.removesuffix(mark)
        if not _name_word(bare, lowercase):
            break
        kept.append(bare)
        if bare != token:
            break
    return kept


def _object_free(lead: list[str], before: list[str], text: str, start: int) -> list[str]:
    """The lead words left once a preposition and its object are cut from the capitalised
    tokens before a name ("At Harbour Hall Obi": none of "Harbour Hall")."""
    run_start = start - sum(len(w) + 1 for w in before)
    cut = object_length(text, [*before, "Name"], run_start)
    return lead[max(0, cut - (len(before) - len(lead))) :]


def _forms(
    person: Person,
    texts: Sequence[str],
    lowercase: frozenset[str],
    places: frozenset[str],
    as_a_person: bool = True,
) -> set[str]:
    """The longer names the article writes around this person's name (never through a word
    the article uses as a place); with `as_a_person`, only where written as a person's."""
    found: set[str] = set()
    surname = as_a_person and len(person.name.split()) == 1  # else initials are an office
    for text in texts:
        for start, end, before, after in _runs_around(person.name, text):
            lead = _trim_before(before, lowercase, surname)
            lead = _object_free(lead, before, text, start)
            plural = [i for i, w in enumerate(lead) if plural_post_in_name(w)]
            lead = lead[plural[-1] + 1 :] if plural else lead  # "Deputy Mayors Jo Lee and"
            while any(w in places or compass_part(w) for w in lead):
                lead = lead[1:]  # "South-East Queensland": a place, not a longer name
            run_start = start - sum(len(w) + 1 for w in lead)
            if (
                lead
                and opens_a_sentence(text, run_start)
                and sentence_lead([*lead, *person.name.split()])
            ):
                lead = lead[1:]  # "Starter John Maine": the sentence's capital, not a name's
            if lead and _role_place(before, person.name, text, start):
                lead = []  # "commissioner in Trinidad and Tobago Gary Griffith": the place's
            tail = [] if headline_run(after) else _trim_after(after, lowercase)
            form = " ".join([*lead, person.name, *tail])
            if form == person.name or len(form.split()) > MAX_NAME_WORDS:
                continue
            start -= sum(len(w) + 1 for w in lead)
            envoy_to = len(lead) == 1 or " ".join(lead) in COUNTRIES
            if envoy_to and office_goes_on(text, start):
                continue  # "Advisor on Governance Gail Teixeira", "Envoy to Sri Lanka Jo Lee"
            end += sum(len(w) + 1 for w in tail)
            if as_a_person:
                kept = _written_as_a_person(text, start, end)
            else:
                kept = not _a_place(tail, text, start)
            if kept:
                found.add(form)
    return found


def _role_place(before: list[str], name: str, text: str, start: int) -> bool:
    """Whether the capitalised words `before` right before `name` (at text[start]) are the
    place or the body of a role written before them, so no longer form of the name."""
    run = [*before, *name.split()]
    run_start = start - sum(len(w) + 1 for w in before)
    cut = role_place_length(text, run, run_start, lambda rest: list(rest) == run[len(before) :])
    return cut == len(before)


_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'])(?:in|at|on|to|from|near|of|by|into)\s+$")


def _a_place(tail: Sequence[str], text: str, start: int) -> bool:
    """ "Work on Okafor Plaza began": a run after a preposition, or ending in a venue's
    word, may be a place named after the person, not a longer form of the name."""
    return bool(
        any(w in VENUE_WORDS for w in tail)
        or _PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
    )


def _contains(longer: str, shorter: str) -> bool:
    """Whether `shorter`'s words stand together in `longer` ("Chan" in "Chan Chun Sing")."""
    return re.search(rf"(?<!\S){re.escape(shorter)}(?!\S)", longer) is not None


def _named(text: str, name: str) -> bool:
    """Whether `name` stands in `text` as whole words, whatever mark follows ("Ada Obi,")."""
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text) is not None


def _initialled(longer: str, shorter: str) -> bool:
    """ "J. Smith" or "JR Smith" for "John Robert Smith": initials, then the surname."""
    short, long_ = shorter.split(), longer.split()
    if len(short) < 2 or short[-1] != long_[-1] or len(long_) < 2:
        return False
    letters = "".join(w.replace(".", "") for w in short[:-1])
    if not _INITIALS.fullmatch("".join(short[:-1]).replace(".", "")):
        return False
    return letters == "".join(w[0] for w in long_[:-1])[: len(letters)]


def _fits(longer: str, shorter: str) -> bool:
    return longer != shorter and (_contains(longer, shorter) or _initialled(longer, shorter))


def _half_of_hyphenated(name: str, surname: str) -> bool:
    """ "Adeyemi" or "Bello" and the surname "Adeyemi-Bello": a name that is one part of
    another person's hyphenated surname (written alone, it may be either person)."""
    parts = surname.split("-")
    return len(parts) > 1 and name in parts


def _hyphen_continued(name: str, persons: Sequence[Person], texts: Sequence[str]) -> set[str]:
    """ "Rodrigo Chaves-Robles" for "Rodrigo Chaves": the longer names of others that go on
    from this two-word name past a hyphen, when the article never writes the name alone
    (every "Rodrigo Chaves" it prints runs on into "-Robles"): a surname is not cut at its
    hyphen, so the name is the hyphenated one's, not another person's."""
    if len(name.split()) < 2:
        return set()
    written = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'])(?!-[A-Z])")
    if any(written.search(text) for text in texts):
        return set()
    return {p.name for p in persons if p.name.startswith(f"{name}-")}


def _full_name(
    person: Person,
    persons: Sequence[Person],
    texts: Sequence[str],
    lowercase: frozenset[str],
    places: frozenset[str],
) -> str | None:
    """The fullest form of this person's name, or None when two people fit it."""
    if any(_half_of_hyphenated(person.name, p.surname) for p in persons):
        return None  # "Adeyemi" or "Bello" beside "Kemi Adeyemi-Bello": she or another
    candidates = _forms(person, texts, lowercase, places)
    candidates |= {p.name for p in persons if p.key != person.key and _fits(p.name, person.name)}
    candidates |= _hyphen_continued(person.name, persons, texts)
    if not candidates and len(person.name.split()) == 1:
        # "Ronnie Scotland refused ..." then "Ronnie said": a one-word name the article also
        # writes inside a longer name is that name, whatever the words around it.
        candidates = _forms(person, texts, lowercase, places, as_a_person=False)
    fullest = {c for c in candidates if not any(_fits(o, c) for o in candidates)}
    if len(fullest) > 1:
        return None
    return next(iter(fullest), person.name)


def _merge(
    persons: Sequence[Person], full: dict[str, str | None]
) -> tuple[list[Person], dict[str, str]]:
    """One person per full name; and where each old key's quotes now go."""
    by_name: dict[str, Person] = {}
    merged_into: dict[str, str] = {}
    for person in persons:
        name = full[person.key] or person.name
        owner = by_name.get(name)
        if owner is None:
            owner = _renamed(person, name)
            by_name[name] = owner
        else:
            _absorb(owner, person)
        merged_into[person.key] = owner.key
    return list(by_name.values()), merged_into


def _renamed(person: Person, name: str) -> Person:
    if name == person.name:
        return replace(person, aliases=list(person.aliases))
    name_words = set(name.split())
    title = person.title
    if title is not None:
        rest = [w for w in title.split() if w not in name_words]
        title = " ".join(rest) if rest and rest[-1] in TITLE_WORDS else None
    aliases = [a for a in [person.name, *person.aliases] if a != name]
    return replace(person, name=name, title=title, aliases=aliases)


def _absorb(owner: Person, other: Person) -> None:
    """Fold a second form of the owner's name into the owner."""
    for alias in [other.name, *other.aliases]:
        if alias != owner.name and alias not in owner.aliases:
            owner.aliases.append(alias)
    owner.title = owner.title or other.title
    owner.before = owner.before or other.before
    owner.apposition = owner.apposition or other.apposition
    owner.clause = owner.clause or other.clause
    owner.cued = owner.cued or other.cued


def _people(persons: list[Person]) -> People:
    ordered = sorted(persons, key=lambda p: (p.first_block, p.first_pos))
    people = People(ordered, {p.key: p for p in ordered}, name_forms(ordered))
    people.compile()
    return people


@dataclass(slots=True)
class _People:
    """The settled people, with what is needed to doubt a quote's speaker."""

    people: People
    by_number: dict[int, Block]
    shared: dict[str, set[str]]  # a person's key -> the short forms that fit others too

    def named_by_a_shared_form(self, quote: FoundQuote, key: str) -> bool:
        """Whether the quote's paragraph names its speaker only by a form two people share."""
        block = self.by_number.get(quote.block)
        if block is None or not self.shared[key]:
            return False
        outside = block.text.replace(quote.text, " ")
        person = self.people.by_key[key]
        if any(_named(outside, form) for form in [person.name, *person.aliases]):
            return False  # "Anand Kumar, a police chief, said ...": named in full
        return any(_contains(outside, form) for form in self.shared[key])


def _member_speaking(
    settled: _People, quote: FoundQuote, unit: str, members: dict[str, tuple[int, str]]
) -> str | None:
    """Who speaks for a unit taken as a speaker: the person named right before it
    ("Rachel Smith from GMP Major Incident Team said"), in the quote's paragraph or, for a
    quote that continues, in the paragraph before; else nobody."""
    block = settled.by_number.get(quote.block)
    member_of = re.compile(_MEMBER_OF + re.escape(unit) + r"(?![\w’'])")
    if block is not None:
        for mention in settled.people.mentions(block.text):
            if mention.key is not None and member_of.match(block.text, mention.end):
                members[unit] = (quote.block, mention.key)
                return mention.key
    earlier = members.get(unit)
    if earlier and quote.how in _DERIVED and earlier[0] >= quote.block - 1:
        members[unit] = (quote.block, earlier[1])
        return earlier[1]
    return None


def _shared_aliases(persons: Sequence[Person]) -> dict[str, set[str]]:
    """Each person's short forms that also fit someone else ("Tan" of two Tans)."""
    return {
        p.key: {
            a
            for a in p.aliases
            if any(q.key != p.key and (_fits(q.name, a) or a in q.aliases) for q in persons)
        }
        for p in persons
    }


def _speaking_instead(settled: _People, quote: FoundQuote, speaker: str) -> str | None:
    """The role noun of another speaker ("the governor") in the sentence a he/she points back
    to, when that sentence names the speaker only as the channel ("X, the governor said")."""
    block = settled.by_number.get(quote.block)
    if block is None:
        return None
    cut = block.text.find(quote.text)
    texts = [block.text[: cut if cut >= 0 else len(block.text)]]
    texts += [settled.by_number[n].text for n in (quote.block - 1,) if n in settled.by_number]
    for text in texts:
        named = [m for m in settled.people.mentions(text) if m.key == speaker]
        if named:
            last = named[-1]
            end = next((e for s, e in sentence_spans(text) if s <= last.start < e), len(text))
            match = _OTHER_SPEAKER_AFTER.match(text[last.end : end])
            noun = match.group("noun") if match else None
            return noun if noun in ROLE_NOUNS else None
    return None


def _one_with_role(people: People, noun: str, other_than: str) -> str | None:
    """The one other person whose role has this noun ("Governor Nyesom Wike"), or None."""
    hits = [
        p.key
        for p in people.persons
        if p.key != other_than
        and p.role != UNKNOWN_ROLE
        and noun in p.role.casefold().replace(",", " ").split()
    ]
    return hits[0] if len(hits) == 1 else None
