"""Twenty-sixth round, speakers: each rule on invented text (the causes of fresh34's and
fresh35's wrong speakers, read as grammar), with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_name_written_only_before_a_hyphen_is_the_hyphenated_name() -> None:
    draft = _draft(
        "Governor Luisa Marin-Soto opens the new ferry terminal",
        "The new ferry terminal opened on Monday in the port town.",
        "Later, Governor Luisa Marin-Soto toured the docks with the harbour staff.",
        "“This terminal will carry a million people a year,” Governor Marin said at the opening.",
    )
    assert speakers_in(draft) == {
        "This terminal will carry a million people a year": "Luisa Marin-Soto"
    }
