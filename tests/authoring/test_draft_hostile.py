"""Hostile articles: huge, quote-free, quote-only, unbalanced, binary. The draft still loads."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.authoring import draft_briefing
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing

MB = 1_000_000


def _loads(text: str) -> Briefing:
    out = draft_briefing(text)
    result = load_briefing_bytes(out.encode(), "hostile draft")
    assert result.ok, result.messages()
    assert result.briefing is not None
    return result.briefing


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param(" \n\n\t \n", id="blank"),
        pytest.param("Lorem ipsum dolor sit amet. " * (MB // 28), id="1MB-no-quotes"),
        pytest.param('"' * MB, id="1MB-only-straight-quotes"),
        pytest.param("“" * (MB // 2) + "”" * (MB // 2), id="1MB-only-curly-quotes"),
        pytest.param('He said "this never ends\n\n' * (MB // 27), id="1MB-unbalanced"),
        pytest.param("word " * (MB // 5), id="1MB-one-sentence"),
        pytest.param("[a](" * (MB // 4), id="1MB-broken-links"),
        pytest.param("Jane \ud800 Doe\x00 said “hi”\x07", id="control-and-surrogate"),
    ],
)
def test_hostile_articles_still_give_a_draft_that_loads(text: str) -> None:
    _loads(text)


@pytest.mark.timeout(90)
@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<html><body>" + "<a " * (MB // 3), id="1MB-unclosed-tags"),
        pytest.param("<html><body>" + "<!--" * (MB // 4), id="1MB-unclosed-comments"),
        pytest.param("<html><body>" + "<p>x" * (MB // 4), id="1MB-unclosed-paragraphs"),
        pytest.param("<html><body><p " + 'a="' * (MB // 3), id="1MB-unclosed-attributes"),
    ],
)
def test_a_megabyte_of_hostile_html_is_drafted_not_hung(html: str) -> None:
    # The standard library's HTMLParser did not finish these in 300 s (issue 15.7).
    _loads(html)


def test_only_quotes_gives_unattributed_quotes_and_no_people() -> None:
    text = "Title\n\n" + "\n\n".join(f"“Quote number {i}.”" for i in range(50))
    briefing = _loads(text)
    assert [f.id for f in briefing.figures] == ["unattributed"]
    assert len(briefing.figures[0].quotes) == 50


def test_a_huge_article_is_capped_not_refused() -> None:
    para = "“We will win,” said Mayor Jane Doe{n}, who spoke on Monday about 3,{n:03d} people."
    text = "Big Story\n\n" + "\n\n".join(para.format(n=n) for n in range(20_000))
    briefing = _loads(text)
    assert 0 < len(briefing.figures) <= 101
    assert 0 < sum(len(f.quotes) for f in briefing.figures) <= 300
    assert 0 < len(briefing.facts) <= 40


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "“",
                    "”",
                    '"',
                    "‘",
                    "’",
                    "said",
                    " he said.",
                    "Mayor Jane Doe",
                    ", a professor at X University,",
                    "according to Bob Smith",
                    "\n\n",
                    "\n- ",
                    "\n# ",
                    " 3,000 ",
                    " in Paris ",
                    " on 3 June 2025 ",
                    "<p>",
                    "</p>",
                ]
            ),
        ),
        max_size=40,
    )
)
def test_any_text_gives_a_draft_that_loads(parts: list[str]) -> None:
    _loads("".join(parts))
