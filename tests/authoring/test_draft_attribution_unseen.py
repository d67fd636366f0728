"""How English news copy attributes speech across outlets (wire, British, African, Asian,
Caribbean, New Zealand), each rule on invented text: when the wording settles who spoke,
the draft names them; when it does not, the quote stays unattributed."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, people_in, speakers_in


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


def test_said_then_a_titled_name_makes_them_the_he_of_the_next_quote() -> None:
    speakers = _speakers(
        "Protesters blocked the harbour road on Friday, police said.",
        "They also burned tyres, said spokesperson Lieutenant Colonel Sipho Ndlovu.",
        '"We are not yet sure why they are protesting," he said.',
    )
    assert speakers == {"We are not yet sure why they are protesting": "Sipho Ndlovu"}


def test_a_news_anchor_who_tweeted_speaks() -> None:
    speakers = _speakers(
        "Morning Live anchor Thandi Mokoena on Friday tweeted that a camera had been"
        ' "confiscated" at the harbour.',
    )
    assert speakers == {"confiscated": "Thandi Mokoena"}


def test_said_a_titled_name_on_a_weekday_covers_the_next_sentence_of_quote() -> None:
    speakers = _speakers(
        '"We want the mayor himself," said resident Lerato Dube on Friday. "He must come"'
        " and see the harbour.",
    )
    assert speakers == {"We want the mayor himself": "Lerato Dube", "He must come": "Lerato Dube"}


def test_according_to_him_means_the_man_just_named() -> None:
    speakers = _speakers(
        "Foreign Minister Kamal Aliyev spoke about the harbour mines. According to him, the"
        ' maps turned out "ineffective".',
    )
    assert speakers == {"ineffective": "Kamal Aliyev"}


def test_this_was_stated_by_after_the_quote_names_the_speaker() -> None:
    speakers = _speakers(
        'Baku / Harbour News: "Our goal is to turn the harbour into a zone of peace." This was'
        " stated by Foreign Minister Kamal Aliyev at a meeting on Monday.",
        '"It was stated by nobody we know." This was said by a source in the ministry.',
    )
    assert speakers == {
        "Our goal is to turn the harbour into a zone of peace.": "Kamal Aliyev",
        "It was stated by nobody we know.": None,
    }


def test_a_quote_followed_by_by_and_a_noun_keeps_the_speaker_before_it() -> None:
    speakers = _speakers(
        "His remarks came after Harbour Minister Jerome Walker said he was “deeply disturbed”"
        " by comments made by Security Minister Stuart Yeo.",
    )
    assert speakers == {"deeply disturbed": "Jerome Walker"}


def test_the_medium_between_the_name_and_the_verb() -> None:
    speakers = _speakers(
        "Harbour Minister Jerome Walker spoke on Friday.",
        "Walker in a release issued on Friday said it was “regrettable” that the port closed.",
    )
    assert speakers == {"regrettable": "Jerome Walker"}


def test_the_pm_is_the_one_prime_minister_and_made_it_clear_is_speech() -> None:
    speakers = _speakers(
        "Prime Minister Dr Keith Rowan met reporters on Saturday.",
        "Rowan made it clear that “there is no fall out with the harbour board.”",
        "The PM said the relationship “is as good as it has ever been.”",
    )
    assert speakers == {
        "there is no fall out with the harbour board.": "Keith Rowan",
        "is as good as it has ever been.": "Keith Rowan",
    }


def test_a_word_quoted_after_the_names_a_thing_not_a_speaker() -> None:
    speakers = _speakers(
        "Chief Medical Officer Dr Kenneth Gill confirmed the existence of the “cluster”. He"
        " said it was “small”.",
    )
    assert speakers == {"cluster": None, "small": "Kenneth Gill"}


def test_a_name_with_a_who_clause_before_said_is_a_speaker() -> None:
    speakers = _speakers(
        "In response, Labour councillor for Eastbay and Westcliff, Shona Price, who has been"
        " part of the campaign to save the harbour pool, said: “I have serious doubts.”",
    )
    assert speakers == {"I have serious doubts.": "Shona Price"}


def test_a_name_followed_by_a_sentence_opening_with_he_is_a_person() -> None:
    speakers = _speakers(
        "Dave Bellamy was evacuated to the harbour hall. He has lived on his street for 14 years.",
        "“I’ve seen it flooded before, but never like yesterday,” he told reporters.",
    )
    assert speakers == {"I’ve seen it flooded before, but never like yesterday": "Dave Bellamy"}


def test_an_organisation_followed_by_it_is_not_a_person() -> None:
    speakers = _speakers(
        "Harbour Housing was told about the flood. It has 40 homes in the street.",
        "“The water came fast,” he told reporters.",
    )
    assert speakers == {"The water came fast": None}


def test_a_quote_alone_after_a_paragraph_about_one_person_is_theirs() -> None:
    speakers = _speakers(
        "Harbour Road resident Rebecca Blake came home to find crews pumping water.",
        "She opened her door to waterfalls flowing from her walls.",
        "“It was like a dirty river had run through the whole house.”",
        "She said she was “just gutted”.",
    )
    assert speakers == {
        "It was like a dirty river had run through the whole house.": "Rebecca Blake",
        "just gutted": "Rebecca Blake",
    }


def test_a_quote_alone_after_a_paragraph_about_someone_who_never_speaks_is_nobodys() -> None:
    speakers = _speakers(
        "“We are investigating,” Inspector Tom Lee said.",
        "Jane Doe was charged with theft on Monday. She will appear in court on Friday.",
        "“We urge witnesses to come forward.”",
    )
    assert speakers == {
        "We are investigating": "Tom Lee",
        "We urge witnesses to come forward.": None,
    }


def test_a_quote_alone_after_a_paragraph_about_two_people_is_nobodys() -> None:
    speakers = _speakers(
        "Harbour Road resident Rebecca Blake came home to find crews pumping water.",
        "She and her neighbour Tom Reid opened the door to waterfalls. Reid fetched buckets.",
        "“It was like a dirty river had run through the whole house.”",
    )
    assert speakers == {"It was like a dirty river had run through the whole house.": None}


def test_a_quote_alone_after_a_line_about_a_body_keeps_the_speaker_before() -> None:
    # Was nobody's (the council's words, not Blake's). Round 54 counted the shape on the
    # 1,758 labeled pages: a quote-only paragraph after one or two lines with no marks, no
    # verb of speech and no person named was the earlier speaker's 11 times of 12, never a
    # body the line names (National, the All Blacks, county deputies, the federal
    # government); the 12th follows "The statement ... follows." and stays nobody's.
    speakers = _speakers(
        "Harbour Road resident Rebecca Blake said the crews came quickly.",
        "Twenty homes were flooded and the council opened the hall to families.",
        "“Families are welcome to stay as long as they need.”",
    )
    assert speakers == {"Families are welcome to stay as long as they need.": "Rebecca Blake"}


def test_an_adverb_between_the_speaker_and_the_verb() -> None:
    speakers = _speakers(
        "Governor Fred Otieno toured the flooded harbour on Monday.",
        "“There will be no money for the county to eat,” Otieno further stated.",
        "“We are asking for the resources to go to the board,” he later told reporters.",
        "“Today we don’t want politics here,” Otieno had earlier warned.",
    )
    assert set(speakers.values()) == {"Fred Otieno"}


def test_the_aged_role_means_the_one_holder_of_that_role() -> None:
    one = _speakers(
        "Mayor Jane Dowd opened the ferry on Monday.",
        "“We will build a second dock,” the 54-year-old mayor said.",
    )
    two = _speakers(
        "Mayor Jane Dowd met Mayor Tom Lee on Monday.",
        "“We will build a second dock,” the 54-year-old mayor said.",
    )
    assert one == {"We will build a second dock": "Jane Dowd"}
    assert two == {"We will build a second dock": None}


def test_verbs_of_speech_in_world_english_copy() -> None:
    speakers = _speakers(
        "Defence lawyer Ada Eze spoke after the hearing on Monday.",
        "“The harbour board acted within the law,” Eze averred.",
        "“That is not the question,” Eze retorted.",
        "“The board must pay,” Eze submitted.",
    )
    assert set(speakers.values()) == {"Ada Eze"}


def test_quoted_as_saying_and_reported_to_have_said() -> None:
    speakers = _speakers(
        "Mayor Jane Dowd opened the ferry on Monday.",
        "“We will build a second dock,” Dowd was quoted as saying by the Harbour Times.",
        "“It will open in May,” Dowd is reported to have said.",
    )
    assert set(speakers.values()) == {"Jane Dowd"}


def test_a_name_and_a_colon_before_the_quote() -> None:
    speakers = _speakers(
        "Mayor Jane Dowd opened the ferry on Monday.",
        "Dowd: “We will build a second dock.”",
        "The notice on the gate: “Closed until May.”",
    )
    assert speakers == {"We will build a second dock.": "Jane Dowd", "Closed until May.": None}


def test_the_role_then_the_name_in_commas_then_said() -> None:
    speakers = _speakers(
        "Mayor Jane Dowd opened the ferry on Monday.",
        "“We will build a second dock,” the mayor, Jane Dowd, said.",
    )
    assert speakers == {"We will build a second dock": "Jane Dowd"}


def test_a_name_whose_next_paragraph_opens_with_she_is_a_person() -> None:
    speakers = _speakers(
        "Dana Bellamy was evacuated to the harbour hall.",
        "She said it was a “damn nuisance” when the order came.",
    )
    assert speakers == {"damn nuisance": "Dana Bellamy"}


def test_someone_called_or_told_something_did_not_say_it() -> None:
    speakers = _speakers(
        "Mayor Jane Dowd opened the ferry on Monday.",
        "Critics called Dowd “reckless”.",
        "Residents told Dowd: “We want a second dock.”",
    )
    assert speakers == {"reckless": None, "We want a second dock.": None}


def test_words_put_to_someone_by_an_agent_are_not_theirs() -> None:
    speakers = _speakers(
        "Mayor Jane Dowd opened the ferry on Monday.",
        "Dowd was accused of being “reckless” by the harbour board.",
        "Dowd was told by the board: “Stop the dock.”",
    )
    assert speakers == {"reckless": None, "Stop the dock.": None}


def test_a_name_whose_next_paragraph_quotes_she_said_is_a_person() -> None:
    alone = _speakers(
        "Jane Dowling has lived on the harbour street for 30 years.",
        "“I have never seen anything like it,” she said.",
    )
    with_another = _speakers(
        "Jane Dowling met Tom Reid at the harbour.",
        "“I have never seen anything like it,” she said.",
    )
    assert alone == {"I have never seen anything like it": "Jane Dowling"}
    assert with_another == {"I have never seen anything like it": None}


def test_an_event_after_words_that_are_no_title_is_not_a_person() -> None:
    draft = drafted(
        "Harbour row\n\nSpeaking yesterday during Kinara Day celebrations at Kinoru Stadium,"
        " Mr Otieno said governors would reject the report.\n\n“We will shoot it down,” he"
        " said.\n"
    )
    assert "Kinara Day" not in {f["name"] for f in draft["figures"]}


def test_a_name_in_a_fronted_phrase_does_not_speak_for_the_subject_after_it() -> None:
    text = (
        "Tributes to shooting victim\n\n"
        "A man shot on Saturday has been named as Ravi Okonjo.\n\n"
        "In a tribute to Ravi, his family have said: “He was a devoted father and a loyal "
        "friend to everyone who knew him.”\n"
    )
    speakers = speakers_in(drafted(text))
    assert speakers["He was a devoted father and a loyal friend to everyone who knew him."] is None


def test_a_rank_in_capitals_before_a_full_name_is_not_part_of_it() -> None:
    speakers = _speakers(
        "The harbour police spokesperson, ACP Tunde Okafor, has declared that extortion is"
        " robbery.",
        "Okafor, in his response, wrote: “Any officer who extorts a trader is a robber.”",
        "Police spokesperson in the Southern Province, SP Amani Uwase has told reporters"
        " that the car was seized.",
        "“We have seized the car and the driver,” he said.",
    )
    assert speakers == {
        "Any officer who extorts a trader is a robber.": "Tunde Okafor",
        "We have seized the car and the driver": "Amani Uwase",
    }


def test_courtesy_titles_are_not_part_of_the_name() -> None:
    draft = drafted(
        "Harbour school\n\nThe head teacher, Sister Grace Mukamana has told reporters that a"
        " pupil died.\n\n“We rushed them to hospital,” she said.\n\nThe Minister of Harbours,"
        " Hon Sam Banda, visited the school.\n"
    )
    assert speakers_in(draft) == {"We rushed them to hospital": "Grace Mukamana"}
    assert names_in(draft) == {"Grace Mukamana", "Sam Banda"}


def test_a_name_inside_the_quote_is_not_who_the_he_after_it_means() -> None:
    speakers = _speakers(
        "Finance Minister Ruth Mvula spoke in parliament on Friday.",
        "On repayment, Ms Mvula stated that the bond would be redeemed in three instalments.",
        "“A sinking fund shall be set up under the loans Act Cap 66 to repay the bond,” she said.",
    )
    assert speakers == {
        "A sinking fund shall be set up under the loans Act Cap 66 to repay the bond": (
            "Ruth Mvula"
        )
    }


def test_a_plural_title_before_names_is_not_part_of_the_first() -> None:
    draft = drafted(
        "Harbour row\n\nA debate turned heated as Crs Teresa Stone and Colin Weir traded claims"
        " at the harbour committee yesterday.\n\nCr Stone said the group had too many rural"
        " members.\n"
    )
    assert "Teresa Stone" in names_in(draft)
    assert not any(name.startswith("Crs") for name in names_in(draft))


def test_a_quote_over_several_paragraphs_is_the_speaker_named_at_its_end() -> None:
    run_on = _speakers(
        "Ada Obi and Tom Reid toured the harbour on Friday.",
        "“The harbour must reopen this week.",
        "“Traders have lost too much already.",
        "“We will not wait any longer,” Ms Obi said.",
    )
    closed = _speakers(
        "Ada Obi and Tom Reid toured the harbour on Friday.",
        "“The harbour must reopen this week.”",
        "“We will not wait any longer,” Ms Obi said.",
    )
    assert run_on == dict.fromkeys(
        [
            "The harbour must reopen this week.",
            "Traders have lost too much already.",
            "We will not wait any longer",
        ],
        "Ada Obi",
    )
    assert closed == {
        "The harbour must reopen this week.": None,
        "We will not wait any longer": "Ada Obi",
    }


def test_demands_and_alleged_are_verbs_of_speech() -> None:
    speakers = _speakers(
        "Executive Director Sylvester Banda leads the harbour vigil.",
        "“Tonse government must cut the price of maize,” demands Banda.",
        "The Speaker had to intervene when Banda alleged that “officials are selling maize.”",
    )
    assert speakers == {
        "Tonse government must cut the price of maize": "Sylvester Banda",
        "officials are selling maize.": "Sylvester Banda",
    }


def test_a_headline_signed_with_a_name_names_the_one_speaker_with_that_surname() -> None:
    draft = drafted(
        "Harbour police deserve praise - Sam George\n\n"
        "“The police did a fantastic job,” Mr. Nartey George stated.\n"
    )
    assert speakers_in(draft) == {"The police did a fantastic job": "Sam George"}


def test_straight_single_quotes_are_quotes_where_they_can_be_nothing_else() -> None:
    speakers = _speakers(
        "Tenants feel 'failed' by the harbour board, and it's the Smiths' house that flooded.",
        "In the '90s the dockers sang 'em rock 'n' roll songs on the quay till dawn.",
        "Mayor Ada Obi said traders are 'crying out for answers to fair questions' on the closure.",
        "She said: 'The board needs, I think, a meeting today to answer those questions.",
        "'We are not against the closure, but we want answers this afternoon.'",
    )
    assert speakers == {
        "crying out for answers to fair questions": "Ada Obi",
        "The board needs, I think, a meeting today to answer those questions.": "Ada Obi",
        "We are not against the closure, but we want answers this afternoon.": "Ada Obi",
    }


def test_sir_is_no_part_of_the_name_even_when_always_written() -> None:
    speakers = _speakers(
        "Labour leader Sir Hugo Brandt said: “The harbour needs a briefing today.”",
    )
    assert speakers == {"The harbour needs a briefing today.": "Hugo Brandt"}


def test_speaking_at_an_event_makes_the_subject_one_who_speaks() -> None:
    speaking = _speakers(
        "Speaking at the ceremony, the outgoing chairman, Tunde Bello, thanked the harbour"
        " traders. He listed what the association had won.",
        "“We protested and won a lower land charge for our members.",
    )
    thanking = _speakers(
        "At the ceremony, the outgoing chairman, Tunde Bello, thanked the harbour"
        " traders. He listed what the association had won.",
        "“We protested and won a lower land charge for our members.",
    )
    assert speaking == {"We protested and won a lower land charge for our members.": "Tunde Bello"}
    assert thanking == {"We protested and won a lower land charge for our members.": None}


def test_a_verb_after_but_then_has_the_sentence_subject() -> None:
    one = _speakers(
        "Cr Teresa Stone chairs the harbour committee.",
        "Cr Stone tried to clarify by confirming she was sure the group had the skills, but"
        " then urged them to “see the harbour as a whole”.",
    )
    two = _speakers(
        "Cr Teresa Stone and Cr Colin Weir sit on the harbour committee.",
        "Cr Stone met the board, and Cr Weir was sure the group had the skills, but then"
        " urged them to"
        " “see the harbour as a whole”.",
    )
    assert one == {"see the harbour as a whole": "Teresa Stone"}
    assert two == {"see the harbour as a whole": None}


def test_a_name_before_in_a_media_briefing_and_a_verb_is_the_subject() -> None:
    speakers = _speakers(
        "Harbour police commissioner VC Sajjan in a media briefing recounted the raid. The"
        " police said that they warned the men. “Then we opened fire.”",
        "He further said that there were ten officers with the accused persons during the"
        " raid. “We have recovered the phone at the spot.”",
        "Sajjan said the phone was sent to the laboratory.",
    )
    assert speakers["We have recovered the phone at the spot."] == "VC Sajjan"


def test_a_party_in_capitals_before_an_office_makes_no_name_of_the_office() -> None:
    draft = drafted(
        "Harbour bond\n\nMs Obi was responding to UPND Milambo Member of Parliament (MP)"
        " Austin Milambo, who asked about the bond.\n\n“The harbour gets half,” Ms Obi said.\n"
    )
    assert "Milambo Member" not in names_in(draft)


def test_an_aside_left_unclosed_before_said_still_names_the_speaker() -> None:
    speakers = _speakers(
        "Mayor Fidel Ndaba asked the protesters at the harbour to go home. Ada Obi, one of the"
        " protesters said she wants the general back by midnight."
        " “With all due respect to the Mayor, we want him back tonight.”",
    )
    assert speakers == {"With all due respect to the Mayor, we want him back tonight.": "Ada Obi"}


def test_an_earlier_quote_s_speaker_is_not_reached_past_someone_else_speaking() -> None:
    speakers = _speakers(
        "“We stand by the general,” Mayor Fidel Ndaba said. Many protesters did not agree."
        " Ada Obi, who had marched from the harbour with her three children since dawn on"
        " Friday, then later and at length said she wants assurance. “We want him back"
        " tonight.”",
    )
    assert speakers["We want him back tonight."] is None  # not the mayor's


def test_a_headline_signed_with_a_name_the_text_writes_renames_nobody() -> None:
    draft = drafted(
        "Harbour store sales rise - John Lewis\n\n"
        "Sales at the John Lewis chain rose this year.\n\n"
        "“Trade was strong,” chief executive Mary Lewis said.\n"
    )
    assert speakers_in(draft) == {"Trade was strong": "Mary Lewis"}


def test_speaking_for_someone_named_with_a_possessive_is_not_their_speaking() -> None:
    speakers = _speakers(
        "Responding to the charges, Tunde Bello’s lawyer, Ada Obi, said the case was weak.",
        "Tunde Bello was in court. He looked calm.",
        "“I did nothing wrong.",
    )
    assert speakers == {"I did nothing wrong.": None}


def test_a_name_after_an_office_that_goes_on_past_of_or_on_is_the_last_two_words() -> None:
    speakers = _speakers(
        "Presidential Advisor on Governance Ada Obi said afterwards the port was calm.",
        "“Nobody here is unhappy with the port,” Obi stated.",
    )
    assert speakers == {"Nobody here is unhappy with the port": "Ada Obi"}


def test_a_justice_of_the_peace_named_after_the_office_answers_for_himself() -> None:
    speakers = _speakers(
        "Lawyer Ada Obi questioned Justice of the Peace Tunde Bello about the statement.",
        "“Did you tell him he could stay silent?” Obi asked. “I did not,” said Bello.",
    )
    assert speakers == {
        "Did you tell him he could stay silent?": "Ada Obi",
        "I did not": "Tunde Bello",
    }


def test_a_place_after_he_said_is_not_the_speaker_of_the_next_quote() -> None:
    speakers = _speakers(
        "Commissioner Ada Obi visited the harbour town of Orrinford yesterday.",
        "She said Orrinford gardaí were working hard. “One threat is one too many,” she said.",
    )
    assert speakers == {"One threat is one too many": "Ada Obi"}


def test_a_one_word_name_on_a_website_is_a_platform_not_a_speaker() -> None:
    draft = drafted(
        "Harbour row\n\n"
        "Realtor Tunde Bello spoke next, saying that seeing trials on Chirpbook felt wrong to"
        " him. He spoke of his years in the city, saying, “Nobody wins a feud.”\n"
    )
    assert "Chirpbook" not in names_in(draft)
    assert speakers_in(draft)["Nobody wins a feud."] != "Chirpbook"


def test_a_courtesy_title_of_fiji_is_not_part_of_the_name() -> None:
    draft = drafted(
        "Harbour row\n\n"
        "The newspaper challenged the Lands Minister, Ratu Tevita Vula, over the report.\n\n"
        "Vula said the reporting was “irresponsible” and would be referred.\n"
    )
    assert speakers_in(draft) == {"irresponsible": "Tevita Vula"}


def test_a_name_spoken_to_inside_an_aside_is_not_the_speaker() -> None:
    speakers = _speakers(
        "Defence lawyer, Tunde Bello, while welcoming presiding judge Justice Ada Obi to the"
        " town, said that “the judges work very hard.”",
    )
    assert speakers["the judges work very hard."] != "Ada Obi"


def test_a_repeated_heading_with_a_quoted_term_keeps_the_likely_he() -> None:
    speakers = _speakers(
        "Commissioner Tunde Bello promised last night to keep officers in the town.",
        "Officers will stay ‘for good’",
        "He said the response unit will stay in the town “for as long as it takes”.",
    )
    assert speakers["for as long as it takes"] == "Tunde Bello"


def test_a_first_name_in_a_print_lead_in_set_in_capitals_is_part_of_the_name() -> None:
    speakers = _speakers(
        "HARBOUR DESK: LAWYER-AT-LAW ADAEZE Obi and a clerk clashed in court yesterday.",
        "“Did you tell him he could stay silent?” Obi asked the clerk.",
    )
    assert speakers == {"Did you tell him he could stay silent?": "Adaeze Obi"}


def test_a_dateline_in_capitals_is_no_first_name() -> None:
    speakers = _speakers(
        "HARBOUR DESK: LONDON Obi spoke to reporters yesterday.",
        "“We will reopen the port,” Obi said.",
    )
    assert speakers == {"We will reopen the port": "Obi"}


# Tenth round, the speech frame: which name in the sentence speaks.


def test_a_name_opening_the_quoted_words_is_not_who_the_role_before_them_describes() -> None:
    draft = drafted(
        "Harbour cup\n\nHarbour United beat Delta 6-0 on Saturday.\n\n"
        'The coach said, "Obi is a fantastic player and we knew about her."\n\n'
        "Delta skipper Efe Ume praised Obi after the match.\n"
    )
    assert speakers_in(draft) == {"Obi is a fantastic player and we knew about her.": None}
    assert people_in(draft).get("Obi") != "coach"


def test_the_one_praised_is_not_the_she_who_speaks_next() -> None:
    speakers = _speakers(
        "Delta skipper Efe Ume praised Obi. She said, “We had a plan for her.”",
    )
    assert speakers == {"We had a plan for her.": "Efe Ume"}


def test_ranks_written_short_and_hyphenated_are_no_part_of_the_name() -> None:
    speakers = _speakers(
        "Police spokesperson Brig Selvy Dube said the guards were tied up.",
        "“The suspects fled with the cables,” said Dube.",
        "Prosecutor Sub-Inspector Tunde Bello opposed bail.",
        "“He is a flight risk,” Bello argued.",
    )
    assert speakers == {
        "The suspects fled with the cables": "Selvy Dube",
        "He is a flight risk": "Tunde Bello",
    }


def test_a_pull_quote_signed_after_a_colon_is_the_named_persons() -> None:
    speakers = _speakers(
        "Even Premier Efe Ume admitted the budget was thin on new money.",
        "“I’m not going to just sit down and roll over like the state government has”:"
        " opposition leader Ada Obi.",
    )
    assert speakers == {
        "I’m not going to just sit down and roll over like the state government has": "Ada Obi"
    }


def test_the_same_long_quote_printed_again_under_a_photo_is_one_quote() -> None:
    draft = drafted(
        "Harbour row\n\n"
        "“We will not sit down and roll over like the state government has done”, opposition"
        " leader Ada Obi said.\n\n"
        "“We will not sit down and roll over like the state government has done”\n"
    )
    quotes = [q["text"] for f in draft["figures"] for q in f.get("quotes", [])]
    assert len(quotes) == 1


def test_a_heading_of_quoted_words_is_the_speaker_of_the_quote_it_repeats() -> None:
    speakers = _speakers(
        "“They have no plan of their own,” analyst Efe Ume said.",
        "‘This is unprecedented’",
        "Treasurer Ada Obi told the radio station politics is a contest of ideas.",
        "“This is unprecedented — for three years they have complained,” Ms Obi said.",
    )
    assert speakers["This is unprecedented"] == "Ada Obi"


def test_a_heading_of_quoted_words_said_nowhere_else_is_nobodys() -> None:
    speakers = _speakers(
        "“They have no plan of their own,” analyst Efe Ume said.",
        "‘A budget for nobody’",
        "Treasurer Ada Obi told the radio station politics is a contest of ideas.",
    )
    assert speakers["A budget for nobody"] is None


def test_the_subject_who_made_a_statement_speaks_the_quote_after_it() -> None:
    speakers = _speakers(
        "Harbour coach Efe Ume called his team “deserving winners” while a furious Delta"
        " coach Ada Obi made a contradictory statement that “Harbour never deserved to win.”",
    )
    assert speakers == {"deserving winners": "Efe Ume", "Harbour never deserved to win.": "Ada Obi"}


_RALLY = "Chief Minister Ada Obi addressed the rally. Opposition leader Tunde Bello was absent."


def test_a_subject_who_acted_on_someone_and_said_is_the_speaker() -> None:
    speakers = _speakers(
        _RALLY, 'Obi attacked Bello and said, "His promises died with the last budget."'
    )
    assert speakers == {"His promises died with the last budget.": "Ada Obi"}


def test_the_agent_of_a_passive_verb_of_speech_used_the_words() -> None:
    speakers = _speakers(
        _RALLY,
        'Ms Obi has been criticised by Opposition Leader Tunde Bello for "not having a'
        ' budget", however Ms Obi has been quick to respond.',
        'Ms Obi was accused of being "reckless" by Bello.',
    )
    assert speakers == {"not having a budget": "Tunde Bello", "reckless": None}


_MEETING = "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday."


def _frame(sentence: str) -> str | None:
    """Who the draft says speaks the one quote of `sentence`, after the meeting's names."""
    (speaker,) = _speakers(_MEETING, sentence).values()
    return speaker


