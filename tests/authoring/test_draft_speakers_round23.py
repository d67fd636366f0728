"""Twenty-third round, speakers: each rule of attribution on invented text (the causes of the
wrong and missed speakers of fresh28 and fresh29 and of every set, read as grammar)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(*paragraphs: str) -> dict:
    return drafted("Harbour talks\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_quote_told_by_someone_unnamed_is_not_an_earlier_speakers() -> None:
    draft = _draft(
        "“We hear the fishermen’s worries,” Tom Hale said. But according to him, the council"
        " must wait. Hale’s Norwegian counterpart has informed him that Oslo “would rather"
        " wait a month” before any talks.",
    )
    assert speakers_in(draft) == {
        "We hear the fishermen’s worries": "Tom Hale",
        "would rather wait a month": None,
    }


def test_a_quote_alone_after_a_speakers_sentence_stays_theirs() -> None:
    draft = _draft(
        "“We hear the fishermen’s worries,” Tom Hale said. According to him, the council must"
        " wait. “Oslo would rather wait a month.”",
    )
    assert speakers_in(draft)["Oslo would rather wait a month."] == "Tom Hale"


def test_a_quote_in_the_clause_an_owned_comment_opens_is_the_reporters() -> None:
    draft = _draft(
        "Harbour chief Tom Hale has challenged the Commissioner of Police, Ana Lima, to"
        " provide evidence.",
        "“This statement is wrong,” said Hale, who also speaks for the village.",
        "He claimed that Premier Paulo Reis’s comments in public about the village are based"
        " on “wrong” reports by the police.",
        "“That is why we are asking,” he said.",
    )
    speakers = speakers_in(draft)
    assert speakers["wrong"] == "Tom Hale"
    assert speakers["That is why we are asking"] == "Tom Hale"


def test_an_owned_comment_right_before_the_quote_stays_the_owners() -> None:
    draft = _draft(
        "Harbour chief Tom Hale agreed with Premier Paulo Reis’s description of the port as"
        " “a place for everyone”.",
    )
    assert speakers_in(draft) == {"a place for everyone": "Paulo Reis"}


def test_a_name_cut_at_a_glued_full_stop_is_not_the_speaker() -> None:
    draft = _draft(
        "Prime Minister Tom Hale welcomed Minister Paul St.Clair, the island's fisheries"
        " minister, at his offices at Port Town yesterday.",
        "The meeting gave both Prime Minister Hale and Minister St.Clair of Harbour Isle the"
        " chance to talk. “We discussed fishing, as this was the meeting that had brought me"
        " here,” said Minister Paul St.Clair.",
    )
    assert "Paul St" not in speakers_in(draft).values()


def test_a_name_before_a_sentence_glued_to_it_keeps_its_quote() -> None:
    draft = _draft(
        "“We discussed fishing,” said Harbour Minister Paul Lee.The talks went on all day.",
    )
    assert speakers_in(draft) == {"We discussed fishing": "Paul Lee"}


def test_an_apposition_closed_before_the_verbs_auxiliary_sets_off_the_speaker() -> None:
    draft = _draft(
        "Ana Lima, chief executive of the Harbour Board, has described the delays as"
        " “regrettable”.",
    )
    assert speakers_in(draft) == {"regrettable": "Ana Lima"}


def test_a_name_met_before_an_apposition_and_a_second_verb_is_not_the_speaker() -> None:
    draft = _draft(
        "Tom Hale met Ana Lima, chief executive of the Harbour Board, and has said the delays"
        " were “regrettable”.",
    )
    assert speakers_in(draft)["regrettable"] != "Ana Lima"
