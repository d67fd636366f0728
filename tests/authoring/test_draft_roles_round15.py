"""Roles by grammar, fifteenth round: an office whose short form stands in brackets inside
it ("The District Chief Executive (DCE) of X, Mr NAME"); a title shortened with a stop
("Coun. NAME", "Usec. NAME") that ends no sentence; a plural title before a list of names
("Couns. A, B and C", "Councillors A and B"); "One of the residents, NAME,"; occupations
news writes before a name ("advocate NAME", "openers A and B"); and what is no role: another
name of the same list ("Couns. A, B, C and D") (invented text)."""

from __future__ import annotations

from tests.authoring.drafted import flood_people as _people

# An office with its short form in brackets before a comma name.


def test_an_office_with_its_short_form_in_brackets_before_the_name_is_the_role() -> None:
    people = _people(
        "The District Chief Executive (DCE) of Norvik District Assembly, Mr Per Holm has"
        " clashed with the council over the wall.",
    )
    role = people.get("Per Holm", "")
    assert "District Chief Executive" in role
    assert "Norvik District Assembly" in role


def test_a_short_form_glued_to_the_office_does_not_cut_the_role() -> None:
    people = _people(
        "The Member of Parliament(MP) for the Area, Mr Per Holm has said the wall is weak.",
    )
    assert "Member of Parliament" in people.get("Per Holm", "")


def test_a_lowercase_office_with_its_short_form_before_a_closed_name_is_the_role() -> None:
    people = _people(
        "The chief executive officer (CEO) of the Harbour Trust, Tove Aasen, said the wall"
        " would be rebuilt.",
    )
    assert "chief executive officer" in people.get("Tove Aasen", "")


# A title shortened with a stop ends no sentence: the name after it keeps the title.


def test_a_councillor_shortened_with_a_stop_keeps_the_title() -> None:
    people = _people("Coun. Per Holm was not present for the vote on the wall.")
    assert people.get("Per Holm") == "Coun."


def test_a_shortened_title_inside_a_sentence_keeps_the_title() -> None:
    people = _people("Officials said Cllr. Tove Aasen had asked for the report.")
    assert people.get("Tove Aasen") == "Cllr."


def test_an_undersecretary_shortened_with_a_stop_is_the_role() -> None:
    people = _people(
        "Asec. Per Holm told the committee that with Usec. Tove Aasen heading the legal"
        " services, every case was being handled.",
    )
    assert people.get("Per Holm") == "Asec."
    assert people.get("Tove Aasen") == "Usec."


# A plural title before a list of names gives each name the title.


def test_a_plural_shortened_title_before_a_list_gives_each_name_the_title() -> None:
    people = _people(
        "The rise was still too high for Couns. Per Holm, Tove Aasen and Jo Lindqvist.",
        '"I cannot vote for it," said Holm.',
    )
    for name in ("Per Holm", "Tove Aasen", "Jo Lindqvist"):
        assert people.get(name) == "Coun.", name


def test_a_plural_shortened_title_opening_a_sentence_gives_each_name_the_title() -> None:
    people = _people("Sens. Per Holm and Tove Aasen voted against the new wall.")
    assert people.get("Per Holm") == "Sen."
    assert people.get("Tove Aasen") == "Sen."


def test_a_body_named_with_a_plural_title_word_gives_no_one_a_role() -> None:
    people = _people(
        "Doctors Without Borders and Nurses Abroad sent teams, Per Holm said.",
    )
    assert people.get("Per Holm") == "role unknown: check the article"
    assert "Borders" not in people and "Abroad" not in people


def test_plural_representatives_shortened_give_each_the_title() -> None:
    people = _people("Reps. Per Holm and Tove Aasen wrote to the harbour board.")
    assert people.get("Per Holm") == "Rep."
    assert people.get("Tove Aasen") == "Rep."


def test_a_name_listed_after_another_is_not_its_role() -> None:
    people = _people(
        "Couns. Per Holm, Tove Aasen, Jo Lindqvist, Ama Owusu and Mayor Nadia Rahman all"
        " supported the budget.",
    )
    assert people.get("Tove Aasen") == "Coun."
    assert people.get("Nadia Rahman") == "Mayor"


