"""Roles by the grammar English news uses to give them, not by one set's misses: a role noun
with a hyphenated rank ("president-elect", "ex-minister", "director-general"), two roles
joined by "and" before a name ("businessman and television personality NAME"), a comma role
whose body names someone with an abbreviated title ("the spokesperson of Mr. X, NAME"), an
office "on" a portfolio ("Special Assistant on Media, NAME"), an apposition whose closing
comma the writer left out ("NAME, head coach of X commented"), a who-clause without its
comma ("NAME who is a local resident said"); and what is no role: what a person did or did
not do in a who-clause with an auxiliary ("who did not give her address") (invented text)."""

from __future__ import annotations

from tests.authoring.drafted import flood_people as _people

# A who-clause with an auxiliary tells what someone did, could or would do: no role.


def test_a_who_clause_with_did_not_is_no_role() -> None:
    people = _people(
        "The council said it was moving Per Holm to a new flat.",
        "Holm, who did not give the address of the flat, has not replied to messages.",
    )
    assert "did not" not in people.get("Per Holm", "")


def test_a_who_clause_with_could_or_would_is_no_role() -> None:
    people = _people(
        "Tove Aasen, who could not be reached for comment, said in a post that the wall held.",
        "Per Holm, who would not give his age, said the water came at night.",
    )
    assert "could" not in people.get("Tove Aasen", "")
    assert "would" not in people.get("Per Holm", "")


def test_a_who_clause_with_had_and_a_past_participle_is_no_role() -> None:
    people = _people(
        "Per Holm, who had never seen the harbour so full, said the water was the worst.",
    )
    assert "never seen" not in people.get("Per Holm", "")


# A role noun with a hyphenated rank before the name.


def test_a_role_elect_before_a_name_is_the_role() -> None:
    people = _people(
        "The plan drew a threat from Norvik president-elect Per Holm, who said he would cut"
        " the grant."
    )
    assert "president-elect" in people.get("Per Holm", "")


def test_a_mayor_elect_and_an_ex_minister_are_roles() -> None:
    people = _people(
        "Mayor-elect Tove Aasen said the wall would be rebuilt.",
        "Former ex-minister Per Holm said the harbour had been neglected.",
    )
    assert people.get("Tove Aasen") == "Mayor-elect"
    assert "ex-minister" in people.get("Per Holm", "")


def test_a_director_general_and_a_vice_chairman_are_roles() -> None:
    people = _people(
        "Water board director-general Tove Aasen said the pumps were running.",
        "Harbour vice-chairman Per Holm said the boats were safe.",
    )
    assert "director-general" in people.get("Tove Aasen", "")
    assert "vice-chairman" in people.get("Per Holm", "")


def test_a_hyphenated_word_that_is_no_role_gives_none() -> None:
    people = _people("Flood-hit Per Holm said the water reached his knees.")
    assert "Flood-hit" not in people.get("Per Holm", "")


# Two roles joined by "and" before the name.


def test_two_lowercase_roles_joined_by_and_are_the_role() -> None:
    people = _people(
        "The board met while businessman and television personality Per Holm called for a new wall."
    )
    assert people.get("Per Holm") == "businessman and television personality"


def test_an_author_and_activist_keeps_both_roles() -> None:
    people = _people("Author and activist Tove Aasen said the wall was too low.")
    assert people.get("Tove Aasen") == "Author and activist"


def test_a_role_after_the_and_of_two_people_is_only_the_seconds() -> None:
    people = _people(
        "The row between the mayor and local resident Per Holm grew on Monday, Holm said."
    )
    assert "mayor" not in people.get("Per Holm", "")


# A comma role whose body names a person with an abbreviated title.


def test_the_spokesperson_of_mr_x_comma_name_is_the_role() -> None:
    people = _people(
        "Speaking on Sunday, the spokesperson of Mr. Holm, Tove Aasen, said “We are waiting"
        " until Monday.”"
    )
    assert people.get("Tove Aasen") == "spokesperson of Mr. Holm"


def test_the_lawyer_for_dr_x_comma_name_is_the_role() -> None:
    people = _people(
        "In a statement, the lawyer for Dr. Per Holm, Tove Aasen, said the claim was false."
    )
    assert people.get("Tove Aasen") == "lawyer for Dr. Per Holm"


def test_a_sentence_ending_before_a_comma_name_gives_no_role() -> None:
    people = _people(
        "The flood reached the harbour at dawn on the day of the vote. Later, Tove Aasen said"
        " the pumps had failed."
    )
    assert "vote" not in people.get("Tove Aasen", "")


# An office "on" a portfolio, before a comma and the name.


def test_a_special_assistant_on_a_portfolio_is_the_role() -> None:
    people = _people(
        "In a statement by his Special Assistant on Public Communications and New Media, Per"
        " Holm, the governor said the pumps would run."
    )
    assert people.get("Per Holm") == "Special Assistant on Public Communications and New Media"


def test_an_adviser_on_a_portfolio_is_the_role() -> None:
    people = _people("The Senior Adviser on Flood Defence, Tove Aasen, said the wall held.")
    assert people.get("Tove Aasen") == "Senior Adviser on Flood Defence"


