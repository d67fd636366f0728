"""Long replies split into pages Discord accepts, with every word kept and in order."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.paginate import CONTINUED, SCREEN, PageLimits, fit_reply, paginate, split_text
from bot.core.replies import Button, Field, Page, Reply
from bot.discord_bot.limits import (
    EMBED_DESCRIPTION,
    EMBED_FIELDS,
    EMBED_FOOTER,
    EMBED_TITLE,
    EMBED_TOTAL,
    FIELD_NAME,
    FIELD_VALUE,
    page_length,
    page_problems,
    reply_problems,
)

ODD = [
    "e\u0301",  # e + combining acute
    "\u0627\u0644\u0633\u0644\u0627\u0645",  # Arabic, right to left
    "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
    "\u200b",  # zero-width space
    "\u200f",  # right-to-left mark
    "👍🏽",  # emoji with a skin tone
    "👨\u200d👩\u200d👧",  # a family: emoji joined by zero-width joiners
    "🇺🇦",  # a flag
    "漢字",
    "\x00",
]
TOKENS = st.one_of(
    st.sampled_from(["word", "Kirby", "Vladivostok", "3,000", "troops", *ODD]),
    st.sampled_from([" ", "  ", "\n", "\n\n", "\n \n", "\t", ". ", "! ", "? ", ".\n\n"]),
    st.text(max_size=12),
    # a long run with no space in it, to force a cut inside a "word"
    st.builds(
        lambda s, n: s * n,
        st.sampled_from(["x", "é", "e\u0301", "👨\u200d👩"]),
        st.integers(1, 2500),
    ),
)
TEXTS = st.lists(TOKENS, max_size=80).map("".join)
FIELDS = st.lists(
    st.builds(Field, name=st.text(min_size=1, max_size=300), value=TEXTS, inline=st.booleans()),
    max_size=30,
)


def _after(original: str, pos: int, piece: str) -> int:
    """Where `piece` ends in `original`, checking only whitespace lies between `pos` and it."""
    found = original.find(piece, pos)
    assert found >= 0, f"{piece[:40]!r} is not in the original after position {pos}"
    assert not original[pos:found].strip(), "text was dropped or reordered"
    return found + len(piece)


def assert_pieces_in_order(original: str, pieces: list[str]) -> None:
    """`original` is `pieces` in order with nothing but whitespace between and around them."""
    pos = 0
    for piece in pieces:
        pos = _after(original, pos, piece)
    assert not original[pos:].strip(), "the end of the text was dropped"


def assert_fields_kept(original: list[Field], pages: tuple[Page, ...]) -> None:
    """Every field's value is carried, in order, by one field or by it and "(cont.)" fields."""
    out = iter([f for page in pages for f in page.fields])
    for f in original:
        first = next(out)
        assert first.name == f.name or (len(f.name) > FIELD_NAME and first.name.endswith("…"))
        assert first.inline == f.inline
        if len(f.value) <= FIELD_VALUE:
            assert first.value == f.value
            continue
        pos = _after(f.value, 0, first.value)
        while f.value[pos:].strip():
            more = next(out)
            assert more.name.endswith(CONTINUED) and more.inline == f.inline
            pos = _after(f.value, pos, more.value)
    assert next(out, None) is None, "fields appeared that were not in the original"


@given(
    title=st.text(max_size=300),
    body=TEXTS,
    fields=FIELDS,
    footer=st.one_of(st.text(max_size=30), st.text(min_size=2000, max_size=2100)),
)
def test_a_page_fits_exactly_when_it_breaks_no_limit(title, body, fields, footer):
    page = Page(title, body, tuple(fields), footer)
    reply = Reply((page,))
    assert SCREEN.fits(page) == (SCREEN.problems(page) == [])
    assert (fit_reply(reply) is reply) == SCREEN.fits(page), "a reply that fits is sent as is"


@given(
    title=st.text(max_size=300),
    body=TEXTS,
    fields=FIELDS,
    footer=st.one_of(st.text(max_size=30), st.text(min_size=2000, max_size=2100)),
)
def test_every_page_fits_and_nothing_is_lost_or_reordered(title, body, fields, footer):
    pages = paginate(title, body, fields=fields, footer=footer)
    assert pages
    for page in pages:
        assert page_problems(page) == []
    whole = Page(title, body, tuple(fields), footer)
    if not page_problems(whole):
        assert pages == (whole,)
    else:
        assert_pieces_in_order(body, [p.body for p in pages if p.body])
    if len(pages) > 1:
        assert all(p.title.endswith(f"({n}/{len(pages)})") for n, p in enumerate(pages, 1))
    assert_fields_kept(fields, pages)
    # the body comes first: no page after one with fields carries body text
    seen_fields = False
    for page in pages:
        assert not (seen_fields and page.body)
        seen_fields = seen_fields or bool(page.fields)


