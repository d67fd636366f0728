"""An option said in other forms of its own words: "they lacked experience", "no experience"
and "inexperience" for "A lack of experience", "the winds got stronger" for "Strong winds",
"they cant pay a fine" for "Nothing showed they could pay one", "a dam could fail" for "a dam
might fail". A fair teacher takes such a reply at a choice question: it says the option's own
idea in its own words and nothing else; for `answer_reading`, read only after every closer
reading has found no option.

Precision first. A reply is read so only where every word it says (the question's own words,
articles, pronouns, auxiliaries and chat left out) is a form of a word of one option, at least
one of them of that option alone, and none of another option; where that option is a phrase
(two words or more that say something, one of them not a name) rather than a name ("Kwara
United", "Josh Sheehan"), which the matcher reads; where no word changes or bounds the claim
("more", "only"), takes it back ("wrong", "i doubt", "anything but") or hedges between answers
("or"); and where the reply denies as often as the option does ("not the wind" for "The strong
wind", "no experience needed" for "A lack of experience" pick nothing). A word the option does
not say, however close in meaning ("the money" for "its funds", "calm" beside "winds"), is
never read: meaning is left to the student's letter.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.word_stems import english_stem, english_stems

__all__ = ["option_by_stems"]

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Words that say nothing of their own in a reply: articles, pronouns, auxiliaries, links, small
# numbers and chat around an answer.
_PLAIN = frozenset(
    """a an the of to in on at by for with from into onto as and but so then that this these
    those there here it its it's they them their theyre they're he him his she her we us our
    you your i me my im i'm is are was were be been being am has have had having do does did
    done will would could can may might must should shall got get gets getting go went
    because bc cause cuz coz since due just really very quite also too lol idk think guess
    maybe probably prob perhaps like um uh yeah yes ok okay well what which who whom whose
    why how when where one two three four five six seven eight nine ten already""".split()  # noqa: SIM905
)
# Words that deny, and the prefixes that deny a word's stem ("inexperienced").
_DENYING = frozenset(
    """not no never none nothing nobody neither nor without lack lacks lacked lacking cant
    cannot can't couldnt couldn't dont don't doesnt doesn't didnt didn't isnt isn't arent
    aren't wasnt wasn't werent weren't wont won't hasnt hasn't havent haven't hadnt hadn't
    shouldnt shouldn't wouldnt wouldn't n't""".split()  # noqa: SIM905
)
_DENYING_PREFIXES = ("in", "un", "im", "non", "dis")
_DENIED_WORD = 8  # "experienced": a shorter word behind "in" is one of its own ("inland")
# Words a reply is refused for: words that change or bound a claim, that take it back, and
# hedges between answers.
_REFUSED = frozenset(
    """more less fewer most least only every always all some none both either each other
    another first last before after higher lower bigger smaller or vs versus wrong false
    incorrect untrue myth nope lie lies lying fake hoax rumour rumor doubt doubts doubtful
    unlikely impossible hardly barely scarcely opposite contrary reverse denied deny denies
    debunked disproved refuted mistake nonsense joke need needs needed required necessary
    matter matters mattered""".split()  # noqa: SIM905
)
# Phrases that set the words after them aside: "anything but the heat", "nothing to do with
# experience", "not because of the wind".
_SETS_ASIDE = re.compile(
    r"\b(?:anything but|nothing to do with|other than|apart from|except|besides|instead of|"
    r"rather than|unlike|not because|(?:was|is)n'?t because)\b",
    re.IGNORECASE,
)
# A word in "-er" or "-est" is also a form of the word before it, which the Snowball stemmer
# leaves whole: a comparative or superlative ("stronger", "strongest" for "Strong winds"), a
# doer ("reader" beside "read"); a doubled last letter is undone ("bigger"). Read only where
# that word is an option's or the question's: "harvest" is never "harv".
_BASE_ENDINGS = ("er", "est")
_SHORTEST_BASE = 4