# An apposition without its closing comma, run into the sentence's verb.


def test_an_apposition_without_its_closing_comma_is_the_role() -> None:
    people = _people(
        "Per Holm, head coach of Varnholt United commented on the victory over Norvik."
    )
    assert people.get("Per Holm") == "head coach of Varnholt United"


def test_a_chief_executive_without_the_closing_comma_is_the_role() -> None:
    people = _people("Tove Aasen, chief executive of Norvik Bank said the loans would be paid.")
    assert people.get("Tove Aasen") == "chief executive of Norvik Bank"


def test_a_new_subject_after_a_name_and_comma_is_not_its_role() -> None:
    people = _people(
        "After meeting Per Holm, the head of Norvik Bank said the loans would be paid.",
        "Holm told reporters the bank was safe.",
    )
    assert "head" not in people.get("Per Holm", "")


# A who-clause giving the role, written without its comma.


def test_a_who_is_clause_without_a_comma_gives_the_role() -> None:
    people = _people(
        "“The wall is too low and everyone knows it,” Per Holm who is a Varnholt resident stated."
    )
    assert people.get("Per Holm") == "Varnholt resident"


def test_a_who_was_clause_without_a_comma_gives_the_role() -> None:
    people = _people(
        "Tove Aasen who was the harbour master for ten years said the wall had never held."
    )
    assert people.get("Tove Aasen") == "harbour master"


def test_an_unclosed_apposition_before_a_bracket_is_the_role() -> None:
    people = _people(
        "Per Holm, manager of Varnholt United commented on the win over Norvik (2:1) in the cup."
    )
    assert people.get("Per Holm") == "manager of Varnholt United"


# "a ROLE named/called NAME": a role introducing the person it names.


def test_a_role_named_a_person_is_the_role() -> None:
    people = _people("A fisherman named Per Holm said the water came over the wall at night.")
    assert people.get("Per Holm") == "fisherman"


def test_a_role_called_a_person_is_the_role() -> None:
    people = _people(
        "An off-duty nurse called Tove Aasen pulled two children from the water, police said."
    )
    assert people.get("Tove Aasen") == "off-duty nurse"


def test_the_role_called_a_person_is_no_role_given() -> None:
    people = _people(
        "The mayor called Per Holm on Monday to ask about the pumps, Holm said.",
        "Mayor Tove Aasen said the pumps would run all night.",
    )
    assert "mayor" not in people.get("Per Holm", "").casefold()


# "NAME was appointed/elected ROLE": a role the sentence gives its subject.


def test_a_person_appointed_a_role_holds_it() -> None:
    people = _people(
        "Per Holm was appointed chairman of the Harbour Trust in 2019.",
        "Holm said the wall would be rebuilt.",
    )
    assert people.get("Per Holm") == "chairman of the Harbour Trust"


def test_a_person_elected_a_role_holds_it() -> None:
    people = _people(
        "Tove Aasen, the harbour master, said the wall held.",
        "Per Holm was elected mayor last year. Holm said the pumps had run all night.",
    )
    assert people.get("Per Holm") == "mayor"


def test_a_person_named_as_a_role_holds_it() -> None:
    people = _people(
        "Per Holm has been named as the new head coach of Varnholt United.",
        "Holm said the pitch was under water.",
    )
    assert people.get("Per Holm") == "new head coach of Varnholt United"


# An occupation written before the name as a title ("comedian Jo Lee", "Bank boss Jo Lee").


def test_an_occupation_before_a_name_is_the_role() -> None:
    people = _people(
        "Comedian Tove Aasen said the show would go on.",
        "Retired plumber Per Holm said the pipes had burst.",
    )
    assert people.get("Tove Aasen") == "Comedian"
    assert people.get("Per Holm") == "Retired plumber"


def test_a_boss_and_an_enthusiast_before_a_name_are_roles() -> None:
    people = _people(
        "Norvik Bank boss Per Holm said the loans were safe.",
        "Weather enthusiast Tove Aasen said the rain gauge overflowed.",
    )
    assert people.get("Per Holm") == "Norvik Bank boss"
    assert people.get("Tove Aasen") == "Weather enthusiast"


def test_a_sportsperson_before_a_name_is_the_role() -> None:
    people = _people(
        "Varnholt footballer Per Holm said the pitch was under water.",
        "Olympic swimmer Tove Aasen said the pool had closed.",
    )
    assert people.get("Per Holm") == "Varnholt footballer"
    assert people.get("Tove Aasen") == "Olympic swimmer"


# A plural role shared by the names before it, or a role in brackets after a name.


def test_both_and_a_plural_role_after_two_names_give_each_the_role() -> None:
    people = _people(
        "Per Holm and Tove Aasen, both teachers at the harbour school, said the wall was weak."
    )
    assert people.get("Tove Aasen") == "teacher at the harbour school"


def test_a_role_in_brackets_after_a_name_is_the_role() -> None:
    people = _people("Per Holm (the harbour master) said the wall was weak.")
    assert people.get("Per Holm") == "harbour master"


