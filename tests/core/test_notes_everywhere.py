"""Editor's notes can point at any item a student sees, and every reply that shows it shows them.

The validator checks the pointers like any other reference; old files without the new ids stay
valid.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.console.render import render
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.posts import briefing_post
from bot.core.replies import Reply
from bot.core.views import (
    brief_reply,
    facts_reply,
    figures_reply,
    glossary_reply,
    quotes_reply,
    timeline_reply,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
MINI = (FIXTURES / "mini_briefing.yaml").read_text(encoding="utf-8")
NOTE = "Checked against the harbour log."

# The mini briefing with ids on its timeline entry and glossary term, and one note on everything.
NOTED = MINI.replace(
    "  - when: 2 January 2026\n", "  - id: storm-day\n    when: 2 January 2026\n"
).replace("  - term: harbour master\n", "  - id: gl-harbour-master\n    term: harbour master\n") + (
    "  - id: everything-note\n"
    f"    text: {NOTE}\n"
    "    applies_to: [summary-short, summary-long, storm, ada, ben, ada-dock, town,\n"
    "                 storm-day, gl-harbour-master, q-days]\n"
    "    sources:\n"
    "      - outlet: Port Elm Gazette\n"
    "        title: Harbour log shows three days\n"
    "        published: 2026-01-06\n"
    "        url: https://gazette.invalid/harbour\n"
)


def _insert_note(text: str) -> str:
    """Move the appended note into the `notes:` list (it was added after `questions:`)."""
    head, note = text.split("  - id: everything-note\n")
    before, after = head.split("questions:\n")
    return f"{before}  - id: everything-note\n{note}questions:\n{after}"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    result = load_briefing_bytes(_insert_note(NOTED).encode(), "noted.yaml")
    assert result.ok, result.messages()
    assert result.briefing is not None
    return result.briefing


def _text(reply: Reply) -> str:
    return render(reply)


def test_every_reply_that_shows_a_noted_item_shows_the_note(briefing: Briefing) -> None:
    replies = {
        "brief": brief_reply(briefing),
        "brief long": brief_reply(briefing, long=True),
        "section": brief_reply(briefing, "storm"),
        "figures": figures_reply(briefing),
        "quote of ada": quotes_reply(briefing, "Ada"),
        "figure without quotes": quotes_reply(briefing, "Ostrow"),
        "facts": facts_reply(briefing),
        "timeline": timeline_reply(briefing),
        "glossary": glossary_reply(briefing, "harbour"),
    }
    for where, reply in replies.items():
        assert NOTE in _text(reply), f"{where} hides the note"


def test_a_cited_source_is_shown_with_outlet_date_and_link(briefing: Briefing) -> None:
    """The address on a line of its own after the note (polish 47: in the line, no wrap could
    break it and a screen reader spelled it out before the rest)."""
    text = _text(brief_reply(briefing))
    assert "(Sources: Port Elm Gazette, 2026-01-06)\nhttps://gazette.invalid/harbour\n" in text


def test_a_post_shows_each_note_once_and_points_back_to_it(briefing: Briefing) -> None:
    bodies = "\n".join(
        page.body + "".join(f.value for f in page.fields) for page in briefing_post(briefing, "all")
    )
    assert bodies.count(NOTE) == 1
    assert "See the editor's note above" in bodies


def test_a_note_on_an_unknown_id_names_the_place_and_the_closest_id() -> None:
    text = _insert_note(NOTED).replace("storm-day, gl-harbour", "storm-dya, gl-harbour")
    result = load_briefing_bytes(text.encode(), "content/noted.yaml")
    assert not result.ok
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "storm-dya" in row)
    (message,) = result.messages()
    assert message.startswith(f"content/noted.yaml:{line}:")
    assert "`storm-dya` does not match any item" in message
    assert "did you mean `storm-day`?" in message


def test_summary_ids_are_reserved() -> None:
    text = MINI.replace("  - id: storm\n", "  - id: summary-short\n")
    messages = load_briefing_bytes(text.encode(), "x.yaml").messages()
    assert any("`summary-short` is kept for the summary" in m for m in messages), messages


def test_files_without_the_new_ids_still_load() -> None:
    assert load_briefing_bytes(MINI.encode(), "mini.yaml").ok


def test_a_question_shows_the_notes_on_it_and_on_what_it_tests_in_file_order_once() -> None:
    from bot.core.quiz import notes_for_question

    shipped = load_briefing_bytes(
        (FIXTURES.parent.parent / "content" / "nk-troops-russia.yaml").read_bytes(), "nk.yaml"
    ).briefing
    assert shipped is not None
    for question in shipped.questions:  # the index finds exactly what a scan of every note does
        wanted = {question.id, *question.refs}
        scanned = tuple(n for n in shipped.notes if wanted & set(n.applies_to))
        assert notes_for_question(shipped, question) == scanned
    question = next(q for q in shipped.questions if q.refs)
    ref = question.refs[0]
    on_ref, on_both, elsewhere = (
        shipped.notes[0].model_copy(update={"id": name, "applies_to": targets})
        for name, targets in (
            ("on-ref", [ref]),
            ("on-both", [question.id, ref, question.id]),
            ("elsewhere", ["summary-short"]),
        )
    )
    noted = shipped.model_copy(update={"notes": [on_both, elsewhere, on_ref]})
    assert [n.id for n in notes_for_question(noted, question)] == ["on-both", "on-ref"]
    reordered = noted.model_copy(update={"notes": [on_ref, on_both]})
    assert [n.id for n in notes_for_question(reordered, question)] == ["on-ref", "on-both"]
    assert [n.id for n in noted.notes_for("summary-short", None)] == ["elsewhere"]
