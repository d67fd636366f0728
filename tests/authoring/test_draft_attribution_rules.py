"""Rules of English news writing that name a quote's speaker, each on invented text: when
the text settles who spoke, the draft names them; when it does not, the quote stays
unattributed."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_question_closing_its_sentence_then_the_name_and_verb() -> None:
    speakers = _speakers(
        "Mayor Ines Varga opened the new ferry terminal on Monday.",
        '"Can we work with the port on a new shelter?" Varga said, when asked about plans.',
    )
    assert speakers == {"Can we work with the port on a new shelter?": "Ines Varga"}


def test_a_stray_curly_mark_between_spaces_closes_the_open_quote() -> None:
    speakers = _speakers(
        "Dock worker Rui Salgado saw the crane fall.",
        "“Me and my son stand on the quay and him say, 'Look, it falling,' “ said Salgado"
        " of the moment the crane fell.",
    )
    assert speakers == {
        "Me and my son stand on the quay and him say, 'Look, it falling,'": ("Rui Salgado")
    }


def test_said_the_title_at_the_end_of_a_sentence() -> None:
    speakers = _speakers(
        "President Ana Trask announced a curfew on Monday.",
        '"Some people keep organising parties at the harbour," said the president.',
    )
    assert speakers == {"Some people keep organising parties at the harbour": "Ana Trask"}


def test_one_subject_with_two_verbs_across_an_abbreviation() -> None:
    speakers = _speakers(
        "Defense Secretary Lena Holt denied ordering the U.S. Navy to “sink everything” and"
        " said the reports were “pure invention.”"
    )
    # What she denied ordering is nobody's for sure; what she said is hers.
    assert speakers == {"sink everything": None, "pure invention.": "Lena Holt"}


def test_words_someone_will_not_confirm_saying_are_nobodys() -> None:
    speakers = _speakers(
        "Premier Olaf Brenn declined to confirm or deny that he told the opposition leader he"
        ' could "name" nine donors.'
    )
    assert speakers == {"name": None}


def test_a_participle_after_the_clause_speaks_for_its_subject() -> None:
    speakers = _speakers(
        "Minister Tomas Reyes went further, calling the harbour report “a careless piece of work”.",
        "President Ana Trask has assured fishermen that she is trying to find funds, saying"
        " that the budget has been “badly depleted”.",
    )
    assert speakers == {
        "a careless piece of work": "Tomas Reyes",
        "badly depleted": "Ana Trask",
    }


def test_quick_to_say_is_still_saying() -> None:
    speakers = _speakers(
        "Harbour chief Dana Obi spoke on Monday. Councillor Piet Laan was quick to contend that"
        " “fishermen ought to be concerned” about the plan."
    )
    assert speakers == {"fishermen ought to be concerned": "Piet Laan"}


def test_a_later_quote_lends_its_speaker_only_when_nobody_else_leads_the_sentence() -> None:
    speakers = _speakers(
        "Councillor Piet Laan argued that “the plan is rushed”. Mayor Ines Varga also chimed"
        " in, calling it “a mistake”.",
        "Harbour chief Dana Obi used to describe the plan as “ambitious”. Varga later called"
        " it “a mess”.",
    )
    assert speakers["the plan is rushed"] == "Piet Laan"
    assert speakers["a mistake"] == "Ines Varga"
    assert speakers["ambitious"] is None
