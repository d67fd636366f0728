"""Reading a draft the way the drafting tests check it: its people, their roles, who said what."""

from __future__ import annotations

import yaml

from bot.authoring import draft_briefing
from bot.authoring.article import read_article
from bot.authoring.draft import IN_PASSING_ITEM, IN_PASSING_LEAD
from bot.authoring.facts import find_facts
from bot.authoring.people import find_people
from bot.authoring.questions import DraftFact, DraftFigure, DraftQuote, make_questions


def drafted(text: str) -> dict:
    """The briefing `briefbot draft` makes of `text`, as data."""
    return yaml.safe_load(draft_briefing(text))


def drafted_story(headline: str, *paragraphs: str) -> dict:
    """The draft of a headline and paragraphs written as a pasted article."""
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def people_in(draft: dict) -> dict[str, str]:
    """Each named person of the draft and the role it gives them."""
    return {f["name"]: f["role"] for f in draft["figures"] if f["id"] != "unattributed"}


def in_passing(text: str) -> set[str]:
    """The names the draft's header lists as named in passing (no role, no words): no
    figures, left for the editor to add."""
    lines = draft_briefing(text).splitlines()
    lead = next(
        (i for i, line in enumerate(lines) if line.startswith(f"# {IN_PASSING_LEAD}")), None
    )
    if lead is None:
        return set()
    names: set[str] = set()
    for line in lines[lead + 1 :]:
        if not line.startswith(f"# {IN_PASSING_ITEM}"):
            break
        names.add(line.removeprefix(f"# {IN_PASSING_ITEM}"))
    return names


def everyone_in(text: str) -> set[str]:
    """Every person the draft of `text` names: its figures and those named in passing."""
    return names_in(drafted(text)) | in_passing(text)


def names_in(draft: dict) -> set[str]:
    """The draft's named people."""
    return {f["name"] for f in draft["figures"] if f["id"] != "unattributed"}


def speakers_in(draft: dict) -> dict[str, str | None]:
    """Each quote's text and who the draft says spoke it (None: left unattributed)."""
    return {
        q["text"]: (None if f["id"] == "unattributed" else f["name"])
        for f in draft["figures"]
        for q in f.get("quotes", [])
    }


def shown_in(draft: dict) -> str:
    """What a reader of the draft sees as the article's own: its title, section titles and
    points, people and roles, questions and their choices."""
    parts = [str(draft["title"])]
    for section in draft["sections"]:
        parts += [str(section["title"]), *map(str, section["points"])]
    for figure in draft["figures"]:
        if figure["id"] != "unattributed":
            parts += [str(figure["name"]), str(figure["role"])]
    for question in draft["questions"]:
        parts += [str(question["prompt"]), *map(str, question.get("choices", []))]
    return "\n".join(parts)


FLOOD_HEADLINE = "Floods reach Varnholt harbour"
"""The headline of the invented story the page-furniture tests set their lines into."""
FLOOD_LONG_HEADLINE = "Floods reach Varnholt harbour as the river bursts its banks"
"""A longer headline for the same story, long enough to read as a headline on its own."""
FLOOD_PARAGRAPHS = [
    "The river burst its banks in Varnholt on Monday, flooding forty homes near the old"
    " harbour wall.",
    "Mayor Ilse Brandt said the town hall would stay open overnight as a shelter for"
    " families who had to leave their homes.",
    "Engineers from the regional water board began pumping the lower streets on Tuesday"
    " morning, and the army sent two lorries of sandbags.",
]
"""The invented story's paragraphs."""


def flood_page(*lines: str, at: int = 1, end: tuple[str, ...] = ()) -> str:
    """The story under its headline, `lines` set in before paragraph `at`, `end` after it."""
    body = [*FLOOD_PARAGRAPHS[:at], *lines, *FLOOD_PARAGRAPHS[at:], *end]
    return FLOOD_HEADLINE + "\n\n" + "\n\n".join(body)


def flood_story_intact(shown: str) -> bool:
    """Whether every paragraph of the invented story is still in the draft's text."""
    return all(p[:50] in shown for p in FLOOD_PARAGRAPHS)


def dropped_over_headline(line: str) -> bool:
    """Whether `line`, set on top of the invented story's page, leaves the draft while the
    headline stays its title and every paragraph stays."""
    draft = drafted(f"{line}\n\n" + flood_page())
    shown = shown_in(draft)
    return draft["title"] == FLOOD_HEADLINE and line not in shown and flood_story_intact(shown)


def flood_people(*paragraphs: str) -> dict[str, str]:
    """The people, with their roles, drafted from the invented story's headline and opening
    paragraph followed by `paragraphs`."""
    return people_in(drafted("\n\n".join([FLOOD_HEADLINE, FLOOD_PARAGRAPHS[0], *paragraphs])))


def fact_questions(paragraphs: list[str], headline: str = FLOOD_HEADLINE) -> list[dict]:
    """The questions the drafter asks on the facts of `paragraphs` under `headline` alone (no
    quotes, no figures), as data."""
    article = read_article("\n\n".join([headline, *paragraphs]))
    found = find_facts(article.blocks, find_people(article.blocks))
    facts = [DraftFact(f"f{i}", f) for i, f in enumerate(found)]
    return [q.data for q in make_questions([], [], facts, paragraphs)]


def who_said_questions(
    figures: list[DraftFigure], quotes: list[DraftQuote], paragraphs: list[str]
) -> list[dict]:
    """The who-said questions the drafter asks on `quotes` by `figures`, as data."""
    questions = make_questions(figures, quotes, [], paragraphs)
    return [q.data for q in questions if q.data["id"].startswith("who-said")]
