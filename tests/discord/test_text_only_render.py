"""The text-only renderer: reading order, labels a screen reader can say, no countdowns for
untimed students, and alternative text on every file."""

from __future__ import annotations

import datetime as dt

from bot.core.preferences import Preferences, use_preferences
from bot.core.replies import Button, Field, Page, Reply, moment
from bot.discord_bot.render import markup, page_view, text_content
from bot.discord_bot.respond import files_of
from bot.i18n import use_language

WHEN = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def test_a_page_reads_title_body_fields_then_footer() -> None:
    page = Page("Question 1/3", "Who?\n\n1. Ada\n2. Bo", (Field("Hint", "a name"),), "Mini")

    content = text_content(page)

    assert content == "**Question 1/3**\n\nWho?\n\n1. Ada\n2. Bo\n\nHint: a name\n\nMini"


def test_a_french_reader_hears_a_field_with_the_french_space_before_its_colon() -> None:
    page = Page("Votre progression", "", (Field("Série", "1 jour"),), "")

    with use_language("fr"):
        content = text_content(page)

    assert "Série\u00a0: 1 jour" in content, content


def test_an_option_label_is_its_answer_cut_at_a_word_and_symbols_are_dropped() -> None:
    long_answer = "The harbour authority reopened the northern quay after the storm damage was " + (
        "repaired"
    )
    option = Button("A", f"A) {long_answer}"[:80], "x:A", answer=long_answer)
    arrow = Button("next", "Next question ▶", "x:n")
    only_symbol = Button("stop", "⏹", "x:s")

    view = page_view(Reply((Page("t"),), (option, arrow, only_symbol)), 0, None, text_only=True)
    assert view is not None
    labels = [b["label"] for row in view.to_components() for b in row["components"]]

    assert (
        labels[0] == "The harbour authority reopened the northern quay after the storm damage was…"
    )
    assert len(labels[0]) <= 80 and long_answer.startswith(labels[0][:-1])
    assert labels[1:] == ["Next question", "stop"]


def test_pages_are_turned_with_words_in_the_text_only_mode() -> None:
    reply = Reply((Page("1"), Page("2"), Page("3")))

    view = page_view(reply, 0, "b1:pg", text_only=True)
    assert view is not None
    labels = [b["label"] for row in view.to_components() for b in row["components"]]

    assert labels == ["Previous page", "Next page (this is 1 of 3)"]


def test_an_untimed_student_sees_a_date_not_a_countdown() -> None:
    text = f"Due {moment(WHEN)}."
    stamp = int(WHEN.timestamp())

    assert markup(text) == f"Due <t:{stamp}:R>."
    with use_preferences(Preferences(untimed=True)):
        assert markup(text) == f"Due <t:{stamp}:f>."


def test_every_file_has_an_alternative_text() -> None:
    reply = Reply(
        (Page("Files"),),
        attachments={"results.png": b"png", "report.csv": b"a,b"},
        descriptions={"results.png": "Chart of right answers per day"},
    )

    files = {f.filename: f.description for f in files_of(reply)}

    assert files == {
        "results.png": "Chart of right answers per day",
        "report.csv": "File: report.csv",
    }
