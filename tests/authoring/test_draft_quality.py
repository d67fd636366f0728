"""The labeled set: quotes with the right speaker and figures with their role meet the targets."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.authoring.evaluate import ArticleScore, Score, labeled_articles, score_labeled_set

LABELED = Path(__file__).resolve().parent / "labeled"


@cache
def labeled_scores() -> tuple[Score, Score, list[ArticleScore]]:
    """The labeled set drafted and scored once per test worker, for the two tests that read
    it (neither changes it)."""
    return score_labeled_set(LABELED)


def test_the_labeled_set_has_varied_articles() -> None:
    pairs = labeled_articles(LABELED)
    assert len(pairs) >= 8
    assert {a.suffix for a, _ in pairs} == {".txt", ".md", ".html"}


def test_quotes_with_the_right_speaker_meet_the_target() -> None:
    quotes, _, articles = labeled_scores()
    misses = [m for a in articles for m in a.misses if "quote" in m or "speaker" in m]
    assert quotes.expected >= 60
    assert quotes.precision >= 0.90, misses
    assert quotes.recall >= 0.90, misses


def test_figures_with_their_role_meet_the_target() -> None:
    _, figures, articles = labeled_scores()
    misses = [m for a in articles for m in a.misses if "figure" in m or "role" in m]
    assert figures.expected >= 40
    assert figures.precision >= 0.80, misses
    assert figures.recall >= 0.80, misses


def test_a_quote_cut_by_its_attribution_scores_as_its_two_labeled_parts(tmp_path) -> None:
    from bot.authoring.evaluate import score_article

    article = tmp_path / "cut.txt"
    article.write_text(
        "Ferry strike\n\nThe ferries stopped on Monday.\n\n"
        '"We will sail again," Mayor Ada Rowe said, "when the crews are paid."\n',
        encoding="utf-8",
    )
    labels = tmp_path / "cut.yaml"
    labels.write_text(
        "figures: [{name: Ada Rowe, role: Mayor}]\n"
        "quotes:\n"
        '  - {text: "We will sail again,", speaker: Ada Rowe}\n'
        '  - {text: "when the crews are paid.", speaker: Ada Rowe}\n',
        encoding="utf-8",
    )
    score = score_article(article, labels)
    assert (score.quotes.right, score.quotes.found, score.quotes.expected) == (2, 2, 2)


def test_a_clutter_label_of_punctuation_alone_counts_only_when_it_shows(tmp_path) -> None:
    from bot.authoring.evaluate import score_article

    article = tmp_path / "image.md"
    article.write_text(
        "# Ferry strike\n\n![]()\n\nThe ferries stopped on Monday, the council said.\n",
        encoding="utf-8",
    )
    labels = tmp_path / "image.yaml"
    labels.write_text("clutter: ['![]()']\n", encoding="utf-8")
    score = score_article(article, labels)
    assert (score.clutter.right, score.clutter.found) == (1, 0), score.misses
