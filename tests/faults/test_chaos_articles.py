"""The chaos run's article check (`benchmarks/chaos_articles.py`) names what a user would
notice after faults: a retried draft kept as a second version, a briefing told deleted still
there, a half-written version, the article stored under a name never shown."""

from __future__ import annotations

from benchmarks.chaos_articles import ARTICLE_TITLE, Drafts, draft_findings

WHOLE = "id: water\ntitle: Water restrictions eased\n"


def drafted(*steps: str) -> Drafts:
    drafts = Drafts()
    for step in steps:
        if step == "unshown":
            drafts.unanswered()
        elif step.startswith("-"):
            drafts.removed(step[1:])
        else:
            drafts.drafted(step)
    return drafts


def test_a_draft_shown_then_deleted_and_drafted_again_holds():
    drafts = drafted("water", "-water", "water")
    assert draft_findings(drafts, {"water": [WHOLE]}, {"water": ARTICLE_TITLE}) == []


def test_a_retried_draft_kept_twice_is_found():
    (found,) = draft_findings(drafted("water"), {"water": [WHOLE, WHOLE]}, {})
    assert "2 versions kept for 1 drafts" in found


def test_a_briefing_told_deleted_and_still_kept_is_found():
    (found,) = draft_findings(drafted("water", "-water"), {"water": [WHOLE]}, {})
    assert "told it is deleted" in found


def test_a_draft_unanswered_after_a_deletion_may_keep_one_version_and_no_more():
    """Seed 880: the article drafted again after its deletion, the process killed after the
    draft's commit and before its reply: the moderator never saw it, and it is kept."""
    assert draft_findings(drafted("water", "-water", "unshown"), {"water": [WHOLE]}, {}) == []
    (found,) = draft_findings(drafted("water", "-water", "unshown"), {"water": [WHOLE] * 2}, {})
    assert "told it is deleted; 2 kept" in found


def test_a_half_written_version_is_found():
    for cut, said in ((6, "not a whole briefing"), (12, "not YAML")):  # "id: wa", "...\nti"
        (found,) = draft_findings(drafted("water"), {"water": [WHOLE[:cut]]}, {})
        assert said in found


def test_the_article_under_a_name_never_shown_is_found_unless_a_draft_went_unanswered():
    stored = {"water": [WHOLE], "water-2": [WHOLE.replace("water\n", "water-2\n", 1)]}
    titles = dict.fromkeys(stored, ARTICLE_TITLE)
    (found,) = draft_findings(drafted("water"), stored, titles)
    assert "never shown" in found
    assert draft_findings(drafted("water", "unshown"), stored, titles) == []