@functools.lru_cache(maxsize=4096)
def _forms(word: str) -> tuple[str, ...]:
    """The stems `word` may be read by, its own first ("stronger" -> "stronger", "strong";
    "experienced" -> "experienc", "experi")."""
    forms = [english_stem(word), *sorted(english_stems(word) - {english_stem(word)})]
    for ending in _BASE_ENDINGS:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= _SHORTEST_BASE:
            if base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]
            forms.append(english_stem(base))
    return tuple(forms)


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORDS.findall(text)]


def _saying(words: Sequence[str]) -> list[str]:
    """The words that say something."""
    return [w for w in words if w not in _PLAIN and w not in _DENYING and len(w) >= 3]


def _stems(words: Sequence[str]) -> list[str]:
    """The stems of the words that say something."""
    return [english_stem(w) for w in _saying(words)]


def _denials(words: Sequence[str]) -> int:
    return sum(word in _DENYING for word in words)


@functools.lru_cache(maxsize=1024)
def _option_reading(option: str) -> tuple[frozenset[str], frozenset[str], int]:
    """An option's stems, those of them a reply may pick it by (none for a name or a single
    word: "Rangers", "Josh Sheehan", "Firm", "The police"; never a name inside a phrase: "to
    Ukraine"), and how often it denies."""
    words = _WORDS.findall(option)
    folded = _words(option)
    plain = [w.casefold() for i, w in enumerate(words) if i == 0 or not w[:1].isupper()]
    lower = any(len(w) >= 3 and not w[:1].isupper() for w in words[1:])
    phrase = lower and sum(len(w) >= 3 and w not in _PLAIN for w in folded) >= 2
    picked_by = frozenset(_stems(plain)) if phrase else frozenset()
    return frozenset(_stems(folded)), picked_by, _denials(folded)


def _others(
    readings: Sequence[tuple[frozenset[str], frozenset[str], int]], i: int
) -> frozenset[str]:
    """The stems of every option but the `i`th."""
    return frozenset().union(*(said for j, (said, _by, _d) in enumerate(readings) if j != i))


def option_by_stems(given: str, options: Sequence[str], prompt: str) -> int | None:
    """The place of the one option the reply `given` says in other forms of its own words,
    as the module says, or None."""
    words = _words(given)
    if not words or not _REFUSED.isdisjoint(words) or "/" in given or _SETS_ASIDE.search(given):
        return None
    asked = {form for word in _saying(_words(prompt)) for form in _forms(word)}
    readings = [_option_reading(option) for option in options]
    every = frozenset().union(*(said for said, _by, _denied in readings))
    denied = _denials(words)
    typed: set[str] = set()
    for word in _saying(words):
        forms = _forms(word)
        if not asked.isdisjoint(forms):
            continue
        known = [form for form in forms if form in every]  # "stronger": strong
        stem = known[0] if known else forms[0]
        if not known:
            bare = [word[len(p) :] for p in _DENYING_PREFIXES if word.startswith(p)]
            denied_forms = [f for b in bare if len(b) >= _DENIED_WORD for f in _forms(b)]
            denied_forms = [f for f in denied_forms if f in every]
            if denied_forms:
                stem = denied_forms[0]  # "inexperienced": experience, denied
                denied += 1
        typed.add(stem)
    # An option is met by a word of its own: a name two options open with ("Emaar's results
    # ...", "Emaar would pay ...") meets neither, the stemmer reading "emaar's" as "emaar".
    met = [
        i for i, (_said, by, _denied) in enumerate(readings) if (typed & by) - _others(readings, i)
    ]
    if len(met) != 1:
        return None  # none, or words of two options
    (picked,) = met
    own, by, denies = readings[picked]
    others = _others(readings, picked)
    if not typed <= own or not (typed & by) - others - asked:
        return None  # a word the option does not say, or only words another says too
    if denied != denies:
        return None  # "not the wind" for "The strong wind"
    return picked
