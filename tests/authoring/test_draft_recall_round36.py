"""Thirty-sixth round, recall: quotes left unattributed, by the construction that names their
speaker (a census over every labeled set), on invented text."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_run_on_paragraph_without_its_opening_mark_is_the_same_speakers() -> None:
    draft = _draft(
        "Premier wants health talks before any climate deal",
        "Premier Dana Whitlock said after the meeting in Ottawa: “Our province has kept every"
        " promise it made on emissions.",
        "We will keep building our own plan for the farms and the mines. The health money is"
        " still the first thing we want to talk about.”",
    )
    assert speakers_in(draft) == {
        "Our province has kept every promise it made on emissions.": "Dana Whitlock",
        "We will keep building our own plan for the farms and the mines. The health money is"
        " still the first thing we want to talk about.": "Dana Whitlock",
    }


def test_a_quote_broken_mid_sentence_by_a_line_break_is_not_a_run_on_paragraph() -> None:
    draft = _draft(
        "Spokesman says senators should visit",
        "Spokesman Carlo Reyes said that if he sat in the Senate he would do “some",
        "checking of his own” before judging the country.",
    )
    assert speakers_in(draft).get("checking of his own") is None


def test_a_lowercase_role_of_two_words_names_its_one_holder_for_the_next_she() -> None:
    draft = _draft(
        "Baltic ministers back rail link",
        "Foreign Minister Ana Lind met Latvian officials in Riga on Monday to discuss the rail"
        " link.",
        "Transport minister Tom Berg told the meeting that work on the line was a year behind.",
        "The foreign minister added that the link must be finished by 2030. “We cannot let this"
        " chance slip away,” she said.",
    )
    assert speakers_in(draft) == {"We cannot let this chance slip away": "Ana Lind"}


def test_a_role_nobody_in_the_article_holds_leaves_the_she_unattributed() -> None:
    draft = _draft(
        "Baltic ministers back rail link",
        "Foreign Minister Ana Lind met Latvian officials in Riga on Monday to discuss the rail"
        " link.",
        "Transport minister Tom Berg told the meeting that work on the line was a year behind.",
        "The deputy foreign minister added that the link must be finished by 2030. “We cannot"
        " let this chance slip away,” she said.",
    )
    assert speakers_in(draft) == {"We cannot let this chance slip away": None}


def test_a_quote_after_a_paragraph_telling_its_one_persons_mood_is_theirs() -> None:
    draft = _draft(
        "Harbour side hold the leaders",
        "Harbour United drew 1-1 with the league leaders on Saturday.",
        "Harbour coach Mira Castell was clearly pleased with the point.",
        "“We defended well for ninety minutes and never let them settle on the ball.”",
    )
    assert speakers_in(draft) == {
        "We defended well for ninety minutes and never let them settle on the ball.": (
            "Mira Castell"
        )
    }


def test_a_quote_after_a_paragraph_about_someone_who_never_speaks_stays_unattributed() -> None:
    draft = _draft(
        "Woman charged after market theft",
        "Police were called to the market on Saturday after a stall was robbed.",
        "Local woman Mira Castell was charged with theft on Sunday.",
        "“We ask anyone who saw the robbery to contact the station.”",
    )
    assert speakers_in(draft) == {"We ask anyone who saw the robbery to contact the station.": None}


def test_a_quote_after_a_paragraph_reporting_its_one_persons_words_is_theirs() -> None:
    draft = _draft(
        "Council cannot remove councillor, deputy mayor says",
        "Lunevale council met on Tuesday to discuss the conduct complaint.",
        "Deputy mayor Ruth Okafor goes on to say the council has no power to remove him.",
        "“He was elected by the people of his ward and only they can decide that.”",
        "The curfew in the valley was extended on Monday.",
        "According to the district commissioner, Samuel Kariuki, some residents still ignore it.",
        "“All we ask is that people are home before seven in the evening.”",
    )
    assert speakers_in(draft) == {
        "He was elected by the people of his ward and only they can decide that.": "Ruth Okafor",
        "All we ask is that people are home before seven in the evening.": "Samuel Kariuki",
    }


def test_a_quote_after_police_report_someone_charged_stays_unattributed() -> None:
    draft = _draft(
        "Woman charged after market theft",
        "Officers were called to the market on Saturday after a stall was robbed.",
        "Police said local woman Mira Castell was charged with theft on Sunday.",
        "“We ask anyone who saw the robbery to contact the station.”",
    )
    assert speakers_in(draft) == {"We ask anyone who saw the robbery to contact the station.": None}
