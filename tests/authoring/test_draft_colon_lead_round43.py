"""A sentence about a person that ends with a colon hands over to that person's words.

"Kolisi shared Nienaber's sentiments: “...”" (fresh53 bn05), "Al-Anazi highlighted the
growing struggles faced by the residents: “...”" (fresh64 by04) and "He refused to blame
Joubert ..., although highlighted the bizarre nature of the game: “...”" (fresh34 i24) were
drafted with no speaker: the lead-in's verb is no verb of speech, and only a bare name before
the colon ("Doe: “...”") was read as the speaker.
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing


def _speakers(article: str) -> dict[str, str]:
    """Each drafted quote's first words -> the figure it was given to."""
    draft = yaml.safe_load(draft_briefing(article))
    return {
        str(q["text"])[:20]: str(figure["name"])
        for figure in draft.get("figures", [])
        for q in figure.get("quotes", [])
    }


_NAMED = (
    "Harbour plan splits the council\n\n"
    "The council voted on Tuesday to delay the harbour plan, its leader Ruth Amadi said.\n\n"
    "Councillor Tomas Brenner highlighted the cost to families: “We were about to "
    "spend money we do not have on a pier nobody asked for.”\n"
)

_PRONOUN = (
    "Coach backs young side after defeat\n\n"
    "Harriers coach Dilys Morgan watched her side lose 3-1 at home on Saturday.\n\n"
    "She refused to single out the goalkeeper, but pointed to the second half: “We stopped "
    "running after the break and paid for it.”\n"
)


def test_the_subject_of_a_colon_lead_in_speaks() -> None:
    assert _speakers(_NAMED)["We were about to spe"] == "Tomas Brenner"


def test_a_he_she_subject_of_a_colon_lead_in_speaks() -> None:
    assert _speakers(_PRONOUN)["We stopped running a"] == "Dilys Morgan"


def test_words_the_subject_quotes_from_someone_else_stay_unattributed() -> None:
    article = (
        "Letter row at the town hall\n\n"
        "The mayor, Ines Caro, wrote to the council on Monday, officials said.\n\n"
        "Councillor Tomas Brenner quoted a letter from the mayor: “The budget cannot carry "
        "a second pier this year.”\n"
    )
    assert _speakers(article).get("The budget cannot ca") != "Tomas Brenner"


def test_a_question_put_to_the_subject_is_not_theirs() -> None:
    article = (
        "Minister grilled over delays\n\n"
        "Transport minister Ada Lind met reporters in the capital on Friday.\n\n"
        "Lind faced one question above all from the press: “When will the line open?”\n"
    )
    assert _speakers(article).get("When will the line o") != "Ada Lind"