def test_names_listed_with_commas_carry_no_name_as_a_role() -> None:
    people = _people(
        "The wall was backed by Per Holm, Tove Aasen, Jo Lindqvist and Ama Owusu, who each"
        " signed the letter.",
    )
    assert all(role not in ("Tove Aasen", "Jo Lindqvist", "Ama Owusu") for role in people.values())


# "One of the residents, NAME,": a member of a group the article names by its role.


def test_one_of_the_residents_before_a_comma_name_is_the_role() -> None:
    people = _people(
        "One of the residents, Per Holm, spoke to reporters as the water rose.",
    )
    assert people.get("Per Holm") == "resident"


def test_one_of_the_organisers_inside_a_sentence_before_a_comma_name_is_the_role() -> None:
    people = _people(
        "The march went ahead, and one of the organisers, Tove Aasen, said it would again.",
    )
    assert people.get("Tove Aasen") == "organiser"


def test_one_of_the_reasons_before_a_comma_name_is_no_role() -> None:
    people = _people(
        "One of the reasons, Per Holm said, was the cost of the new wall.",
    )
    assert people.get("Per Holm", "role unknown").startswith("role unknown")


# Occupations news writes right before a name.


def test_an_advocate_before_a_name_is_the_role() -> None:
    people = _people(
        "At this, advocate Tove Aasen, appearing for the accused, urged the court to act.",
        '"It is a man\'s liberty," Aasen said.',
    )
    assert people.get("Tove Aasen") == "advocate"


# A clause run into the title: its conjunction ends the role's modifiers.


def test_a_conjunction_before_a_title_ends_the_role() -> None:
    people = _people(
        "The plan passed because councillor Per Holm voted for it.",
        "The dam burst so engineer Tove Aasen was called out at night.",
    )
    assert people.get("Per Holm") == "councillor"
    assert people.get("Tove Aasen") == "engineer"


def test_a_clause_with_although_before_a_plural_role_gives_each_the_plain_role() -> None:
    people = _people(
        "The side lost although bowlers Per Holm and Tove Aasen took six wickets each.",
    )
    assert people.get("Per Holm") == "bowler"
    assert people.get("Tove Aasen") == "bowler"


# fresh14's forms. An apposition without its closing comma, run into an adverbial before
# the speech verb ("governor of X state while speaking ... said", "X's spokesman in a
# statement said").


def test_an_unclosed_office_of_a_state_run_into_while_is_the_role() -> None:
    people = _people(
        "Per Holm, governor of Norvik state while speaking with reporters on Wednesday said"
        " the wall held.",
    )
    assert people.get("Per Holm") == "governor of Norvik state"


def test_an_unclosed_possessive_role_run_into_a_statement_is_the_role() -> None:
    people = _people(
        "After the meeting, Tove Aasen, Holm's spokesman in a statement said the wall held.",
    )
    assert people.get("Tove Aasen") == "Holm's spokesman"


def test_an_unclosed_role_run_into_when_and_a_verb_is_the_role() -> None:
    people = _people(
        "Per Holm, head of the Norvik Harbour Trust when asked about the wall said it held.",
    )
    assert people.get("Per Holm") == "head of the Norvik Harbour Trust"


def test_an_unclosed_phrase_without_a_role_noun_gives_no_role() -> None:
    people = _people(
        "Tove Aasen, Holm's neighbour in a statement said she had seen the water.",
    )
    assert people.get("Tove Aasen", "role unknown").startswith("role unknown")


# A courtesy style between the comma and the name: "Prime Minister, the Most Hon. NAME".


def test_an_office_before_the_most_honourable_is_the_role() -> None:
    people = _people(
        "The plan came at a press conference where Prime Minister, the Most Hon. Per Holm"
        " announced it.",
    )
    assert people.get("Per Holm") == "Prime Minister"


def test_an_office_before_the_honourable_is_the_role() -> None:
    people = _people(
        "The Minister of Works, the Honourable Tove Aasen, said the bridge would open.",
    )
    assert people.get("Tove Aasen") == "Minister of Works"


