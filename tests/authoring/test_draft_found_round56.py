"""How quotation marks open (round 56).

Rule 1: the glottal stop of Hawaiian, Tongan and Samoan words and names (the ʻokina) is often
typed as a curly opening single mark inside the word ("Tu‘itupou", "Nuku‘alofa", "Hawai‘i").
Such a mark, between a letter and a lowercase letter of one word, opened a false quote that ran
on to the next closing mark, and it split the name, so the person was never found and their
real quotes stayed unattributed (fresh78 cm03). It is a letter of the word: it opens no quote
and stays inside the name.

Rule 2: a closing mark typed on the wrong side of its space, before a he/she/they and its
speech verb (`... under the port rules, "he said.`), was read as opening a quote "he said.",
so the real quote ran on into it and the draft listed "he said." as a quote of nobody's
(fresh40 ba16, fresh78 cm08). An earlier rule (fresh60 bu06) already closed the quote for a
mark glued to the speech verb itself (`”said skipper Akbar`); a pronoun between them is the
same slip.

The glottal-stop letter is not a possessive: `Ruto‘s` (a possessive typed with an opening
mark) still ends the name before the mark, so "Governor Ada Brannock‘s office" keeps Ada
Brannock and her post (the first version of rule 1 lost a role in fresh12 v28 this way).
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing
from tests.authoring.test_draft_recall_round44 import _speakers

_OKINA_ARTICLE = (
    "Harbour board plans new cranes\n\n"
    "The chief executive of Samoa’s new harbour board, Pita Fa‘amausili, says the main wharf "
    "at Apia needs new cranes before the cruise season.\n\n"
    "Fa‘amausili said the board had asked for money from the budget. “The cranes we have are "
    "thirty years old and break down every week, and the shipping lines have noticed.”\n\n"
    "Fa‘amausili, a former harbour master at Salelologa, joined the board in March.\n"
)


def test_a_glottal_stop_inside_a_name_opens_no_quote() -> None:
    draft = yaml.safe_load(draft_briefing(_OKINA_ARTICLE))
    texts = [str(q["text"]) for f in draft.get("figures", []) for q in f.get("quotes", [])]
    texts += [str(q.get("text", q)) for q in draft.get("unattributed_quotes", []) or []]
    assert not any(t.startswith("amausili") for t in texts)
    assert not any("former harbour master" in t for t in texts)


def test_a_name_with_a_glottal_stop_is_the_speaker() -> None:
    speakers = _speakers(_OKINA_ARTICLE)
    assert speakers["The cranes we have a"] == "Pita Fa‘amausili"


def test_a_possessive_typed_with_an_opening_mark_still_opens_no_quote() -> None:
    article = (
        "Coach named\n\n"
        "The club confirmed Ada Brannock‘s appointment on Friday.\n\n"
        "“She knows the squad better than anyone,” said chairman Owen Pryce.\n"
    )
    assert _speakers(article)["She knows the squad "] == "Owen Pryce"


def _quote_texts(article: str) -> list[str]:
    draft = yaml.safe_load(draft_briefing(article))
    return [str(q["text"]) for f in draft.get("figures", []) for q in f.get("quotes", [])]


def test_a_closing_mark_glued_to_he_said_closes_the_quote() -> None:
    article = (
        "Trawler held off the coast\n\n"
        "Harbour inspector Nala Brisk said the trawler had no licence to fish in the bay.\n\n"
        '"The crew could show no papers at all, so the boat stays in port until the owner '
        'pays the fine, "he said.\n'
    )
    texts = _quote_texts(article)
    assert not any(t.startswith("he said") for t in texts)
    assert any(t.endswith("pays the fine") or t.endswith("pays the fine,") for t in texts)


def test_a_possessive_typed_with_an_opening_mark_keeps_the_name_and_its_post() -> None:
    article = (
        "Traders march on the county offices\n\n"
        "Hundreds of traders marched on Friday, accusing Governor Ada Brannock‘s office of "
        "pulling down their stalls.\n\n"
        "“We voted for her and now she takes our bread,” said trader Jonah Pike.\n"
    )
    draft = yaml.safe_load(draft_briefing(article))
    roles = {str(f["name"]): str(f.get("role", "")) for f in draft.get("figures", [])}
    assert roles.get("Ada Brannock") == "Governor"
