"""Drafted questions a teacher keeps, thirty-sixth round (invented text).

A true-or-false statement drops a wire's filing head that the page printed before the
story's first sentence: where and when it was filed and by whom ("Accra, June 12, GNA – ",
"August 30 (Reuters) ", "KINGSTON, Jamaica; January 05, 2021: "), an editor's "AFP adds:",
or the dash the date and place left behind. Risks: a sentence that opens on a date as
its own subject ("June 12 marks ...") or with "On June 12, ..." keeps every word, and a
blank is never cut off with a head.

A number blank leaves out the sum converted into another currency in brackets right after
it ("NZ$_____ (US$300,000)"), which hands the answer over by the rate. Risks: a bracket of
names and figures ("(Quill 3-40)") or of another unit ("(482 kilometres)") stays.

A who-said question never offers one person twice among its wrong choices ("Michael S.
Harran" and "Michael Harran"): the first name the draft lists stands for both.

A quote that opens its paragraph right after a paragraph ending on a colon ("... was quoted
as saying:") is asked "Who said ...?" with the speaker that paragraph names; a quote given
its speaker by the paragraph before without such an introduction is still not asked.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.authoring.draft import build_draft
from bot.authoring.questions import DraftFigure, DraftQuote, make_questions
from bot.authoring.quiz_conversion import without_converted_sum
from bot.authoring.quiz_dateline import without_filing_head
from bot.authoring.yamlout import Commented


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Commented) else value


def _statement(article: str) -> str:
    """The true-or-false statement the draft asks on `article`."""
    data, _ = build_draft(article, source_file="wire.md")
    prompts = [str(_plain(q)["prompt"]) for q in _plain(data.get("questions") or [])]
    statements = [p for p in prompts if p.startswith("True or false: ")]
    assert len(statements) == 1, prompts
    return statements[0].removeprefix("True or false: ")


STORY = (
    "Mayor Dora Quill has ordered the evacuation of three riverside villages after the "
    "Marren dam began to leak on Monday night."
)
REST = """

The dam, built in 1962, holds back a reservoir of about forty million cubic metres.

Engineers from the regional water board were at the site on Tuesday.
"""


@pytest.mark.parametrize(
    "head",
    [
        "Lowfield, June 12, GNA – ",
        "August 30 (Reuters) ",
        "LOWFIELD, Marrenshire; January 05, 2021: ",
        "LOWFIELD, Marrenshire, Mar 21, CMC – ",
        "AFP adds: ",
        "Apr. 26, 2023, Lowfield, Marr. – ",  # the date and place go, the dash stayed
    ],
)
def test_the_statement_leaves_out_the_wire_head(head: str) -> None:
    article = f"# Villages evacuated as dam leaks\n\n{head}{STORY}{REST}"
    assert _statement(article) == STORY


def test_a_sentence_about_a_date_keeps_every_word() -> None:
    for sentence in (
        "June 12 marks the day the villages were first flooded, forty years ago this summer.",
        "On June 12, the water board closed the road along the dam to every lorry and bus.",
    ):
        assert without_filing_head(sentence) == sentence


def test_a_blank_is_never_cut_off_with_the_head() -> None:
    prompt = "Lowfield, June _____, GNA – The mayor ordered the evacuation."
    assert without_filing_head(prompt, keep="_____") == prompt


PLEDGE = """# Aid flows to flooded valley

Neighbouring Brellia has pledged an initial 800,000 rand ($45,000) towards relief for the \
three villages flooded when the Marren dam burst on Monday night.

The regional water board said about 1,200 people had left their homes and 40 roads were shut.

Engineers expect to finish a temporary wall within 12 days, the board said.
"""


def _blanks(article: str) -> list[str]:
    data, _ = build_draft(article, source_file="aid.md")
    prompts = [str(_plain(q)["prompt"]) for q in _plain(data.get("questions") or [])]
    return [p for p in prompts if p.startswith("Fill in the blank: ")]


def test_a_number_blank_leaves_out_the_sum_converted_in_brackets() -> None:
    blanks = _blanks(PLEDGE)
    assert blanks == [
        "Fill in the blank: Neighbouring Brellia has pledged an initial _____ rand towards relief"
        " for the three villages flooded when the Marren dam burst on Monday night."
    ]


def test_a_bracket_that_is_no_converted_sum_stays() -> None:
    prompt = "Brellia had restricted Lowfield to just _____ (Quill 3-40, Dorne 3-43) in the final."
    assert without_converted_sum(prompt, "_____") == prompt
    prompt = "Lowfield is about _____ miles (482 kilometres) north of Brellia."
    assert without_converted_sum(prompt, "_____") == prompt


def test_one_person_never_stands_twice_among_the_choices() -> None:
    people = [
        DraftFigure("quill", "Dora Quill", "mayor", True),
        DraftFigure("harran", "Michael S. Harran", "police commissioner", True),
        DraftFigure("harran-2", "Michael Harran", "commissioner", True),
        DraftFigure("dorne", "Ethan Dorne", "sergeant", True),
    ]
    quote = DraftQuote(
        "quill-q", "We will rebuild the trust this town has lost in its police", "quill", 2
    )
    texts = ["The sergeant was charged on Monday.", f"“{quote.text},” Quill said."]
    (question,) = make_questions(people, [quote], [], texts)
    choices = list(question.data["choices"])
    assert sorted(choices) == ["Dora Quill", "Ethan Dorne", "Michael S. Harran"]


INTRODUCED = """# Minister protests at river exercises

Brellia has protested to Lowfield's envoy over military exercises planned on the Marren river.

Foreign Minister Dora Quill was quoted by the Valley Courier as saying:

"These exercises cause deep anxiety because they presume a conflict that nobody in Brellia wants."

Deputy minister Ethan Dorne sent a note of protest to envoy Mark Kettle on Tuesday.

"We will see whether the talks can begin again before the winter sets in across the valley."

Envoy Mark Kettle said his government would reply in writing by the end of the week.
"""


def _who_asked(article: str) -> dict[str, str]:
    """The drafted who-said questions of `article`: the prompt's quote, to its answer."""
    data, _ = build_draft(article, source_file="river.md")
    return {
        str(_plain(q)["prompt"]): str(_plain(q)["answer"])
        for q in _plain(data.get("questions") or [])
        if str(_plain(q)["id"]).startswith("who-said")
    }


def test_a_quote_announced_by_a_colon_in_the_paragraph_before_is_asked() -> None:
    asked = _who_asked(INTRODUCED)
    announced = [p for p in asked if "These exercises cause deep anxiety" in p]
    assert [asked[p] for p in announced] == ["Dora Quill"]


def test_a_quote_after_a_paragraph_that_announces_nothing_is_not_asked() -> None:
    asked = _who_asked(INTRODUCED)
    assert not [p for p in asked if "We will see whether the talks" in p]
