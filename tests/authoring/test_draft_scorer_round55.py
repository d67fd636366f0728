"""Round 55: one clutter rule, in the scorer itself. `score_article` (which the real-article
tests read) counts a labeled clutter string only where the draft shows it as clutter, not
where the story's own sentence uses the same words; a real leak still counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.authoring.evaluate import ArticleScore, score_article

ARTICLE = """Council approves the new budget

The town council approved its budget on Monday after a long debate.

"We listened to every resident," said Mayor Ann Lee at a news conference after the vote.

The budget adds two buses to the night routes and repairs the river bridge.
"""


def _scored(tmp_path: Path, *clutter: str) -> ArticleScore:
    article = tmp_path / "a01_council.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    labels = tmp_path / "a01_council.yaml"
    labels.write_text("clutter:\n" + "".join(f"  - {c!r}\n" for c in clutter), encoding="utf-8")
    return score_article(article, labels)


@pytest.mark.parametrize("label", ["NEWS", "Monday |", "(AD)"])
def test_a_label_the_story_s_sentence_uses_is_no_leak_in_the_article_s_score(
    tmp_path: Path, label: str
) -> None:
    # "a news conference", "on Monday after", "ADds": the story's words, not the clutter
    score = _scored(tmp_path, label)
    assert (score.clutter.right, score.clutter.found, score.clutter.expected) == (1, 0, 1)
    assert not any(m.startswith("clutter in the draft") for m in score.misses), score.misses


@pytest.mark.parametrize(
    "label",
    [
        "Council approves the new budget",  # a teaser kept as the whole title
        "The budget adds two buses to the night routes and repairs the river bridge.",  # a point
    ],
)
def test_a_label_the_draft_shows_as_a_whole_item_still_leaks(tmp_path: Path, label: str) -> None:
    """What `test_draft_real`'s "no clutter" check relies on: a real leak still fails it."""
    score = _scored(tmp_path, label, "NEWS")
    assert (score.clutter.right, score.clutter.found, score.clutter.expected) == (1, 1, 2)
    assert score.misses.count(f"clutter in the draft: {label!r}") == 1, score.misses
