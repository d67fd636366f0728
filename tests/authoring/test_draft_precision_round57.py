"""Wrong speakers on pages nobody had read (round 57).

Guard 1: "Cathaoirleach Nora Quill, chairing the meeting, said: ...". The Irish title of a
council's chair (written before the name the way "Mayor" or "Cllr" is) was read as a given
name, so every quote of the chair went to "Cathaoirleach Nora Quill", a person who does not
exist (fresh81 cp18, three quotes; the title also stands before names in fresh34 i21 and
fresh69 cd04). The title is now an office word: the name stays the person's own.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers

_CHAIR = """Council splits over new homes in Ballyroan

Councillors clashed over the allocation of new social homes in Ballyroan at Monday's
meeting of the municipal district.

Cllr. Owen Tierney said the homes had already been promised to families on the list.

Cathaoirleach Nora Quill, chairing the meeting, said: "We will not discuss rumours at this table."

"Bring it to the housing director if you have a complaint," said Cllr. Quill.
"""


def test_the_chair_s_irish_title_is_not_part_of_her_name() -> None:
    speakers = _speakers(_CHAIR)
    assert speakers.get("We will not discuss ") == "Nora Quill"
    assert "Cathaoirleach Nora Quill" not in speakers.values()


_BOARD_CHAIR = (
    "Clubs share grants from the provincial board\n\n"
    "Tadhg Nolan, Cathaoirleach, Comhairle Mumhan, handed over the cheques.\n\n"
    "The cheques were presented last night by Cathaoirleach Comhairle Mumhan Tadhg Nolan and"
    " the board's treasurer, Ann Ryan.\n\n"
    'Mr Nolan added: "The volunteers in these clubs earn every cent of this support."\n'
)


def test_the_chair_of_an_irish_named_council_is_not_part_of_his_name() -> None:
    # "Comhairle" (council) opens a body's name: the person is the one the page names plainly.
    assert _speakers(_BOARD_CHAIR).get("The volunteers in th") == "Tadhg Nolan"
