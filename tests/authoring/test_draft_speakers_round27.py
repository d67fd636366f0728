"""Twenty-seventh round, speakers: each rule on invented text (quotes a careful reader credits
to nobody; one-word names that are no person), with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_quote_of_an_article_alone_is_nobodys() -> None:
    draft = _draft(
        "Harbour vote",
        "Harbour master Ines Dalca spoke after the vote on the new fees.",
        "“We will not back down on the fees,” Dalca said. She added, “The",
    )
    speakers = speakers_in(draft)
    assert speakers["We will not back down on the fees"] == "Ines Dalca"
    assert speakers.get("The") is None


def test_a_one_word_answer_keeps_its_speaker() -> None:
    draft = _draft(
        "Harbour vote",
        "Harbour master Ines Dalca was asked whether the fees would rise. She replied: “No.”",
    )
    assert speakers_in(draft) == {"No.": "Ines Dalca"}


def test_a_one_word_name_written_before_an_office_is_a_body() -> None:
    draft = _draft(
        "Mill workers lose their jobs",
        "The Corvel mill in Brannock will close on Friday, its owners said.",
        "Fennick said workers were “devastated” and condemned the owners of the mill.",
        "Fennick regional officer Maria Lutz said: “This is a sad week for our members.”",
    )
    speakers = speakers_in(draft)
    assert speakers["This is a sad week for our members."] == "Maria Lutz"
    assert speakers.get("devastated") is None


def test_a_titled_one_word_name_before_an_office_still_speaks() -> None:
    draft = _draft(
        "Governor visits the mill",
        "Governor Fennick visited the Corvel mill in Brannock on Friday.",
        "Fennick spokesman Tom Reyes confirmed the visit.",
        "“The mill will stay open,” Fennick said.",
    )
    assert speakers_in(draft)["The mill will stay open"] == "Fennick"
