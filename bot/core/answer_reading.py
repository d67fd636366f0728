"""Reading one answer to a quiz question (`judge`): a click's key, or a typed answer read as a
fair teacher would, through the typed-answer matcher (`bot.core.matching`) and the rules beside
it (chat around the answer, asides, counts, shares, ordinals, times, places, scores, units).

Imported on first use by `bot.core.quiz.judge`: with the matcher it is 41 modules of ours and
`unicodedata`, about 1.6 MiB allocated at import, that an idle bot does not carry (row e1,
`python -m benchmarks --only e`). Every answer
(a quiz's, a channel quiz's, a question of the day's) waits first for
`bot.core.answer_tables.typed_answers_ready`, which imports this module off the event loop
before building its tables, so the import is not on the loop's path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.amounts import sums_in_brackets
from bot.core.asides import AsideKind, asides, corrected
from bot.core.body_initials import ASKS_BODY, initials_of_a_body
from bot.core.bracketed_names import full_names_before_brackets
from bot.core.breakdowns import breakdown_of
from bot.core.chat_habits import answer_of
from bot.core.choice_keys import leading_key, read_choice_key, spaced_key
from bot.core.choice_refusals import no_option_message
from bot.core.counted_things import briefing_texts, names_another_count, referenced_texts
from bot.core.countries_beside import number_in_another_country
from bot.core.counts_said import a_as_one_reading
from bot.core.day_parts import contradicts_part_of_day, weekday_with_its_part
from bot.core.details_beside import detail_beside_answer
from bot.core.durations import same_length_of_time
from bot.core.errors import InvalidInput
from bot.core.foreign_posts import posts_in_english
from bot.core.fractions_said import count_for_a_share, same_share, share_option
from bot.core.gazetteer import another_capital, names_a_capital
from bot.core.given_names import given_name_alone
from bot.core.leading_names import leading_names_used
from bot.core.matching import (
    ASKS_WHO,
    Person,
    chat_words,
    is_blank,
    is_correct,
    normalize,
    options_fitting,
    pick_by_words,
)
from bot.core.models import Briefing, Question
from bot.core.month_parts import contradicts_part_of_month
from bot.core.option_stems import option_by_stems
from bot.core.ordinals import same_ordinal
from bot.core.place_kinds import feature_forms
from bot.core.places_within import with_larger_places
from bot.core.quiz import LETTERS, QuizQuestion, kept_answer
from bot.core.score_winners import says_the_other_side_won, score_claim
from bot.core.state_abbreviations import state_spelled_after_place
from bot.core.times_won import times_as_count
from bot.core.titled_names import names_after_titles
from bot.core.titles_asked import title_said
from bot.core.unit_spellings import unit_spellings
from bot.core.units import measures_in_brackets
from bot.core.verdicts import read_verdict
from bot.core.whole_spans import whole_span_said
from bot.i18n import _

__all__ = ["judge"]


def _wrong_names(briefing: Briefing, question: Question) -> list[str]:
    """Names that are never right for a short answer: the other people in the briefing."""
    right = {question.answer_text.casefold(), *(a.casefold() for a in question.accept)}
    wrong: list[str] = []
    for figure in briefing.figures:
        names = [figure.name, *figure.aliases]
        if not any(n.casefold() in right for n in names):
            wrong.extend(names)
    return wrong


_A_SCORE = re.compile(r"\d+\s*[-–:]\s*\d+")
_SEVERAL = re.compile(r"\b(or|and|both|either)\b|[/,;&|+]")


def _mention_refused(qq: QuizQuestion) -> str:
    """What an answer that is only a mention (`@everyone`) is told: how this question is
    answered (at a choice question, its keys; was: "type the answer itself, in words")."""
    if qq.question.kind == "choice":
        keys = qq.keys
        return _("A mention is not an answer: pick one of {keys} (or 1-{last}).").format(
            keys=", ".join(keys), last=len(keys)
        )
    if qq.question.kind == "truefalse":
        return _("A mention is not an answer: answer true or false.")
    return _("A mention is not an answer: type the answer itself, in words.")


def judge(briefing: Briefing, qq: QuizQuestion, text: str) -> tuple[bool, str | None]:
    """Read one answer to a question: whether it is right and which option it picked."""
    given = answer_of(kept_answer(text))
    if is_blank(given):
        if not is_blank(answer_of(text.strip())):
            raise InvalidInput(_mention_refused(qq))
        raise InvalidInput(_("That answer is empty: type a letter, true/false, or your answer."))
    q = qq.question
    if q.kind != "truefalse" and (last := corrected(given)) is not None:
        given = last  # "b, actually c", "russia no wait ukraine": the last answer counts
    folded = given.casefold().rstrip(".!)")
    if q.kind == "truefalse":
        verdict = read_verdict(given, q.prompt)
        if verdict is None:
            raise InvalidInput(_("Answer true or false (or yes/no, t/f)."))
        key = "true" if verdict else "false"
        return key == qq.right_key, key
    rights = (q.answer_text, *q.accept)  # the right answers, read by every rule below
    if q.kind != "choice" and (said := breakdown_of(given, rights, briefing_texts(briefing))):
        if not said.adds_up:
            return False, None  # "7 (3 critical, 3 stable)": parts that do not make the count
        given = said.figure  # "7 (3 critical, 4 stable)": the count, judged as any count
    if q.kind != "choice" and (times := times_as_count(given, rights, q.prompt)) is not None:
        given = times  # "4 times" asked how many Tours the team had won
    # "74 homes" asked how many people were killed, beside "10,000 homes" in the article
    counts_another = names_another_count(given, q.prompt, rights, briefing, q)
    if q.kind == "choice":
        picked = None if counts_another else _choice_key(qq, folded, given, briefing)
        if picked is None:  # "3 or 4 days", "yam" among fruits: told why, then the keys
            raise InvalidInput(no_option_message(given, qq.keys, qq.options))
        return picked == qq.right_key, picked
    if _looks_like_a_choice(given, q.answer_text) and not _is_the_answer(given, q):
        raise InvalidInput(
            _("This question has no options to pick: type the answer itself, in words.")
        )
    if counts_another:
        return False, None
    if count_for_a_share(given, rights, q.prompt):
        return False, None  # "85 banana lines" for about 85 per cent of the banana lines
    if (share := same_share(given, rights)) is not None:
        return share, None  # "1/3", "33%", "un tiers" for one third; "2/3" is another
    if (ordinal := same_ordinal(given, rights, q.prompt)) is not None:
        return ordinal, None  # "secnd", "deuxième", "2e" for second; "third" is another
    if (same := same_length_of_time(given, rights)) is not None:
        return same, None  # "4:05" for four minutes and five seconds; "5:04" is another
    if (day := weekday_with_its_part(given, rights)) is not None:
        return day, None  # "sunday" or "sun am" for Sunday morning; "sunday night" is wrong
    if contradicts_part_of_day(
        given, rights, briefing_texts(briefing), referenced_texts(briefing, q)
    ):
        return False, None  # "friday morning" where the briefing says Friday afternoon
    if contradicts_part_of_month(
        given, rights, briefing_texts(briefing), referenced_texts(briefing, q)
    ):
        return False, None  # "early october" where the briefing says late October
    if number_in_another_country(given, referenced_texts(briefing, q)):
        return False, None  # "7.2 in iran" where the tested fact puts the quake in Turkey
    if _A_SCORE.fullmatch(q.answer_text.strip()) and says_the_other_side_won(given, q.prompt):
        return False, None  # "they lost 32-30" asked the score of the Hunters' win
    if _A_SCORE.fullmatch(q.answer_text.strip()) and (
        claim := score_claim(
            given, (*briefing_texts(briefing), *(other.prompt for other in briefing.questions))
        )
    ):
        if claim.won is False:
            return False, None  # "ghana won 2-1" where the briefing says Cape Verde beat Ghana
        if claim.won:
            given = claim.score  # "2-1 to cape verde": the score, its winner right
    if names_a_capital(rights) and another_capital(" ".join(chat_words(given)), rights):
        return False, None  # "kingstown", St Vincent's capital, for Kingston
    wrong = _wrong_names(briefing, q)
    people = _people(briefing)
    names = [name for person in people for name in (person.name, *person.aliases)]
    if detail_beside_answer(given, rights, briefing_texts(briefing), wrong):
        return True, None  # "a midwife from st florence clinic", as the briefing says it
    larger = with_larger_places(  # "punjab, pakistan" where the briefing says "Pakistan's Punjab"
        rights, q.prompt, briefing_texts(briefing), names
    )
    larger += feature_forms(rights, q.prompt)  # "mt ventoux", "ventoux"
    referenced = tuple(referenced_texts(briefing, q))
    larger += measures_in_brackets(  # "20,000 acres" where it says "80,000 dunams (20,000 acres)"
        rights, referenced
    )
    larger += initials_of_a_body(rights, q.prompt)  # "AP"
    # "south african national taxi council" where it says "... Taxi Council (Santaco)"
    larger += full_names_before_brackets(rights, referenced)
    # a body's name only, never a person's ("Ho Van" of Ho Van Hai)
    if ASKS_BODY.search(q.prompt) and not ASKS_WHO.search(q.prompt):
        # "golden arrow" for Golden Arrow Bus Services, where it also says "ten Golden Arrow buses"
        larger += leading_names_used(rights, tuple(briefing_texts(briefing)), names)
    larger += names_after_titles(  # "lula" where the briefing says "President Lula"
        rights, briefing_texts(briefing), tuple(wrong), q.prompt
    )
    larger += sums_in_brackets(  # "$725" where it says "15.2 million dong (725 US dollars)"
        rights, referenced
    )
    right = is_correct(given, q.answer_text, (*q.accept, *larger), wrong, people, q.prompt)
    if not right and (spelled := unit_spellings(rights)):
        # "130 miles per hour" for 130 mph, read apart: its words name no unit of the answer's
        right = is_correct(given, spelled[0], spelled[1:], wrong, people, q.prompt)
    if not right and title_said(given, rights, people, q.prompt):
        right = True  # "governor" asked for Natembeya's title, for Governor of Trans Nzoia
    if not right and whole_span_said(given, rights, q.prompt):
        right = True  # "24/7" asked how many hours a day, "overnight" for all night long
    if not right and (short := _short_names(rights, people)):
        # "evans, 33" where it says "Evans, 33": read after the rest, as a full name is right
        right = detail_beside_answer(given, short, briefing_texts(briefing), wrong)
    if not right and (english := posts_in_english(given)) is not None:
        right = _right_in_english(briefing, qq, english)  # "la maire" as "the mayor"
    if not right and (state := state_spelled_after_place(given)) is not None:
        right = _right_in_english(briefing, qq, state)  # "sanders county, mt" with Montana
    return right, None


def _right_in_english(briefing: Briefing, qq: QuizQuestion, english: str) -> bool:
    """Whether a post typed in another language is right read in English, as English is."""
    try:
        return judge(briefing, qq, english)[0]
    except InvalidInput:
        return False


def _short_names(rights: Sequence[str], people: Sequence[Person]) -> tuple[str, ...]:
    """The short names (`Evans`) the briefing gives a person who is a right answer, so a
    detail the briefing says beside one (`evans, 33`) is read as beside the full name."""
    named = {right.strip().casefold() for right in rights}
    return tuple(
        alias
        for person in people
        if person.name.strip().casefold() in named
        for alias in person.aliases
        if alias.strip()
    )


def _is_the_answer(given: str, question: Question) -> bool:
    """Whether `given` reads as a right answer word for word ("fourth" for "4th"): then it is
    no option's place, even where it could name one."""
    rights = (question.answer_text, *question.accept)
    typed = {normalize(given)}
    if (one := a_as_one_reading(given, rights)) is not None:
        typed.add(normalize(one))  # "a third" for "one third": no option "a"
    return any(normalize(right) in typed for right in rights)


