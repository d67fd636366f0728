"""Speakers pointed to in the quote's own sentence that the drafter still left open (round 47a).

Rule 1: "For Angus Reid, a farmer on the island, it is about the feed. “...?” he posits.": a
name fronted by "For" and closed by a comma is whom the sentence is about, though no verb
follows it; a he/she after it in the paragraph was left open because the name was not read
as a subject (fresh71 cf06, fresh17 w19). "posits" was no verb of speech (fresh71 cf06).

Rule 2: "This was said on Friday by Professor Ada Obi, ..." / "“...,” he said.": the agent of
a passive verb of speech is the one who spoke, but was not read as the paragraph's subject,
so the he/she of the quote after it was left open (fresh70 ce09).
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_he_after_a_name_fronted_by_for_is_that_person() -> None:
    article = (
        "Ferry delays worry the islands\n\n"
        "The ferry to the islands has been late on most days this month.\n\n"
        "Ada Obi, who runs the harbour cafe, said trade had fallen by half.\n\n"
        "For Tom Reid, a farmer on the north island, it is about the feed for his sheep. "
        "“Will the boat even come next week?” he asks.\n"
    )
    speakers = _speakers(article)
    assert speakers["Will the boat even c"] == "Tom Reid"


def test_posits_is_a_verb_of_speech() -> None:
    article = (
        "Ferry delays worry the islands\n\n"
        "The ferry to the islands has been late on most days this month.\n\n"
        "“Who will invest in an island the ferry may never reach?” harbour master Ada Obi "
        "posits.\n"
    )
    speakers = _speakers(article)
    assert speakers["Who will invest in a"] == "Ada Obi"


def test_for_before_a_list_of_names_points_to_nobody() -> None:
    article = (
        "Ferry delays worry the islands\n\n"
        "The ferry to the islands has been late on most days this month.\n\n"
        "Ada Obi, who runs the harbour cafe, said trade had fallen by half.\n\n"
        "For Tom Reid and Sam Lund, the farmers on the north island, the feed is late. "
        "“Will the boat even come next week?” he asks.\n"
    )
    speakers = _speakers(article)
    assert speakers.get("Will the boat even c") not in ("Tom Reid", "Sam Lund")


def test_a_he_after_words_said_by_someone_is_that_person() -> None:
    article = (
        "Graduates told to serve\n\n"
        "More than a thousand students graduated at the college on Friday.\n\n"
        "The graduates were urged to use what they learned to help their towns.\n\n"
        "This was said on Friday by Professor Ada Obi, head of the state university, "
        "during the ceremony.\n\n"
        "“Go out and serve the world, and be humble about what you have,” she said.\n"
    )
    speakers = _speakers(article)
    assert speakers["Go out and serve the"] == "Ada Obi"