def test_a_body_in_brackets_after_a_name_is_no_role() -> None:
    people = _people(
        "Per Holm (Varnholt United) said the pitch was flooded, the manager added.",
        "Tove Aasen (Leicester City) said the game was off.",
    )
    assert "Varnholt United" not in people.get("Per Holm", "")
    assert "Leicester" not in people.get("Tove Aasen", "")


def test_a_tycoon_or_magnate_before_a_name_is_the_role() -> None:
    people = _people(
        "Property tycoon Per Holm said the harbour flats were safe.",
        "Shipping magnate Tove Aasen said her boats stayed in port.",
    )
    assert people.get("Per Holm") == "Property tycoon"
    assert people.get("Tove Aasen") == "Shipping magnate"


# What the grammar says is no person: names listed before a plural noun of places or
# bodies ("X, Y and Z beaches"), the agent of a survey or of data ("surveyed by X").


def test_names_listed_before_a_plural_place_noun_are_no_people() -> None:
    people = _people(
        "The surf club said Mullvik, Sorrvik and Hillvik beaches had been closed.",
        "The council said Brandby and Ostvik schools would stay shut.",
    )
    assert not {"Mullvik", "Sorrvik", "Hillvik", "Brandby", "Ostvik"} & set(people)


def test_a_person_listed_with_others_stays_a_person() -> None:
    people = _people("Per Holm, Tove Aasen and Ann Roe said the beaches had been closed.")
    assert "Ann Roe" in people


def test_the_agent_of_a_survey_or_of_data_is_no_person() -> None:
    people = _people(
        "Analysts surveyed by Factvik had predicted a loss, said Per Holm, the bank's chief.",
        "Data compiled by Normark showed the harbour's trade fell, Holm said.",
    )
    assert not {"Factvik", "Normark"} & set(people)
    assert "Per Holm" in people


def test_a_person_who_compiled_a_report_and_spoke_stays_a_person() -> None:
    people = _people(
        "The report, compiled by Tove Aasen, found the wall was weak.",
        "Aasen said the council had been warned.",
    )
    assert "Tove Aasen" in people


# An office's name with "of the" inside it, before a comma and the name.


def test_an_office_of_the_body_before_a_comma_is_the_role() -> None:
    people = _people(
        "Ministry of the Interior Press Officer, Per Holm yesterday ordered reporters off the quay."
    )
    assert people.get("Per Holm") == "Ministry of the Interior Press Officer"


# A role ends before a time adverbial, and a who-clause of appointment gives the office.


def test_a_role_ends_before_since_a_year() -> None:
    people = _people(
        "Per Holm, the harbour master since 2010, said the wall was weak.",
        "Tove Aasen, mayor of Varnholt from 2015 to 2019, said it never was.",
    )
    assert people.get("Per Holm") == "harbour master"
    assert people.get("Tove Aasen") == "mayor of Varnholt"


def test_who_was_elected_or_became_gives_the_office() -> None:
    people = _people(
        "Per Holm, who was elected mayor in 2019, said the wall was weak.",
        "Tove Aasen, who became chairman of the Harbour Trust last year, said it held.",
    )
    assert people.get("Per Holm") == "mayor"
    assert people.get("Tove Aasen") == "chairman of the Harbour Trust"


def test_who_served_for_years_gives_the_office() -> None:
    people = _people("Per Holm, who served as mayor for ten years, said the wall was weak.")
    assert people.get("Per Holm") == "mayor"


# "NAME, 45, of Place, a ROLE,": the role after an age and a home town.


def test_a_role_after_an_age_and_a_home_town_is_the_role() -> None:
    people = _people("Per Holm, 45, of Varnholt, a teacher at the harbour school, said it.")
    assert people.get("Per Holm") == "teacher at the harbour school"


def test_a_long_office_name_before_a_comma_is_the_role() -> None:
    people = _people(
        "Office of the Governor Press and Publicity Officer, Per Holm yesterday ordered a"
        " reporter off the quay."
    )
    assert people.get("Per Holm") == "Office of the Governor Press and Publicity Officer"


def test_a_then_office_before_a_name_is_the_role() -> None:
    people = _people("The wall was built under then-mayor Per Holm, who said it would hold.")
    assert people.get("Per Holm") == "then-mayor"


def test_a_role_turned_role_before_a_name_is_the_role() -> None:
    people = _people("The wall is weak, said banker-turned-novelist Tove Aasen.")
    assert people.get("Tove Aasen") == "banker-turned-novelist"


def test_in_his_role_as_gives_the_office() -> None:
    people = _people(
        "Per Holm, in his role as chairman of the trust, said the wall was weak.",
        "Tove Aasen, speaking in her capacity as harbour master, said it held.",
    )
    assert people.get("Per Holm") == "chairman of the trust"
    assert people.get("Tove Aasen") == "harbour master"


def test_a_politician_or_philanthropist_before_a_name_is_the_role() -> None:
    people = _people(
        "Veteran politician Per Holm said the wall was weak.",
        "Philanthropist Tove Aasen said she would pay for a new one.",
    )
    assert people.get("Per Holm") == "Veteran politician"
    assert people.get("Tove Aasen") == "Philanthropist"