def _looks_like_a_choice(given: str, answer: str) -> bool:
    """An option letter (A-E), alone or among chat ("its c"), typed at a question that wants
    its answer written out."""
    if len(answer.strip()) <= 1 or any(char.isdigit() for char in given):
        return False
    letters = {letter.casefold() for letter in LETTERS}
    if letters.isdisjoint(_WORDS.findall(given.casefold())):
        return False  # "second i think", "his third": an ordinal answer, no option's letter
    return read_choice_key(given, LETTERS) is not None


def _people(briefing: Briefing) -> list[Person]:
    return [Person(f.name, tuple(f.aliases), f.role) for f in briefing.figures]


def _choice_key(qq: QuizQuestion, folded: str, given: str, briefing: Briefing) -> str | None:
    keys = [k.casefold() for k in qq.keys]
    if folded in keys:  # a button click, or a typed letter: no need for the people's names
        return qq.keys[keys.index(folded)]
    if folded.isdigit() and 1 <= int(folded) <= len(keys):
        valued = _valued_option(qq.options, folded)
        return qq.keys[int(folded) - 1 if valued is None else valued]
    if (position := read_choice_key(given, qq.keys, qq.options)) is not None:  # "B lol", "option 3"
        return qq.keys[position]
    if (position := share_option(given, qq.options)) is not None:  # "2/3" for "two-thirds"
        return qq.keys[position]
    opened = _opening_key(qq, given, briefing)  # "b) a lower bound", "b firm"
    if opened is _DISAGREE:
        return None  # "b) 3000" when B is 1,500: no single answer, so ask again
    if opened is not None:
        return opened
    people = _people(briefing)
    hits = [
        key
        for key, option in zip(qq.keys, qq.options, strict=True)
        if is_correct(
            given, option, (), [o for o in qq.options if o != option], people, qq.question.prompt
        )
    ]
    if not hits:
        hits = _part_hits(qq, given, people)
    if not hits:
        hits = _word_hits(qq, given, people)
    if not hits:
        picked = _picked_before_reason(qq, given, briefing)  # "c because the article says so"
        if picked is None:  # "they lacked experience" for "A lack of experience"
            picked = _picked_by_stems(qq, given)
        return picked
    if len(hits) != 1 or _names_another_key(qq, given, hits[0]):
        return None  # "hmm d 3 thousand" when D is 12,000: no single answer, so ask again
    return hits[0]


