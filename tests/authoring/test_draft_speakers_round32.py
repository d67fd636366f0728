"""Thirty-second round, speakers: places, storms and unnamed sources are nobody a teacher
sees credited; a place between an office and its holder is not part of the name."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_place_between_an_envoy_and_the_name_is_not_part_of_the_name() -> None:
    draft = _draft(
        "Envoy asks for details of arrests",
        "Police arrested three foreign workers on Saturday for staying without visas.",
        "Asked about the schools, Kenyan High Commissioner to Sri Lanka Amina Odera said,"
        " “The government has decided to open the schools tomorrow.”",
        "The UN special envoy for Yemen Piet Vandermolen told reporters the talks would go on.",
    )
    people = people_in(draft)
    assert "Amina Odera" in people and "Sri Lanka Amina Odera" not in people
    assert "Piet Vandermolen" in people and "Yemen Piet Vandermolen" not in people
    assert speakers_in(draft)["The government has decided to open the schools tomorrow."] == (
        "Amina Odera"
    )


def test_a_place_written_before_a_lowercase_place_noun_is_no_speaker() -> None:
    draft = _draft(
        "Border fighting shuts schools",
        "Schools closed after last week’s clash at Koh Sampan temple, officials said.",
        "In Veal Rong, the district that includes Koh Sampan temple, twenty schools remain"
        " closed, according to Koh Sampan provincial education director Sok Dara.",
        "“We will wait for calm before we reopen the doors,” he said.",
    )
    assert "Koh Sampan" not in people_in(draft)
    assert speakers_in(draft)["We will wait for calm before we reopen the doors"] == "Sok Dara"


def test_a_named_storm_is_no_speaker() -> None:
    draft = _draft(
        "Mayor readies city for storm",
        "Harbour City Mayor Dana Whitlock gave updates on the flood defences on Wednesday.",
        "Tropical Storm Doreen formed in the gulf on Thursday and may strengthen by Saturday.",
        "“It is still too soon to know what the impact will be,” she said.",
    )
    assert not any("Doreen" in name for name in people_in(draft))
    assert speakers_in(draft)["It is still too soon to know what the impact will be"] != (
        "Tropical Storm Doreen"
    )


def test_a_market_or_a_dam_is_no_figure() -> None:
    draft = _draft(
        "Tomato prices fall",
        "Also, Mrs Ngozi Eke at New Ogbete-Uwani Market said: “A bucket now goes for N600.”",
        "Two workers were hurt when a roof collapsed at Warsak Dam, Mr Tariq Baloch said.",
    )
    people = people_in(draft)
    assert "Ogbete-Uwani Market" not in people and "Warsak Dam" not in people
    assert "Tariq Baloch" in people
    assert speakers_in(draft)["A bucket now goes for N600."] == "Ngozi Eke"


def test_a_quoted_club_before_its_coach_is_not_part_of_the_name() -> None:
    draft = _draft(
        "Coach pleased after narrow win",
        'The head coach of "Kurdamir" Rui Fontes said these words after the match.',
        '"Our team played with discipline," Fontes said.',
    )
    people = people_in(draft)
    assert "Rui Fontes" in people and not any('"' in name for name in people)


def test_a_he_after_an_unnamed_source_speaks_is_not_the_minister_the_source_named() -> None:
    draft = _draft(
        "Maize exports planned",
        "A reliable source who is also a farming expert has disclosed to this paper that"
        " Agriculture Minister Tobias Mwale is driving the plan. Mwale is working under the"
        " president’s orders.",
        "The source says though the minister’s decision has been opposed by officials, he is"
        " determined to carry it out.",
        "“Most of the farmers were not paid on time and that hurt their crops,” he warned.",
    )
    quote = "Most of the farmers were not paid on time and that hurt their crops"
    assert speakers_in(draft)[quote] is None


def test_a_quote_after_an_unnamed_residents_paragraph_is_not_the_last_named_one() -> None:
    draft = _draft(
        "Taps run dry",
        "Residents across the province have expressed anger as their taps remain dry.",
        "The municipality said it suspected pipeline sabotage, which police have confirmed.",
        "Sifiso Ndlovu, a resident of Palm Ridge, told The Star the water problem has been"
        " going on for months.",
        "“We fill buckets whenever water comes out of the taps. This is not fair; my bill is"
        " paid,” said Ndlovu.",
        "When there is no water, schools usually send pupils home, which affects learning.",
        "An elderly Midrand resident (name withheld) said she struggled to fetch water from a"
        " tank because it was heavy.",
        "“I don’t think it’s right that we are without water for weeks.”",
    )
    quote = "I don’t think it’s right that we are without water for weeks."
    assert speakers_in(draft)[quote] is None


def test_a_description_set_after_a_name_keeps_that_person_speaking() -> None:
    draft = _draft(
        "Aid groups warn on virus",
        "Relief group’s head of policy, Ruth Kamwendo, a former resident of the city who is"
        " now based abroad observed that the country has handled outbreaks before.",
        "“The health system is very weak and poorly resourced,” she said.",
    )
    assert speakers_in(draft)["The health system is very weak and poorly resourced"] == (
        "Ruth Kamwendo"
    )


def test_a_person_named_after_a_place_word_stays_a_person() -> None:
    draft = _draft(
        "Talk show host speaks out",
        "Jordan Whitfield said on Monday the programme would return in the spring.",
        "“We have missed our viewers,” Whitfield said.",
    )
    assert speakers_in(draft)["We have missed our viewers"] == "Jordan Whitfield"


def test_a_capitalised_kind_of_people_written_in_the_plural_is_not_the_speaker() -> None:
    draft = _draft(
        "Runners brave the rain",
        "These Marathon Runners are pushing everything they have out to win the race.",
        '"We just kept saying, get to the halfway point," said Marathon Runner, Lena Moritz.',
        '"All in all, the weather was good for a full," said Moritz.',
    )
    assert "Marathon Runner" not in people_in(draft)
    assert speakers_in(draft)["We just kept saying, get to the halfway point"] == "Lena Moritz"
