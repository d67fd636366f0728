"""Sixteenth round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers and misses of fresh15 and fresh16, read as grammar): a speaker known as a
person whatever the name's form (a title abbreviated with a stop, letters after the name,
initials without stops, a prefixed role), "says ROLE, NAME", a sound that was heard."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

QUOTE = "The port must reopen."
SAID = '"The port must reopen,"'


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_title_abbreviated_with_a_stop_does_not_end_the_sentence() -> None:
    speakers = _speakers(
        "Mayor Ada Obi met residents on Monday.",
        f"{SAID} said Coun. Tunde Bello.",
        '"Ships are waiting," said Cllr. Kemi Adeyemi on Monday.',
    )
    assert speakers == {"The port must reopen": "Tunde Bello", "Ships are waiting": "Kemi Adeyemi"}


def test_letters_after_a_name_leave_a_speaker_and_are_no_part_of_the_name() -> None:
    speakers = _speakers(
        f'Tunde Bello MS replied: "{QUOTE}"',
        '"Ships are waiting," Kemi Adeyemi MP said.',
    )
    assert speakers == {QUOTE: "Tunde Bello", "Ships are waiting": "Kemi Adeyemi"}


def test_initials_without_stops_are_the_same_person_as_with_them() -> None:
    draft = drafted(
        "Harbour row\n\nTunde RT Bello has asked the mayor to apologise.\n\n"
        f'Tunde R.T. Bello MS said: "{QUOTE}"\n\nHe said: "Ships are waiting."\n'
    )
    assert list(people_in(draft)) == ["Tunde RT Bello"]
    assert speakers_in(draft) == {QUOTE: "Tunde RT Bello", "Ships are waiting.": "Tunde RT Bello"}


def test_capitals_inside_a_longer_run_are_no_initials() -> None:
    people = people_in(drafted("Harbour row\n\nPolice DG Kemi Adeyemi said the port was shut.\n"))
    assert list(people) == ["Kemi Adeyemi"]


def test_a_role_behind_a_prefix_is_a_role() -> None:
    speakers = _speakers(
        "Speaking after the meeting, Tunde Bello, vice-chairman of the Harbour Trust, said he"
        " was very disappointed.",
        f'He said: "{QUOTE}"',
    )
    assert speakers == {QUOTE: "Tunde Bello"}


def test_says_a_role_a_comma_then_the_name_names_the_speaker() -> None:
    speakers = _speakers(
        "Mayor Ada Obi met residents on Monday.",
        f"{SAID} says union president, Tunde Bello.",
        '"Ships are waiting," says worker, Kemi Adeyemi.',
    )
    assert speakers == {"The port must reopen": "Tunde Bello", "Ships are waiting": "Kemi Adeyemi"}


def test_a_sound_someone_heard_is_no_quote_of_theirs() -> None:
    speakers = _speakers(
        "Kemi Adeyemi told firefighters she was in the back of the house. She said she heard a"
        " “pop” and the house then filled with smoke."
    )
    assert speakers.get("pop") is None


def test_headmaster_before_a_name_is_a_title() -> None:
    speakers = _speakers(f"{SAID} said principal  Headmaster Tunde Bello, adding more.")
    assert speakers == {"The port must reopen": "Tunde Bello"}


def test_a_portfolio_joined_by_and_goes_on_to_the_name() -> None:
    draft = drafted(
        "Harbour row\n\nMinister for Transport and City Services Tunde Bello has urged calm.\n\n"
        f"{SAID} Tunde Bello told the Assembly.\n"
    )
    assert list(people_in(draft)) == ["Tunde Bello"]
    assert speakers_in(draft) == {"The port must reopen": "Tunde Bello"}


def test_a_titled_person_after_a_portfolio_and_keeps_a_full_name() -> None:
    people = people_in(
        drafted(
            "Harbour row\n\nThe Minister for Health and Mayor Mary Anne Obi said the port was"
            " shut.\n"
        )
    )
    assert "Mary Anne Obi" in people


def test_what_a_statement_reads_is_no_one_named_before() -> None:
    speakers = _speakers(
        "The party in a statement signed by its secretary, Tunde Bello had claimed that rivals"
        " were plotting.",
        f'"{QUOTE} Ships are waiting" the statement reads.',
    )
    assert speakers == {f"{QUOTE} Ships are waiting": None}


def test_a_he_then_but_said_is_the_hes_second_predicate() -> None:
    speakers = _speakers(
        "Harbour master Tunde Bello spoke on Monday.",
        "Bello was asked about the delays.",
        "He admitted the plan was late, but said the works were “reassuring”.",
    )
    assert speakers == {"reassuring": "Tunde Bello"}


def test_a_he_then_but_said_stays_nobodys_when_two_people_compete() -> None:
    speakers = _speakers(
        "Harbour master Tunde Bello met Mayor Ada Obi on Monday.",
        "He admitted the plan was late, but said the works were “reassuring”.",
    )
    assert speakers == {"reassuring": None}


def test_hailed_someone_as_quotes_the_subject() -> None:
    speakers = _speakers("Tunde Bello hailed the harbour master as “an icon back home.”")
    assert speakers == {"an icon back home.": "Tunde Bello"}


def test_a_name_and_a_day_before_a_colon_names_the_speaker() -> None:
    speakers = _speakers(
        "Harbour master Tunde Bello spoke twice.",
        f'Mr Bello on October 4: "{QUOTE}"',
        'Mr Bello on Thursday: "Ships are waiting."',
    )
    assert speakers == {QUOTE: "Tunde Bello", "Ships are waiting.": "Tunde Bello"}
