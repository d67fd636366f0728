"""Thirty-fifth round, the unseen pair's misses: a court's or a group's words given through
"he" are not guessed to be an earlier named person's, and a body the article refers back to
as "the <noun> said" is no speaker."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, speakers_in


def test_the_bench_speaking_through_he_is_not_the_last_named_lawyer() -> None:
    draft = drafted_story(
        "High court adjourns bail pleas",
        "Justice Amina Rauf and Justice Tomas Ekwueme heard the pleas on Monday.",
        "Defence counsel Haroon Qadri said the arrests had been made without warrants.",
        "The court asked the defence to file the arrest records by Wednesday."
        " “Nobody is above the law in this courtroom,” he said.",
    )
    # the words are the bench's: the lawyer named last must not get them
    assert speakers_in(draft)["Nobody is above the law in this courtroom"] is None


def test_an_unnamed_lawyer_is_not_the_judge_named_before() -> None:
    draft = drafted_story(
        "Lawyers protest over arrests",
        "Justice Farida Malik ordered the police to release the lawyers' names.",
        "Senior lawyers say the arrests were an overreaction by the provincial government."
        " “The profession is being punished for the acts of a few,” he said.",
    )
    assert speakers_in(draft)["The profession is being punished for the acts of a few"] is None


def test_a_he_in_a_paragraph_led_by_a_group_that_names_him_stays_his() -> None:
    draft = drafted_story(
        "Farmers reject price deal",
        "Union leader Samuel Adeyemi met the ministry's negotiators on Tuesday.",
        "Farmers say Adeyemi was right to walk out of the talks."
        " “We will not sell below cost,” he said.",
    )
    assert speakers_in(draft)["We will not sell below cost"] == "Samuel Adeyemi"


def test_a_he_after_a_singular_subject_stays_with_the_resolved_speaker() -> None:
    draft = drafted_story(
        "Minister defends budget",
        "Finance Minister Grace Otieno presented the budget on Thursday.",
        "The minister said the deficit would fall by half within two years."
        " “This is a budget for growth,” she said.",
    )
    assert speakers_in(draft)["This is a budget for growth"] == "Grace Otieno"


def test_a_body_referred_back_to_by_its_noun_is_no_speaker() -> None:
    draft = drafted_story(
        "Water board cuts supply",
        "The North Valley Water Conservancy announced on Monday that it was “left with no"
        " choice” but to cut supply to three districts.",
        "In a statement, the conservancy said it was “deeply sorry” for the disruption.",
    )
    speakers = speakers_in(draft)
    assert speakers["left with no choice"] is None
    assert speakers["deeply sorry"] is None


def test_a_person_whose_surname_is_a_common_word_keeps_his_quote() -> None:
    draft = drafted_story(
        "Baker wins seat",
        "Councillor Tom Baker won the seat by 300 votes on Friday.",
        "“This is a win for every street in the ward,” Baker said.",
        "The baker on the high street stayed open late to celebrate.",
    )
    assert speakers_in(draft)["This is a win for every street in the ward"] == "Tom Baker"


def test_an_attribution_between_stray_marks_is_nobodys_quote() -> None:
    draft = drafted_story(
        "Tributes for former coach",
        "Tributes came from Dr. Adebayo Ologun, a former secretary of the football federation.",
        "“The news came as a shock to all of us,” Ologun said.",
        "Speaking further, Ologun noted that the coach had built the national side.",
        "“ He gave his whole life to the game, “ the former commissioner for sports continued.“"
        " Many of us learned everything we know from him.",
    )
    speakers = speakers_in(draft)
    assert speakers["The news came as a shock to all of us"] == "Adebayo Ologun"
    assert speakers.get("the former commissioner for sports continued.") is None


def test_a_company_on_a_weekday_with_its_figures_is_no_speaker() -> None:
    draft = drafted_story(
        "Software maker beats forecasts",
        "SAN FRANCISCO — Contoso on Thursday said its quarterly revenue rose to $4 billion.",
        "Shares of Contoso closed up 2% in regular trading.",
        '"We had a strong quarter across every region," said Contoso Chief Financial Officer'
        " Priya Raman, in a press release.",
        "Revenue from cloud services grew 30%, Contoso said.",
    )
    assert speakers_in(draft)["We had a strong quarter across every region"] != "Contoso"
