"""General rules that keep a draft's attributions trustworthy on unseen articles: a speaker
is a person's name, a quote is given only where a reporting frame says who spoke, and when
the text leaves a doubt the quote stays unattributed (invented text throughout)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, people_in, speakers_in


@pytest.mark.parametrize(
    "group", ["Authorities", "Officials", "Investigators", "Residents", "Rescuers", "Critics"]
)
def test_a_group_that_speaks_as_one_is_not_a_person(group: str) -> None:
    text = (
        "Floods in Varnholt\n\n"
        "Mayor Ilse Brandt opened a shelter in the town hall on Monday.\n\n"
        f'{group} said boats are "the only way in or out" of the lower town.\n'
    )
    draft = drafted(text)
    assert group not in people_in(draft)
    assert speakers_in(draft)["the only way in or out"] is None


def test_a_quote_running_on_from_an_unnamed_speaker_stays_unnamed() -> None:
    text = (
        "Harbour vote\n\n"
        "Mayor Ilse Brandt presented the harbour plan on Tuesday.\n\n"
        '"We will rebuild the quay," Brandt said. "It will be done by May," one resident'
        ' replied. "Nobody believes that.\n\n'
        '"We want a vote first."\n'
    )
    speakers = speakers_in(drafted(text))
    assert speakers["We will rebuild the quay"] == "Ilse Brandt"
    assert speakers["We want a vote first."] is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            '"The river rose overnight," said Mayor Tom Reeve, Jr.', "Tom Reeve, Jr.", id="jr"
        ),
        pytest.param(
            '"The river rose overnight," Fire Capt D.J. Orla said.', "D.J. Orla", id="initials"
        ),
        pytest.param(
            '"The river rose overnight," said Ada Pike III, the mayor.', "Ada Pike III", id="iii"
        ),
    ],
)
def test_a_name_keeps_its_initials_and_suffix(sentence: str, name: str) -> None:
    text = f"Flood\n\nThe river burst its banks on Monday.\n\n{sentence}\n"
    assert speakers_in(drafted(text))["The river rose overnight"] == name


def test_a_surname_after_a_suffixed_name_is_the_same_person() -> None:
    text = (
        "Flood\n\nMayor Tom Reeve, Jr., opened the shelter on Monday.\n\n"
        '"We have beds for two hundred," Reeve said.\n'
    )
    draft = drafted(text)
    assert list(people_in(draft)) == ["Tom Reeve, Jr."]
    assert speakers_in(draft)["We have beds for two hundred"] == "Tom Reeve, Jr."


def _visible(draft: dict) -> str:
    parts = [str(draft.get("title", ""))]
    for section in draft.get("sections", []):
        parts += [str(section.get("title", "")), *map(str, section.get("points", []))]
    for question in draft.get("questions", []):
        parts += [str(question.get("prompt", "")), *map(str, question.get("choices", []))]
    return "\n".join(parts)


def test_boxes_inside_the_text_are_not_the_article() -> None:
    text = (
        "Ferry strike\n\n"
        "Crews on the Varnholt ferries stopped work on Monday over pay.\n\n"
        "Have your say\n\n"
        "Send your letters for publication to the Varnholt Courier by email and join our"
        " readers' group to keep the debate going with thousands of fellow islanders.\n\n"
        "You may also want to watch:\n\n"
        "Union leader Pia Lund said the crews would return on Friday.\n\n"
        "Most Read\n\n"
        "READ ALSO: Harbour cafe wins regional award for its fish soup\n\n"
        "The ferry company said talks would resume on Wednesday.\n"
    )
    visible = _visible(drafted(text)).casefold()
    for box in (
        "have your say",
        "letters",
        "readers' group",
        "want to watch",
        "most read",
        "fish soup",
    ):
        assert box not in visible
    assert "pia lund" in visible or "crews" in visible  # the article itself is kept


def test_a_he_or_she_after_two_people_as_subjects_stays_unattributed() -> None:
    text = (
        "Quay\n\n"
        "Mayor Ilse Brandt said the quay would open in May, and Governor Pia Lund said the"
        ' money was ready. She added: "We are proud of this town."\n'
    )
    assert speakers_in(drafted(text))["We are proud of this town."] is None


def test_a_he_or_she_after_one_subject_and_an_object_is_the_subject() -> None:
    text = (
        "Quay\n\n"
        "Mayor Ilse Brandt met Governor Pia Lund on Monday. Brandt thanked Lund for the"
        ' money. She said: "We are proud of this town."\n'
    )
    assert speakers_in(drafted(text))["We are proud of this town."] == "Ilse Brandt"


def test_a_speaker_with_an_of_affiliation_before_the_verb_is_named() -> None:
    text = (
        "Flood\n\nThe river burst its banks on Monday.\n\n"
        '"We have never seen water like this," Chief Ada Rowe of the Varnholt Fire Dept.'
        " told reporters.\n"
    )
    assert speakers_in(drafted(text))["We have never seen water like this"] == "Ada Rowe"


@pytest.mark.parametrize(
    "dateline", ["VARNHOLT, Norland, Feb. 4 (UPI) -- ", "Nov. 29 (UPI) — ", "VARNHOLT (AP) — "]
)
def test_no_fact_or_question_carries_the_dateline(dateline: str) -> None:
    text = (
        "Ferry strike\n\n"
        f"{dateline}Crews on the Varnholt ferries stopped work on Monday over a pay cut of"
        " 12 percent, the union said.\n\n"
        "The ferry company said talks with the 340 crew members would resume on Wednesday.\n"
    )
    draft = drafted(text)
    written = [f["text"] for f in draft["facts"]] + [q["prompt"] for q in draft["questions"]]
    assert written
    assert not any("UPI" in t or "AP)" in t or "Feb. 4" in t or "Nov. 29" in t for t in written)


def test_a_name_inside_a_reported_clause_is_not_the_speaker() -> None:
    text = (
        "Council vote\n\n"
        "Mayor Ilse Brandt used her casting vote to block the motion.\n\n"
        "One resident left the gallery, saying Brandt was"
        ' "finished at the next election".\n'
    )
    assert speakers_in(drafted(text))["finished at the next election"] is None


def test_a_he_or_she_after_an_unnamed_person_is_not_given_to_someone_named() -> None:
    text = (
        "Council vote\n\n"
        "Mayor Ilse Brandt used her casting vote to block the motion. A resident in the"
        ' gallery stood up and she said the vote was "a disgrace".\n'
    )
    assert speakers_in(drafted(text))["a disgrace"] is None


@pytest.mark.parametrize("title", ["Cr", "Cllr", "Undersecretary"])
def test_a_short_council_or_office_title_is_not_part_of_the_name(title: str) -> None:
    text = (
        "Council vote\n\nThe council met on Tuesday.\n\n"
        f'"The motion is dead," {title} Ada Rowe said.\n\n'
        f'"We will try again," {title} Rowe added.\n'
    )
    draft = drafted(text)
    assert people_in(draft) == {"Ada Rowe": title}
    assert speakers_in(draft)["We will try again"] == "Ada Rowe"


def test_a_role_only_a_caption_gives_is_taken_for_that_full_name() -> None:
    text = (
        "Ferry strike\n\n"
        "Harbour Minister Ada Rowe visits the Varnholt quay (Jon Pike/PA)\n\n"
        "Ada Rowe said the ferries would run again on Friday.\n\n"
        '"We have found the money," Rowe said.\n'
    )
    draft = drafted(text)
    assert people_in(draft) == {"Ada Rowe": "Harbour Minister"}
    assert "Jon Pike" not in _visible(draft)


def test_ad_slots_banners_in_capitals_and_a_teaser_under_the_time_are_clutter() -> None:
    text = (
        "Ferry strike\n\n"
        "Header Ads Widget\n\n"
        "Jon Pike\nSaturday 19 November 2022 20:12 GMT\nIsland mayor calls out ferry bosses\n\n"
        "Crews on the Varnholt ferries stopped work on Monday over a pay cut that the union"
        " says would take a fifth of a deckhand's wage by the end of the coming year.\n\n"
        "HARBOUR CAFE WINS AWARD FOR ITS FISH SOUP\n\n"
        "The ferry company said talks would resume on Wednesday with the union, the island"
        " council and a mediator appointed by the ministry of transport in the capital.\n"
    )
    visible = _visible(drafted(text)).casefold()  # one paragraph a line, as copied pages are
    for junk in ("ads widget", "calls out ferry bosses", "fish soup", "jon pike", "20:12"):
        assert junk not in visible
    assert "crews on the varnholt ferries" in visible


def _prompts(draft: dict) -> list[str]:
    return [str(q["prompt"]) for q in draft.get("questions", [])]


def test_no_question_blanks_or_swaps_a_country_written_with_the() -> None:
    sentences = [
        "Sudan sent 400 troops to the border with Chad on Monday, officials in Khartoum said.",
        "The United States asked Sudan on Tuesday to stay out of the fighting in Chad.",
        "Niger closed its border with Chad on Wednesday after 3,000 people crossed it.",
        "The United States sent 12 diplomats home from Chad on Thursday.",
        "France moved 250 soldiers from Niger to Chad on Friday to guard the airport.",
        "The United States said on Saturday that it would send aid to Chad and Niger.",
    ]
    draft = drafted("Chad crisis\n\n" + "\n\n".join(sentences) + "\n")
    prompts = _prompts(draft)
    assert prompts
    for prompt in prompts:
        assert "the _____" not in prompt.casefold()
        for place in ("Chad", "Sudan", "Niger", "France"):
            assert f"the {place}" not in prompt


def test_no_question_is_made_from_the_writers_own_aside() -> None:
    text = (
        "Council statement\n\n"
        "While I couldn't find a copy of the statement online, the Varnholt Courier reports"
        " that the council issued a joint statement on Friday about the 12 ferry routes.\n\n"
        "The statement was signed by all seven council members on Friday evening.\n"
    )
    prompts = _prompts(drafted(text))
    assert prompts
    assert not any("I couldn't" in p for p in prompts)


def test_a_role_given_with_as_after_the_name_is_the_role() -> None:
    text = (
        "Cabinet\n\nThe prime minister was criticised on Monday for appointing Ada Rowe as"
        " home secretary a week after she resigned.\n\n"
        '"She broke the rules," Tom Pike, the opposition leader, said.\n'
    )
    people = people_in(drafted(text))
    assert people["Ada Rowe"] == "home secretary"


def test_as_in_a_time_phrase_is_not_a_role() -> None:
    text = (
        "Cabinet\n\nAda Rowe resigned as soon as the report came out on Monday.\n\n"
        '"I had no choice," Rowe said.\n'
    )
    assert people_in(drafted(text))["Ada Rowe"] == "role unknown: check the article"


def test_a_surname_one_letter_off_one_known_person_is_that_person() -> None:
    # Eighteenth round: the labeled sets read every such spelling as the one person
    # (Shorthall, Higgin, Masuka, Owosigyire); near two surnames it stays nobody's.
    text = (
        "Council\n\nCouncillor Ada Rowland asked the mayor to explain the ferry contract.\n\n"
        '"Can we see the contract?" Ms Rowlands asked.\n'
    )
    draft = drafted(text)
    assert "Rowlands" not in people_in(draft)
    assert speakers_in(draft)["Can we see the contract?"] == "Ada Rowland"


def test_no_question_asks_an_age_written_with_aged() -> None:
    text = (
        "Obituary\n\nThe singer Ada Rowe died in Varnholt on Monday aged 59, her family said.\n\n"
        "She sold 12 million records and played 340 concerts in 30 countries.\n"
    )
    prompts = _prompts(drafted(text))
    assert prompts
    assert not any("aged _____" in p for p in prompts)
