"""A body named "<Centre> for <field> and <field>" is nobody: its last field is no speaker.

"The Centers for Disease Control and Prevention said ..." is the commonest form in US health
news; the drafter took "Prevention" (or "Control") for a person and gave it the body's quote.
"""

from __future__ import annotations

import pytest
import yaml

from bot.authoring.draft import draft_briefing

_ARTICLE = """Measles cases rise again

RIVERTON (AP) — Measles cases rose for a third week, health officials said.

The {body} warned on Friday that “the risk of further spread is high.”

Health Minister Ann Ruiz said: “We are vaccinating every child we can reach.”
"""


def _figure_names(body: str) -> list[str]:
    draft = yaml.safe_load(draft_briefing(_ARTICLE.format(body=body)))
    return [figure["name"] for figure in draft.get("figures") or []]


@pytest.mark.parametrize(
    "body",
    [
        "Centers for Disease Control and Prevention",
        "European Centre for Disease Prevention and Control",
        "Foundation for Peace and Reconciliation",
        "Society for Science and Technology",
    ],
)
def test_a_bodys_last_field_is_no_figure(body: str) -> None:
    names = _figure_names(body)
    last_word = body.split()[-1]
    assert last_word not in names
    assert "Ann Ruiz" in names  # the minister is still drafted