def _picked_by_stems(qq: QuizQuestion, given: str) -> str | None:
    """The key of the one option the reply says in other forms of its words
    (`option_stems`), unless a key of another option stands alone in it."""
    position = option_by_stems(given, qq.options, qq.question.prompt)
    if position is None or _names_another_key(qq, given, qq.keys[position]):
        return None
    return qq.keys[position]


def _valued_option(options: Sequence[str], number: str) -> int | None:
    """The place of the one option whose value `number` is, where every option is a count
    ("1" when the options are "three", "one", "six", "ten": the count one, not A)."""
    words = [normalize(option).split() for option in options]
    if not all(any(word[:1].isdigit() for word in option) for option in words):
        return None
    valued = [i for i, option in enumerate(words) if number in option]
    return valued[0] if len(valued) == 1 else None


def _picked_before_reason(qq: QuizQuestion, given: str, briefing: Briefing) -> str | None:
    """The key the words before a reason pick ("c because the article says 3,000", "debts,
    since nothing is said of them"), when the reason names nothing of another option ("c
    because harvard ..." when B is Harvard) and no other key stands alone in the reply."""
    for aside in asides(given):
        if aside.kind is not AsideKind.REASON:
            continue
        picked = _choice_key(qq, aside.answer.casefold().rstrip(".!)"), aside.answer, briefing)
        if picked is None or _names_another_key(qq, given, picked):
            continue
        if _other_options_words(qq, picked).isdisjoint(normalize(aside.aside).split()):
            return picked
    return None


