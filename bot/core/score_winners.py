"""Who won, when a score is typed with its winner: the briefing says who beat whom ("Cape Verde
beat Ghana", "a 1-0 win over Sumgayit", "Korea's 3-0 loss to Brazil", "Which team beat Ghana?"),
so "ghana won 2-1" names the loser as the winner and is wrong, while "2-1 to cape verde" is the
score with its right winner. A team the briefing says both won and lost, or neither, decides
nothing. For `quiz.judge`, where the answer is a score.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["ScoreClaim", "says_the_other_side_won", "score_claim"]

# A team's name as the briefing writes it: one to three capitalised words.
_TEAM = r"(?P<team>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)"
_WINNERS = (
    re.compile(rf"\b{_TEAM}\s+(?:won|beat|defeated|wins)\b"),
    re.compile(rf"\b{_TEAM}(?:'s|’s)\s+(?:\d+\s*[-–:]\s*\d+\s+)?(?:\w+\s+)?(?:win|victory)\b"),
    re.compile(rf"\b(?:loss|defeat|lost)\s+(?:to|against)\s+(?:the\s+)?{_TEAM}"),
)
_LOSERS = (
    re.compile(rf"\b(?:beat|defeated|win over|victory over|defeat on)\s+(?:the\s+)?{_TEAM}"),
    re.compile(rf"\b{_TEAM}(?:'s|’s)?\s+(?:\d+\s*[-–:]\s*\d+\s+)?(?:\w+\s+)?(?:loss|defeat)\b"),
    re.compile(rf"\b{_TEAM}\s+(?:may have\s+)?lost\b"),
)
# A score typed with the team that won it: "ghana won 2-1", "2-1 to cape verde", "brazil 3-0".
_SCORE = r"\d+\s*[-–:]\s*\d+"
_CLAIMS = (
    re.compile(rf"^(?P<team>[^\d]+?)\s+(?:won|win|wins|beat them)\s+(?P<score>{_SCORE})$"),
    re.compile(rf"^(?P<score>{_SCORE})\s+(?:to|for)\s+(?P<team>[^\d]+?)$"),
    re.compile(rf"^(?P<team>[^\d]+?)\s+(?P<score>{_SCORE})$"),
)

# Words saying the team typed lost or drew: no claim that it won.
_LOSING = frozenset({"lost", "lose", "loses", "loss", "beaten", "defeated", "down", "drew", "draw"})


class ScoreClaim:
    """A typed score and whether the team typed as its winner won (True), lost (False) or is
    not known (None)."""

    def __init__(self, score: str, won: bool | None) -> None:
        self.score = score
        self.won = won


def _words(team: str) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W\d_]+", team.casefold())) - {"the", "fc"}


@functools.lru_cache(maxsize=256)
def _sides(texts: tuple[str, ...]) -> tuple[frozenset[frozenset[str]], frozenset[frozenset[str]]]:
    winners = {
        _words(m.group("team")) for text in texts for p in _WINNERS for m in p.finditer(text)
    }
    losers = {_words(m.group("team")) for text in texts for p in _LOSERS for m in p.finditer(text)}
    return frozenset(w for w in winners if w), frozenset(w for w in losers if w)


def _names(typed: frozenset[str], sides: frozenset[frozenset[str]]) -> bool:
    return any(typed <= side or side <= typed for side in sides)


# Both teams with their goals: "ghana 2 nigeria 1", "bolton 2-1 oxford" (the first team's
# goals first).
_BOTH_SIDES = (
    re.compile(r"^(?P<first>[^\d]+?)\s+(?P<a>\d+)\s*,?\s+(?P<second>[^\d]+?)\s+(?P<b>\d+)$"),
    re.compile(r"^(?P<first>[^\d]+?)\s+(?P<a>\d+)\s*[-–:]\s*(?P<b>\d+)\s+(?P<second>[^\d]+?)$"),
)


def _winner_of_both(typed: str) -> tuple[str, str] | None:
    """The team typed with more goals and the score, winner's goals first, when `typed` gives
    both teams their goals ("ghana 2 nigeria 1" -> ghana, "2-1"); None for a draw."""
    for pattern in _BOTH_SIDES:
        if match := pattern.match(typed):
            a, b = int(match["a"]), int(match["b"])
            if a == b:
                return None
            return match["first" if a > b else "second"], f"{max(a, b)}-{min(a, b)}"
    return None


def score_claim(given: str, texts: Iterable[str]) -> ScoreClaim | None:
    """The score `given` types with a winner, and whether the briefing's `texts` say that team
    won; None when `given` names no winner beside a score."""
    typed = " ".join(given.casefold().split()).strip(" .!?")
    if (both := _winner_of_both(typed)) is not None:
        name, score = both
    else:
        for pattern in _CLAIMS:
            if match := pattern.match(typed):
                break
        else:
            return None
        name, score = match.group("team"), match.group("score")
    team = _words(name)
    if not team or team & _LOSING:
        return None  # "ghana lost 2-1" names the loser as such
    winners, losers = _sides(tuple(texts))
    won, lost = _names(team, winners), _names(team, losers)
    return ScoreClaim(score, won if won != lost else None)


# A question about one side's win or loss: "the score of the Hunters' win", "Ghana's defeat",
# "when the Zebras beat Angola".
_ASKS_WIN = re.compile(
    r"(?:'s?|’s?)\s+(?:\w+\s+){0,3}?(?:win|victory)\b|\bwhen\s+.{1,40}?\s+(?:beat|won)\b"
)
_ASKS_LOSS = re.compile(
    r"(?:'s?|’s?)\s+(?:\w+\s+){0,3}?(?:loss|defeat)\b|\bwhen\s+.{1,40}?\s+lost\b"
)
# "they lost 32-30", "we won 2-1": the side the question names, by a pronoun.
_PRONOUN_SAYS = re.compile(
    rf"^(?:they|we|he|she)\s+(?P<way>won|win|wins|beat them|lost|lose|loses)\s+{_SCORE}$"
)


def says_the_other_side_won(given: str, prompt: str) -> bool:
    """Whether `given` says by a pronoun that the side the question names lost a win it asks
    the score of ("they lost 32-30" asked the score of the Hunters' win), or won a loss; the
    pronoun stands for that side, as the question names no other."""
    typed = " ".join(given.casefold().split()).strip(" .!?")
    match = _PRONOUN_SAYS.match(typed)
    if match is None:
        return False
    won = match["way"] in {"won", "win", "wins", "beat them"}
    if _ASKS_WIN.search(prompt) and not _ASKS_LOSS.search(prompt):
        return not won
    if _ASKS_LOSS.search(prompt) and not _ASKS_WIN.search(prompt):
        return won
    return False
