"""Twenty-seventh round, speakers: each rule on invented text (quotes a careful reader credits
to nobody; one-word names that are no person), with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_quote_of_an_article_alone_is_nobodys() -> None:
    draft = _draft(
        "Harbour vote",
        "Harbour master Ines Dalca spoke after the vote on the new fees.",
        "“We will not back down on the fees,” Dalca said. She added, “The",
    )
    speakers = speakers_in(draft)
    assert speakers["We will not back down on the fees"] == "Ines Dalca"
    assert speakers.get("The") is None


def test_a_one_word_answer_keeps_its_speaker() -> None:
    draft = _draft(
        "Harbour vote",
        "Harbour master Ines Dalca was asked whether the fees would rise. She replied: “No.”",
    )
    assert speakers_in(draft) == {"No.": "Ines Dalca"}


def test_a_one_word_name_written_before_an_office_is_a_body() -> None:
    draft = _draft(
        "Mill workers lose their jobs",
        "The Corvel mill in Brannock will close on Friday, its owners said.",
        "Fennick said workers were “devastated” and condemned the owners of the mill.",
        "Fennick regional officer Maria Lutz said: “This is a sad week for our members.”",
    )
    speakers = speakers_in(draft)
    assert speakers["This is a sad week for our members."] == "Maria Lutz"
    assert speakers.get("devastated") is None


def test_a_titled_one_word_name_before_an_office_still_speaks() -> None:
    draft = _draft(
        "Governor visits the mill",
        "Governor Fennick visited the Corvel mill in Brannock on Friday.",
        "Fennick spokesman Tom Reyes confirmed the visit.",
        "“The mill will stay open,” Fennick said.",
    )
    assert speakers_in(draft)["The mill will stay open"] == "Fennick"


def test_a_list_item_about_someone_the_story_never_names_is_a_teaser() -> None:
    draft = _draft(
        "Storm floods the valley",
        "Heavy rain flooded roads across the valley overnight.",
        "Hal Brenner, the mayor of Ostwick, said the river rose faster than in any year.",
        "“We have never seen the water come up this quickly,” he said.",
        "- Marlowe calls the transit plan a ‘fantasy’, vows to scrap it\n"
        "- Council votes to close two libraries in the north end",
        "The mayor said crews would work through the weekend.",
    )
    speakers = speakers_in(draft)
    assert speakers["We have never seen the water come up this quickly"] == "Hal Brenner"
    assert speakers.get("fantasy") is None


def test_a_list_item_quoting_someone_the_story_names_keeps_the_speaker() -> None:
    draft = _draft(
        "Storm floods the valley",
        "Hal Brenner, the mayor of Ostwick, spoke to reporters on Friday.",
        "Among the points he made:",
        "- Brenner said the river rose “faster than in any year”\n"
        "- Brenner said the crews would work through the weekend",
    )
    assert speakers_in(draft)["faster than in any year"] == "Hal Brenner"


def test_a_quote_opened_twice_and_closed_once_is_one_quote() -> None:
    draft = _draft(
        "Governor tells the mayor to step down",
        "Governor Lidia Barros spoke to reporters in the capital on Tuesday.",
        "She said the town was not run by gangs. “I think he still runs his town. If he does"
        " not, he should come and say so to the assembly; “Let him step down and make way for"
        " a council,” the governor said.",
    )
    assert speakers_in(draft) == {
        "I think he still runs his town. If he does not, he should come and say so to the"
        " assembly; “Let him step down and make way for a council": "Lidia Barros"
    }


def test_sheikh_before_a_name_with_al_is_a_style_not_the_name() -> None:
    draft = _draft(
        "Premier backs the alliance",
        "DORANA: Prime Minister Sheikh Faisal Al-Hamdan said yesterday that the emirate stands"
        " with its neighbours. “We are one family in this,” he told reporters.",
        "Sheikh Faisal said the talks would go on next month.",
    )
    assert speakers_in(draft) == {"We are one family in this": "Faisal Al-Hamdan"}


def test_sheikh_always_written_before_a_plain_name_stays_in_it() -> None:
    draft = _draft(
        "Minister warns traders",
        "Trade Minister Sheikh Karim Ahmed said on Monday that prices must fall.",
        "“Traders have had their warning,” Sheikh Karim Ahmed said.",
    )
    assert speakers_in(draft) == {"Traders have had their warning": "Sheikh Karim Ahmed"}


def test_a_shows_title_in_marks_is_nobodys_words() -> None:
    draft = _draft(
        "Driver remanded",
        "Kwame Osei, a taxi driver, has been remanded by the court in Tema.",
        "Osei claimed on Sunrise TV's morning show namely, “Breakfast with the host Ama Boateng,”"
        " that the mayor had paid for the burial.",
        "“I only repeated what I heard,” Osei told the court.",
    )
    speakers = speakers_in(draft)
    assert speakers["I only repeated what I heard"] == "Kwame Osei"
    assert speakers.get("Breakfast with the host Ama Boateng") is None


def test_a_quote_after_on_the_show_is_still_speech() -> None:
    draft = _draft(
        "Mayor stays",
        "Mayor Kwame Osei spoke on the radio on Sunday. He said on the show, “I will not"
        " resign over this,” and thanked his callers.",
    )
    assert speakers_in(draft)["I will not resign over this"] == "Kwame Osei"


def test_an_agency_named_by_its_field_and_country_is_no_person() -> None:
    draft = _draft(
        "Cheese recalled",
        "Health Canada warned on Friday that two batches were unsafe. “Do not eat the cheese,”"
        " Health Canada said.",
    )
    assert speakers_in(draft) == {"Do not eat the cheese": None}


def test_an_office_word_alone_is_no_speaker() -> None:
    draft = _draft(
        "Two suspects shot",
        "Police commissioner Dev Raman said two suspects were shot near the river on Friday.",
        "Prime accused Arjun attacked the officers first, followed by another accused. He said,"
        " “We were fired at before we fired back.”",
    )
    assert "Prime" not in speakers_in(draft).values()