def test_comrade_is_a_courtesy_title_not_part_of_the_name() -> None:
    people = _people(
        "The Norvik Commissioner for Information, Comrade Per Holm, said the wall held.",
    )
    assert people.get("Per Holm") == "Norvik Commissioner for Information"


# A comma role with a clause on its body: "the chief executive of the trust which runs X,
# NAME".


def test_a_role_whose_body_has_a_which_clause_is_the_role_before_it() -> None:
    people = _people(
        "That is the message from the new chief executive of the trust which runs Norvik"
        " Hospital, Per Holm, who has vowed to act.",
    )
    assert people.get("Per Holm") == "new chief executive of the trust"


def test_a_role_that_did_something_to_someone_is_not_the_named_persons() -> None:
    people = _people(
        "The officer who arrested the mayor, Per Holm, said the wall held.",
    )
    assert "officer" not in people.get("Per Holm", "")


# "NAME started in his role as ROLE": the office the sentence gives its subject.


def test_a_name_that_started_in_a_role_as_has_that_role() -> None:
    people = _people(
        "Dr Per Holm started in his role as the new chief executive at Norvik Hospital this week.",
    )
    assert people.get("Per Holm") == "new chief executive"


def test_a_name_that_took_up_a_post_as_has_that_role() -> None:
    people = _people(
        "Tove Aasen took up her post as harbour master in March, and said the wall held.",
    )
    assert people.get("Tove Aasen") == "harbour master"


def test_a_role_as_said_of_someone_else_is_not_the_subjects() -> None:
    people = _people(
        "Per Holm praised Tove Aasen in her role as harbour master.",
    )
    assert "harbour master" not in people.get("Per Holm", "")


# A lowercase office "for" a lowercase portfolio right before a name.


def test_a_member_for_a_lowercase_area_before_a_name_is_the_role() -> None:
    people = _people(
        "This meant the wall held, mayoral committee member for area south Per Holm said"
        " on Saturday.",
    )
    assert people.get("Per Holm") == "mayoral committee member for area south"


def test_a_spokesman_for_lowercase_affairs_before_a_name_is_the_role() -> None:
    people = _people(
        "The party's spokesman for foreign affairs Tove Aasen said the plan was weak.",
    )
    assert "spokesman for foreign affairs" in people.get("Tove Aasen", "")


def test_a_vote_for_a_lowercase_word_before_a_name_is_no_role() -> None:
    people = _people(
        "The council voted for change after Per Holm said the wall was weak.",
    )
    assert people.get("Per Holm", "").startswith("role unknown")


def test_a_role_after_in_which_keeps_its_place_after_the_clause() -> None:
    people = _people(
        "Shares fell after a meeting in which the company's Chief Financial Officer, Per Holm,"
        " told investors that growth would slow.",
    )
    assert people.get("Per Holm") == "company's Chief Financial Officer"


def test_a_role_noun_for_a_reason_before_a_name_is_no_role() -> None:
    people = _people(
        "The fans cheered the striker for two goals as Per Holm watched from the bench.",
        "Holm said the wall held.",
    )
    assert "striker" not in people.get("Per Holm", "")


# "The chief executive added": an office with one holder, as a sentence's subject, for the
# one person named before it, across paragraphs that name nobody.


def test_the_chief_executive_added_gives_the_office_to_the_one_person_named_before() -> None:
    people = _people(
        "Tove Aasen said the wards were not good enough.",
        "She also admitted the hospital was letting patients down.",
        "Four patients have already waited longer than a year.",
        "The chief executive added that the waiting lists were a cause for concern.",
    )
    assert people.get("Tove Aasen") == "chief executive"


def test_the_chief_executive_added_after_two_people_gives_neither_the_office() -> None:
    people = _people(
        "Tove Aasen said the wards were not good enough, and Per Holm said they were fine.",
        "Four patients have already waited longer than a year.",
        "The chief executive added that the waiting lists were a cause for concern.",
    )
    assert "chief executive" not in people.get("Tove Aasen", "")
    assert "chief executive" not in people.get("Per Holm", "")


