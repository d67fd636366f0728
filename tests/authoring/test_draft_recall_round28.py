"""Twenty-eighth round, recall: the quotes the drafter left unattributed, each family read as
grammar, on invented text, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_paragraph_of_quote_after_one_about_a_speaker_is_theirs() -> None:
    draft = _draft(
        "Rovers hold on",
        "Rovers manager Ilse Vandermeer was delighted with the way her side defended on Saturday.",
        "“We kept our shape for the whole game and the back four were outstanding.”",
        "“It has been a hard month for the squad,” Vandermeer said after the match.",
    )
    assert speakers_in(draft) == {
        "We kept our shape for the whole game and the back four were outstanding.": (
            "Ilse Vandermeer"
        ),
        "It has been a hard month for the squad": "Ilse Vandermeer",
    }


def test_a_person_the_paper_never_has_speak_gets_no_quote_from_being_the_subject() -> None:
    draft = _draft(
        "Arrest at the depot",
        "Depot worker Ilse Vandermeer was charged with theft on Monday.",
        "“This is a serious breach of the trust placed in staff.”",
    )
    assert speakers_in(draft)["This is a serious breach of the trust placed in staff."] is None


def test_someone_else_named_beside_the_subject_leaves_the_quote_unattributed() -> None:
    draft = _draft(
        "Rovers hold on",
        "Rovers manager Ilse Vandermeer was delighted after striker Oskar Lindahl scored twice.",
        "“We kept our shape for the whole game.”",
        "“It has been a hard month,” Vandermeer said. “We will see,” Lindahl told reporters.",
    )
    assert speakers_in(draft)["We kept our shape for the whole game."] is None


def test_the_speaker_of_the_paragraph_before_is_not_overruled_by_its_subject() -> None:
    draft = _draft(
        "Briefings row",
        "“We have held a briefing almost every day,” Mara Oyelowo said.",
        "“The number has gone down since March,” Tomas Wrede said.",
        "“No, it has not.”",
    )
    assert speakers_in(draft)["No, it has not."] is None


def test_a_name_with_its_side_in_brackets_heads_the_quotes_under_it() -> None:
    draft = _draft(
        "What the managers said",
        "The managers had plenty to say after a weekend of late goals.",
        "Ilse Vandermeer (Rovers)",
        "“We kept our shape for the whole game and the back four were outstanding.”",
        "Oskar Lindahl (United)",
        "“I do not feel unlucky. We gifted them the first goal.”",
    )
    assert speakers_in(draft) == {
        "We kept our shape for the whole game and the back four were outstanding.": (
            "Ilse Vandermeer"
        ),
        "I do not feel unlucky. We gifted them the first goal.": "Oskar Lindahl",
    }


def test_a_dateline_in_brackets_over_a_paragraph_makes_nobody_a_speaker() -> None:
    draft = _draft(
        "Port reopens",
        "Puerto Alegre (AFP)",
        "The port reopened on Friday after a week of strikes.",
        "“It is a relief for everyone,” harbour master Tomas Wrede said.",
    )
    names = {figure["name"] for figure in draft["figures"]}
    assert "Puerto Alegre" not in names
    assert speakers_in(draft) == {"It is a relief for everyone": "Tomas Wrede"}


def test_a_topic_line_naming_a_player_keeps_the_answers_with_their_speaker() -> None:
    draft = _draft(
        "Rovers hold on",
        "Manager Ilse Vandermeer spoke to reporters after the win over United.",
        "“It is nice to win after the break. We needed this victory at home,” Vandermeer said.",
        "“In games against good sides you never feel comfortable.”",
        "About Kofi Mensah’s second penalty, when the goalkeeper came off his line:",
        "“The same thing happened to us at the start of the season, but he was an inch from the"
        " line.”",
    )
    quote = (
        "The same thing happened to us at the start of the season, but he was an inch from the"
        " line."
    )
    assert speakers_in(draft)[quote] == "Ilse Vandermeer"


def test_a_line_that_has_someone_speak_is_no_topic_line() -> None:
    draft = _draft(
        "Rovers hold on",
        "“It is nice to win after the break,” manager Ilse Vandermeer said.",
        "About the penalty, striker Kofi Mensah said:",
        "“I was an inch from the line.”",
    )
    assert speakers_in(draft)["I was an inch from the line."] != "Ilse Vandermeer"


def test_a_name_its_role_and_a_colon_before_a_quote_name_the_speaker() -> None:
    draft = _draft(
        "Shots fired at patrol",
        "Police commissioner Marcus Delgado said officers were fired on during a chase on Friday"
        " night.",
        "Two men were arrested on Blue Heron Drive and a pistol was found in the car.",
        "Marcus Delgado, Commissioner of Police: “The officers saw a group of young men acting"
        " suspiciously in a vehicle and followed them.”",
    )
    assert speakers_in(draft) == {
        "The officers saw a group of young men acting suspiciously in a vehicle and followed"
        " them.": "Marcus Delgado"
    }


def test_a_quote_paragraph_the_drafter_splits_at_a_nested_mark_stays_unattributed() -> None:
    draft = _draft(
        "Rovers hit back",
        "Rovers manager Ilse Vandermeer was angry about a post shared on social media.",
        "“The club wishes to respond to a post circulating online that “Rovers are finished as"
        " a club.”",
        "“It is simply not true,” Vandermeer said.",
    )
    assert {quote: who for quote, who in speakers_in(draft).items() if "true" not in quote} == {
        quote: None for quote in speakers_in(draft) if "true" not in quote
    }
    assert any("Rovers are finished" in quote for quote in speakers_in(draft))
