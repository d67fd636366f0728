"""Twenty-eighth round, speakers: each rule on invented text (a quote within an open quote;
a name printed with and without its accents), with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_words_quoted_inside_an_open_quote_stay_in_the_speakers_quote() -> None:
    draft = _draft(
        "Council row over remark",
        "Cllr Ann Ede complained about the meeting of the planning board.",
        "Cllr Ede said: “I heard him saying “get lost” during the meeting. I was shocked by it.",
        "“Nobody should speak to a colleague like that in a public meeting,” she added.",
    )
    speakers = speakers_in(draft)
    whole = "I heard him saying “get lost” during the meeting. I was shocked by it."
    assert speakers.get(whole) == "Ann Ede"
    assert "get lost" not in speakers


def test_a_phrase_quoted_inside_a_quote_closed_once_is_no_quote_of_its_own() -> None:
    draft = _draft(
        "Police make an arrest",
        "Mayor Lina Orsova thanked the police after the arrest of the gang on Monday.",
        "“We have looked for them for a long time, so finally they caught a “big fish,” she said.",
    )
    speakers = speakers_in(draft)
    assert "big fish" not in speakers
    whole = "We have looked for them for a long time, so finally they caught a “big fish"
    assert speakers.get(whole) == "Lina Orsova"


def test_a_second_quote_opened_after_a_stop_is_still_a_quote_of_its_own() -> None:
    draft = _draft(
        "Harbour fees",
        "Harbour master Ines Dalca spoke after the vote on the new fees.",
        "“We will not back down on the fees. “They are fair,” Dalca said.",
    )
    assert speakers_in(draft).get("They are fair") == "Ines Dalca"


def test_a_name_printed_without_its_accents_is_the_same_person() -> None:
    draft = _draft(
        "Coach lifts the cup",
        "“I was a little nervous before the game,” said Martin Gohier De Grace on Sunday.",
        "His team won the final 2-1 in front of a full arena.",
        "“They make me proud every single day,” said Gohier De Grâce after the game.",
    )
    speakers = speakers_in(draft)
    assert speakers["They make me proud every single day"] == "Martin Gohier De Grace"
    assert speakers["I was a little nervous before the game"] == "Martin Gohier De Grace"


def test_a_given_name_after_a_malaysian_style_is_part_of_the_name() -> None:
    draft = _draft(
        "Smugglers held at the port",
        "Police commissioner Tan Sri Razali Omar Hamdan said six men were held at the port.",
        "“They were planning to cross the border by boat,” he told reporters.",
    )
    speakers = speakers_in(draft)
    assert speakers["They were planning to cross the border by boat"] == "Razali Omar Hamdan"


def test_a_one_word_name_after_a_bodys_noun_is_the_body() -> None:
    draft = _draft(
        "Families found in the forest",
        '"They had no news for years," Sok Dara of rights group Lichada told reporters.',
        '"They thought the war was still going on."',
    )
    speakers = speakers_in(draft)
    assert speakers.get("They thought the war was still going on.") != "Lichada"
    assert "Lichada" not in {f["name"] for f in draft["figures"]}


def test_a_one_word_name_the_article_also_writes_as_a_person_still_speaks() -> None:
    draft = _draft(
        "Charity chief speaks",
        "The charity Lichada held its meeting on Monday.",
        '"We will open two more clinics," said Mr Lichada, its founder.',
    )
    assert speakers_in(draft)["We will open two more clinics"] == "Lichada"


def test_the_last_word_of_a_portfolio_is_not_a_first_name() -> None:
    draft = _draft(
        "Water limits stay",
        "The council kept its water limits in place on Tuesday.",
        "Councillor for Parks, Roads and Learning Tom Ashgrove said residents had done well.",
        "“We are still short of rain in the dams,” Cr Ashgrove said.",
    )
    assert speakers_in(draft)["We are still short of rain in the dams"] == "Tom Ashgrove"


def test_a_clipped_title_is_the_full_name_the_article_prints_once() -> None:
    draft = _draft(
        "Airline debate in parliament",
        "The claim was made by the Member for Falealili No.2. Taulapapamalietoa Sefo Amituanai"
        " when he spoke on the budget.",
        "“The airline needs every one of us behind it,” said Taulapa.",
    )
    speakers = speakers_in(draft)
    assert speakers["The airline needs every one of us behind it"] == (
        "Taulapapamalietoa Sefo Amituanai"
    )


def test_a_surname_run_into_the_verb_after_it_is_the_surname() -> None:
    draft = _draft(
        "Budget vote",
        "The council voted on the budget on Tuesday after a long debate.",
        "When the motion from Morrow failed, the mayor voted for the rise.",
        "Cllr Alan Morrowwas critical of the mayor, calling his plan “a stunt for the cameras.”",
    )
    speakers = speakers_in(draft)
    assert speakers["a stunt for the cameras."] == "Alan Morrow"