def test_an_office_said_far_after_a_paragraph_naming_someone_else_is_not_theirs() -> None:
    people = _people(
        "Tove Aasen said the wards were not good enough.",
        "Per Holm, a nurse, said the wards were full.",
        "The chief executive added that the waiting lists were a cause for concern.",
    )
    assert "chief executive" not in people.get("Tove Aasen", "")


# A role after the sentence's verb, then a comma and the name without its closing comma:
# "has clashed with the Member of Parliament for the Area, Mr NAME over claims".


def test_a_role_after_the_verb_before_an_unclosed_name_is_the_role() -> None:
    people = _people(
        "Per Holm has clashed with the Member of Parliament for the Area, Mr Tove Aasen over"
        " claims about the wall.",
    )
    assert people.get("Tove Aasen") == "Member of Parliament for the Area"


def test_a_director_after_a_preposition_before_an_unclosed_name_is_the_role() -> None:
    people = _people(
        "The council wrote to the director of the museum, Dr Per Holm about the loan.",
    )
    assert people.get("Per Holm") == "director of the museum"


def test_a_role_in_a_fronted_clause_is_not_the_next_subjects() -> None:
    people = _people(
        "When she met the harbour master, Per Holm was angry about the wall.",
        "Holm said the wall held.",
    )
    assert "harbour master" not in people.get("Per Holm", "")


def test_a_role_before_a_name_that_reports_the_sentence_is_not_theirs() -> None:
    people = _people(
        "The board thanked the director of the museum, Per Holm said on Monday.",
    )
    assert "director" not in people.get("Per Holm", "")


def test_a_place_after_a_body_and_a_comma_takes_no_role() -> None:
    people = _people(
        '"The birds came from the mainland," said Tove Aasen, now a researcher at the'
        " University of Norvik, Brandby and a museum affiliate.",
    )
    assert "Brandby" not in people


def test_a_role_in_a_fronted_clause_is_not_the_subjects_before_an_adverbial() -> None:
    people = _people(
        "After meeting the harbour master, Per Holm on Monday said the wall held.",
    )
    assert "harbour master" not in people.get("Per Holm", "")


def test_a_role_then_a_list_of_names_gives_the_first_name_no_role() -> None:
    people = _people(
        "She thanked the director of the museum, Per Holm and Tove Aasen for the loan.",
        "Holm said the wall held.",
    )
    assert "director" not in people.get("Per Holm", "")


# A sentence adverb between commas after a name is no apposition: "NAME, however, said".


def test_however_between_commas_after_a_name_is_no_role() -> None:
    people = _people(
        "Per Holm, however, said the wall held.",
        "Tove Aasen, moreover, said the harbour was safe.",
    )
    assert "however" not in people.get("Per Holm", "")
    assert "moreover" not in people.get("Tove Aasen", "")


def test_a_party_with_however_after_it_is_no_person() -> None:
    people = _people(
        "Labour said the wall held.",
        "Norvik, however, has spent the term opposing the wall.",
    )
    assert "Norvik" not in people


# A name ending in an organisation's noun in the plural names no one.


def test_a_name_ending_in_hospitals_names_no_one() -> None:
    people = _people(
        "That is the message from the new chief executive of the trust which runs Norvik"
        " and King Olav Hospitals, Per Holm, who has vowed to act.",
    )
    assert "Olav Hospitals" not in people
    assert people.get("Per Holm") == "new chief executive of the trust"


# What "a journal called X" names is a thing; "a fisherman named X" is a person.


def test_a_journal_called_by_a_name_is_no_person() -> None:
    people = _people(
        "The new species was described in a scientific journal called Marine Zoology.",
        '"It is new," said Per Holm.',
    )
    assert "Marine Zoology" not in people


def test_a_fisherman_named_by_a_name_is_still_a_person() -> None:
    people = _people("A fisherman named Tove Aasen found the wall broken on Monday.")
    assert people.get("Tove Aasen") == "fisherman"


def test_a_man_called_by_a_name_is_still_a_person() -> None:
    people = _people(
        "A man called Tove Aasen found the wall broken.",
        '"It was gone," Aasen said.',
    )
    assert "Tove Aasen" in people
