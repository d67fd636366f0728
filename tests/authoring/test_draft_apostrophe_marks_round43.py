"""A single opening mark typed for an apostrophe ("Southgate‘s replacement") opens no quote.

Five labeled pages (fresh12 v21 and v28, fresh26 x15, fresh47 bh03, fresh61 bv17) print a
possessive with ‘ where ’ was meant, a converter's "smart" quote turned the wrong way. The
drafter read each as a quote opening and drafted its tail ("s permanent replacement with
England ...") as an unattributed quote of the reporter's own prose.
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing

_ARTICLE = (
    "Coach keeps quiet on the England job\n\n"
    "Harriers coach Nia Brook would not discuss Tom Ardley‘s move to the national side after "
    "Saturday's draw.\n\n"
    "The former Rovers man has agreed to become Lee Carver‘s permanent replacement, with the "
    "news to be confirmed on Monday.\n\n"
    "Brook said: “I don’t have a view on that, I’m the Harriers coach.”\n"
)


def _quotes() -> list[str]:
    draft = yaml.safe_load(draft_briefing(_ARTICLE))
    return [str(q["text"]) for f in draft.get("figures", []) for q in f.get("quotes", [])]


def test_a_possessive_typed_with_an_opening_mark_is_no_quote() -> None:
    quotes = _quotes()
    assert not [q for q in quotes if q.startswith("s ")], quotes


def test_the_real_quote_is_still_drafted() -> None:
    assert "I don’t have a view on that, I’m the Harriers coach." in _quotes()