def test_the_name_before_who_speaks_the_relative_clause() -> None:
    assert _frame('Bello was praised by Obi, who said: "The port must reopen."') == "Ada Obi"


def test_the_one_quoted_as_saying_is_the_speaker() -> None:
    assert _frame('Obi quoted Bello as saying: "The port must reopen."') == "Tunde Bello"


def test_a_name_inside_an_aside_after_the_subject_does_not_speak() -> None:
    assert _frame('Obi, who thanked Bello, said: "The port must reopen."') == "Ada Obi"
    assert _frame('Obi, the wife of Bello, said: "The port must reopen."') == "Ada Obi"
    assert _frame('Bello, responding to Obi, said: "The port must reopen."') == "Tunde Bello"
    assert _frame('Bello\'s wife, Obi, said: "The port must reopen."') == "Ada Obi"


def test_two_subjects_of_one_verb_of_speech_name_nobody() -> None:
    assert _frame('Obi and Bello both said: "The port must reopen."') is None


def test_a_name_used_before_a_noun_is_not_the_person_speaking() -> None:
    assert _frame('The Bello family told Obi: "The port must reopen."') is None


def test_a_name_in_a_prepositional_phrase_does_not_speak() -> None:
    assert _frame('A spokesman for Obi said: "The port must reopen."') is None
    assert _frame('Obi replied to Bello, saying: "The port must reopen."') == "Ada Obi"


