"""Rules of English news writing that name a quote's speaker, each on invented text: when
the text settles who spoke, the draft names them; when it does not, the quote stays
unattributed."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, speakers_in


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_question_closing_its_sentence_then_the_name_and_verb() -> None:
    speakers = _speakers(
        "Mayor Ines Varga opened the new ferry terminal on Monday.",
        '"Can we work with the port on a new shelter?" Varga said, when asked about plans.',
    )
    assert speakers == {"Can we work with the port on a new shelter?": "Ines Varga"}


def test_a_stray_curly_mark_between_spaces_closes_the_open_quote() -> None:
    speakers = _speakers(
        "Dock worker Rui Salgado saw the crane fall.",
        "“Me and my son stand on the quay and him say, 'Look, it falling,' “ said Salgado"
        " of the moment the crane fell.",
    )
    assert speakers == {
        "Me and my son stand on the quay and him say, 'Look, it falling,'": ("Rui Salgado")
    }


def test_said_the_title_at_the_end_of_a_sentence() -> None:
    speakers = _speakers(
        "President Ana Trask announced a curfew on Monday.",
        '"Some people keep organising parties at the harbour," said the president.',
    )
    assert speakers == {"Some people keep organising parties at the harbour": "Ana Trask"}


def test_one_subject_with_two_verbs_across_an_abbreviation() -> None:
    speakers = _speakers(
        "Defense Secretary Lena Holt denied ordering the U.S. Navy to “sink everything” and"
        " said the reports were “pure invention.”"
    )
    # What she denied ordering is nobody's for sure; what she said is hers.
    assert speakers == {"sink everything": None, "pure invention.": "Lena Holt"}


def test_words_someone_will_not_confirm_saying_are_nobodys() -> None:
    speakers = _speakers(
        "Premier Olaf Brenn declined to confirm or deny that he told the opposition leader he"
        ' could "name" nine donors.'
    )
    assert speakers == {"name": None}


def test_a_participle_after_the_clause_speaks_for_its_subject() -> None:
    speakers = _speakers(
        "Minister Tomas Reyes went further, calling the harbour report “a careless piece of work”.",
        "President Ana Trask has assured fishermen that she is trying to find funds, saying"
        " that the budget has been “badly depleted”.",
    )
    assert speakers == {
        "a careless piece of work": "Tomas Reyes",
        "badly depleted": "Ana Trask",
    }


def test_quick_to_say_is_still_saying() -> None:
    speakers = _speakers(
        "Harbour chief Dana Obi spoke on Monday. Councillor Piet Laan was quick to contend that"
        " “fishermen ought to be concerned” about the plan."
    )
    assert speakers == {"fishermen ought to be concerned": "Piet Laan"}


def test_a_later_quote_lends_its_speaker_only_when_nobody_else_leads_the_sentence() -> None:
    speakers = _speakers(
        "Councillor Piet Laan argued that “the plan is rushed”. Mayor Ines Varga also chimed"
        " in, calling it “a mistake”.",
        "Harbour chief Dana Obi used to describe the plan as “ambitious”. Varga later called"
        " it “a mess”.",
    )
    assert speakers["the plan is rushed"] == "Piet Laan"
    assert speakers["a mistake"] == "Ines Varga"
    assert speakers["ambitious"] is None


def test_a_statement_over_several_paragraphs_after_a_heading_and_he_said() -> None:
    speakers = _speakers(
        "Councillor Ivo Marsh apologised to residents on Friday.",
        "Mr Marsh also said his thoughts were with the harbour crews.",
        "Council leader breaks silence on the floods",
        "He said: “I understand how upsetting the flooding was.",
        "“My thoughts are with every family on the quay.",
        "“We will review every decision taken that weekend.”",
    )
    assert set(speakers.values()) == {"Ivo Marsh"} and len(speakers) == 3


def test_a_translation_in_brackets_does_not_change_who_he_is() -> None:
    speakers = _speakers(
        "President Ana Trask visited the harbour on Monday.",
        "“Wala nang pera, we are trying to raise the money,” she said.",
        "(There is no more money, we are trying to raise the money.)",
        "“We will marshal it to the areas affected,” she added.",
    )
    assert set(speakers.values()) == {"Ana Trask"} and len(speakers) == 2


def test_a_quote_paragraph_after_reported_speech_is_the_reporters() -> None:
    speakers = _speakers(
        "Police spokesperson Inspector Mele Tora confirmed that a second driver was robbed.",
        "“We are calling on the taxi association to help us with this matter.”",
        "Councillor Piet Laan said members of the public had threatened his family.",
        "“About 99 per cent of the people who come here are looking for work.”",
    )
    assert speakers == {
        "We are calling on the taxi association to help us with this matter.": "Mele Tora",
        "About 99 per cent of the people who come here are looking for work.": "Piet Laan",
    }


def test_a_quote_paragraph_after_reported_speech_naming_someone_else_is_nobodys() -> None:
    speakers = _speakers(
        "Councillor Piet Laan said the threat was real, and Mayor Ines Varga told reporters"
        " she agreed.",
        "“We simply cannot meet the demand for work.”",
        "Councillor Piet Laan met the harbour board on Monday.",
        "“We simply cannot pay for a second ferry.”",
    )
    assert set(speakers.values()) == {None}


def test_he_said_again_keeps_the_same_he() -> None:
    speakers = _speakers(
        "Cr Dale Ruck denied he was trying to upstage Cr Ann Moss.",
        "He said he supported the motion, which he had stated before.",
        "“I have discussed this with Councillor Moss,” he said.",
    )
    assert speakers == {"I have discussed this with Councillor Moss": "Dale Ruck"}


def test_the_title_the_article_writes_for_the_one_who_holds_it() -> None:
    speakers = _speakers(
        "Prime Minister Ola Berg announced a lockdown on Monday.",
        "In a message seen by reporters, the Prime Minister wrote to MPs to apologise.",
        "“Let me assure you that the leak was not our briefing,” he wrote.",
    )
    assert speakers == {"Let me assure you that the leak was not our briefing": "Ola Berg"}


def test_a_description_opening_the_next_paragraph_means_the_speaker_before() -> None:
    speakers = _speakers(
        "Alison Brae called on the government to send more staff to the flooded towns.",
        "The Liberal Democrat MSP for the north-east said: “People are feeling besieged.”",
        "Harbour worker Tom Rusk was arrested on Friday.",
        "The police spokesman said: “Inquiries are continuing.”",
    )
    assert speakers == {
        "People are feeling besieged.": "Alison Brae",
        "Inquiries are continuing.": None,
    }


def test_an_attribution_ending_the_sentence_covers_the_quote_inside_it() -> None:
    speakers = _speakers(
        "Mayor Ola Dunn wrote a post about the harbour on Monday.",
        'The statement was meant to assure people that "the work of the port goes on" and'
        " Dunn's comments were out of place, Councilwoman Rita Vale said.",
        "With the agency adding two “risk to life” warnings for the coast, Rita Vale called"
        " on the government to send more staff to the harbour.",
    )
    assert speakers == {"the work of the port goes on": "Rita Vale", "risk to life": None}


def test_a_speaker_far_before_another_verb_is_not_that_verbs_subject() -> None:
    speakers = _speakers(
        '"We feel good about the progress," Ned Vale said shortly after the company announced'
        ' its results. "The work we are doing is the right work."'
    )
    assert speakers == {
        "We feel good about the progress": "Ned Vale",
        "The work we are doing is the right work.": "Ned Vale",
    }


def test_a_name_with_jr_is_a_person_even_when_its_surname_names_bodies() -> None:
    speakers = _speakers(
        '"We had five inches of rain in a few hours," said Tom Nations, Jr., director of the'
        " county's preparedness office."
    )
    assert speakers == {"We had five inches of rain in a few hours": "Tom Nations, Jr."}


def test_a_stray_comma_between_a_full_name_and_said() -> None:
    speakers = _speakers(
        "The founder of Vale Asset Management – Don Pike, said in an interview: “The stock was"
        " just dirt-cheap.”"
    )
    assert speakers == {"The stock was just dirt-cheap.": "Don Pike"}


def test_a_department_word_before_a_name_is_part_of_the_office() -> None:
    draft = drafted(
        "Press conference\n\nUnion Minister of Agriculture and Farmers Welfare Lal Singh Rana"
        " ended a press conference on Tuesday.\n\nAt one time, Mr. Rana pointed at a reporter"
        " and asked him: “Have you taken a contract to ask these questions?”\n"
    )
    assert speakers_in(draft) == {
        "Have you taken a contract to ask these questions?": ("Lal Singh Rana")
    }


def test_two_phone_calls_are_not_a_speech_verb() -> None:
    speakers = _speakers(
        "Defence Minister Omar Kaya said on Tuesday that he believed the deal would hold, after"
        ' two phone calls with his counterpart. "We are evaluating the information."'
    )
    assert speakers == {"We are evaluating the information.": "Omar Kaya"}


def test_a_quote_paragraph_after_reported_speech_about_someone_else_is_the_reporters() -> None:
    speakers = _speakers(
        "Councillor Piet Laan said he did not report his encounter, nor does he think Mayor"
        " Ines Varga reported hers.",
        "“What made me ask for a police presence was a threat on my life.”",
    )
    assert speakers == {
        "What made me ask for a police presence was a threat on my life.": ("Piet Laan")
    }


def test_a_second_quote_of_the_sentence_stays_with_its_speaker_past_a_name_talked_about() -> None:
    speakers = _speakers(
        "Liberal MP Rob Lane also chimed in, calling the report “quite shocking,” because"
        " Mayor Ines Varga has “an obligation to know what is going on.”",
        "Councillor Piet Laan called the plan “rushed”. Mayor Ines Varga said it was “fine”.",
    )
    assert speakers == {
        "quite shocking": "Rob Lane",
        "an obligation to know what is going on.": "Rob Lane",
        "rushed": "Piet Laan",
        "fine": "Ines Varga",
    }


def test_the_taoiseach_said_names_the_one_taoiseach() -> None:
    speakers = _speakers(
        "The Taoiseach, Mr Cathal Moran, declined to comment on the report.",
        "Ms Nora Keane asked whether the Government would publish it.",
        "The Taoiseach said it was vital that leaders could have private discussions.",
        "“I don't make a habit of making private discussions public.”",
    )
    assert speakers == {
        "I don't make a habit of making private discussions public.": ("Cathal Moran")
    }


def test_admonished_is_a_verb_of_speech() -> None:
    speakers = _speakers(
        "Later in the briefing, press secretary Sam Pell admonished a reporter for asking a"
        " “silly question.”"
    )
    assert speakers == {"silly question.": "Sam Pell"}


def test_an_office_opening_the_next_paragraph_is_someone_new() -> None:
    speakers = _speakers(
        "Mary Dale said the flood had ruined her kitchen.",
        "The police chief said: “Officers will stay on the street tonight.”",
        "Tom Ash said the water came in at midnight.",
        "The council's spokesman said: “Pumps are on their way.”",
    )
    assert set(speakers.values()) == {None}


def test_a_paragraph_where_someone_else_speaks_ends_who_he_is() -> None:
    speakers = _speakers(
        "Mayor Ivo Marsh visited the harbour on Friday.",
        "Police said the driver of the lorry had been arrested.",
        "He said: “We will find out what happened.”",
    )
    assert speakers == {"We will find out what happened.": None}


def test_a_contraction_opening_a_quote_is_nobody() -> None:
    draft = drafted(
        "Taxi robberies\n\nPolice spokesperson Inspector Mele Tora is calling on drivers to take"
        " care.\n\n“I’m calling on the taxi association to help us deal with this matter.”\n"
    )
    assert names_in(draft) == {"Mele Tora"}


def test_after_two_people_are_subjects_a_she_said_stays_unsure_paragraphs_later() -> None:
    speakers = _speakers(
        "Councillor Ann Smith met Mayor Tom Jones on Monday.",
        "She said the talks went well.",
        "“We are close,” she said.",
    )
    assert speakers == {"We are close": None}


def test_a_quote_signed_with_a_dash() -> None:
    speakers = _speakers(
        "Mayor Tom Jones opened the bridge on Monday.",
        "“We will rebuild the old bridge too.” – Mayor Tom Jones",
        "“It is a scandal.” – a resident",
    )
    assert speakers == {
        "We will rebuild the old bridge too.": "Tom Jones",
        "It is a scandal.": None,
    }


def test_the_age_alone_names_the_one_person_of_that_age() -> None:
    speakers = _speakers(
        "Jane Doe, 45, said the flood ruined her home.",
        "The 45-year-old said: “We lost everything.”",
        "Her neighbour Tom Ash, 45, and Ann Roe, 45, lost their cars.",
        "“We have nothing left,” the 45-year-old said.",
    )
    assert speakers == {"We lost everything.": "Jane Doe", "We have nothing left": None}


def test_a_quote_paragraph_after_two_people_reported_in_one_sentence_is_nobodys() -> None:
    speakers = _speakers(
        "Councillor Ann Smith said the plan would fail, and Mayor Tom Jones said it would work.",
        "“We need it.”",
    )
    assert speakers == {"We need it.": None}
