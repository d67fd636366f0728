"""Roles by grammar, seventeenth round: an apposition with a body's short form in brackets
inside it; a list of "role NAME, role NAME" whose next item is no role of the name before;
an occupation shaped like one ("meteorologist") before a name; a comma role after "the
appointment of"; a copula after "Sir"; a portfolio written before the office ("Housing
and Local Government Minister NAME"); the first half of a body's name joined by "and"
with no "the" before it; a youth wing (invented text)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import flood_people as _people

# An apposition whose body carries its short form in brackets is still the role.


def test_an_apposition_with_a_short_form_in_brackets_inside_it_is_the_role() -> None:
    people = _people(
        "In Brekke, 600 families left their homes on Tuesday, Per Holm, City Information"
        " Office (CIO) chief and spokesperson of the City Disaster Council (CDC), said on"
        " Wednesday.",
        "Holm added that food packs went to 533 families.",
    )
    assert "City Information Office" in people.get("Per Holm", "")
    assert "chief" in people.get("Per Holm", "")


def test_an_apposition_with_a_short_form_in_brackets_after_a_lowercase_role() -> None:
    people = _people(
        "Tove Aasen, chief executive of the Norvik Water Board (NWB), said the pumps held.",
    )
    assert people.get("Tove Aasen", "").startswith("chief executive of the Norvik Water Board")


def test_a_bracketed_aside_that_is_no_short_form_still_ends_the_apposition() -> None:
    people = _people(
        "Tove Aasen, a teacher (retired) at Brekke School, said the pumps held.",
    )
    assert "teacher" in people.get("Tove Aasen", "")


# In a list of "role NAME, role NAME", the next item is another person, not a role.


def test_a_list_of_roles_before_names_gives_no_name_the_next_ones_role() -> None:
    people = _people(
        "Reaction from head coach Jo Lee, back-row Per Holm, full-back Damian Dahl,"
        " second-row Tove Aasen, hooker Bo Ekberg and centre Ola Nordby after the final.",
        "“It means a lot,” Per Holm said.",
        "“We held on,” Tove Aasen said.",
    )
    assert "Dahl" not in people.get("Per Holm", "")
    assert "Ekberg" not in people.get("Tove Aasen", "")


@pytest.mark.parametrize("role", ["striker", "defender", "keeper"])
def test_an_apposition_that_is_a_role_and_a_full_name_is_no_role(role: str) -> None:
    people = _people(
        f"The squad named Per Holm, {role} Bo Ekberg, and Jo Lee for the final.",
        "“It means a lot,” Per Holm said.",
    )
    assert "Ekberg" not in people.get("Per Holm", "")


def test_an_apposition_of_a_role_and_a_body_keeps_its_role() -> None:
    people = _people(
        "Per Holm, chairman of Norvik Rovers, said the final was won.",
    )
    assert people.get("Per Holm") == "chairman of Norvik Rovers"


# An occupation shaped like one ("-ist", "-ologist", "-ician") before a name is its role.


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Storms were likely, senior meteorologist Tove Aasen said.", "senior meteorologist"),
        ("“It will pass,” climatologist Tove Aasen said.", "climatologist"),
        ("“It will pass,” pianist Tove Aasen said.", "pianist"),
        ("“It will pass,” dietician Tove Aasen said.", "dietician"),
    ],
)
def test_an_occupation_shaped_like_one_before_a_name_is_the_role(sentence: str, role: str) -> None:
    assert _people(sentence).get("Tove Aasen") == role


@pytest.mark.parametrize("word", ["insist", "against", "persist"])
def test_a_word_ending_like_an_occupation_that_is_none_gives_no_role(word: str) -> None:
    people = _people(f"“Some will {word} Tove Aasen stays,” a neighbour said.")
    assert word not in people.get("Tove Aasen", "")


# A comma role after "the appointment of": the role is the named person's.


def test_a_possessive_role_after_the_appointment_of_is_the_named_persons() -> None:
    people = _people(
        "The meeting saw the appointment of Norvik’s youngest Deputy Lord Mayor, Per Holm,"
        " aged 23.",
        "“This is an honour for young people,” Per Holm said.",
    )
    assert "Deputy Lord Mayor" in people.get("Per Holm", "")


def test_a_role_after_the_death_of_the_is_the_named_persons() -> None:
    people = _people(
        "The town mourned the death of the harbour master, Per Holm, on Sunday.",
    )
    assert people.get("Per Holm") == "harbour master"


@pytest.mark.parametrize("kin", ["daughter", "wife", "lawyer", "friend"])
def test_a_role_after_a_person_of_the_office_is_not_the_named_persons(kin: str) -> None:
    people = _people(
        f"The {kin} of the harbour master, Tove Aasen, said the boats were safe.",
    )
    assert people.get("Tove Aasen") != "harbour master"


# "Sir NAME was the mayor of X": the copula after an honorific gives the role.


@pytest.mark.parametrize("honorific", ["Sir", "Dame", "Prof"])
def test_a_copula_after_an_honorific_gives_the_role(honorific: str) -> None:
    people = _people(
        f"{honorific} Per Holm, who was pipped to the post, spoke at the count.",
        f"{honorific} Per Holm was the mayor of Brekke for 24 years the second time around.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "mayor of Brekke"


# A span of time inside a role ends it; an auxiliary before a role noun is no modifier.


def test_a_role_ends_before_a_span_of_time_followed_by_more() -> None:
    people = _people(
        "Per Holm, who has been the harbour master for ten years and more, said the wall held.",
    )
    assert people.get("Per Holm") == "harbour master"


def test_an_auxiliary_before_a_role_noun_is_no_part_of_the_role() -> None:
    people = _people(
        "14-man Norvik did manager Per Holm proud on Saturday evening.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "manager"


# A portfolio written before the office names no one.


@pytest.mark.parametrize(
    "portfolio",
    [
        "Housing and Local Government",
        "Development Strategies and International Trade",
        "Fisheries, Forests and Rural Affairs",
    ],
)
def test_a_portfolio_before_an_office_names_no_one(portfolio: str) -> None:
    people = _people(
        f"The flood fund is ready and more will follow, said {portfolio} Minister Per Holm.",
    )
    assert set(people) == {"Per Holm"}
    assert "Minister" in people["Per Holm"]


def test_a_person_joined_by_and_to_an_office_keeps_the_person() -> None:
    people = _people(
        "Tove Aasen and Finance Minister Per Holm said the flood fund was ready.",
        "“It will pass,” Tove Aasen said.",
    )
    assert "Tove Aasen" in people


# The first half of a body's name joined by "and", with no "the" before it.


def test_a_bodys_first_half_opening_the_sentence_is_no_person() -> None:
    people = _people(
        "Norvik Fire and Rescue Services advises that people should stay home.",
        "“It will pass,” Per Holm said.",
    )
    assert "Norvik Fire" not in people


def test_a_name_written_also_alone_stays_a_person() -> None:
    people = _people(
        "Tove Aasen and Rescue Services staff worked all night.",
        "Tove Aasen said the water came in fast.",
    )
    assert "Tove Aasen" in people


# A short form in brackets after a body's name, its first letter the name's, is the body's.


@pytest.mark.parametrize(
    ("body", "short"),
    [("Caribbean Community", "Caricom"), ("Norvik Harbour Trust", "NHT"), ("Brekke Forum", "Bref")],
)
def test_a_short_form_in_brackets_after_a_body_is_no_person(body: str, short: str) -> None:
    people = _people(
        f"Ties with the {body} ({short}) remain strong, Per Holm said.",
        f"The Prime Minister described {short} as “dysfunctional,” a remark that drew replies.",
        f"Holm said the row was no hostility toward {short} or its citizens.",
    )
    assert short not in people
    assert "Per Holm" in people


def test_a_name_before_letters_after_it_stays_a_person() -> None:
    people = _people(
        "Tove Aasen (SAN), counsel to the council, said the wall would hold.",
        "“It will pass,” Tove Aasen said.",
    )
    assert "Tove Aasen" in people


# "my hon. Friend the Minister": a member of parliament's courtesy, no person "Friend".


@pytest.mark.parametrize("courtesy", ["my Hon Friend", "my hon. Friend", "my right hon. Friend"])
def test_a_parliamentary_friend_is_no_person(courtesy: str) -> None:
    people = _people(
        f"Mr Holm said: “The leader of the council told {courtesy} the Minister it was no option.”",
        "“It will pass,” Holm said.",
    )
    assert "Friend" not in people


# A who-clause that tells what one has done, or did, is no role.


@pytest.mark.parametrize(
    "clause",
    ["who has ridden the bus for 20 years", "who lost the vote", "who have lived here since 1990"],
)
def test_a_who_clause_of_what_one_did_is_no_role(clause: str) -> None:
    people = _people(
        f"Per Holm, {clause}, said he was fined.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "role unknown: check the article"


def test_a_who_clause_of_an_office_held_still_gives_the_role() -> None:
    people = _people(
        "Per Holm, who has served as mayor since 2010, said the wall held.",
    )
    assert people.get("Per Holm") == "mayor"


# A plural role and, between commas, the names it stands for: each has the role.


def test_names_between_commas_after_a_plural_role_each_have_the_role() -> None:
    people = _people(
        "The governor invited Nollywood actors, Per Holm and Tove Aasen, popularly known as"
        " Aki and Paw Paw, to visit flood victims.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "Nollywood actor"
    assert people.get("Tove Aasen") == "Nollywood actor"


def test_a_list_of_three_after_a_plural_role_each_have_the_role() -> None:
    people = _people(
        "The three firefighters, Per Holm, Ola Nordby and Tove Aasen, were praised.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "firefighter"
    assert people.get("Tove Aasen") == "firefighter"


def test_a_plural_noun_of_no_role_before_names_gives_none() -> None:
    people = _people(
        "Among the crowds, Per Holm and Tove Aasen watched the water rise.",
        "“It will pass,” Holm said.",
    )
    assert "crowd" not in people.get("Per Holm", "")


# A role "in the area": the officer serving a place written in lowercase.


@pytest.mark.parametrize("place", ["area", "district"])
def test_a_role_in_the_area_before_a_comma_name_is_the_role(place: str) -> None:
    people = _people(
        f"According to the deputy county commissioner in the {place}, Per Holm, residents"
        " have been difficult.",
        "Holm asked residents to report to his office.",
    )
    assert people.get("Per Holm") == f"deputy county commissioner in the {place}"


def test_someone_who_lives_in_the_area_has_no_role_of_it() -> None:
    people = _people(
        "A man who lives in the area, Per Holm, said the water rose.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "role unknown: check the article"


@pytest.mark.parametrize("clause", ["who kept the accounts of the trust", "who led the council"])
def test_a_who_clause_of_a_post_held_stays_what_the_person_did(clause: str) -> None:
    people = _people(
        f"Per Holm, {clause}, said he was sorry.",
        "“It will pass,” Holm said.",
    )
    assert clause.removeprefix("who ") in people.get("Per Holm", "")


# A list of "role NAME" items, one role known: each lowercase word is its name's role.


def test_each_name_in_a_list_of_roles_has_the_word_before_it() -> None:
    people = _people(
        "Reaction from head coach Jo Lee, captain Bo Ek, back-row Per du Holm, full-back"
        " Damian Dahl, second-row Tove Aasen, hooker Ole Berg and centre Ivar de Lange after"
        " the final.",
        "“It means a lot,” Per du Holm said.",
    )
    assert people["Jo Lee"] == "head coach"
    assert people["Bo Ek"] == "captain"
    assert people["Per du Holm"] == "back-row"
    assert people["Damian Dahl"] == "full-back"
    assert people["Ole Berg"] == "hooker"
    assert people["Ivar de Lange"] == "centre"


def test_a_list_of_actions_and_names_gives_no_role() -> None:
    people = _people(
        "On Monday the council visited Brekke Town, toured Holm Hall and thanked Per Holm.",
        "“It will pass,” Per Holm said.",
    )
    assert people.get("Per Holm") == "role unknown: check the article"


def test_a_list_with_no_known_role_gives_no_role() -> None:
    people = _people(
        "The squad has rookie Per Holm, newcomer Tove Aasen and youngster Ola Nordby.",
        "“It will pass,” Per Holm said.",
    )
    assert people.get("Per Holm") == "role unknown: check the article"


# Two roles joined by "and" before a name: the first keeps its own words, and "current",
# "new" belong to the second.


def test_two_roles_joined_by_and_each_keep_their_own_words() -> None:
    people = _people(
        "Former Waterford boss and current Tipp manager Per Holm was in fighting form.",
        "“It will pass,” Holm said.",
    )
    assert people == {"Per Holm": "Former Waterford boss and current Tipp manager"}


@pytest.mark.parametrize("when", ["current", "new", "future"])
def test_a_word_of_time_after_and_is_no_description(when: str) -> None:
    people = _people(
        f"The former Brekke coach and {when} Norvik manager Per Holm spoke.",
        "“It will pass,” Holm said.",
    )
    assert "Norvik" not in people


def test_a_time_word_before_two_roles_is_not_the_first_roles() -> None:
    people = _people(
        "Yesterday Brekke Rovers chairman and club founder Per Holm said it was over.",
    )
    assert people.get("Per Holm") == "Brekke Rovers chairman and club founder"


def test_a_selector_before_a_name_is_the_role() -> None:
    people = _people(
        "Deise selector Per Holm isn't dwelling on the goal that denied them the points.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "Deise selector"


# A name between "the" and a noun of places ("the Punjab region") is a place's.


@pytest.mark.parametrize("noun", ["region", "province", "valley"])
def test_a_name_before_a_noun_of_places_is_no_person(noun: str) -> None:
    people = _people(
        "Per Holm says Norvik and Brekke are expected to flood.",
        f"Rain is due in the central parts of the Norvik {noun}, Holm said.",
    )
    assert "Norvik" not in people
    assert "Per Holm" in people


def test_a_family_named_after_the_is_not_a_place() -> None:
    people = _people(
        "The Holm family lost their home.",
        "“It will pass,” Tove Holm said.",
    )
    assert "Tove Holm" in people


# "Minister for Climate Change NAME": the office and its portfolio, none of it the name.


def test_an_office_for_climate_change_before_a_name_is_the_role() -> None:
    people = _people(
        "Rain is due, Federal Minister for Climate Change Per Holm said.",
    )
    assert people == {"Per Holm": "Federal Minister for Climate Change"}


def test_an_office_of_a_portfolio_before_a_name_is_still_the_role() -> None:
    people = _people("Rain is due, Secretary of Labor Per Holm said.")
    assert people == {"Per Holm": "Secretary of Labor"}


# "A, an auto mechanic and B, an electrician,": the role ends before "and" and the next name.


def test_a_role_before_and_and_the_next_name_ends_at_and() -> None:
    people = _people(
        "The accused, Per Holm, an auto mechanic and Tove Aasen, an electrician, were each"
        " granted bail.",
        "“It will pass,” Holm said.",
    )
    assert people.get("Per Holm") == "auto mechanic"
    assert people.get("Tove Aasen") == "electrician"


def test_a_firm_named_with_and_stays_in_the_role() -> None:
    people = _people("Per Holm, a partner at Holm and Berg Legal, said the firm would appeal.")
    assert people.get("Per Holm") == "partner at Holm and Berg Legal"
