"""Third round on real articles: general rules, each checked on invented text. A compound
surname is one person, a he/she that may mean someone else is left unattributed, page
clutter (captions with credits, bylines with times, newsletter prompts) stays out of the
draft, and questions are not built on it."""

from __future__ import annotations

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


def test_a_compound_surname_used_alone_is_the_same_person() -> None:
    text = (
        "Harbour deal\n\n"
        "Port authority spokeswoman Lena Ortiz Brandt answered the union's letter.\n\n"
        '"We have never refused to meet," Ortiz Brandt said in an e-mail.\n'
    )
    draft = _draft(text)
    assert set(_people(draft)) == {"Lena Ortiz Brandt"}
    assert _speakers(draft)["We have never refused to meet"] == "Lena Ortiz Brandt"


def test_she_says_after_a_newly_named_person_is_not_given_to_the_earlier_speaker() -> None:
    text = (
        "Stadium protest\n\n"
        'Police Chief Aron Velde says the video is "worrying".\n\n'
        "Fans who were there, like Mira Okafor, claim officers went too far. "
        'She says, "They fired on people who were leaving."\n'
    )
    speakers = _speakers(_draft(text))
    assert speakers["worrying"] == "Aron Velde"
    assert speakers["They fired on people who were leaving."] != "Aron Velde"


def test_she_said_after_an_institution_keeps_the_subject() -> None:
    text = (
        "Border talks\n\n"
        "Ilse Marr, a fellow at the Baltic Institute for Security Studies, observes that no "
        'hotline existed. "They talked through press releases," she said.\n'
    )
    assert _speakers(_draft(text))["They talked through press releases"] == "Ilse Marr"