@given(st.text(max_size=9000), st.integers(1, 5000))
def test_split_text_keeps_everything_in_order(text, limit):
    chunks = split_text(text, limit)
    assert all(0 < len(c) <= limit and c == c.strip() for c in chunks)
    assert_pieces_in_order(text, chunks)


WELL_FORMED = st.lists(
    st.one_of(
        st.sampled_from([*ODD, "x", " ", "\n\n", ". "]),
        st.builds(lambda s, n: s * n, st.sampled_from(ODD), st.integers(1, 1500)),
    ),
    max_size=40,
).map("".join)


@given(WELL_FORMED, st.integers(20, 3000))
def test_a_cut_never_splits_an_accent_or_an_emoji_sequence(text, limit):
    for chunk in split_text(text, limit)[1:]:
        assert not unicodedata.combining(chunk[0])
        assert chunk[0] not in "\u200d\ufe0f\U0001f3fd"
    for chunk in split_text(text, limit):
        assert not chunk.endswith("\u200d")


def test_content_that_fits_is_one_unchanged_page():
    fields = (Field("Who", "Lloyd Austin", inline=True),)
    assert paginate("Brief", "  Short body.  ", fields=fields, footer="Source") == (
        Page("Brief", "  Short body.  ", fields, "Source"),
    )


@pytest.mark.parametrize("body", ["", " ", "\n\n\t  \u3000"])
def test_an_empty_or_blank_body_is_one_page(body):
    (page,) = paginate("Empty", body)
    assert page.title == "Empty"
    assert not page.body.strip()


def test_splits_at_paragraph_ends():
    paragraphs = [f"Paragraph {i}." + " Some words here." * 25 for i in range(40)]
    body = "\n\n".join(paragraphs)
    pages = paginate("Summary", body)
    assert len(pages) > 1
    pos = 0
    for page in pages:
        parts = page.body.split("\n\n")
        assert parts == paragraphs[pos : pos + len(parts)]
        pos += len(parts)
        assert len(page.body) > EMBED_DESCRIPTION // 2 or page is pages[-1]
    assert pos == len(paragraphs)


def test_splits_at_sentence_ends_when_a_paragraph_is_too_long():
    sentences = [f"Sentence number {i} says something about troops." for i in range(300)]
    pages = paginate("One long paragraph", " ".join(sentences))
    assert len(pages) > 1
    pos = 0
    for page in pages:
        parts = re.split(r"(?<=\.) ", page.body)
        assert parts == sentences[pos : pos + len(parts)]
        pos += len(parts)
    assert pos == len(sentences)


def test_splits_between_words_when_there_is_no_sentence_end():
    words = [f"word{i}" for i in range(2000)]
    pages = paginate("Words", " ".join(words))
    assert len(pages) > 1
    assert [w for page in pages for w in page.body.split(" ")] == words


def test_a_single_huge_word_is_cut_hard():
    word = "x" * 10_000
    pages = paginate("Huge", word)
    assert all(len(p.body) <= EMBED_DESCRIPTION for p in pages)
    assert "".join(p.body for p in pages) == word


def test_continuation_titles_are_numbered_and_fit():
    body = "\n\n".join("A paragraph of text. " * 40 for _ in range(30))
    pages = paginate("Summary", body)
    count = len(pages)
    assert [p.title for p in pages] == [f"Summary ({n}/{count})" for n in range(1, count + 1)]
    long_title = "T" * 300
    pages = paginate(long_title, body)
    assert all(len(p.title) <= EMBED_TITLE for p in pages)
    assert pages[1].title.endswith(f"… (2/{len(pages)})")


def test_the_footer_is_on_every_page_and_shortened_when_too_long():
    body = "Words and more words. " * 1000
    pages = paginate("Facts", body, footer="Source: the article")
    assert len(pages) > 1 and all(p.footer == "Source: the article" for p in pages)
    pages = paginate("Facts", body, footer="f" * 3000)
    assert all(len(p.footer) == EMBED_FOOTER and p.footer.endswith("…") for p in pages)


