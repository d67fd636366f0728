"""Twenty-ninth round, recall: the quotes the drafter left unattributed, each family read as
grammar, on invented text, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_paragraph_naming_only_the_last_speaker_keeps_them_the_he_or_she() -> None:
    draft = _draft(
        "Traders leave the market",
        "“There was smoke everywhere by ten o’clock,” stallholder Priya Ramdas said.",
        "Though the square was quiet by noon, Ramdas and other traders went home early.",
        "“I will open again on Friday if the roof holds,” she said.",
    )
    assert speakers_in(draft)["I will open again on Friday if the roof holds"] == "Priya Ramdas"


def test_a_paragraph_naming_someone_else_too_leaves_the_he_or_she_unsure() -> None:
    draft = _draft(
        "Traders leave the market",
        "“There was smoke everywhere by ten o’clock,” stallholder Priya Ramdas said.",
        "Though the square was quiet by noon, Ramdas and Helga Sorensen went home early.",
        "“I will open again on Friday if the roof holds,” she said.",
    )
    assert speakers_in(draft)["I will open again on Friday if the roof holds"] is None


def test_words_quoted_after_a_verb_of_praise_or_blame_are_the_subjects() -> None:
    draft = _draft(
        "Flood crews thanked",
        "Mayor Priya Ramdas thanked the volunteers for their “quiet hard work over a long"
        " winter” at the harbour.",
        "Ramdas lauded the crews “for not giving up when the water rose in the night”.",
        "Coach Helga Sorensen blasted the referee, “the worst I have seen in ten years”, after the"
        " final.",
    )
    assert speakers_in(draft) == {
        "quiet hard work over a long winter": "Priya Ramdas",
        "for not giving up when the water rose in the night": "Priya Ramdas",
        "the worst I have seen in ten years": "Helga Sorensen",
    }


def test_the_one_thanked_is_not_the_one_whose_words_are_quoted() -> None:
    draft = _draft(
        "Flood crews thanked",
        "“The pier will be done by June,” Priya Ramdas said.",
        "Residents thanked Helga Sorensen for her “quiet hard work over a long winter” at the"
        " harbour.",
    )
    assert speakers_in(draft)["quiet hard work over a long winter"] is None


def test_a_paragraph_saying_who_made_the_statement_owns_the_quote_before_it() -> None:
    draft = _draft(
        "Harbour board briefing",
        "“If any officer broke the rules, the rules will take their course without fear or"
        " favour.”",
        "Board chair Priya Ramdas made the statement at a briefing in the port on Thursday.",
    )
    assert speakers_in(draft) == {
        "If any officer broke the rules, the rules will take their course without fear or"
        " favour.": "Priya Ramdas"
    }


def test_remarks_made_someone_elses_own_are_not_their_statement() -> None:
    draft = _draft(
        "Harbour board briefing",
        "“If any officer broke the rules, the rules will take their course.”",
        "Board chair Priya Ramdas made the remarks of Helga Sorensen her own on Thursday.",
    )
    assert (
        speakers_in(draft)["If any officer broke the rules, the rules will take their course."]
        is None
    )
