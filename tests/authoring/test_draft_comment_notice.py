"""A blog's comment-form notice and a byline label left without its name are page, not story.

WordPress pages print "Your email address will not be published. Required fields are marked *"
under the story (often without the "Leave a Reply" heading, which already ended the story),
and "Written by:" where the theme dropped the author's name.
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing

_STORY = """Blasts heard across the capital overnight

{top}

The mayor said a fire in one district had been caused by falling debris.

“The attack on the capital continues,” the mayor, Vitali Klitschko, wrote on Telegram.

Blasts were also heard in three other cities, officials said.

{bottom}
"""


def _drafted_text(top: str = "", bottom: str = "", headline: bool = True) -> str:
    article = _STORY.format(top=top, bottom=bottom)
    if not headline:  # a page whose stored text starts with its date line
        article = article.split("\n\n", 1)[1]
    draft = yaml.safe_load(draft_briefing(article))
    parts = [section["title"] for section in draft["sections"]]
    parts += [point for section in draft["sections"] for point in section.get("points") or []]
    parts += [fact["text"] for fact in draft.get("facts") or []]
    parts += [question.get("prompt", "") for question in draft.get("questions") or []]
    return "\n".join(parts)


def test_the_comment_forms_notice_and_what_follows_it_leave_the_draft() -> None:
    bottom = (
        "Your email address will not be published. Required fields are marked *\n\n"
        "How could they not see this coming?"
    )
    text = _drafted_text(bottom=bottom)
    assert "email address" not in text
    assert "How could they not see this coming" not in text  # a reader's comment
    assert "falling debris" in text  # the story stays


def test_the_comments_feed_notice_leaves_the_draft() -> None:
    text = _drafted_text(
        bottom="You can follow all replies to this entry through the comments feed."
    )
    assert "comments feed" not in text
    assert "three other cities" in text


_MATCH_REPORT = (
    "Date: 10th August 2008 at 11:16pm\nWritten by:\n\n"
    "‘The best team won, no question about that."
    " We gifted them three goals and they gifted us one,’ the manager said.\n\n"
    "We got in front with a poor goal, but that is what happens in football, he added.\n\n"
    "The club plays again on Saturday at home.\n"
)


def test_a_byline_label_without_its_name_leaves_the_draft() -> None:
    draft = draft_briefing(_MATCH_REPORT)
    assert "Written by" not in draft
    assert "The club plays again on Saturday at home." in draft  # the story stays
