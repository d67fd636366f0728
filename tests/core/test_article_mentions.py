"""Mentions copied with an article from a Discord channel are left out before drafting; the
rest of the article, an address's `@here` included, is left as it was."""

from __future__ import annotations

from bot.core.mentions import lines_without_mentions


def test_only_the_lines_holding_a_mention_change() -> None:
    article = (
        "@everyone  Harbour reopens <@&123456789012345678>\n"
        "\n"
        "  Write to info@here.org,\tsaid the mayor.\n"
        "Thanks <@!98765432109876543> and @here for the tip.\n"
    )
    assert lines_without_mentions(article) == (
        "Harbour reopens\n\n  Write to info@here.org,\tsaid the mayor.\nThanks and for the tip.\n"
    )


def test_an_article_without_mentions_is_returned_as_it_is() -> None:
    article = "Harbour reopens\n\n  Ships dock again.\t(Reuters)\n"
    assert lines_without_mentions(article) is article
