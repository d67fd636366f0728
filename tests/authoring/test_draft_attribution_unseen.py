"""How English news copy attributes speech across outlets (wire, British, African, Asian,
Caribbean, New Zealand), each rule on invented text: when the wording settles who spoke,
the draft names them; when it does not, the quote stays unattributed."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_the_role_after_a_fronted_phrase_naming_someone_else_is_the_speaker() -> None:
    speakers = _speakers(
        "Governor Ada Obi of Delta State has explained why she visited the harbour.",
        "In a statement by the Commissioner for Information, Tunde Bello, the governor said"
        " the port must reopen.",
        'She said, "We will not allow anybody to close this port.',
    )
    assert speakers == {"We will not allow anybody to close this port.": "Ada Obi"}


def test_the_fronted_role_names_nobody_when_two_people_hold_it() -> None:
    speakers = _speakers(
        "Governor Ada Obi and Governor Efe Ume met on Monday.",
        "In a statement by the Commissioner for Information, Tunde Bello, the governor said"
        " the port must reopen.",
        'She said, "We will not allow anybody to close this port.',
    )
    assert speakers == {"We will not allow anybody to close this port.": None}


def test_someone_called_is_not_the_he_or_she_of_the_next_quote() -> None:
    speakers = _speakers(
        "Margaret (who gave only her first name) told the radio station the water rose fast.",
        "She first called Haumaru Housing about midday on Friday.",
        "She said she called Haumaru Housing after the culvert overflowed.",
        '"Well I said you have to send somebody, and they sent a plumber."',
        "Margaret said her car was lost.",
    )
    assert speakers == {
        "Well I said you have to send somebody, and they sent a plumber.": "Margaret"
    }
