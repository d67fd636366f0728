"""Questions, nineteenth round (invented text): a statement is never cut at a title's
abbreviation ("DFA Sec. Jon Roe"), and a sentence that ends with a name's "Jr." is a
sentence of its own."""

from __future__ import annotations

from bot.authoring.quiz_guards import head_of_a_particle_name
from bot.authoring.text import sentence_spans
from tests.authoring.drafted import FLOOD_HEADLINE, FLOOD_PARAGRAPHS, drafted

_SESSION = (
    "The mayor called the meeting after a session on Monday with the harbour board, Harbour"
    " Sec. Jon Roe and the army's Gen. Per Holm Jr. They agreed to pump the lower streets"
    " first and to open a second shelter at the school."
)


def _fact_texts() -> list[str]:
    draft = drafted("\n\n".join([FLOOD_HEADLINE, *FLOOD_PARAGRAPHS, _SESSION]))
    return [str(fact["text"]) for fact in draft.get("facts", [])]


def test_a_statement_is_not_cut_at_a_secretarys_title() -> None:
    facts = _fact_texts()
    assert not any(text.endswith("Sec.") for text in facts)
    assert any(text.endswith("Gen. Per Holm Jr.") for text in facts)


def test_a_sentence_after_a_names_jr_stands_on_its_own() -> None:
    sentences = [_SESSION[a:b] for a, b in sentence_spans(_SESSION)]
    assert [s[:11] for s in sentences] == ["The mayor c", "They agreed"]


def test_a_statement_is_not_cut_at_a_currencys_abbreviation() -> None:
    bail = (
        "The court set bail at Ksh. 50,000, which was later reduced to Ksh. 20,000 after an"
        " application from the defence lawyers."
    )
    assert [bail[a:b] for a, b in sentence_spans(bail)] == [bail]


def test_the_first_word_of_a_place_with_a_particle_is_no_place_to_swap() -> None:
    text = "Speaking at his school in Dar es Salaam, he thanked the teachers of Rio de Janeiro."
    dar, rio = text.index("Dar") + 3, text.index("Rio") + 3
    assert head_of_a_particle_name(text, dar)
    assert head_of_a_particle_name(text, rio)
    assert not head_of_a_particle_name("He spoke in Arusha on Monday.", len("He spoke in Arusha"))