def test_words_one_name_says_another_told_them_are_nobodys_for_sure() -> None:
    assert _frame('"The port must reopen," Obi said Bello told her.') is None


def test_the_subject_of_a_passive_verb_of_speech_is_spoken_of() -> None:
    assert _frame('Obi was described as "a failure".') is None
    assert _frame('Obi, described by Bello as "a failure", said nothing.') == "Tunde Bello"


def test_words_quoted_from_someone_else_are_nobodys_for_sure() -> None:
    assert _frame('"The port must reopen," Obi said, quoting Bello.') is None


def test_more_verbs_of_speech_and_their_objects() -> None:
    assert _frame("Obi asserted “the port would survive but their politics would not.”") == (
        "Ada Obi"
    )
    assert _frame('"The port is ours!" Obi exclaimed.') == "Ada Obi"
    assert _frame('Obi slammed Bello as "a hopeless, lazy councillor".') == "Ada Obi"
    assert _frame('"Not one more day!" Obi thundered.') == "Ada Obi"
    assert _frame("Obi underlined that “the port belongs to the town.”") == "Ada Obi"


def test_a_possessive_after_said_names_whom_it_owns_or_nobody() -> None:
    assert _frame('"The port must reopen," said Obi\'s spokesman, Bello.') == "Tunde Bello"
    assert _frame('"The port must reopen," said Obi\'s spokesman.') is None


def test_two_names_after_said_name_nobody_for_sure() -> None:
    assert _frame('"The port must reopen," said Obi and Bello.') is None


def test_a_possessive_inside_an_aside_leaves_the_subject_speaking() -> None:
    assert _frame('Obi, Bello\'s deputy, said: "The port must reopen."') == "Ada Obi"


def test_a_participle_after_an_object_has_the_clauses_subject() -> None:
    assert _frame('Obi criticised Bello, saying: "The port must reopen."') == "Ada Obi"
