"""A person's name cut from a capitalised run by what the language says, on invented text:
the object of a preposition ("In June", "At Harbour Hall"), a month or weekday, a word the
article uses elsewhere as a place, an office or rank are not the name; a form seen once whose
lead is a place of the article is held back unless the rest is written alone elsewhere."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, speakers_in

INTRO = "Mayor Ada Obi and Councillor Tunde Bello met traders on Monday."
QUOTE = "The port must reopen."
QUOTED = '"The port must reopen,"'


def _speaker(*paragraphs: str) -> str | None:
    text = "Harbour row\n\n" + "\n\n".join([INTRO, *paragraphs]) + "\n"
    speakers = speakers_in(drafted(text))
    assert len(speakers) == 1
    return next(iter(speakers.values()))


def _names(*paragraphs: str) -> set[str]:
    return names_in(drafted("Harbour row\n\n" + "\n\n".join([INTRO, *paragraphs]) + "\n"))


def test_a_month_after_a_preposition_is_not_a_first_name() -> None:
    assert _speaker(f'In June Obi told reporters: "{QUOTE}"') == "Ada Obi"
    assert _speaker(f'In June Kemi Adeyemi told reporters: "{QUOTE}"') == "Kemi Adeyemi"


def test_the_object_of_a_preposition_opening_the_sentence_is_not_the_name() -> None:
    assert _speaker(f'In Warri Kemi Adeyemi told reporters: "{QUOTE}"') == "Kemi Adeyemi"
    assert "Warri Kemi Adeyemi" not in _names(f'In Warri Kemi Adeyemi said: "{QUOTE}"')


def test_a_known_place_after_a_lowercase_preposition_is_not_the_name() -> None:
    assert _speaker(f'Speaking in Lagos Obi said: "{QUOTE}"') == "Ada Obi"


def test_a_venue_is_not_the_first_name_of_a_surname_after_it() -> None:
    assert _speaker(f'At Harbour Hall Obi said: "{QUOTE}"') == "Ada Obi"
    trader = "Trader Kemi Adeyemi lost her stall in the fire."
    assert _speaker(trader, f'At Harbour Hall Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi"


def test_a_place_of_the_article_before_a_name_written_alone_elsewhere_is_cut() -> None:
    speaker = _speaker(
        "Traders in Delta have waited for months.",
        f'Chief Minister Delta Kemi Adeyemi said: "{QUOTE}"',
        "Later Kemi Adeyemi toured the harbour.",
    )
    assert speaker == "Kemi Adeyemi"


def test_a_place_of_the_article_before_a_name_seen_once_is_held_back() -> None:
    speaker = _speaker(
        "Traders in Delta have waited for months.",
        f'Chief Minister Delta Kemi Adeyemi said: "{QUOTE}"',
    )
    assert speaker is None


def test_a_name_after_a_place_word_never_written_as_a_place_is_kept_whole() -> None:
    assert _speaker(f'Trader Delta Kemi Adeyemi said: "{QUOTE}"') == "Delta Kemi Adeyemi"


def test_a_stray_closing_mark_after_said_does_not_hide_the_quote() -> None:
    assert _speaker(f"Obi said,” “{QUOTE}”") == "Ada Obi"


def test_a_surname_with_a_lowercase_particle_is_the_full_name() -> None:
    speaker = _speaker("Trader Khalid al-Faisal lost his stall.", f"{QUOTED} al-Faisal said.")
    assert speaker == "Khalid al-Faisal"


def test_chief_after_a_lowercase_force_is_an_office() -> None:
    names = _names(f'Harbour police Chief Kemi Adeyemi said: "{QUOTE}"')
    assert "Kemi Adeyemi" in names


def test_a_month_after_since_is_not_a_first_name() -> None:
    assert _speaker(f'Since June Kemi Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi"


def test_a_hyphenated_description_before_a_name_is_not_the_name() -> None:
    for lead in ("Warri-born", "Ex-minister", "Councillor-elect"):
        assert _speaker(f'{lead} Kemi Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi"


def test_religious_and_legal_titles_are_not_the_name() -> None:
    assert _speaker(f'Maulana Kemi Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi"
    assert _speaker(f'Defence Counsel Kemi Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi"


def test_the_holder_of_an_office_of_a_place_speaks() -> None:
    assert _speaker(f'Chief Minister of Delta Kemi Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi"
    assert _speaker(f'A spokesman for Obi said: "{QUOTE}"') is None


def test_a_name_after_a_weekday_speaks() -> None:
    assert _speaker(f'Outside the hall on Friday Kemi Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi"


def test_the_first_part_of_a_hyphenated_surname_alone_is_held_back() -> None:
    trader = "Trader Kemi Adeyemi-Bello lost her stall."
    assert _speaker(trader, f"{QUOTED} Adeyemi said.") is None
    assert "Kemi Adeyemi" not in _names(trader, f"{QUOTED} Adeyemi said.")


def test_a_role_owned_by_a_place_names_its_one_holder() -> None:
    words = 'says she will work "right up until Christmas" on the port.'
    assert _speaker(f"Harbour's mayor {words}") == "Ada Obi"
    assert _speaker(f"The city's mayor {words}") == "Ada Obi"
    assert _speaker(f"Harbour's premier {words}") is None
    assert _speaker(f"Bello's mayor {words}") is None


def test_courtesy_titles_and_ranks_of_other_countries_are_not_the_name() -> None:
    for title in ("Barr", "Pst", "Oba", "Shri", "Smt", "Mallam", "Sqn Ldr", "Wg Cdr", "Pte"):
        assert _speaker(f'{title} Kemi Adeyemi said: "{QUOTE}"') == "Kemi Adeyemi", title


def test_a_name_written_only_after_in_is_not_led_by_the_place() -> None:
    assert _speaker(f'Speaking in Warri Obi said: "{QUOTE}"') in (None, "Ada Obi")
    assert _speaker(f'Speaking in Warri Kemi Adeyemi said: "{QUOTE}"') is None
    assert _speaker(f'Trader Kemi Adeyemi said in Warri: "{QUOTE}"') == "Kemi Adeyemi"


def test_a_first_name_after_of_is_not_a_place_when_the_article_writes_it_as_a_name() -> None:
    speaker = _speaker(
        "Chris Obi, 57, was found at the harbour. The family mourned the loss of Chris.",
        f'In a letter last year, Chris Obi wrote: "{QUOTE}"',
    )
    assert speaker == "Chris Obi"


def test_a_surname_prefix_written_apart_is_the_same_name() -> None:
    officer = "Press Officer Kwame McCoy ordered a reporter off the premises."
    assert _speaker(officer, f"{QUOTED} Mc Coy said.") == "Kwame McCoy"
    assert "Mc Coy" not in _names(officer, f"{QUOTED} Mc Coy said.")


def test_a_full_name_before_has_said_is_a_person_who_speaks() -> None:
    assert _speaker(f'Kemi Adeyemi has said: "{QUOTE}"') == "Kemi Adeyemi"
    assert _speaker(f'Since June Kemi Adeyemi has said: "{QUOTE}"') == "Kemi Adeyemi"
    assert _speaker(f'An Eko Dunmore has said: "{QUOTE}"') is None
