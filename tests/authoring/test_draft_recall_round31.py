"""Thirty-first round, recall: the quotes the drafter left unattributed, each family read as
grammar, on invented text, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_an_open_role_naming_a_place_in_lowercase_still_names_the_speaker() -> None:
    draft = _draft(
        "Governor orders dam inspections",
        "Governor Kofi Mensah toured the dam on Monday.",
        "“Every dam in this state will be inspected before the rains,” Kofi Mensah, governor of"
        " the northern state of Lakeshore said on Monday.",
        "“We cannot wait for another flood.”",
        "“The budget is ready,” Esi Boateng, executive director of the Water Board told reporters.",
    )
    assert speakers_in(draft) == {
        "Every dam in this state will be inspected before the rains": "Kofi Mensah",
        "We cannot wait for another flood.": "Kofi Mensah",
        "The budget is ready": "Esi Boateng",
    }


def test_an_open_apposition_holding_a_clause_is_not_a_role() -> None:
    draft = _draft(
        "Governor orders dam inspections",
        "Governor Kofi Mensah toured the dam on Monday.",
        "“Every dam will be inspected,” Kofi Mensah, governor of the state which flooded last"
        " year said on Monday.",
    )
    assert speakers_in(draft) == {"Every dam will be inspected": None}


def test_words_after_a_mention_that_are_the_subjects() -> None:
    draft = _draft(
        "Minister visits the port",
        "Transport minister Ravi Menon visited the port on Tuesday.",
        "Menon mentioned that the new cranes would arrive in May. “The port will double its"
        " trade within five years.”",
    )
    assert speakers_in(draft) == {"The port will double its trade within five years.": "Ravi Menon"}


def test_a_person_mentioned_in_a_report_does_not_speak() -> None:
    draft = _draft(
        "Minister visits the port",
        "Transport minister Ravi Menon visited the port on Tuesday.",
        "The engineer mentioned in the audit, Sunil Rao, has left. “The port will double its"
        " trade within five years,” Menon said.",
    )
    assert speakers_in(draft) == {"The port will double its trade within five years": "Ravi Menon"}


def test_a_shared_surname_is_the_one_just_named_in_full() -> None:
    draft = _draft(
        "Mob attack in village",
        "Vinod Kumar, a farmer, lost his land in the attack.",
        "Anand Kumar, a police chief, arrived at dawn. “The villagers were angry,” Kumar told"
        " reporters.",
        "“There were around 400 people,” he said.",
    )
    assert speakers_in(draft) == {
        "The villagers were angry": "Anand Kumar",
        "There were around 400 people": "Anand Kumar",
    }


def test_a_shared_surname_after_both_full_names_is_nobodys() -> None:
    draft = _draft(
        "Mob attack in village",
        "Vinod Kumar, a farmer, lost his land in the attack.",
        "Anand Kumar, a police chief, arrived with Vinod Kumar at dawn. “The villagers were"
        " angry,” Kumar told reporters.",
    )
    assert speakers_in(draft) == {"The villagers were angry": None}


def test_the_statement_said_gives_the_words_to_the_person_who_issued_it() -> None:
    draft = _draft(
        "Ministers meet on trade",
        "Foreign ministry spokesman Karim Nassar said in a statement that the ministers met in"
        " Rabat on Tuesday.",
        "He added that the talks covered shipping and tariffs.",
        "“Both sides agreed to meet again before the summer,” the statement said.",
    )
    assert speakers_in(draft) == {
        "Both sides agreed to meet again before the summer": "Karim Nassar"
    }


def test_a_statement_issued_by_a_named_secretary_is_theirs() -> None:
    draft = _draft(
        "Office denies report",
        "A statement issued by the press secretary to the governor, Bola Adeyemi, called the"
        " report false.",
        "“It is the work of mischief makers,” the statement said.",
        "The statement further said the office had never been approved.",
        "“We thank the media for their restraint,” the statement added.",
    )
    assert speakers_in(draft) == {
        "It is the work of mischief makers": "Bola Adeyemi",
        "We thank the media for their restraint": "Bola Adeyemi",
    }


def test_a_bodys_statement_after_a_persons_is_nobodys() -> None:
    draft = _draft(
        "Ministers meet on trade",
        "Foreign ministry spokesman Karim Nassar said in a statement that the ministers met in"
        " Rabat on Tuesday.",
        "The port authority released a statement on the new tariffs later that day.",
        "“Shipping fees will rise in June,” the statement said.",
    )
    assert speakers_in(draft) == {"Shipping fees will rise in June": None}


def test_a_programme_told_something_does_not_take_the_he_or_she() -> None:
    draft = _draft(
        "Mayor defends council",
        "Finance minister Efe Ume said the council had lost the public's trust.",
        "Wellington Mayor Ada Obi told Morning Report she disagreed with the minister.",
        "“I wouldn’t call it a shambles, and of course there is pressure on us all.”",
    )
    assert speakers_in(draft) == {
        "I wouldn’t call it a shambles, and of course there is pressure on us all.": "Ada Obi"
    }
