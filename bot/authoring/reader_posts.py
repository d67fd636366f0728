"""What readers and the site's buttons add under a story, found by the page's shape.

- A thread of readers' comments: each comment opens with a short line of the commenter's
  name and the reply button ("Mike Reply", "Jane Roe says:", "Jane Roe says: May 3, 2012
  at 4:05 pm"). Two such heads, or one over the comment form ("Leave a Reply"), make a
  thread; from its first head down, the page is the readers', not the story.
- A row of buttons under a "Follow us on" or "Share" label, one short item each
  ("google-news", "telegram"): the list under the label is the buttons', whatever they
  are called.
- The writer's box as the page's last paragraph: "Jane Roe is a journalist based in Oslo.",
  "A vibrant writer who covers ...": who wrote the story, not the story.

Each check reads one line with bounded patterns, so the pass stays linear in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.page_widgets import ends_the_article

__all__ = ["flag_button_rows", "flag_comment_thread", "flag_writer_box"]

# "Mike Reply", "Omonedo Taiwo Reply", "legend Reply", "Jane Roe says:", "Jane Roe says: May
# 3, 2012 at 4:05 pm": a commenter's name (one to four words, no sentence in it) and the
# reply button, or "says:" with the comment's date after it.
_COMMENT_HEAD = re.compile(
    r"^(?P<name>[\w'’.@-]+(?: [\w'’.@-]+){0,3}) "
    r"(?:Reply|says:(?: [\w ,:]{6,40}(?:[ap]\.?m\.?|\d{4}))?)$",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    {"a", "the", "no", "to", "and", "of", "in", "cancel", "leave", "post", "quick"}
    | {"his", "her", "their", "our", "my", "its", "your"}
)


def _comment_head(line: str) -> bool:
    match = _COMMENT_HEAD.match(line.strip())
    if match is None:
        return False
    words = match.group("name").casefold().split()
    possessive = any(w.endswith(("'s", "’s")) for w in words)  # "The Minister's Reply"
    return not possessive and not set(words) & _NOT_A_NAME


def flag_comment_thread(lines: Sequence[str], flags: list[bool]) -> None:
    """From the first comment head of a thread down, every line is the readers'. A lone
    head with no form below it is left alone ("The Minister's Reply" over the story's
    next paragraphs reads the same)."""
    heads = [i for i, line in enumerate(lines) if _comment_head(line)]
    if not heads:
        return
    form_below = any(ends_the_article(line) for line in lines[heads[0] + 1 :])
    if len(heads) >= 2 or form_below:
        flags[heads[0] :] = [True] * (len(lines) - heads[0])


# "Follow us on", "Share this:", "Share on": the label over the site's buttons.
_BUTTONS_LABEL = re.compile(r"^(?:follow us(?: on)?|share(?: this| on| via)?)\W{0,2}$", re.I)
_MAX_BUTTON_WORDS = 2


def flag_button_rows(lines: Sequence[str], flags: list[bool], bullets: Sequence[bool]) -> None:
    """The list items right under a buttons' label, each a word or two with no stop: the
    buttons ("google-news", "whatsapp", "telegram")."""
    for i, line in enumerate(lines):
        if not _BUTTONS_LABEL.match(line.strip()):
            continue
        j = i + 1
        while j < len(lines) and bullets[j] and _button(lines[j]):
            flags[j] = True
            j += 1


def _button(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _MAX_BUTTON_WORDS and line[-1:].isalnum()


_WRITER = (
    r"(?:journalist|photojournalist|blogger|writer|reporter|correspondent|columnist|editor|"
    r"freelancer|contributor)"
)
# "Jane Roe is a Norwegian journalist ...", "Per Holm is an editor and ...": a name, "is a",
# and the writer's trade in the first words; "A vibrant writer who ...": the trade and "who".
_WRITER_BOX = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{1,3}} is an? [^.!?,]{{0,60}}?\b{_WRITER}\b|"
    rf"An? (?:[\w-]+ ){{0,3}}{_WRITER} who\b)"
)


def flag_writer_box(lines: Sequence[str], flags: list[bool]) -> None:
    """The page's last paragraph kept, when it tells who the writer is: the author's box."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i] and not flags[i]), None)
    if last is not None and _WRITER_BOX.match(lines[last].strip()):
        flags[last] = True
