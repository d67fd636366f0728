"""Typed answers in French: accents, ç, œ, apostrophes and articles never cost a right answer,
and the facts stay strict (another place, another person, another number is still wrong)."""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct

RIGHT = [
    ("elysee", "l'Élysée"),
    ("l’Élysée", "Élysée"),
    ("L ELYSEE", "l'Élysée"),
    ("la Commission européenne", "Commission européenne"),
    ("commission europeenne", "la Commission européenne"),
    ("Assemblee nationale", "l'Assemblée nationale"),
    ("le Sénat", "Sénat"),
    ("les Verts", "Verts"),
    ("Francois Hollande", "François Hollande"),
    ("GARÇON", "garcon"),
    ("oeuvre", "œuvre"),
    ("coeur", "Cœur"),
    ("Noel", "Noël"),
    ("hopital", "Hôpital"),
    ("fete", "fête"),
    ("d'Artagnan", "d’Artagnan"),
    ("aujourd hui", "aujourd'hui"),
    ("la Bibliotheque nationale de France", "Bibliothèque nationale de France"),
    ("3 000", "3000"),
]

WRONG = [
    ("la Loire", "la Seine"),
    ("le Sénat", "l'Assemblée nationale"),
    ("Lyon", "Marseille"),
    ("l'Élysée", "Matignon"),
    ("4 000", "3 000"),
    ("Nicolas Sarkozy", "François Hollande"),
]


@pytest.mark.parametrize(("guess", "answer"), RIGHT)
def test_french_answers_match_whatever_the_accents_case_apostrophes_and_articles(
    guess: str, answer: str
) -> None:
    assert is_correct(guess, answer, (), [], [])


@pytest.mark.parametrize(("guess", "answer"), WRONG)
def test_french_answers_stay_strict_about_the_fact(guess: str, answer: str) -> None:
    assert not is_correct(guess, answer, (), [], [])


def test_a_french_person_is_found_by_surname_without_accents() -> None:
    people = [Person("Élisabeth Borne", ()), Person("Gérald Darmanin", ())]
    assert is_correct("borne", "Élisabeth Borne", (), ["Gérald Darmanin"], people)
    assert not is_correct("darmanin", "Élisabeth Borne", (), ["Gérald Darmanin"], people)


def test_another_accepted_spelling_counts_in_french_too() -> None:
    assert is_correct("Strasbourg", "Parlement européen", ("Strasbourg",), [], [])
