"""Page furniture told by its form, twenty-sixth round (invented text). Chosen from the
older sets' leaks (groups A-K, listed by `benchmarks.clutter_shapes`): a credit's label left
alone on its line ("Credit:"), a contributor's line opening "With reporting by", and a
caption whose subject is a plural noun before the participle ("Harbour Road residents
anxiously watching the river."), which read as a verb in the present tense. Risks: a
sentence naming who reported, a sentence in which a verb takes a participle ("keeps
asking") and a sentence in the present tense stay as they are."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, flood_page, flood_story_intact, shown_in


@pytest.mark.parametrize(
    "label",
    [
        "Credit:",
        "- Photo:",
        "With reporting by Tove Lind.",
        "With additional reporting by Tove Lind and Per Holm in Varnholt.",
        "Harbour Road residents anxiously watching the river rise on Monday.",
        "Varnholt Lower School pupils carrying sandbags to the quay wall.",
    ],
)
def test_a_page_label_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label.removeprefix("- ") not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tove Lind, who was reporting by the quay, said the water rose a metre in an hour.",
        "Mayor Ilse Brandt keeps asking the Nordland water board for more pumps.",
        "Harbour pilot Per Holm says the boats are safe in the inner basin.",
        "Varnholt Lower School pupils are carrying sandbags to the quay wall.",
    ],
)
def test_a_sentence_of_the_story_stays(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence, at=1)))
    assert sentence in shown
    assert flood_story_intact(shown)