def _other_options_words(qq: QuizQuestion, picked: str) -> set[str]:
    """The words of 4 letters or more that other options say and the picked one does not
    ("harvard" beside Georgetown University), numbers included."""
    own = set(normalize(qq.options[qq.keys.index(picked)]).split())
    others = {
        word
        for key, option in zip(qq.keys, qq.options, strict=True)
        if key != picked
        for word in normalize(option).split()
    }
    return {w for w in others - own if len(w) >= 4 or w[:1].isdigit()}


_DISAGREE = "disagree"  # a key and the words after it pick two different options
_WORDS = re.compile(r"[^\W_]+")


def _names_another_key(qq: QuizQuestion, given: str, picked: str) -> bool:
    """Whether a letter standing alone among the words is the key of another option than the
    one they pick ("idk d 3000" when 3,000 is C); "a" may be the article, and a letter
    elided into a word is none ("c'est", "d'accord")."""
    keys = {key.casefold() for key in qq.keys} - {"a", picked.casefold()}
    option = {word.casefold() for word in _WORDS.findall(qq.options[qq.keys.index(picked)])}
    typed = _WORDS.findall(_ELIDED_LETTER.sub("", given))
    return any(w in keys and w not in option for w in map(str.casefold, typed))


# A letter elided before a vowel or h, as French writes it ("c'est", "d'accord", "l'Europe").
_ELIDED_LETTER = re.compile(r"\b[^\W\d_]['’ʼ](?=[aeiouyhàâéèêëîïôûü])", re.IGNORECASE)


