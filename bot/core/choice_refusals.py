"""What a student reads when a typed reply at a choice question picks no option: two answers at
once ("3 or 4 days", "c or b") are told that one answer counts, a short answer that is none of
the options ("yam" when the options are four fruits and tubers, "10 days" when they are 2, 3, 4
and 7) is told so plainly, and anything else is shown the keys to pick from."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.matching import HEDGES, chat_words, normalize
from bot.i18n import _

__all__ = ["no_option_message"]

# "b or c", "either 3 or 4", French "b ou c": a choice between answers, not an answer.
_TWO_WAYS = frozenset({"or", "either", "ou"})
# A reply that says the student does not know: no answer meant, so only the keys are shown.
# In French `jsp`, `je sais pas`, `aucune idée` (the blind French chat set's eleven bare "I
# don't know" replies are `jsp` and `aucune idée`): they read "That is not one of the choices".
_DONT_KNOW = frozenset({"idk", "dunno", "unsure", "sure", "idea", "know", "pass", "skip"})
_DONT_KNOW |= {"jsp", "sais", "idee"}
# Replies longer than this may be a reason or a paraphrase the matcher did not read: the
# quiz cannot tell that they name no option, so it does not say so.
_SHORT = 3


def no_option_message(given: str, keys: Sequence[str], options: Sequence[str]) -> str:
    """The reply to `given`, which picked none of `options` (shown with `keys`)."""
    keys_text, last = ", ".join(keys), len(keys)
    words = chat_words(given)
    if _hedges(given, words):
        return _("Only one answer counts. Pick one of {keys} (or 1-{last}).").format(
            keys=keys_text, last=last
        )
    if _names_none_of(words, keys, options):
        return _("That is not one of the choices. Pick one of {keys} (or 1-{last}).").format(
            keys=keys_text, last=last
        )
    return _("Pick one of {keys} (or 1-{last}).").format(keys=keys_text, last=last)


def _hedges(given: str, words: Sequence[str]) -> bool:
    """Whether the reply offers two answers ("3 or 4 days", "either b or c")."""
    typed = normalize(given).split()
    return any(word in _TWO_WAYS for word in typed[1:-1]) or (
        len(words) > 1 and words[0] == "either"
    )


def _names_none_of(words: Sequence[str], keys: Sequence[str], options: Sequence[str]) -> bool:
    """Whether a short reply meant as an answer shares no word and no number with any option
    ("yam", "nairobi", "10 days" when no option says 10)."""
    if not words or len(words) > _SHORT or any(w in _DONT_KNOW or w in HEDGES for w in words):
        return False
    if any(word in {key.casefold() for key in keys} for word in words):
        return False  # a key among the words: the reply may name an option by it
    said = {_singular(word) for option in options for word in normalize(option).split()}
    numbers = [word for word in words if word[:1].isdigit()]
    if numbers:
        return all(number not in said for number in numbers)
    return all(_singular(word) not in said for word in words)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
