"""Speakers the drafter saw but did not tie to a person (round 45).

Rule 1: "Lou Dee, 65, of Millbrook, Ohio, lives by the river. ... “...,” he said." A name
followed by an apposition of more than one comma part (an age, a town and its state; an
office whose portfolio holds a comma) was not read as the sentence's subject, because only
one comma aside was skipped before looking for the verb; the he/she after it then had nobody
to carry (fresh24 t03, fresh50 bk18).

Rule 2: "“...,” the sarpanch said": the word (a village council's head in India) was not in
the shared list of role nouns, so the one person holding that role was never looked up
(fresh23 t14). "magistrate" was tried too and left out: it cost a right quote (fresh62 bw17).
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def test_age_town_and_state_before_the_verb_keep_the_subject() -> None:
    article = (
        "River rises again\n\n"
        "The river rose overnight and several roads near the bridge were closed, said "
        "county engineer Tomas Reyes.\n\n"
        "“We will reopen them when the water drops,” Reyes said.\n\n"
        "Lou Dee, 65, of Millbrook, Ohio, lives two streets from the bank. He said the water "
        "had never come this close.\n\n"
        "“It keeps getting worse every year,” he said.\n"
    )
    speakers = _speakers(article)
    assert speakers["It keeps getting wor"] == "Lou Dee"
    assert speakers["We will reopen them "] == "Tomas Reyes"


def test_office_with_a_comma_in_its_portfolio_keeps_the_subject() -> None:
    article = (
        "Ministers meet over the border\n\n"
        "The two countries met on Monday to talk about the border, said the host, Jorge "
        "Alba.\n\n"
        "“It went well,” Alba said.\n\n"
        "Carlos Mendoza Vidal, Minister of Foreign Affairs, Trade and Worship of the "
        "Republic reiterated the country's position on the border.\n\n"
        "“We will not give up our claim, and we will keep talking,” he said.\n"
    )
    speakers = _speakers(article)
    assert speakers["We will not give up "] == "Carlos Mendoza Vidal"


def test_the_sarpanch_said_names_the_one_sarpanch() -> None:
    article = (
        "Villagers want the staff moved\n\n"
        "Parents in the village want the school's staff moved after complaints. They have "
        "already asked the sarpanch, Mohan, to take it up.\n\n"
        "“We will raise the demand with the district office,” the sarpanch said.\n"
    )
    speakers = _speakers(article)
    assert speakers["We will raise the de"] == "Mohan"
