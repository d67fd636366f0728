"""Round 54, the clutter count: a labeled clutter string counts as leaked where the draft shows
it as clutter (a whole item, a run cut off from the story's sentence, a piece glued on), not
where the story itself uses the same words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.draft_quality import main
from bot.authoring.leaked_clutter import leaked_labels


def _draft(
    *points: str, title: str = "Council approves the budget", section: str = "The vote"
) -> dict[str, Any]:
    return {"title": title, "sections": [{"title": section, "points": list(points)}]}


def _person(data: dict[str, Any], name: str, role: str = "") -> dict[str, Any]:
    data["figures"] = [{"id": "f1", "name": name, "role": role}]
    return data


@pytest.mark.parametrize(
    ("label", "point"),
    [
        ("By |", "Crews were slowed by fallen branches across the roads."),
        ("NEWS", "The mayor told a news conference that the plan would go ahead."),
        ("(FA)", "Heavy rainfall flooded the low streets overnight."),
        ("• 0", "The fare rises to 2 dollars for the 40,000 daily riders."),
        ("Round 1 -", "The club lost in round 1 of the cup last season."),
        ("More () »", "Residents will be told as we get more information, she said."),
        ("Riverside Tenants’ League – RTL", "The Riverside Tenants’ League (RTL) met on Monday."),
    ],
)
def test_a_label_whose_words_the_story_uses_is_not_counted(label: str, point: str) -> None:
    assert leaked_labels([label], _draft(point)) == []


def test_a_truncated_teaser_of_the_story_s_own_headline_is_not_counted() -> None:
    data = _draft(title="Minister shrugs off budget complaints")
    assert leaked_labels(["Minister shrugs off budget compl..."], data) == []


def test_a_caption_naming_a_person_the_story_names_is_not_counted_as_their_figure() -> None:
    data = _person(_draft("Planner Ruth Okafor said the hall would reopen."), "Ruth Okafor")
    assert leaked_labels(["Ruth Okafor"], data) == []


@pytest.mark.parametrize(
    ("label", "data"),
    [
        # a caption kept as a point, a crosshead as a section's title, a teaser as the title
        (
            "Volunteers stack sandbags by the river.",
            _draft("Volunteers stack sandbags by the river."),
        ),
        ("Close call", _draft("Officials were in close call range.", section="Close call")),
        ("Five things to know today", _draft(title="Five things to know today")),
        # a dateline, a site's name, a byline glued to the story's sentence
        ("HARBOURTOWN (Mar 3):", _draft("HARBOURTOWN (Mar 3): The council met again.")),
        ("DAILYPOST", _draft("DAILYPOST – The council will not open the bridge, the mayor said.")),
        ("– By JANE ODUYA", _draft("The officers returned fire – By JANE ODUYA")),
        ("—A neighbour", _draft("Nobody came to help us. —A neighbour")),
        # glued without a space; a caption split over two points
        ("site.dpx", _draft(title="site.dpxCouncil Approves the Budget")),
        ("In a photo, the mayor, left, said", _draft("In a photo, the mayor, left,", "said")),
        # a byline or credit as a figure's name or role that no sentence names
        ("Tom Reyes", _person(_draft("The vote passed."), "Tom Reyes")),
        (
            "Harbour mayor Harbour Mayor",
            _person(_draft("x"), "Ann Lee", "Harbour mayor Harbour Mayor"),
        ),
    ],
)
def test_clutter_shown_as_clutter_still_counts(label: str, data: dict[str, Any]) -> None:
    assert leaked_labels([label], data) == [label]


def test_a_byline_inside_a_leaked_caption_counts_though_words_surround_it() -> None:
    caption = "Above: Mayor Ann Lee By the Daily Post staff Mayor Ann Lee has resigned"
    data = _draft(caption + ", the council said in a statement.")
    labels = ["By the Daily Post staff", caption]
    assert leaked_labels(labels, data) == labels


def test_a_label_of_punctuation_alone_counts_where_printed() -> None:
    assert leaked_labels(["![]()"], _draft("![]() The council met.")) == ["![]()"]
    assert leaked_labels(["![]()"], _draft("The council met.")) == []


ARTICLE = """Council approves the new budget

The town council approved its budget on Monday after a long debate.

"We listened to every resident," said Mayor Ann Lee at a news conference after the vote.

The budget adds two buses to the night routes and repairs the river bridge.
"""


def test_the_benchmark_reports_one_clutter_figure_the_scorer_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 55: the scorer itself applies the rule, so the report prints its one figure (no
    old count beside it) and no leak note for the story's words."""
    (tmp_path / "a01_council.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a01_council.yaml").write_text("clutter: ['NEWS']\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "page clutter in the draft:     0 of 1 strings\n" in out, out
    assert "'NEWS'" not in out, out


def test_the_listing_names_each_leak_where_it_lands_and_its_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.clutter_leaks import main as listing

    (tmp_path / "a01_council.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a01_council.yaml").write_text("clutter: ['NEWS']\n", encoding="utf-8")
    assert listing([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "a01_council: 'NEWS' [point (in a sentence)" in out, out
    assert "1 labels shown in the drafts: 0 clutter (counted), 1 story words" in out, out


def test_the_report_line_stays_as_it_was_where_both_counts_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a01_council.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a01_council.yaml").write_text("clutter: ['Photo: Staff']\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "page clutter in the draft:     0 of 1 strings\n" in out, out
