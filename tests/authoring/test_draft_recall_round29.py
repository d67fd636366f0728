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
