"""A publication named right after the noun that says what it is ("the private-owned daily Ad
Diyar described the remark as ...", "the newspaper Le Monde") is not a person: its words are no
figure's quote, and the draft leaves them unattributed rather than give them to a made-up
figure. (fresh55 bp08, labeled
unseen: the daily's words were given to a figure "Ad Diyar".)"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, people_in, speakers_in

HEADLINE = "Minister's remark on neutrality draws criticism\n\n"
LEAD = "Foreign Minister Karim Haddad said on Monday that the country should stay neutral."


@pytest.mark.parametrize(
    "sentence",
    [
        "The private-owned daily Al Nahar described Haddad’s comment as “shocking and surprising.”",
        "The newspaper Le Quotidien called the comment “a grave mistake.”",
        "Its weekly Der Beobachter said the remark was “out of step with the cabinet.”",
    ],
)
def test_a_publication_named_after_its_noun_is_no_speaker(sentence: str) -> None:
    draft = drafted(HEADLINE + LEAD + "\n\n" + sentence + "\n")
    assert set(people_in(draft)) == {"Karim Haddad"}
    assert all(speaker is None for speaker in speakers_in(draft).values())
