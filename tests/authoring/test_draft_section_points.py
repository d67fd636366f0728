"""Section points keep every sentence of the article's body: a long section becomes several
sections in a row, a paragraph too long for one point becomes several points, and only a
body too long for one briefing file is cut, with the draft saying where (invented text)."""

from __future__ import annotations

import re

from bot.authoring import draft_briefing
from tests.authoring.drafted import drafted

INTRO = [
    "The harbour of Varnholt reopened on Monday after three weeks of repairs.",
    "Fishing boats queued at the entrance from early morning.",
]


def _sentence(n: int) -> str:
    return f"Crews finished repair number {n} on the north quay before the tide turned."


def _long_article() -> str:
    """An opening, then a section of 23 paragraphs, one of them longer than a point may be."""
    works = [_sentence(n) for n in range(1, 23)]
    works.insert(11, " ".join(_sentence(n) for n in range(100, 180)))  # about 6,000 characters
    body = [*INTRO, "## The repairs", *works]
    return "Varnholt harbour reopens\n\n" + "\n\n".join(body)


def _points(draft: dict) -> list[str]:
    return [str(p) for s in draft["sections"] for p in s["points"]]


def test_no_sentence_of_a_long_article_is_lost_from_its_sections() -> None:
    article = _long_article()
    body = [p for p in article.split("\n\n")[1:] if not p.startswith("#")]
    sentences = re.findall(r"[A-Z][^.]*\.", " ".join(body))
    points = " ".join(_points(drafted(article)))
    assert len(sentences) == 2 + 22 + 80
    assert [s for s in sentences if s not in points] == []


def test_a_long_section_is_split_into_parts_in_the_articles_order() -> None:
    draft = drafted(_long_article())
    titles = [s["title"] for s in draft["sections"]]
    assert titles == ["Introduction", "The repairs", "The repairs (part 2)", "The repairs (part 3)"]
    assert all(len(s["points"]) <= 10 for s in draft["sections"])
    points = _points(draft)
    numbers = [int(re.findall(r"\d+", p)[0]) for p in points if p.startswith("Crews")]
    assert [n for n in numbers if n < 100] == list(range(1, 23))  # the article's order
    assert numbers[11] == 100 and len(numbers) == 22 + 2  # the long paragraph, in two points


def test_a_paragraph_longer_than_a_point_is_cut_between_its_sentences() -> None:
    points = _points(drafted(_long_article()))
    long_points = [p for p in points if "repair number 100 " in p or "number 179 " in p]
    assert len(long_points) == 2
    assert all(len(p) <= 4000 and p.endswith("turned.") for p in long_points)


def test_a_quote_points_at_the_part_that_holds_its_paragraph() -> None:
    article = _long_article().replace(
        _sentence(20), "“The quay is safe again,” said harbour master Odile Brenner."
    )
    draft = drafted(article)
    quote = next(q for f in draft["figures"] for q in f.get("quotes", []))
    section = next(s for s in draft["sections"] if s["id"] == quote["section"])
    assert any("The quay is safe again" in str(p) for p in section["points"])


TOO_LONG = 3_000
"""Paragraphs in a body too long for one briefing: about 225 KB, cut near paragraph 2,100
(8,000 paragraphs gave the same draft, three times slower)."""


def test_a_body_too_long_for_one_briefing_is_cut_and_the_draft_says_where() -> None:
    paragraphs = [_sentence(n) for n in range(TOO_LONG)]
    out = draft_briefing("Varnholt harbour reopens\n\n" + "\n\n".join(paragraphs))
    header = out.split("\nschema:", 1)[0]
    assert "longer than one briefing file holds" in header
    stop = int(re.search(r"stop in paragraph (\d+)", header).group(1))
    assert 1_000 < stop < TOO_LONG
    assert _sentence(stop - 1) in out and _sentence(stop) not in out  # paragraph 1 is 0
