"""A typed reply to a true/false question, read as chat: "yep", "nah", "ture", "trye" (a key
beside the letter), "untrue", "not true", "false, they came by ship", "by ship so false".

`read_verdict` finds the verdict; the words after it are the student's reason and are not
judged, except that a reason may not take the verdict back ("true... no, false": a
correction that says so, "true... no wait, false", gives the verdict after it) nor, after
"false", only repeat the statement it calls false ("false, they are in the west" when the
statement says they are in the west), even in other words for how someone travels ("false,
they flew there" when the statement says "by air").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.asides import corrected
from bot.core.matching import HEDGES, chat_words, misspells, normalize

__all__ = ["read_verdict"]

# Words that say true or false, in English and French, as typed in chat ("yep", "nah"), a
# few other languages' yes and no ("ja", "nein", "falso", Spanish "cierto", Portuguese
# "verdadeiro") and slang ("no cap", "cap").
_TRUE_WORDS = frozenset(
    "true t yes y right correct 1 vrai v oui o juste yeah yea yep yup ya ye yh yess sure "  # noqa: SIM905
    "exactly affirmative ouais ouai ja si verdadero verdad vero wahr richtig sim da "
    "cierto verdadeiro verdadeira verdade certo".split()
)
_FALSE_WORDS = frozenset(
    "false f no n wrong incorrect untrue 2 faux non inexact nah nope nop naw nay nan nein "  # noqa: SIM905
    "falso falsch nao cap nyet niet falsa errado".split()
)
# After "no", words that make it "I do not know" rather than "false": "no idea", "no clue".
_NOT_A_VERDICT = frozenset({"idea", "clue", "clu", "sure", "idk", "comment"})
# "not true", "isnt false": a negated word that says true or false (never "not sure").
_NEGATIONS = frozenset({"not", "isnt", "wasnt", "aint", "pas"})
_NEGATABLE = frozenset(
    "true false right wrong correct incorrect untrue vrai faux juste inexact verdadero falso "  # noqa: SIM905
    "wahr falsch richtig cierto verdadeiro verdadeira verdade certo falsa errado".split()
)
_NOT_NEGATED = (_TRUE_WORDS | _FALSE_WORDS) - _NEGATABLE
# A hedge a reason may hold: "true, both" says both parts of the statement hold.
_AGREEING_HEDGES = frozenset({"both"})
# Words that end a reason and give the verdict after it: "by ship so false".
_CONCLUDERS = frozenset({"so", "hence", "therefore", "thus"})
# Words of a reason that say nothing of their own ("they are in the west").
_REASON_GLUE = frozenset(
    "they theyre them it its is are was were be been the a an in at on to of there still "  # noqa: SIM905
    "so because bc cuz since as that thats this these those he she we i just really da "
    "came come went go got took take arrived travelled traveled via "
    # Citing the source says where the verdict comes from, nothing of the claim ("bc article").
    "article articles text source briefing report reports says said say states stated "
    "according per".split()
)
# Words that make a reason say something else than the statement ("not", "only").
_REASON_TURNS = frozenset(
    "not no never isnt arent wasnt werent dont didnt doesnt only but instead rather without "  # noqa: SIM905
    "nor except".split()
)
# Words for one way of travelling: a reason naming the statement's own way in another word
# repeats it ("they flew there" for "by air"); naming another way contradicts it ("by boat").
_WAYS_OF_TRAVEL = {
    way: frozenset(words.split())
    for way, words in {
        "air": "air plane planes airplane airplanes aeroplane aircraft jet jets fly flew flown "
        "flies flying flight flights airlift airlifted airlifts airborne",
        "sea": "sea ship ships boat boats ferry ferries vessel vessels sail sailed sailing "
        "shipped navy",
        "land": "land road roads train trains rail railway truck trucks bus buses drove driven "
        "drive driving walked walk foot marched overland",
    }.items()
}
_WAY_OF = {word: way for way, words in _WAYS_OF_TRAVEL.items() for word in words}
# A letter held down: three or more in a row ("yesss", "nooo").
_HELD = re.compile(r"([^\W\d_])\1{2,}")
# Emoji that say true or false in chat, read only when no word gives the verdict ("✔️",
# "👎🏽"); variation selectors and skin tones are dropped first.
_TRUE_EMOJI = frozenset("✅✔☑✓👍👌💯")
_FALSE_EMOJI = frozenset("❌❎✖✗✘👎🚫🙅")
_EMOJI_MODIFIERS = re.compile("[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff\u200d\u2640\u2642]")
# Keys beside each other on a QWERTY keyboard, as a thumb slips on a phone ("trye", "falsr").
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    key: frozenset(row[i + step] for step in (-1, 1) if 0 <= i + step < len(row))
    | frozenset(
        other[j]
        for other in _KEY_ROWS
        if other is not row
        for j in (i - 1, i, i + 1)
        if abs(_KEY_ROWS.index(other) - _KEY_ROWS.index(row)) == 1 and 0 <= j < len(other)
    )
    for row in _KEY_ROWS
    for i, key in enumerate(row)
}
# Words that only make a verdict stronger before it: "100% true", "totally false".
_INTENSIFIERS = frozenset({"100", "percent", "totally", "absolutely", "completely", "certainly"})


def _verdict_word(word: str) -> bool | None:
    """True or False for a word that says so, a slip, a dropped letter or a held letter
    forgiven ("ture", "fals", "yesss", "nooo"), else None."""
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    if len(word) >= 3 and word[-1] == word[-2] and word[:-1] in _TRUE_WORDS | _FALSE_WORDS:
        return word[:-1] in _TRUE_WORDS  # a last letter doubled: "noo", "yeaa"
    for verdict, spelled in ((True, "true"), (False, "false")):
        if misspells(word, spelled) or _neighbour_key(word, spelled):
            return verdict
    held = _HELD.sub(r"\1", word)
    if held != word and held in _TRUE_WORDS | _FALSE_WORDS | {"true", "false"}:
        return held in _TRUE_WORDS
    return None


def _neighbour_key(word: str, spelled: str) -> bool:
    """Whether `word` is `spelled` with one letter after the first typed by the key beside it
    ("trye" for "true", "falsr" for "false"): only for "true" and "false", whose slips name
    nothing else. The first letter says the verdict ("frue" starts like "false")."""
    if len(word) != len(spelled) or word[0] != spelled[0]:
        return False
    slipped = [(a, b) for a, b in zip(word, spelled, strict=True) if a != b]
    return len(slipped) == 1 and slipped[0][0] in _NEIGHBOURS.get(slipped[0][1], frozenset())


# A true/false button's place copied before its word ("b) false"): the quiz shows no letters
# there, so the letter counts only beside the word of its place (True first, then False).
_KEYED = re.compile(r"^\W*([ab])\s*[)\]:.]\s*(\S.*)$", re.IGNORECASE | re.DOTALL)


def read_verdict(text: str, claim: str = "") -> bool | None:
    """What a typed reply to a true/false question says: True, False, or None when it does not
    say (a non-answer like "no idea", a hedge like "true or false", or both verdicts).

    The verdict comes first, chat filler around it aside, or last after "so" ("by ship so
    false"); words after it are the student's reason and are not judged ("false, they came by
    ship", "yeah true", "true, both"). A verdict may be negated ("not true", "no, not true").
    With the `claim` the question states, "false" with a reason that only repeats the claim
    says both things at once, so it says nothing.
    """
    plain = text.strip().casefold()
    if plain in _TRUE_WORDS or plain in _FALSE_WORDS:  # one word, as a button sends: no reading
        return plain in _TRUE_WORDS
    if (last := corrected(text)) is not None and (later := read_verdict(last, claim)) is not None:
        return later  # "true... no wait, false": the verdict given last counts
    if keyed := _KEYED.match(text):
        verdict = read_verdict(keyed[2], claim)
        return verdict if verdict is (keyed[1].casefold() == "a") else None
    words = _read_past_intensifiers(chat_words(text))
    if not any(char.isalnum() for word in words for char in word):
        return _emoji_verdict(text)
    if HEDGES.intersection(words) - _AGREEING_HEDGES:
        return None
    verdict, size = _said(words, 0)
    if verdict is None:
        concluded = _concluded(words)
        if concluded is None and claim and _another_way(words, claim):
            return False
        return concluded
    reason = words[size:]
    if reason and reason[0] in _NOT_A_VERDICT:
        return None
    if (not verdict) in _verdicts_in(reason):
        return None
    if not verdict and claim and _repeats(reason, claim):
        return None
    return verdict


def _read_past_intensifiers(words: list[str]) -> list[str]:
    """`words` without the intensifiers they open with ("100% true" -> "true")."""
    start = 0
    while start < len(words) - 1 and words[start] in _INTENSIFIERS:
        start += 1
    return words[start:]


def _emoji_verdict(text: str) -> bool | None:
    """The verdict a reply of emoji alone gives ("✅", "👎🏽"), or None when it gives none
    or both."""
    marks = set(_EMOJI_MODIFIERS.sub("", text)) - set(" \t\n!?.")
    said = {mark in _TRUE_EMOJI for mark in marks if mark in _TRUE_EMOJI | _FALSE_EMOJI}
    return said.pop() if len(said) == 1 and marks <= _TRUE_EMOJI | _FALSE_EMOJI else None


def _another_way(words: Sequence[str], claim: str) -> bool:
    """Whether a reply without a verdict only names another way of travelling than the one
    the claim states ("by ship" when the claim says "by air"): a correction, so false."""
    claimed = {_WAY_OF[word] for word in normalize(claim).split() if word in _WAY_OF}
    content = [word for word in words if word not in _REASON_GLUE and word != "by"]
    named = {_WAY_OF.get(word) for word in content}
    return len(claimed) == 1 and bool(content) and None not in named and not named & claimed


def _said(words: Sequence[str], index: int) -> tuple[bool | None, int]:
    """The verdict `words[index:]` start with, a negation read, and how many words say it."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    if word == "no" and following == "cap":  # slang: "no lie", so true
        return True, 2
    if word in _NEGATIONS and following and following not in _NOT_NEGATED:
        negated = _verdict_word(following)
        return (None if negated is None else not negated), 2
    if word in _NEGATIONS and len(words) == 1:  # "def not", "definitely not": it does not hold
        return False, 1
    return _verdict_word(word), 1


# Verdict words that are also chat words inside a sentence ("da" for "the"): a verdict only
# when the reply opens with them, glue in a reason.
_OPENING_ONLY = frozenset({"da"})


def _verdicts_in(words: Sequence[str]) -> set[bool | None]:
    """The verdicts said in `words`, one letter alone and "da" not counted ("a", "o")."""
    said_here: set[bool | None] = set()
    index = 0
    while index < len(words):
        said, size = _said(words, index)
        if size > 1 or (len(words[index]) > 1 and words[index] not in _OPENING_ONLY):
            said_here.add(said)
        index += size
    return said_here


def _concluded(words: Sequence[str]) -> bool | None:
    """The verdict given last, after a reason and "so" ("by ship so false"), or None."""
    for index in range(len(words) - 2, 0, -1):
        if words[index] not in _CONCLUDERS:
            continue
        verdict, size = _said(words, index + 1)
        if verdict is None or index + 1 + size != len(words):
            return None
        before = _verdicts_in(words[:index]) - {None}
        return verdict if not before else None
    return None


def _repeats(reason: Sequence[str], claim: str) -> bool:
    """Whether a reason only repeats words of the claim, none turned ("they are in the west"
    against "they are in the west" repeats it; "the east", "not the west" do not)."""
    content = [word for word in reason if word not in _REASON_GLUE]
    if not content or _REASON_TURNS.intersection(content):
        return False
    if all(_verdict_word(word) is False for word in content):
        return False  # "no, it's false": the verdict said again, not the claim's "or false"
    stated = {_WAY_OF.get(word, word) for word in normalize(claim).split()}
    return all(_WAY_OF.get(word, word) in stated for word in content)
