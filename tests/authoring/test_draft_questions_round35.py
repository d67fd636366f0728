"""Who-said questions only on a "he said" a teacher can trust, thirty-fifth round (invented
text).

A quote given to a person by its "he said" or "she said" gets no "Who said ...?" question when
its paragraph first states, in a finished sentence, something of someone else ("Senior
lawyers say ...") and names neither the speaker nor any he or she: the pronoun may be one of
those others. The attribution stays in the draft for the teacher to check. Risks: a pronoun
quote that opens its paragraph, follows an introduction ("He said:") or a sentence about the
same person keeps its question, and so does a quote whose sentence names its speaker.
"""

from __future__ import annotations

from typing import Any

from bot.authoring.draft import build_draft
from bot.authoring.questions import DraftFigure, DraftQuote, make_questions
from bot.authoring.quotes import PRONOUN_HOW
from bot.authoring.yamlout import Commented

PEOPLE = [
    DraftFigure("ellery", "Marcus Ellery", "judge", True),
    DraftFigure("mendes", "Ravi Mendes", "bar council president", True),
    DraftFigure("korver", "Alma Korver", "deputy registrar", True),
]
QUOTE = "It is wrong to blame the whole bar for what a few people did that morning"


def _asked(paragraph: str, how: str = PRONOUN_HOW) -> list[str]:
    """The answers of the who-said questions drafted on QUOTE, printed in `paragraph`."""
    texts = ["Justice Marcus Ellery halted the hearing on Tuesday.", paragraph]
    quote = DraftQuote("ellery-q", QUOTE, "ellery", 2, how)
    return [
        str(q.data["answer"])
        for q in make_questions(PEOPLE, [quote], [], texts)
        if str(q.data["id"]).startswith("who-said")
    ]


def test_a_he_said_after_a_sentence_about_others_gets_no_question() -> None:
    paragraph = f"Senior lawyers say the scuffle grew out of neglect. “{QUOTE},” he said."
    assert _asked(paragraph) == []


def test_a_he_said_opening_its_paragraph_keeps_its_question() -> None:
    assert _asked(f"“{QUOTE},” he said.") == ["Marcus Ellery"]


def test_a_he_said_after_an_introduction_keeps_its_question() -> None:
    assert _asked(f"The court was cleared. He said: “{QUOTE}.”") == ["Marcus Ellery"]


def test_a_he_said_after_a_sentence_about_him_keeps_its_question() -> None:
    paragraph = f"He warned the bar again on Wednesday. “{QUOTE},” he said."
    assert _asked(paragraph) == ["Marcus Ellery"]
    paragraph = f"Ellery spoke to reporters outside. “{QUOTE},” he said."
    assert _asked(paragraph) == ["Marcus Ellery"]


def test_a_quote_whose_sentence_names_its_speaker_keeps_its_question() -> None:
    paragraph = f"Senior lawyers say the scuffle grew out of neglect. “{QUOTE},” Ellery said."
    assert _asked(paragraph, "the sentence") == ["Marcus Ellery"]


ARTICLE = """# Judge halts hearing after scuffle at the river court

Justice Marcus Ellery halted the hearing on Tuesday after a scuffle broke out in the river \
court in Dunmore.

“The court will not sit while its own staff are threatened in the corridor outside,” Justice \
Ellery said from the bench.

The court asked the lawyers to say in public who had planned the scuffle. “Such scenes do not \
happen even in the worst of times,” he said.

Senior lawyers say the scuffle grew out of the province's neglect of court security. “It is \
wrong to blame the whole bar for what a few people did that morning,” he said.

Bar council president Ravi Mendes said the lawyers would meet on Thursday. “We will hear every \
member before we decide on a strike,” Mendes said.

Deputy registrar Alma Korver said the court would reopen next week. “Nobody wants the river \
court shut for longer than a few days,” Korver said.
"""


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Commented) else value


def test_the_draft_keeps_the_quote_for_the_teacher_but_asks_nothing_on_it() -> None:
    data, _ = build_draft(ARTICLE, source_file="court.md")
    # the quote stays in the draft for the teacher: since round 35's group-lead rule
    # (merged beside this one) under "unattributed" rather than under the judge
    quoted = {
        _plain(q)["text"]: _plain(row)["id"]
        for row in _plain(data["figures"])
        for q in _plain(row).get("quotes", [])
    }
    asked = " ".join(str(_plain(q)["prompt"]) for q in _plain(data["questions"]))
    for words in ("Such scenes do not happen", "It is wrong to blame the whole bar"):
        assert any(text.startswith(words) for text in quoted)
        assert words not in asked
    assert "“The court will not sit while its own staff" in asked
    assert "“We will hear every member before we decide on a strike”" in asked
