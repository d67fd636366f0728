"""Census for `/briefing unquote`: of the quotes the drafter finds no speaker for in real
articles, how many are three words or fewer, words in quotation marks that nobody said (a
term, a name, a slogan, scare quotes), which no speaker fits and a moderator takes out.

Reads the five newest sets outside the held-out ones (fresh73 to fresh77); fresh78 to
fresh81 stay unread, as in the other censuses.

Run: `python -m benchmarks.speakerless_quotes`
"""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.english_share import REAL, page_text
from bot.authoring.draft import UNATTRIBUTED_ID, draft_briefing

SETS = ("fresh73", "fresh74", "fresh75", "fresh76", "fresh77")
SHORT_WORDS = 3


def drafted_quotes(path: Path) -> list[tuple[str, bool]]:
    """The drafted quotes of one article, each with whether it has no speaker."""
    drafted = yaml.safe_load(draft_briefing(page_text(path), source_file=path.name))
    return [
        (str(quote["text"]), figure["id"] == UNATTRIBUTED_ID)
        for figure in drafted["figures"]
        for quote in figure.get("quotes") or []
    ]


def main() -> None:
    articles, every = 0, []
    for name in SETS:
        for path in sorted((REAL / name).glob("*.md")):
            if path.name == "README.md":
                continue
            articles += 1
            every += drafted_quotes(path)
    quotes = [text for text, alone in every if alone]
    short = [q for q in quotes if len(q.split()) <= SHORT_WORDS]
    print(
        f"{articles} articles: {len(every)} quotes drafted, {len(quotes)} without a speaker, "
        f"{len(short)} of these {SHORT_WORDS} words or fewer"
    )


if __name__ == "__main__":
    main()