def test_fields_beyond_25_move_to_the_next_page():
    fields = [Field(f"Figure {i}", f"Role {i}") for i in range(60)]
    pages = paginate("Figures", "Who is who.", fields=fields)
    assert [len(p.fields) for p in pages] == [EMBED_FIELDS, EMBED_FIELDS, 10]
    assert [f for p in pages for f in p.fields] == fields
    assert pages[0].body == "Who is who." and not pages[1].body


def test_fields_that_would_pass_the_embed_total_move_to_the_next_page():
    fields = [Field(f"Quote {i}", "q" * 1000) for i in range(12)]
    pages = paginate("Quotes", "b" * 3000, fields=fields)
    assert all(page_length(p) <= EMBED_TOTAL for p in pages)
    assert len(pages[0].fields) == 2  # 3,000 + 2 x 1,007 + title; a third would pass 6,000
    assert [f for p in pages for f in p.fields] == fields


def test_a_long_field_value_continues_in_fields_named_cont():
    value = "\n\n".join(f"Point {i}: " + "detail " * 60 for i in range(8))
    pages = paginate("Section", "", fields=[Field("Key points", value, inline=True)])
    out = [f for p in pages for f in p.fields]
    assert len(out) > 1
    assert out[0].name == "Key points"
    assert all(f.name == "Key points (cont.)" for f in out[1:])
    assert all(len(f.value) <= FIELD_VALUE and f.inline for f in out)
    assert_pieces_in_order(value, [f.value for f in out])


def test_a_long_field_name_is_shortened_to_fit():
    pages = paginate("T", "", fields=[Field("N" * 400, "v" * 2000)])
    names = [f.name for p in pages for f in p.fields]
    assert all(len(n) <= FIELD_NAME for n in names)
    assert names[0].endswith("…") and names[1].endswith("… (cont.)")


def test_fit_reply_splits_long_pages_and_keeps_the_rest_of_the_reply():
    buttons = (Button("next", "Next"),)
    short = Page("Short", "fits")
    long = Page("Long", "Sentence. " * 1000, footer="footer")
    reply = Reply(pages=(short, long), buttons=buttons, private=True)
    fitted = fit_reply(reply)
    assert fitted.pages[0] == short
    assert len(fitted.pages) > 2
    assert fitted.buttons == buttons and fitted.private
    assert reply_problems(fitted) == []
    assert fit_reply(fitted) is fitted


def test_page_problems_names_every_limit_broken():
    page = Page(
        title="t" * (EMBED_TITLE + 1),
        body="b" * (EMBED_DESCRIPTION + 1),
        fields=tuple(Field("n" * (FIELD_NAME + 1), "v" * (FIELD_VALUE + 1)) for _ in range(26)),
        footer="f" * (EMBED_FOOTER + 1),
    )
    problems = "\n".join(page_problems(page))
    for what in ("title", "body", "footer", "26 fields", "field 26's name", "field 1's value"):
        assert what in problems
    assert "in all" in problems
    assert page_problems(Page("t", "b" * EMBED_DESCRIPTION)) == []
    almost = Page("", "b" * 4000, tuple(Field("n", "v" * 1000) for _ in range(2)))
    assert page_problems(almost) == ["the page in all is 6,002 characters, over the limit of 6,000"]


def test_reply_problems_checks_buttons_too():
    reply = Reply(pages=(Page("ok"),), buttons=tuple(Button(str(i), "x" * 81) for i in range(26)))
    problems = reply_problems(reply)
    assert any("26 buttons" in p for p in problems)
    assert sum("label" in p for p in problems) == 26


SMALL = PageLimits(
    title=20, body=120, field_name=15, field_value=60, fields=3, footer=30, total=250
)


def test_an_adapter_passes_its_own_limits_and_every_page_keeps_within_them() -> None:
    body = " ".join(f"sentence number {n} of a long body." for n in range(40))
    fields = [Field(f"field {n}", "value text " * 9) for n in range(5)]
    pages = paginate("A title too long for the small screen", body, fields=fields, limits=SMALL)
    assert len(pages) > 3
    assert all(not SMALL.problems(page) for page in pages)
    assert not [p for p in pages if page_problems(p)]  # smaller than Discord's, so fits there too
    kept = " ".join(p.body for p in pages if p.body)
    assert kept.split() == body.split()
    refitted = fit_reply(Reply((Page("Title", body),)), SMALL)
    assert all(not SMALL.problems(page) for page in refitted.pages)
