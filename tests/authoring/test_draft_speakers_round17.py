"""Seventeenth round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers of fresh17 and fresh18, read as grammar, then of their misses)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

QUOTE = "The port must reopen."
SAID = '"The port must reopen,"'


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_malaysian_title_is_no_part_of_a_name_the_article_also_writes_without_it() -> None:
    draft = drafted(
        "Harbour row\n\nThe port stays shut, said government spokesman Datuk Amir Hassan on"
        " Monday.\n\n"
        f"{SAID} Amir said.\n"
    )
    assert list(people_in(draft)) == ["Amir Hassan"]
    assert speakers_in(draft) == {"The port must reopen": "Amir Hassan"}


def test_a_title_the_article_always_writes_stays_in_the_name() -> None:
    draft = drafted(
        "Harbour row\n\nThe port stays shut, said Datuk Seri Amir Hassan on Monday.\n\n"
        f"{SAID} Datuk Seri Amir Hassan said.\n"
    )
    assert speakers_in(draft) == {"The port must reopen": "Datuk Seri Amir Hassan"}


def test_a_name_at_the_end_of_a_long_portfolio_is_the_person() -> None:
    draft = drafted(
        "Harbour row\n\nCabinet Secretary for Interior and Administration of National"
        " Government Tunde Bello has announced changes at the port.\n\n"
        f"{SAID} Bello said.\n"
    )
    assert "Tunde Bello" in people_in(draft)
    assert speakers_in(draft) == {"The port must reopen": "Tunde Bello"}


def test_a_portfolio_joined_by_and_to_an_office_is_no_person() -> None:
    draft = drafted(
        "Harbour row\n\nThe port must reopen, said Development Strategies and International"
        " Trade Minister Tunde Bello.\n\n"
        'Speaking later, he said: "Ships are waiting."\n'
    )
    assert list(people_in(draft)) == ["Tunde Bello"]


def test_a_name_written_with_a_company_suffix_is_a_company_not_a_speaker() -> None:
    draft = drafted(
        "Harbour row\n\nHarbour-Vane Corp. said Monday it would close its dock.\n\n"
        f"Talks failed on Sunday. {SAID} Harbour-Vane said in a news release.\n"
    )
    assert people_in(draft) == {}
    assert speakers_in(draft) == {"The port must reopen": None}


def test_a_party_youth_wing_is_no_person() -> None:
    draft = drafted(
        "Harbour row\n\nPakatan Youth has called on traders to “teach the minister a lesson” by"
        " closing their stalls.\n"
    )
    assert people_in(draft) == {}


def test_quoted_words_that_are_the_verb_of_an_owned_noun_are_not_the_owner_s() -> None:
    speakers = _speakers(
        "Mayor Ada Obi closed the port on Monday.",
        f"{SAID} said the union's chief Tunde Bello.",
        "He said Obi’s remarks “reflected the arrogance” of the port board.",
    )
    assert speakers["reflected the arrogance"] != "Ada Obi"
