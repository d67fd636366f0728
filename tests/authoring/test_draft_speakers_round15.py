"""Fifteenth round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers and misses of fresh13 and fresh14, read as grammar): a nickname in quotation
marks is part of a name, quoted capitalised words after a possessive are a title, an office
word alone before a name is no title, a caption's credit label ends a name."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

QUOTE = "The port must reopen."
SAID = '"The port must reopen,"'


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def _people(*paragraphs: str) -> dict[str, str]:
    return people_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_nickname_in_quotation_marks_keeps_the_speakers_name_whole() -> None:
    # The marks do not cut the name; the draft writes it without the nickname (the
    # twenty-first round's convention: "Juan Miguel “Migz” Zubiri" is Juan Miguel Zubiri).
    speakers = _speakers(
        f'Mayor Ada “Sunny” Obi issued a statement saying: "{QUOTE}"',
        f"{SAID} Obi said later.",
    )
    assert speakers == {QUOTE: "Ada Obi", "The port must reopen": "Ada Obi"}


def test_a_nickname_in_straight_marks_after_a_title_names_the_full_person() -> None:
    speakers = _speakers(f'{SAID} Sen. Ada "Sunny" Obi III said Monday.')
    assert speakers == {"The port must reopen": "Ada Obi III"}  # the nickname dropped


def test_quoted_capitalised_words_after_a_possessive_name_a_programme() -> None:
    speakers = _speakers(
        "Councillor Tunde Bello met residents on Monday.",
        f'{SAID} Bello told Harbour News\' "The Morning Show."',
    )
    assert speakers == {"The port must reopen": "Tunde Bello", "The Morning Show.": None}


def test_an_office_word_alone_before_a_name_is_no_title_nor_a_speaker() -> None:
    sorry = "We are sorry for the delays this morning."
    urge = "We urge passengers to check via National Ferry Enquiries or their operator."
    draft = drafted(
        f'Harbour row\n\nA Harbour Ferry spokeswoman said: "{sorry}\n\n"{urge}"\n\n'
        "In Warri there were more delays.\n"
    )
    assert people_in(draft) == {}
    assert speakers_in(draft) == {sorry: None, urge: None}


def test_an_office_word_after_a_portfolio_still_completes_the_title() -> None:
    people = _people(f'Minister for Health Kemi Adeyemi said: "{QUOTE}"')
    assert list(people) == ["Kemi Adeyemi"]
    assert "Health" in people["Kemi Adeyemi"]


def test_a_credit_label_run_into_a_caption_ends_the_name() -> None:
    speakers = _speakers(
        "Harbour student Dayo Pinto Credit: Warri University Last summer, student Dayo Pinto"
        " spotted a leak in the harbour wall.",
        f"{SAID} Pinto said.",
    )
    assert speakers == {"The port must reopen": "Dayo Pinto"}


def test_one_word_before_a_serial_and_goes_on_listing_a_portfolio() -> None:
    # "for of": the writer's slip, as printed; the office is still a portfolio list.
    speakers = _speakers(
        "The bus is closer as Minister for of Transport, Works, and Housing Hon. Kemi Adeyemi"
        " disclosed that routes are ready.",
        f'The Minister said: "{QUOTE}"',
    )
    assert speakers == {QUOTE: "Kemi Adeyemi"}


def test_a_he_after_a_subject_two_people_share_is_nobodys() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met. Harbour master Kemi Bello came too.",
        f'Obi said the port was closed, and "{QUOTE}"',
        'Bello said the video shows otherwise, as he said it shows the ship "sailing away."',
    )
    assert speakers["sailing away."] is None


def test_a_name_opening_a_while_clause_stops_the_quote_before_carrying_over() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        "Obi labelled the plan a “non event” while Cllr Tunde Bello brushed it off as “a talking"
        " shop for much of the time.”",
    )
    assert speakers == {"non event": "Ada Obi", "a talking shop for much of the time.": None}


def test_a_bracketed_party_after_the_name_before_said_is_an_aside() -> None:
    speakers = _speakers(
        "Mayor Ada Obi met residents on Monday.",
        f"{SAID} Cllr Tunde Bello (FF) continued.",
        '"Ships are waiting," Kemi Adeyemi (Labour) said.',
    )
    assert speakers == {"The port must reopen": "Tunde Bello", "Ships are waiting": "Kemi Adeyemi"}


def test_someone_else_named_after_the_quote_stops_the_paragraph_before_carrying() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        "Obi then pointed out that she had taken the decision herself and apologised for it.",
        "“I support the mayor on this,” Cllr Tunde Bello went on.",
    )
    assert speakers == {"I support the mayor on this": None}


def test_the_subject_of_a_passive_with_an_agent_is_not_the_next_he() -> None:
    speakers = _speakers(
        "Minister Tunde Bello spoke at the school on Monday.",
        "Also, a teacher at Warri Grammar School, Efe Ume, has been suspended by the board"
        " after a video circulated.",
        f"{SAID} he said at the ceremony.",
    )
    assert speakers == {"The port must reopen": None}


def test_a_sentence_of_a_name_and_said_after_a_quote_ending_in_a_stop_attributes_it() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        f'"{QUOTE}" Bello said.',
    )
    assert speakers == {QUOTE: "Tunde Bello"}


def test_queried_is_a_verb_of_speech() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        '"Will the port ever reopen?" Hon. Bello queried.',
    )
    assert speakers == {"Will the port ever reopen?": "Tunde Bello"}


def test_a_he_or_she_after_a_fronted_as_clause_is_its_subject() -> None:
    speakers = _speakers(
        f'As Mayor Ada Obi enters her second term, she said: "{QUOTE}"',
        '"Ships are waiting," she said.',
    )
    assert speakers == {QUOTE: "Ada Obi", "Ships are waiting": "Ada Obi"}


def test_a_paragraph_ending_with_a_final_attribution_gives_the_next_quotes_its_speaker() -> None:
    speakers = _speakers(
        "Recent comments from Mayor Ada Obi claiming the port is coping are not supported by"
        " traders, the harbour party's spokesperson, Dr Kemi Adeyemi, says.",
        '"Ships have waited a week.',
        '"The port must reopen."',
    )
    assert speakers == {"Ships have waited a week.": "Kemi Adeyemi", QUOTE: "Kemi Adeyemi"}


def test_a_name_of_a_body_before_said_is_the_subject_the_next_he_means() -> None:
    speakers = _speakers(
        "Dayo Pinto of the Harbour Trust said ships could wait a week, with warnings"
        " – issued when delays cause “some low-level impacts” – in place.",
        f'He said: "{QUOTE}"',
    )
    assert speakers == {"some low-level impacts": None, QUOTE: "Dayo Pinto"}


def test_a_name_in_an_apposition_followed_by_by_is_no_rival_subject() -> None:
    speakers = _speakers(
        "Governor Ada Obi spoke on Monday while reacting to the kidnap of her Commissioner of"
        " Works, Mr. Efe Ume, by gunmen at the port.",
        f'She said: "{QUOTE}"',
    )
    assert speakers == {QUOTE: "Ada Obi"}


def test_quoted_x_to_have_said_after_a_quote_makes_x_the_speaker() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        f"{SAID} Bello quoted Obi to have said.",
    )
    assert speakers == {"The port must reopen": "Ada Obi"}


def test_dismissed_it_as_gives_the_words_to_the_one_dismissing() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        'Bello dismissed the port as "a relic of the past".',
    )
    assert speakers == {"a relic of the past": "Tunde Bello"}


def test_a_quote_in_a_fronted_participle_of_speech_is_the_main_clauses_subjects() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        'Stressing that the port is "close friends" with Warri, Obi said that the ships are'
        " not a threat.",
    )
    assert speakers == {"close friends": "Ada Obi"}


def test_a_sentence_ending_said_the_role_who_gives_it_to_the_quote_inside() -> None:
    speakers = _speakers(
        "Transport Minister Kemi Adeyemi says the port will reopen.",
        'What would help is "information on which route to take" for commuters, said the'
        " Minister, who recently took over the portfolio.",
    )
    assert speakers == {"information on which route to take": "Kemi Adeyemi"}