def _opening_key(qq: QuizQuestion, given: str, briefing: Briefing) -> str | None:
    """The key a reply opens with before more words ("b) a lower bound", "c - the record",
    "b firm"), or `_DISAGREE` when those words pick another option ("b) 3000" when B is
    1,500). A key followed by a space alone counts only when the words pick its option too,
    or fit it as well as another ("b lower bound" when D also says "lower bound"), and "a"
    may be the article ("a firm one")."""
    marked = leading_key(given, qq.keys)
    opened = marked or spaced_key(given, qq.keys)
    if opened is None:
        return None
    position, rest = opened
    key = qq.keys[position]
    also = _choice_key(qq, rest.casefold().rstrip(".!)"), rest, briefing)
    if also is None and _words_of_another_option(qq, rest, position):
        return _DISAGREE  # "c, the ministry ran out of water" when B says so
    if also == key or (also is None and (marked or _fits_among_others(qq, rest, position))):
        return key
    return _DISAGREE if also is not None and (marked or key.casefold() != "a") else None


def _content_words(text: str) -> set[str]:
    """The words of four letters or more, a plural read as its singular."""
    words = {w.casefold() for w in _WORDS.findall(text) if len(w) >= 4}
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words}


def _words_of_another_option(qq: QuizQuestion, words: str, position: int) -> bool:
    """Whether `words` after a key share words with other options and none with the key's own
    ("c, the builders were on strike" when B says the builders went on strike), the question's
    own words left out."""
    typed = _content_words(words) - _content_words(qq.question.prompt)
    if not typed or typed & _content_words(qq.options[position]):
        return False
    return any(
        typed & _content_words(option)
        for index, option in enumerate(qq.options)
        if index != position
    )


