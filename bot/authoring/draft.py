"""Turn an article into a draft briefing YAML that validates as it is.

The draft is a starting point for an editor: every item carries a `# from paragraph N`
comment, summaries are TODO placeholders, extracted sentences are flagged for rewriting and
every question is marked `review: true`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from bot.authoring.article import UNTITLED, Article, Block, read_article
from bot.authoring.canonical_names import without_nickname
from bot.authoring.facts import FactDraft, find_facts
from bot.authoring.held_back import (
    clause_for_role,
    held_back,
    lone_word,
    no_office,
    not_a_person,
)
from bot.authoring.people import UNKNOWN_ROLE, People, Person, find_people
from bot.authoring.points import DraftSection, draft_sections
from bot.authoring.questions import (
    DraftFact,
    DraftFigure,
    DraftQuote,
    make_questions,
    names_a_thing,
)
from bot.authoring.quotes import FoundQuote, find_quotes
from bot.authoring.speaker_names import settle_speakers
from bot.authoring.text import excerpt, slugify, truncate
from bot.authoring.yamlout import Commented, dump_commented
from bot.core.content.service import decode_text
from bot.core.loader import load_briefing_bytes

__all__ = [
    "IN_PASSING_ITEM",
    "IN_PASSING_LEAD",
    "MAX_ARTICLE_BYTES",
    "SCHEMA_LINE",
    "TODO_LONG",
    "TODO_SHORT",
    "TODO_TITLE",
    "UNATTRIBUTED_ID",
    "ArticleTooLarge",
    "DraftError",
    "DraftedIn",
    "draft_briefing",
    "write_draft",
]

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/briefing.schema.json"
TODO_SHORT = "TODO: summarise the article in one paragraph, in your own words."
TODO_TITLE = "TODO: no headline was found above the article; write its title."
"""The title (and source title) of a draft whose article starts with no headline: a
placeholder publishing refuses, where "Untitled article" reached students."""
TODO_LONG = "TODO: tell the story in a few paragraphs, in your own words."
UNATTRIBUTED_ID = "unattributed"
UNATTRIBUTED_NAME = "Unattributed quotes"
UNATTRIBUTED_ROLE = "speaker not found: move each quote to the figure who said it"
# The header lists the people named only in passing, one per line, for the editor to add.
IN_PASSING_LEAD = "Also named"
IN_PASSING_ITEM = "  - "

MAX_INPUT_CHARS = 2_000_000
DraftedIn = Literal["cli", "discord"]
"""Where a draft is finished: a file checked with `briefbot validate`, or Discord's
`/briefing` commands (the file's header names the tools of the one it is read in)."""
MAX_TIMELINE = 30
MAX_ALIASES = 5


MAX_ARTICLE_BYTES = 2_000_000


class ArticleTooLarge(ValueError):
    """The article file is larger than `briefbot draft` reads: the message says what to do."""


class DraftError(RuntimeError):
    """The draft did not validate: a bug in the drafting code, never the article's fault."""


class _Ids:
    """Unique slugs across the whole file, as the loader requires."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._next: dict[str, int] = {}  # the next number to try after a slug, so n takes are O(n)

    def take(self, base: str, max_length: int = 40) -> str:
        slug = slugify(base, max_length=max_length)
        candidate, n = slug, self._next.get(slug, 2)
        while candidate in self.used:
            candidate = f"{slug}-{n}"
            n += 1
        self._next[slug] = n
        self.used.add(candidate)
        return candidate


def _header(
    source_file: str | None, truncated: bool, cut_after: int | None, where: DraftedIn
) -> list[str]:
    """The file's opening comment: what to check and how, in the words of where the draft is
    finished (a file and `briefbot validate`, or Discord's `/briefing` commands)."""
    origin = f"from {source_file}" if source_file else "from an article"
    made_by = "`/briefing draft`" if where == "discord" else "`briefbot draft`"
    held = f"`{UNATTRIBUTED_ID}`"
    lines = [
        SCHEMA_LINE,
        "#",
        f"DRAFT made by {made_by} {origin}. Nothing in it has been checked yet.",
        "- Each item says where it came from (`# from paragraph 7`): paragraphs are counted",
        "  from the first one after the title; headings do not count, each bullet item does.",
    ]
    if where == "discord":
        lines += [
            "- The summaries are TODO placeholders: write them with `/briefing write`. Section",
            "  points, facts and the timeline still use the article's own sentences: rewrite",
            "  them in your own words with `/briefing write` (only quotes stay verbatim).",
            "- Check each figure's role and each quote's speaker, and fix them with",
            f"  `/briefing person`. Quotes whose speaker was not found are under {held}:",
            "  give each its speaker with `/briefing person`, or take out words nobody said",
            "  with `/briefing unquote`.",
            "- Every question is to review: keep, drop or fix each with `/briefing show`.",
            "Or edit this file and send it back with `/briefing upload`, which checks it.",
        ]
    else:
        lines += [
            "- The summaries are TODO placeholders. Section points, facts and the timeline still",
            "  use the article's own sentences: rewrite them in your own words (only quotes stay",
            "  verbatim).",
            "- Check each figure's role and each quote's speaker. Quotes whose speaker was not",
            f"  found are under the figure {held}: move them, then delete that figure.",
            "- Every question has `review: true`: set it to false once you have checked it.",
            "Then run `briefbot validate` on this file.",
        ]
    if truncated:
        lines.append(f"The article was longer than {MAX_INPUT_CHARS:,} characters: only its")
        lines.append("beginning was read.")
    if cut_after is not None:
        lines.append("The article's body is longer than one briefing file holds: the sections")
        lines.append(f"stop in paragraph {cut_after}. Split the article and draft each part.")
    return lines


def _in_passing_lines(names: list[str]) -> list[str]:
    """The header's list of the names left out of the figures, for the editor to add back."""
    if not names:
        return []
    lead = f"{IN_PASSING_LEAD} (no role, no words of theirs; not drafted as figures):"
    return [lead, *(f"{IN_PASSING_ITEM}{truncate(name, 80)}" for name in names)]


def _section_id(section: DraftSection, ids: _Ids) -> str:
    base = section.title if section.titled else "introduction"
    if section.part == 1:
        return ids.take(base)
    return ids.take(f"{slugify(base, max_length=28)} part {section.part}")


def _sections(article: Article, ids: _Ids) -> tuple[list[Commented], dict[int, str], bool]:
    """The draft's sections, the section id of each paragraph number, and whether the body
    was cut to fit one briefing file."""
    out: list[Commented] = []
    section_ids: dict[int, str] = {}
    drafted, cut = draft_sections(article.sections)
    for section in drafted:
        sid = _section_id(section, ids)
        section_ids.update((number, sid) for number in section.numbers)
        points = [Commented(text, (f"from paragraph {number}",)) for text, number in section.points]
        first, last = section.numbers[0], section.numbers[-1]
        where = f"paragraph {first}" if first == last else f"paragraphs {first}-{last}"
        out.append(
            Commented(
                {"id": sid, "title": section.title, "points": points},
                (f"from {where}: the points are the article's sentences; rewrite them",),
            )
        )
    return out, section_ids, cut


def _aliases(blocks: list[Block], people: People) -> dict[str, list[str]]:
    """The other forms each person is named by in the article ("Austin"), in one pass."""
    seen: dict[str, list[str]] = {
        p.key: [a for a in p.aliases if a != p.name] for p in people.persons
    }
    for block in blocks:
        for m in people.mentions(block.text):
            if m.key in seen:
                form = block.text[m.start : m.end]
                forms = seen[m.key]
                if form != people.by_key[m.key].name and form not in forms:
                    forms.append(form)
    return {key: [truncate(a, 240) for a in forms[:MAX_ALIASES]] for key, forms in seen.items()}


def _figure_id(person: Person, aliases: list[str], ids: _Ids) -> str:
    short = next((a for a in aliases if " " not in a), None)
    return ids.take(short or person.name, max_length=32)


def _quote_context(quote: FoundQuote, person: Person | None) -> str:
    if person is None:
        text = (
            f"Paragraph {quote.block} of the article; the draft found no speaker. "
            "TODO: name who said it and what it is about, in your own words."
        )
    else:
        who = person.name if person.role == UNKNOWN_ROLE else f"{person.name}, {person.role},"
        text = (
            f"{who} in paragraph {quote.block} of the article. "
            "TODO: say when and about what, in your own words."
        )
    if not quote.balanced:
        text += (
            " The article's quotation marks do not pair up here: check where the quote starts"
            " and ends."
        )
    return text


def _quote_comment(quote: FoundQuote) -> tuple[str, ...]:
    how = "" if quote.speaker is None else f"; speaker taken from {quote.how}"
    lines = [f"from paragraph {quote.block}{how}"]
    if not quote.balanced:
        lines.append("unbalanced quotation marks in the article: check the quote's extent")
    return tuple(lines)


def _fact_id(fact: FactDraft, ids: _Ids) -> str:
    words = [w for w in fact.text.split() if any(c.isalnum() for c in w)][:4]
    return ids.take(f"p{fact.block} {' '.join(words)}", max_length=40)


def _file_stem(source_file: str | None) -> str:
    """The article file's name without folders and extensions (`tenants` of
    `articles/tenants.txt`): the draft's id when the article has no headline, so two such
    articles are never one briefing's versions."""
    if not source_file:
        return ""
    return source_file.replace("\\", "/").rsplit("/", 1)[-1].split(".")[0]


def _tags(facts: list[FactDraft]) -> list[str]:
    counts = Counter(d.text for f in facts for d in f.of("place"))
    tags: list[str] = []
    for place, _ in counts.most_common():
        tag = slugify(place, max_length=40, fallback="")
        if tag and tag not in tags:
            tags.append(tag)
        if len(tags) == 5:
            break
    return tags


def draft_id(chosen: str | None, named: str) -> str:
    """The draft's id: the one chosen, else the words of what names it (its headline, or its
    file's name when it has none); a name in a script without ASCII letters (Cyrillic,
    Chinese, ...) gives `draft-` and six hex digits of it, so two such articles are never one
    briefing's versions (the same headline is, as a Latin one)."""
    slug = slugify(chosen or named, max_length=48, fallback="")
    if slug:
        return slug
    return "draft-" + hashlib.blake2s((chosen or named).encode("utf-8"), digest_size=3).hexdigest()


def build_draft(
    text: str,
    *,
    source_file: str | None = None,
    briefing_id: str | None = None,
    headline: str | None = None,
    where: DraftedIn = "cli",
) -> tuple[dict[str, Any], list[str]]:
    """The draft as plain data (with comments attached) and its header lines; `headline`,
    typed apart from the text, is the title (`read_article`); `where` is where the draft is
    finished, which only the header's advice depends on."""
    truncated = len(text) > MAX_INPUT_CHARS
    article = read_article(text[:MAX_INPUT_CHARS], headline)
    blocks = article.blocks
    ids = _Ids()
    untitled = article.title == UNTITLED
    named = article.title if not untitled else _file_stem(source_file) or article.title
    bid = draft_id(briefing_id, named)
    title = TODO_TITLE if untitled else truncate(article.title, 240)
    ids.used.add(bid)

    sections, section_ids, body_cut = _sections(article, ids)
    if not sections:
        sections = [
            Commented(
                {
                    "id": ids.take("article"),
                    "title": "The article",
                    "points": ["TODO: the article had no text to draft from; write the points."],
                },
                ("the article had no paragraphs",),
            )
        ]

    people = find_people(blocks, hints=[article.title, *article.captions])
    quotes = find_quotes(blocks, people)
    people, quotes = settle_speakers(blocks, people, quotes, article.captions)
    facts = find_facts(blocks, people)

    # Figures, with their quotes.
    figure_rows: list[Commented] = []
    figure_ids: dict[str, str] = {}
    draft_figures: list[DraftFigure] = []
    quotes_by_speaker: dict[str | None, list[FoundQuote]] = {}
    for quote in quotes:
        key = quote.speaker if quote.speaker in people.by_key else None
        quotes_by_speaker.setdefault(key, []).append(quote)
    draft_quotes: list[DraftQuote] = []
    paragraphs = {block.number: block.text for block in blocks}

    def quote_rows(owner: str, person: Person | None) -> list[Commented]:
        rows: list[Commented] = []
        for quote in quotes_by_speaker.get(person.key if person else None, []):
            words = " ".join(quote.text.split()[:3])
            qid = ids.take(f"{owner} {words}", max_length=40)
            row: dict[str, Any] = {
                "id": qid,
                "text": quote.text,
                "context": _quote_context(quote, person),
            }
            if quote.block in section_ids:
                row["section"] = section_ids[quote.block]
            rows.append(Commented(row, _quote_comment(quote)))
            draft_quotes.append(
                DraftQuote(
                    qid,
                    quote.text,
                    owner if person else None,
                    quote.block,
                    quote.how,
                    names_a_thing(paragraphs.get(quote.block, ""), quote.text),
                )
            )
        return rows

    all_aliases = _aliases(blocks, people)
    in_passing: list[str] = []
    texts = [block.text for block in blocks]
    for person in people.persons:
        aliases = all_aliases[person.key]
        fid = _figure_id(person, aliases, ids)
        figure_ids[person.key] = fid
        draft_figures.append(
            DraftFigure(
                fid, without_nickname(person.name), person.role, person.role != UNKNOWN_ROLE
            )
        )
        said = quote_rows(fid, person)
        forms = [person.surname, *aliases]
        roleless = (
            person.role == UNKNOWN_ROLE
            or no_office(person.title, (person.before, person.apposition, person.clause))
            or clause_for_role(person.apposition, (person.title, person.before))
        )
        if not said and (
            (lone_word(person.name, texts) and not person.before)
            or (roleless and held_back(person.name, texts, forms))
        ):
            in_passing.append(person.name)  # one word, or no role: named in the header, no figure
            continue
        if not said and not_a_person(person.name, texts):
            continue  # "developers Taylor Wimpey", "Parti Pribumi Bersatu Malaysia (PPBM)"
        row: dict[str, Any] = {
            "id": fid,
            "name": truncate(without_nickname(person.name), 240),
            "role": person.role,
        }
        if aliases:
            row["aliases"] = aliases
        if said:
            row["quotes"] = said
        comment = [f"from paragraph {person.first_block}"]
        if person.role == UNKNOWN_ROLE:
            comment.append("no role found in the article: write one")
        figure_rows.append(Commented(row, tuple(comment)))
    if quotes_by_speaker.get(None):
        fid = ids.take(UNATTRIBUTED_ID)
        figure_rows.append(
            Commented(
                {
                    "id": fid,
                    "name": UNATTRIBUTED_NAME,
                    "role": UNATTRIBUTED_ROLE,
                    "quotes": quote_rows(fid, None),
                },
                ("quotes whose speaker the draft could not find: move each, then delete this",),
            )
        )

    # Facts and timeline.
    fact_rows: list[Commented] = []
    draft_facts: list[DraftFact] = []
    timeline: list[Commented] = []
    for fact in facts:
        if fact.quoted:  # a speaker's words: wrong choices only, no fact of the briefing
            draft_facts.append(DraftFact("", fact))
            continue
        fid = _fact_id(fact, ids)
        row = {"id": fid, "text": fact.text}
        if fact.block in section_ids:
            row["section"] = section_ids[fact.block]
        fact_rows.append(
            Commented(row, (f"from paragraph {fact.block} (the article's wording: rewrite it)",))
        )
        draft_facts.append(DraftFact(fid, fact))
        if fact.when and len(timeline) < MAX_TIMELINE:
            entry = {"when": truncate(fact.when, 240), "what": fact.text}
            if fact.block in section_ids:
                entry["section"] = section_ids[fact.block]
            timeline.append(Commented(entry, (f"from paragraph {fact.block}",)))

    question_rows: list[Commented] = []
    for question in make_questions(draft_figures, draft_quotes, draft_facts, texts):
        fields = dict(question.data)
        fields["id"] = ids.take(fields["id"], max_length=60)
        question_rows.append(Commented(fields, (question.comment,)))

    lead = excerpt(blocks[0].text, 40) if blocks else ""
    source: dict[str, Any] = {"title": title}
    if article.byline:
        source["byline"] = truncate(article.byline, 240)
    if article.published:
        source["published"] = article.published
    if source_file:
        source["file"] = truncate(source_file, 240)

    data: dict[str, Any] = {
        "schema": 1,
        "id": bid,
        "title": Commented(title, ("the article's headline: write your own title",)),
        "source": source,
        "tags": _tags(facts),
        "summary": Commented(
            {"short": TODO_SHORT, "long": TODO_LONG},
            (f"the article opens: {lead}",) if lead else (),
        ),
        "sections": sections,
        "figures": figure_rows,
        "facts": fact_rows,
        "timeline": timeline,
        "glossary": [],
        "notes": [],
        "questions": question_rows,
    }
    cut_after = max(section_ids, default=0) if body_cut else None
    return data, _header(source_file, truncated, cut_after, where) + _in_passing_lines(in_passing)


def _render(
    text: str,
    source_file: str | None,
    briefing_id: str | None,
    headline: str | None = None,
    where: DraftedIn = "cli",
) -> tuple[str, str]:
    """(YAML text, briefing id), checked by the loader the bot itself uses."""
    data, header = build_draft(
        text, source_file=source_file, briefing_id=briefing_id, headline=headline, where=where
    )
    yaml_text = dump_commented(data, header)
    result = load_briefing_bytes(yaml_text.encode("utf-8"), "draft")
    if not result.ok:
        raise DraftError("the draft does not validate:\n" + "\n".join(result.messages()))
    return yaml_text, str(data["id"])


def draft_briefing(
    text: str,
    *,
    source_file: str | None = None,
    briefing_id: str | None = None,
    headline: str | None = None,
    where: DraftedIn = "cli",
) -> str:
    """The draft briefing for an article, as YAML text that validates as it is; `headline`,
    typed apart from the text, is its title; `where` it is finished picks its header's advice."""
    return _render(text, source_file, briefing_id, headline, where)[0]


def write_draft(article: Path, out: Path | None, *, overwrite: bool = False) -> Path:
    """Draft a briefing for the article file and write it; returns the path written.

    Without `out` the draft goes to `content/<id>.yaml`, the id made from the title; with
    `out`, the id is made from its file name. An existing file is never replaced unless
    `overwrite` is set, since it may hold an editor's work: FileExistsError says so.
    """
    size = article.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleTooLarge(
            f"{article} is {size / 1_000_000:.1f} MB; `briefbot draft` reads articles up to "
            f"{MAX_ARTICLE_BYTES / 1_000_000:.0f} MB: save only the article's text (or the "
            "page without its scripts) and draft that"
        )
    with article.open("rb") as handle:
        raw = handle.read(MAX_ARTICLE_BYTES + 1)[:MAX_ARTICLE_BYTES]  # it may have grown
    text = decode_text(raw)  # as /briefing draft reads an attachment
    briefing_id = None
    if out is not None:
        briefing_id = slugify(out.name.split(".")[0], max_length=48, fallback="draft")
    yaml_text, bid = _render(text, article.as_posix(), briefing_id)
    if out is None:
        out = Path("content") / f"{bid}.yaml"
    if out.exists() and not overwrite:
        raise FileExistsError(
            f"{out} already exists and may hold an editor's work: choose another name with -o"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml_text, encoding="utf-8")
    return out
