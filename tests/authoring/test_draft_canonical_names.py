"""Eighteenth round, names: one right name per person across an article. A speaker named in
a short, misspelt or glued form resolves to the one full name the article writes for them."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in

SAID = '"The port must reopen,"'
QUOTE = "The port must reopen"


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_surname_misspelt_once_resolves_to_the_full_name() -> None:
    speakers = _speakers(
        "The port stays shut, harbour spokesman Tunde Adebayo said on Monday.",
        f"Asked about the ships, Adebaya said: {SAID}",
    )
    assert speakers == {QUOTE: "Tunde Adebayo"}


def test_a_long_surname_two_letters_off_resolves_to_the_full_name() -> None:
    speakers = _speakers(
        "The port stays shut, police spokesperson Luke Owoyegyire said on Monday.",
        f"According to Mr Owosigyire, the ships were held. {SAID} Owosigyire said.",
    )
    assert speakers == {QUOTE: "Luke Owoyegyire"}


def test_a_misspelt_surname_near_two_people_is_nobodys() -> None:
    speakers = _speakers(
        "Harbour chief Tunde Adebayo met dock manager Grace Adebaye on Monday.",
        f"Asked about the ships, Adebaya said: {SAID}",
    )
    assert speakers == {QUOTE: None}


def test_a_different_surname_stays_its_own_person() -> None:
    speakers = _speakers(
        "The port stays shut, harbour spokesman Tunde Adebayo said on Monday.",
        f"Asked about the ships, Okafor said: {SAID}",
    )
    assert speakers == {QUOTE: "Okafor"}


def test_a_dropped_middle_name_resolves_to_the_full_name() -> None:
    speakers = _speakers(
        "Concerns came from dock workers Rajan Kumar Sah and Puja Kumari Patel.",
        f"{SAID} Puja Patel said.",
    )
    assert speakers == {QUOTE: "Puja Kumari Patel"}


def test_a_dropped_middle_name_shared_by_two_full_names_is_left_alone() -> None:
    speakers = _speakers(
        "Concerns came from Puja Kumari Patel and her cousin Puja Devi Patel.",
        f"{SAID} Puja Patel said.",
    )
    assert speakers[QUOTE] != "Puja Kumari Patel"
    assert speakers[QUOTE] != "Puja Devi Patel"


def test_a_second_given_name_with_the_same_title_is_the_same_person() -> None:
    speakers = _speakers(
        "Sri Lankan team captain Dameth Kronartney thanked the fans on Monday.",
        f"Speaking after the match, Sri Lankan team captain Smith Kronartney said: {SAID}",
    )
    assert speakers == {QUOTE: "Dameth Kronartney"}


def test_two_people_with_one_surname_and_different_roles_stay_two() -> None:
    speakers = _speakers(
        "Harbour captain Dameth Kronartney thanked the fans on Monday.",
        f"Speaking later, dock manager Smith Kronartney said: {SAID}",
    )
    assert speakers == {QUOTE: "Smith Kronartney"}


def test_a_place_glued_before_a_name_is_trimmed() -> None:
    speakers = _speakers(
        "The budget helps the Highlands, MSP for Skye, Lochaber and Badenoch Kate Forbes has"
        " claimed.",
        f"Ms Forbes said: {SAID}",
    )
    assert speakers == {QUOTE: "Kate Forbes"}


def test_a_headline_word_glued_after_a_name_is_no_part_of_it() -> None:
    speakers = _speakers(
        "Coach Stephen Keshi Delighted With Nigeria WinThe Super Eagles won 1-0 on Sunday.",
        "However, Super Eagles Coach Stephen Keshi praised the Kenyan skipper.",
        f"{SAID} Keshi said.",
    )
    assert speakers == {QUOTE: "Stephen Keshi"}


def test_a_headline_word_in_a_glued_heading_mid_paragraph_is_no_part_of_it() -> None:
    speakers = _speakers(
        "The Eagles won as Coach Stephen Keshi Delighted With Nigeria Win ran on the screen.",
        "However, Super Eagles Coach Stephen Keshi praised the Kenyan skipper.",
        f"{SAID} Keshi said.",
    )
    assert speakers == {QUOTE: "Stephen Keshi"}


def test_a_second_surname_written_in_prose_stays_in_the_name() -> None:
    speakers = _speakers(
        "The port stays shut, said harbour master Ana Garcia Lopez on Monday.",
        f"{SAID} Ana Garcia said.",
    )
    assert speakers == {QUOTE: "Ana Garcia Lopez"}


def test_a_fuller_name_in_prose_still_wins() -> None:
    speakers = _speakers(
        "The port stays shut, said harbour master Chan Chun Sing on Monday.",
        f"{SAID} Mr Chan said.",
    )
    assert speakers == {QUOTE: "Chan Chun Sing"}


def test_a_rare_given_name_before_a_common_one_stays_in_the_name() -> None:
    speakers = _speakers(
        "The port stays shut under Usec. Filemon Ray Javier, heading the legal services.",
        f"Asked about the ships, Filemon Ray Javier said: {SAID}",
    )
    assert speakers == {QUOTE: "Filemon Ray Javier"}


def test_a_name_the_article_calls_a_company_is_nobody_who_speaks() -> None:
    speakers = _speakers(
        "Harbour Vane Marine, a shipping and ferry company based in Varnholt, closed its dock.",
        f"Harbour Vane Marine said: {SAID}",
    )
    assert speakers == {QUOTE: None}


def test_a_person_described_with_a_company_stays_a_person() -> None:
    speakers = _speakers(
        "Tunde Adebayo, the head of a shipping company in Varnholt, spoke on Monday.",
        f"Asked about the ships, Tunde Adebayo said: {SAID}",
    )
    assert speakers == {QUOTE: "Tunde Adebayo"}


def test_a_person_who_is_the_companys_officer_stays_a_person() -> None:
    speakers = _speakers(
        "Maggie Lin, the company's chief financial officer, said the port had done well.",
        f"Asked about the ships, Maggie Lin said: {SAID}",
    )
    assert speakers == {QUOTE: "Maggie Lin"}
