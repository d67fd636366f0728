"""Census for `/briefing draft`'s paste box: does the headline typed in the box stay the title?

A moderator without the article as a file types its headline in the box's Headline field and
pastes the page's text under it. For every labeled real article with a headline (the title
`briefbot draft` reads off the page, at most the box's 200 characters) this reads the text as
the box used to hand it over (the headline put on top of the text) and as it does now (the
headline given apart), and counts the drafts whose title is not the headline typed. It also
counts the texts that start with no headline at all, as an article saved without one does.

Run: `python -m benchmarks.paste_headline`
"""

from __future__ import annotations

from pathlib import Path

from bot.authoring.article import UNTITLED, read_article

REAL = Path(__file__).resolve().parents[1] / "tests" / "authoring" / "labeled" / "real"
BOX = 200  # the Headline field's most characters


def page_text(path: Path) -> str:
    """The article's text without the label header (outlet, date, link)."""
    text = path.read_text(encoding="utf-8")
    return text.split("---\n", 2)[2] if text.startswith("---\n") else text


def main() -> None:
    texts = untitled = pages = before = after = 0
    for path in sorted(REAL.glob("*/*.md")):
        if path.name == "README.md":
            continue
        text = page_text(path)
        headline = read_article(text).title
        texts += 1
        untitled += headline == UNTITLED
        if headline == UNTITLED or len(headline) > BOX:
            continue
        pages += 1
        before += read_article(f"{headline}\n\n{text}").title != headline
        after += read_article(text, headline).title != headline
    print(f"{untitled} of {texts} texts start with no headline the drafter reads")
    print(f"{pages} pages; the typed headline lost: on top of the text {before}, apart {after}")


if __name__ == "__main__":
    main()
