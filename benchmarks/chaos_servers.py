"""The chaos run's two servers (`benchmarks/chaos.py`): where each server's people act, its own
published briefing, and what the end checks read of the bot's answers there.

Server A is the double's seed guild (students act in #general, channel quizzes in #news);
server B its second guild (all in #lounge). Each publishes a briefing of its own before the
faults; a student is in both. After the faults, nothing the bot showed in one server may hold
the other's briefing titles, its own students' names, its channels or its id, and each
server's /score and /leaderboard count exactly the answers stored in that server."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble
from tests.discord_double.isolation import (
    cross_server_leaks,
    dm_leaks,
    only_member_of,
    secrets_of,
)

TIDEWATER = HARBOUR.replace("id: harbour", "id: tidewater").replace(
    "title: Harbour reopens\n", "title: Tidewater ferry returns\n"
)
"""Server A's own briefing (the small test briefing under a title of its own)."""
LIGHTHOUSE = (
    HARBOUR.replace("id: harbour", "id: lighthouse")
    .replace("Harbour reopens after storm", "Keepers back at the light")
    .replace("title: Harbour reopens\n", "title: Lighthouse keepers come back\n")
)
"""Server B's own briefing: no title of A's in it, not even its source's."""
SCORE = re.compile(r"Right answers: (\d+)/(\d+)")
BOARD_ROW = re.compile(r"\d+\. (?:<@(\d+)>|(you)): (\d+) right of (\d+)")


@dataclass
class Place:
    """One server as the chaos run drives it."""

    guild: Any
    channel: Any
    """Where its students run /quiz, /review and /score, and its schedule posts."""
    news: Any
    """Where its moderator runs channel quizzes and /post."""
    moderator: Any
    rng: random.Random
    """The moderator's draws."""
    briefing: str
    """Its own published briefing's id."""
    text: str
    titles: tuple[str, ...]
    """Every briefing title only this server has (its drafts' too)."""
    upload: tuple[str, str]
    """The moderator's good upload (a draft) and broken one (file texts)."""
    schedule_made: bool = False
    schedule_time: str | None = None
    """The time its /schedule asked for, kept for its retries: the same command again."""

    @property
    def name(self) -> str:
        return str(self.guild.name)


def places_of(double: DiscordDouble, seed: int) -> list[Place]:
    """Server A, and server B when the double has a second guild."""
    broken_a = HARBOUR.replace("id: harbour", "id: harbour-broken")
    places = [
        Place(
            double.guild,
            double.general,
            double.news,
            double.moderator,
            random.Random(f"{seed}:moderator"),
            "tidewater",
            TIDEWATER,
            ("Tidewater ferry returns", "Harbour reopens"),
            (HARBOUR, broken_a.replace("difficulty: easy", "difficulty: trivial")),
        )
    ]
    if double.state.second is not None:
        second = double.second
        broken_b = LIGHTHOUSE.replace("id: lighthouse", "id: lighthouse-broken")
        places.append(
            Place(
                second.guild,
                second.lounge,
                second.lounge,
                second.moderator,
                random.Random(f"{seed}:moderator:b"),
                "lighthouse",
                LIGHTHOUSE,
                ("Lighthouse keepers come back",),
                (LIGHTHOUSE, broken_b.replace("difficulty: easy", "difficulty: trivial")),
            )
        )
    return places


def leaks(double: DiscordDouble, places: list[Place]) -> list[str]:
    """Each server's secrets shown in another server (messages of every kind, every version,
    autocomplete answers), or in the direct messages of a student of another server alone."""
    state = double.state
    secrets = {
        p.guild.id: secrets_of(p.guild, p.titles, only_member_of(state, p.guild)) for p in places
    }
    found = [str(leak) for leak in cross_server_leaks(state, secrets)]
    for place in places:
        others = [s for p in places if p is not place for s in secrets[p.guild.id]]
        for user in only_member_of(state, place.guild):
            shown = dm_leaks(state, user, others)
            found += [
                f"{secret!r} in the DMs of {user.username} ({place.name})" for secret in shown
            ]
    return found


def score_counts(text: str) -> tuple[int, int] | None:
    """(right, answered) as /score said them; (0, 0) for no answers; None: not a score."""
    if "No answers yet" in text or "Right answers: none in this server yet" in text:
        return (0, 0)  # the second: answers elsewhere, none in this server
    found = SCORE.search(text)
    return None if found is None else (int(found.group(1)), int(found.group(2)))


def board_counts(text: str, asker: int) -> dict[int, tuple[int, int]]:
    """Each learner on a /leaderboard (the asker's own "you" row too): (right, answered)."""
    rows: dict[int, tuple[int, int]] = {}
    for mention, you, right, answered in BOARD_ROW.findall(text):
        rows[asker if you else int(mention)] = (int(right), int(answered))
    return rows
