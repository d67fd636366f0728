"""Roles by grammar, sixteenth round, mostly what is no role: a plural role joined by "and"
to a name ("union leaders and Sen. NAME": the name is another person); a company named
with its legal suffix ("Bway Corp.", "Miller Homes Ltd"), a builder or trade named by its
last word ("Cala Homes", "Mansfield Plumbing"), a benefit or scheme ("the Canada Emergency
Response Benefit"); an interjection opening a quote ("Well, Minister, ...") (invented
text)."""

from __future__ import annotations

from tests.authoring.drafted import flood_people as _people

# A plural role joined by "and" to a name: the name is not one of the group.


def test_a_plural_role_and_a_titled_name_gives_the_name_no_share_of_the_group() -> None:
    people = _people(
        "Workers met union leaders and Sen. Tove Aasen, D-Norvik, in Brekke on Monday.",
    )
    assert "leader" not in people.get("Tove Aasen", "")
    assert "D-Norvik" not in people
    assert "Sen" not in people


def test_a_plural_role_and_a_plain_name_gives_the_name_no_role() -> None:
    people = _people(
        "The mayor thanked the firefighters and Per Holm for their help.",
        "Per Holm said the water came in fast.",
    )
    assert "firefighter" not in people.get("Per Holm", "")


def test_a_plural_role_before_a_list_of_names_still_gives_each_the_role() -> None:
    people = _people(
        "The rescue was led by councillors Tove Aasen and Per Holm, who said the wall held.",
    )
    assert people.get("Tove Aasen") == "councillor"
    assert people.get("Per Holm") == "councillor"


# A company named with its legal suffix, a builder or a trade, a benefit: no one.


def test_a_name_before_corp_is_a_company_not_a_person() -> None:
    people = _people(
        "Brekke Corp., which bought the plant in March, will close it.",
        "Workers said the Norvik-based Brekke's plans came as a shock.",
    )
    assert not any(name.startswith("Brekke") for name in people)


def test_a_name_before_ltd_is_a_company_not_a_person() -> None:
    people = _people(
        "But developers Aasen Homes Ltd had already gone to appeal.",
        "Councillor Per Holm said Aasen Homes had ignored the village.",
    )
    assert "Aasen Homes" not in people
    assert people.get("Per Holm") == "Councillor"


def test_a_builder_named_homes_after_a_role_word_is_no_person() -> None:
    people = _people("Developer Brekke Homes met with parish councils before the plans went in.")
    assert "Brekke Homes" not in people


def test_a_trade_named_by_its_last_word_is_no_person() -> None:
    people = _people(
        "Workers at Norvik Plumbing have been locked out since May.",
        "All hopes were dashed when Norvik Plumbing announced they are closing the plant.",
        "Norvik Plumbing management, Per Holm had no comment.",
    )
    assert "Norvik Plumbing" not in people


def test_a_benefit_is_no_person() -> None:
    people = _people(
        "The bill sets fines for false Norvik Flood Response Benefit claims.",
    )
    assert not any("Benefit" in name or "Response" in name for name in people)


# An interjection opening a quote is nobody's name.


def test_well_before_a_vocative_title_in_a_quote_is_no_person() -> None:
    people = _people(
        "Per Holm MS said: “Well, Minister, sorry seems to be the hardest word.”",
        "Tove Aasen MS replied: “Well, of course, we do not want anybody to wait.”",
    )
    assert "Well" not in people


# An hour "pm" is no prime minister: a place after a time names no one.


def test_an_hour_in_pm_before_a_place_gives_no_role() -> None:
    people = _people(
        "Shots were fired near a food stall around 6:00 pm in Brekke Town, St Norvik, on Tuesday.",
    )
    assert not any("pm" in role for role in people.values())
    assert "St Norvik" not in people


def test_the_pm_before_a_comma_name_is_still_the_role() -> None:
    people = _people("The Norvik PM, Per Holm, visited the wall on Friday.")
    assert "PM" in people.get("Per Holm", "")


# Occupations news writes before or after a name: a security guard, a caretaker.


def test_a_security_guard_in_an_apposition_is_the_role() -> None:
    people = _people(
        "The other dead are 22-year-old Per Holm, a security guard of Brekke District,"
        " Norvik; 39-year-old Tove Aasen, a vendor; and 42-year-old Jo Lindqvist.",
    )
    assert people.get("Per Holm", "").startswith("security guard")
    assert people.get("Tove Aasen") == "vendor"


def test_a_caretaker_before_a_name_is_the_role() -> None:
    people = _people("School caretaker Per Holm said the hall had flooded.")
    assert people.get("Per Holm") == "School caretaker"


def test_a_place_after_an_apposition_is_no_person_with_its_role() -> None:
    people = _people(
        "The dead are 22-year-old Per Holm, a security guard of Brekke District, Norvik; and"
        " 19-year-old Jo Lindqvist.",
    )
    assert "Norvik" not in people


def test_a_spokesman_with_an_article_before_a_comma_name_is_still_the_role() -> None:
    people = _people("A council spokesman, Per Holm, said the wall would be rebuilt.")
    assert people.get("Per Holm") == "council spokesman"