def _fits_among_others(qq: QuizQuestion, words: str, position: int) -> bool:
    """Whether `words` fit the option at `position` and others too ("b lower bound" when B
    and D both speak of a lower bound): the key says which of them is meant."""
    key = qq.keys[position]
    if _labelled_values(qq.options[position]) is not None or _names_another_key(qq, words, key):
        return False  # "c b georgetown": two keys, so no single answer
    return position in options_fitting(words, qq.options, qq.question.prompt)


def _word_hits(qq: QuizQuestion, given: str, people: Sequence[Person]) -> list[str]:
    """The option that alone holds every word typed ("georgetown", "early october"); options
    of labelled parts are left out, since one of their values alone names none of them."""
    if given_name_alone(given, qq.options, people, qq.question.prompt):
        return []  # "olaf" for Olaf Scholz: a given name alone names nobody, so ask again
    plain = [
        (key, option)
        for key, option in zip(qq.keys, qq.options, strict=True)
        if _labelled_values(option) is None
    ]
    index = pick_by_words(given, [option for _key, option in plain], qq.question.prompt)
    return [] if index is None else [plain[index][0]]


_LABELLED_PART = re.compile(r"^\s*[^\W\d][^:;]{0,39}:\s*(\S.*?)\s*$")
_PART_BREAK = re.compile(r"\s*(?:;|,|/|&|\+|->|→|\bthen\b|\band\b|\bbut\b)\s*", re.IGNORECASE)


def _labelled_values(option: str) -> list[str] | None:
    """The values of an option made of labelled parts ("Article: Austin; briefing: Kirby")."""
    parts = [_LABELLED_PART.match(part) for part in option.split(";")]
    if len(parts) < 2 or not all(parts):
        return None
    return [match.group(1) for match in parts if match]


_BRACKETED = re.compile(r"\s*[(\[]\s*([^()\[\]]+?)\s*[)\]]")


def _labels_typed(given: str, options: Sequence[str]) -> str:
    """`given` with labels typed after their values, in brackets or in words, or before them
    with a verb, as breaks between the values ("Austin (article) Kirby (briefing)", "austin in
    the article, kirby at the briefing" -> "Austin ; Kirby ;", "the article says austin but
    the briefing shows kirby")."""
    labels = {
        part.split(":", 1)[0].strip().casefold()
        for option in options
        if _labelled_values(option) is not None
        for part in option.split(";")
    }
    bracketed = _BRACKETED.sub(lambda m: " ; " if m[1].casefold() in labels else m[0], given)
    if not labels:
        return bracketed
    said = "|".join(re.escape(label) for label in sorted(labels))
    in_words = re.compile(rf"\s+(?:in|at|from|per|on)\s+(?:the\s+)?(?:{said})\b", re.IGNORECASE)
    before = re.compile(rf"(?:^|\s)(?:the\s+)?(?:{said})\s+{_SAYS}\s+", re.IGNORECASE)
    return before.sub(" ; ", in_words.sub(" ; ", bracketed))


# A label's verb before its value: "the article says austin", "briefing was kirby".
_SAYS = r"(?:says|said|say|has|had|gives|gave|credits|credited|names|named|shows|showed|was|is)"


def _part_hits(qq: QuizQuestion, given: str, people: Sequence[Person]) -> list[str]:
    """Options of labelled parts whose values the answer gives in order, without the labels.

    "Austin; Kirby" (or "Austin, then Kirby", "Austin but Kirby") picks "Article: Austin;
    briefing: Kirby" when no other option has the same values in that order; each value is
    read as a typed answer.
    """
    typed = [part for part in _PART_BREAK.split(_labels_typed(given, qq.options)) if part]
    options = [_labelled_values(option) for option in qq.options]
    hits = []
    for key, values in zip(qq.keys, options, strict=True):
        if values is None or len(values) != len(typed):
            continue
        if all(
            is_correct(
                part,
                value,
                (),
                [other[i] for other in options if other and len(other) > i and other[i] != value],
                people,
            )
            for i, (part, value) in enumerate(zip(typed, values, strict=True))
        ):
            hits.append(key)
    return hits
