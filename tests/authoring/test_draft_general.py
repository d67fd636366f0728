"""Drafting behaviour that must hold on any real article: organisations are not people,
speakers are named only when the sentence says so, roles come from the article's own words."""

from __future__ import annotations

import pytest
import yaml

from bot.authoring import draft_briefing


def _draft(text: str) -> dict:
    return yaml.safe_load(draft_briefing(text))


def _people(draft: dict) -> dict[str, str]:
    return {f["name"]: f["role"] for f in draft["figures"] if f["id"] != "unattributed"}


def _speakers(draft: dict) -> dict[str, str | None]:
    return {
        q["text"]: (None if f["id"] == "unattributed" else f["name"])
        for f in draft["figures"]
        for q in f.get("quotes", [])
    }


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        pytest.param(
            'A Velmora spokesman said: "We regret the decision."', "Velmora", id="a-X-spokesman"
        ),
        pytest.param(
            '"We regret the decision," the Velmora said in a statement.', "Velmora", id="the-X"
        ),
        pytest.param('Velmora have said: "We regret the decision."', "Velmora", id="plural-verb"),
        pytest.param(
            'Velmora, which runs the port, said: "We regret the decision."',
            "Velmora",
            id="which-not-who",
        ),
        pytest.param(
            'The United Nations mission in Doria (Velmora) said: "We regret the decision."',
            "Velmora",
            id="acronym-of-an-organisation",
        ),
    ],
)
def test_an_organisation_is_not_drafted_as_a_person(sentence: str, organisation: str) -> None:
    draft = _draft(f"Port row\n\n{sentence}\n\nVelmora said the port would close on Monday.\n")
    assert organisation not in _people(draft)
    assert list(_speakers(draft).values()) == [None]


def test_a_person_named_as_a_modifier_stays_a_person() -> None:
    text = (
        "Talks\n\nPresident Ana Trask arrived on Monday. A Trask aide said the talks went well."
        '\n\n"We are close," Trask said.\n'
    )
    draft = _draft(text)
    assert _people(draft) == {"Ana Trask": "President"}
    assert _speakers(draft) == {"We are close": "Ana Trask"}


def test_an_office_is_not_a_person() -> None:
    text = (
        "Results\n\nThe company's Chief Financial Officer, Dan Okafor, told investors that growth"
        " would slow. The shares fell.\n"
    )
    assert list(_people(_draft(text))) == ["Dan Okafor"]


def test_a_role_written_as_minister_of_a_department_before_the_name() -> None:
    text = (
        "Expulsion\n\nThe Velmoran Minister of Foreign Affairs, Ilse Brandt, asked the mission"
        ' to leave "as soon as possible".\n'
    )
    draft = _draft(text)
    assert _people(draft) == {"Ilse Brandt": "Velmoran Minister of Foreign Affairs"}
    assert _speakers(draft) == {"as soon as possible": "Ilse Brandt"}


def test_a_quote_said_by_a_statement_after_a_named_speaker_stays_unattributed() -> None:
    text = (
        'Expulsion\n\nMinister Ilse Brandt asked the mission to leave "as soon as possible".\n\n'
        '"The mission regrets the expulsion," said Thursday a statement of the mission.\n'
    )
    speakers = _speakers(_draft(text))
    assert speakers["as soon as possible"] == "Ilse Brandt"
    assert speakers["The mission regrets the expulsion"] is None
