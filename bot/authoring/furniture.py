"""Page furniture told from the article's prose by structure, not by its particular words.

The story is prose: a headline, then paragraphs of running sentences that end with a stop.
What is not prose is the page's: machinery printed as text (web addresses, a feed's header,
a script), links run together on one line, label rows of short cells, labels over such
furniture, an embedded post cut off over its credit, and, above the headline, the short
lines and list items that are no headline. Each check reads a line and its neighbours, so
the pass stays linear in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.authoring.story_above import story_told_above

__all__ = [
    "flag_above_headline",
    "flag_between_headline_and_story",
    "flag_cut_embeds",
    "flag_headline_copies",
    "flag_labels_over_furniture",
    "flag_over_story",
    "glued_menu",
    "headline_cell",
    "headline_in_top_run",
    "headline_over_byline",
    "is_machine_text",
    "is_non_prose_row",
    "is_tag_row",
    "label_cells_over",
    "strip_feed_head",
]

_STOPS = ".!?"
_CLOSING = '.!?:"”’…)'
_URL = re.compile(r"\bhttps?://\S+|\bwww\.[\w-]+\.\S+")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
# A name and a title closed by an e-mail address, with no sentence stop: a writer's signature
# ("Reach him at jane@courier.example." is a sentence, with its stop).
_SIGNED_ADDRESS = re.compile(rf"^(?:[-–—] ?)?[A-Z][^.!?@\n]{{0,80}} {_EMAIL.pattern}$")
# A feed's date: "Thu, 14 Mar 2024 15:58:08 +0800".
_FEED_DATE = re.compile(
    r"^\s*[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d(?::\d\d)? [+-]\d{4}"
)
# A script's signs, which prose never writes: "() =>", "){", "const x =", "document.x(".
_CODE_SIGN = re.compile(
    r"=>|\)\s*\{|\}\s*\)|\b(?:const|var|let|function)\s+\w+\s*[=(]|"
    r"\b(?:document|window|console)\.\w+\(|;\s*\}"
)
_MIN_CODE_SIGNS = 2
# "bushfireNSW", "weekSW": one link's last word glued to the next link's first.
_GLUED_JOIN = re.compile(r"[a-z]{2}[A-Z]")
_MIN_GLUED_JOINS = 2
_MIN_LINK_RUN = 60
# Cells of a label row: "FOOTBALL - Arsene Wenger, Arsenal manager - 0".
_CELL_SEPARATOR = re.compile(r"\s[-–—|]\s")
_MIN_CELLS = 3
_MAX_CELL_WORDS = 5
_MAX_LABEL_WORDS = 4
_HEADLINE_WORDS = 4
_SHORT_HEADLINE_WORDS = 3
_LABEL_SIGN = re.compile(r"[:/|]")
_CELL_SIGN = re.compile(r"[/|]")
_EMPTY_LABEL = re.compile(r"^\w+(?: \w+)?:$")
_TOP_LINES = 40  # the page's head: a headline over its byline stands in these lines
_MAX_COPY_EXTRA = 40
_SHORT_SENTENCE = 80
_MAX_CAPTION = 300
_CUT_OFF = re.compile(r"\w(?:\.{3}|…)$")
# "Storms forecast for the coast as ...": a headline the page cut off, still open.
_CUT_HEADLINE = re.compile(r"\w ?(?:\.{3}|…)$")
_POSTED_BY = re.compile(
    r"^(?:posted|shared|published) by .{1,80} on (?:\w+day,? )?"
    r"(?:\d{1,2} \w+,? \d{4}|\w+ \d{1,2},? \d{4})\.?$",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"^\([a-z][\w.]{2,30}\)(?=[A-Z])")
_NAME_WORD = r"[A-Z][\w'’.-]+"
# A line that ends in a person's name, after any bracketed aside or comma:
# "Harbour master Ilse Brandt", "Mayor Ilse Brandt [Source: Varnholt Council]".
_ENDS_IN_NAME = re.compile(
    rf"(?:^|\s)(?:{_NAME_WORD} ){{1,3}}({_NAME_WORD})(?:\s*[\[(][^\[\]()]{{1,80}}[\])])?,?$"
)
_REPORTS = re.compile(r"\b(?:says?|said|told|tells|adds?|added|asks?|asked)\b")
# "From Tove Aasen, Varnholt", "Tove Aasen in Varnholt": a writer and where they filed from.
_WRITER_AND_PLACE = re.compile(
    rf"^(?:From |By )?((?:{_NAME_WORD} ){{1,2}}{_NAME_WORD})(?:, | in )(?:{_NAME_WORD} ?){{1,3}}$"
)
_MAX_CAPTION_WORDS = 12


def _prose(line: str) -> bool:
    """A paragraph of the story: long, and ending like a sentence."""
    return len(line) > _SHORT_SENTENCE and line[-1:] in _CLOSING


def _open(line: str) -> bool:
    return bool(line) and line[-1] not in _CLOSING


def _word_count(line: str) -> int:
    """Words, not counts or times: "Reading Time: 2 minutes" has three."""
    return sum(1 for w in line.split() if any(c.isalpha() for c in w) and not w[:1].isdigit())


def _story_starts(line: str) -> bool:
    """A sentence, or a dateline ("PUTRAJAYA, July 5, 2015:"), not an empty label
    ("Date:")."""
    end = line.rstrip("\"”’')")[-1:]
    return end in _STOPS + "…:" and not _EMPTY_LABEL.match(line)


def _headline(line: str) -> bool:
    """Four words or more with no full stop at the end: a headline, not a label or a count
    ("23,383,293 articles and books") or a time ("7th Oct 2020 9:45 AM")."""
    return _word_count(line) >= _HEADLINE_WORDS and len(line) <= 200 and _open(line)


def _runs_as_headline(line: str) -> bool:
    """A headline among links: written in running words (a lowercase one among them), with
    no sentence stop inside ("... rain. Radar image: ..." is a caption; "Co. Judge" is an
    abbreviation's) and no two words glued ("StoreGet it on ..." is a row of links)."""
    running = any(w.islower() for w in line.split())
    inner_stop = _INNER_STOP.search(line) is not None
    return _headline(line) and running and not inner_stop and not _GLUED_JOIN.search(line)


# a stop after a word in lowercase, not an abbreviation's ("Co. Judge", "St. Mary's")
_INNER_STOP = re.compile(r"(?<![A-Z])[a-z]{2,}\. |[!?] ")


def is_machine_text(line: str) -> bool:
    """Web addresses with no sentence around them, or a script printed as text."""
    if len(set(_CODE_SIGN.findall(line))) >= _MIN_CODE_SIGNS:
        return True
    if _EMAIL.fullmatch(line.strip()) or _SIGNED_ADDRESS.match(line.strip()):
        return True  # "jane.roe@courier.example": the writer's address on a line of its own,
        # or after the name and title it signs ("- Jane Roe Sports writer jane.roe@...")
    if not _URL.search(line):
        return False
    words = _URL.sub(" ", line).split()
    return len(words) < _HEADLINE_WORDS or line.rstrip()[-1:] not in _STOPS


def is_tag_row(line: str) -> bool:
    """ "Australia, Bus News, Network News, Public Transport News": the page's tags, three
    capitalised cells or more split by commas, with no running word and no stop."""
    cells = line.split(", ")
    return (
        len(cells) >= _MIN_CELLS
        and _open(line)
        and all(0 < len(c.split()) <= _MAX_LABEL_WORDS for c in cells)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in line.split())
    )


def is_non_prose_row(line: str) -> bool:
    """Links run together on one line ("... bushfireNSW offers water bombersTraffic woes"),
    a row of short cells ("WEATHER - Jane Roe, mayor - 3") or of headlines between bars
    ("Mayor resigns | Harbour reopens | Ferry runs late"): no sentence in any."""
    if not _open(line) or any(f"{stop} " in line for stop in _STOPS):
        return False
    glued = len(_GLUED_JOIN.findall(line)) >= _MIN_GLUED_JOINS and len(line) >= _MIN_LINK_RUN
    cells = _CELL_SEPARATOR.split(line)
    row = len(cells) >= _MIN_CELLS and all(len(c.split()) <= _MAX_CELL_WORDS for c in cells)
    links = _BAR.split(line)  # "Mayor resigns | Harbour reopens | Ferry runs late": headlines
    bars = len(links) >= _MIN_CELLS and all(len(c.split()) <= _MAX_LINK_WORDS for c in links)
    return glued or row or bars


def glued_menu(line: str) -> bool:
    """A menu's links run together ("Hockey CanadaBC HockeyHockey AlbertaHockey Sask..."):
    four words glued to the next one or more, with no sentence stop; a headline glues at
    most a section's label to it ("NewsLocalStrike action looms ...")."""
    return (
        len(_GLUED_JOIN.findall(line)) >= _MIN_MENU_JOINS
        and not any(f"{stop} " in line for stop in _STOPS)
        and _open(line)
    )


_MIN_MENU_JOINS = 4
_BAR = re.compile(r"\s\|\s")  # prose never sets a bar between its words
_MAX_LINK_WORDS = 15


def strip_feed_head(line: str) -> str:
    """A feed's header run into the first paragraph ("Topic https://... Thu, 14 Mar 2024
    15:58:08 +0800 MANILA - ..."): the story starts after the last web address and its
    date; a line of addresses only leaves nothing."""
    urls = list(_URL.finditer(line))
    if len(urls) < 2:
        return line
    rest = line[urls[-1].end() :]
    date = _FEED_DATE.match(rest)
    return (rest[date.end() :] if date else rest).strip()


def strip_handle(line: str) -> str:
    """ "(osternews)The river ...": a source's handle glued to the first word."""
    return _HANDLE.sub("", line, count=1)


def headline_in_top_run(
    lines: Sequence[str], flags: Sequence[bool], plain: Sequence[bool], run: range
) -> int | None:
    """In a run of link-like lines right above the story's first paragraph, with no
    headline kept above the run, the first line still kept that runs as a headline is the
    headline, not a link (`plain`: not list items)."""
    if run.stop >= len(lines) or flags[run.stop] or not _prose(lines[run.stop]):
        return None
    # Read lazily: the scan ends at the first paragraph kept, so the pass stays linear.
    above = (i for i in range(run.start) if lines[i] and not flags[i])
    if any(_prose(lines[i]) or (plain[i] and _headline(lines[i])) for i in above):
        return None
    return next((i for i in run if not flags[i] and _runs_as_headline(lines[i])), None)


def flag_above_headline(
    lines: Sequence[str], flags: list[bool], paragraphs: Sequence[bool], bullets: Sequence[bool]
) -> None:
    """Above the headline that stands over the story's first paragraph, what is no headline:
    list items, short sentences ("One app.", and "Hi, what are you looking for?" over a
    headline that asks), two fragments run together ("Posts labelled Floods. Show all"), a
    label with its count ("Entries in Floods (13)"), and lines under four words, unless
    such a line is the page's first, right over a line of four words or more (a short
    headline over its standfirst), and printed nowhere else."""
    kept = [i for i, line in enumerate(lines) if line and not flags[i]]
    first = next((n for n, i in enumerate(kept) if paragraphs[i] and _prose(lines[i])), None)
    if first == 1 and paragraphs[kept[0]] and _word_count(lines[kept[0]]) < _HEADLINE_WORDS:
        flags[kept[0]] = bool(_CELL_SIGN.search(lines[kept[0]]))  # "Text too small? |"
    if first is None or first < 2:
        return
    head = kept[first - 1]
    asks = _asks(lines[head])
    if not (_headline(lines[head]) or asks or _scoreline(lines[head])) and (
        paragraphs[head] or bullets[head]
    ):
        return
    counts = Counter(lines)
    for n, i in enumerate(kept[: first - 1]):
        line = lines[i]
        right_over = all(not lines[j] for j in range(i + 1, head))
        headline_over_standfirst = (
            n == 0 == first - 2 and right_over and counts[line] == 1 and _phrase(line)
        )
        short = _word_count(line) < _HEADLINE_WORDS and not headline_over_standfirst
        sentence = line[-1:] in (_STOPS if asks else ".") and len(line) <= _SHORT_SENTENCE
        labels = _two_fragments(line) or bool(_COUNTED.search(line))
        if bullets[i] or (paragraphs[i] and (short or sentence or labels)):
            flags[i] = True


# "Entries in Floods (13)", "Comments (4)": a page's label with the count of its links.
_COUNTED = re.compile(r"\s\(\d{1,6}\)$")


def _scoreline(line: str) -> bool:
    """A short line of four tokens or more with no stop, numbers counted: a headline even
    when it is mostly names and scores ("Varnholt 1-24 Lunde 0-21")."""
    return len(line.split()) >= _HEADLINE_WORDS and len(line) <= _SHORT_SENTENCE and _open(line)


def _asks(line: str) -> bool:
    """A headline that asks, four words or more ending with a question mark."""
    return (
        _word_count(line) >= _HEADLINE_WORDS and len(line) <= _SHORT_SENTENCE and line[-1:] == "?"
    )


def _two_fragments(line: str) -> bool:
    """An open line with a sentence stop inside ("Posts labelled Floods. Show all"): two
    pieces of the page's text run together, never one headline."""
    return _open(line) and any(f"{stop} " in line for stop in _STOPS)


def _phrase(line: str) -> bool:
    """Three words or more with no label's colon or path separator: a short headline
    ("Floods hit Varnholt"), not a label ("Tag Archives: floods", "Advanced search")."""
    return len(line.split()) >= _SHORT_HEADLINE_WORDS and not _LABEL_SIGN.search(line)


def headline_over_byline(
    lines: Sequence[str], flags: list[bool], dated: Sequence[bool]
) -> int | None:
    """The headline stands over its byline or date: the first line kept (open, or cut off
    with an ellipsis) that has only dropped lines under it, one of them a byline or a date
    (`dated`), and then a sentence.
    What is kept above it is the page's (a sign-in form, labels), unless a headline stands
    there already; returns the headline's index."""
    for i in range(min(len(lines), _TOP_LINES)):
        line = lines[i]
        if not line or flags[i]:
            continue
        if story_told_above(lines, flags, i):
            return None  # the story runs above: a signed line below is another story's card
        under = _dropped_then_kept(lines, flags, i)
        if under is not None and (_open(line) or _CUT_HEADLINE.search(line)) and _runs(line):
            below, kept = under
            if any(dated[j] for j in below) and not _open(lines[kept]):
                flags[:i] = [True] * i
                return i
        if _headline(line):
            return None  # a headline stands here already, with no byline under it
    return None


def _runs(line: str) -> bool:
    """Two words or more, one of them lowercase, or four words: no writer's name alone."""
    words = line.split()
    return len(words) >= _HEADLINE_WORDS or (len(words) >= 2 and any(w.islower() for w in words))


def _dropped_then_kept(
    lines: Sequence[str], flags: Sequence[bool], i: int
) -> tuple[list[int], int] | None:
    """The dropped lines right under line `i` (one at least) and the next kept line."""
    below: list[int] = []
    for j in range(i + 1, len(lines)):
        if lines[j] and not flags[j]:
            return (below, j) if below else None
        below.append(j)
    return None


def flag_between_headline_and_story(
    lines: Sequence[str], flags: list[bool], paragraphs: Sequence[bool]
) -> None:
    """Between the headline (the last line kept above the story's first sentence that
    reads as one or is printed twice, else the first line kept) and that sentence, a
    paragraph under four words with no sentence stop is the page's: a credit ("Archant"),
    "Reading Time: 2 minutes", "Share this on", an empty "Date:" (a heading the article
    marks stays)."""
    kept = [i for i, line in enumerate(lines) if line and not flags[i]]
    first = next(
        (n for n, i in enumerate(kept) if _story_starts(lines[i]) and not _shown_twice(lines, i)),
        None,
    )
    if not first:
        return
    top = [i for i in kept[:first] if _headline(lines[i]) or _shown_twice(lines, i)] or [kept[0]]
    for i in kept[kept.index(top[-1]) + 1 : first]:
        if paragraphs[i] and _word_count(lines[i]) < _HEADLINE_WORDS:
            flags[i] = True


def _shown_twice(lines: Sequence[str], i: int) -> bool:
    """A line the page prints again as its next line: the headline shown twice (a sentence
    of the story is printed once), even when it ends with a stop."""
    nxt = next((line for line in lines[i + 1 :] if line), "")
    return nxt == lines[i] and len(lines[i]) <= _MAX_DOUBLED_HEADLINE


_MAX_DOUBLED_HEADLINE = 200


def flag_over_story(
    lines: Sequence[str], flags: list[bool], paragraphs: Sequence[bool], bullets: Sequence[bool]
) -> None:
    """Above the story's first sentence, what no headline or standfirst is: a line ending
    with a comma (a caption cut off); a list item under four words with no stop (the
    page's menu); under the first line, a line ending in a name the story repeats, with no
    verb of speech (the lead picture's caption, "Harbour master Ilse Brandt"), or a few
    capitalised words right over a dropped line (the picture's label); and a first line
    that names a writer the story never names, with a place ("From Tove Aasen,
    Varnholt")."""
    kept = [i for i, line in enumerate(lines) if line and not flags[i]]
    first = next((n for n, i in enumerate(kept) if _story_starts(lines[i])), None)
    if not first:
        return
    story = _words_in(lines[i] for i in kept[first:])
    for n, i in enumerate(kept[:first]):
        line = lines[i]
        menu = bullets[i] and _word_count(line) < _HEADLINE_WORDS and _open(line)
        cut = paragraphs[i] and line.endswith(",")
        caption = n > 0 and paragraphs[i] and _names_someone_in(line, story)
        caption = caption or (n > 0 and paragraphs[i] and _labels_a_dropped_line(lines, flags, i))
        writer = n == 0 and _writer_over_story(line, lines, i)
        if menu or cut or caption or writer:
            flags[i] = True


_MAX_PHOTO_LABEL = 5


def _labels_a_dropped_line(lines: Sequence[str], flags: Sequence[bool], i: int) -> bool:
    """A few capitalised words with no stop right over a line dropped as the page's (the
    lead photo's label over its credited caption: "Harbour Wall Repairs")."""
    line = lines[i]
    words = line.split()
    capitalised = all(w[:1].isupper() for w in words if w[:1].isalpha())
    below = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    short = len(words) <= _MAX_PHOTO_LABEL and _open(line) and capitalised
    return short and below is not None and flags[below]


def _words_in(lines: Iterable[str]) -> set[str]:
    return {w.strip(_WORD_EDGES) for line in lines for w in line.split()}


_WORD_EDGES = ".,;:!?\"“”’'()[]"


def _names_someone_in(line: str, story: set[str]) -> bool:
    """A short quoteless line with no stop that ends in a name whose last word the story
    uses, and no verb of speech: a picture's caption, not a standfirst."""
    match = _ENDS_IN_NAME.search(line)
    return (
        match is not None
        and _open(line)
        and len(line.split()) <= _MAX_CAPTION_WORDS
        and not any(mark in line for mark in '"“”')
        and not _REPORTS.search(line)
        and match.group(1) in story
    )


def _writer_over_story(line: str, lines: Sequence[str], i: int) -> bool:
    """A writer and a place as the first line, when the article never names the writer
    again (a headline's words come back in its story)."""
    match = _WRITER_AND_PLACE.match(line)
    if match is None:
        return False
    names = set(match.group(1).split())
    return not any(names & _words_in([other]) for j, other in enumerate(lines) if j != i)


def flag_headline_copies(lines: Sequence[str], flags: list[bool]) -> None:
    """A line that holds the headline (the first line kept) and a few words around it, with
    no sentence stop: an image's label ("Article image for ..."), not the story. A first
    line that is the next one plus the site's cells is the page's title, not the headline."""
    first = next((i for i, line in enumerate(lines) if line and not flags[i]), None)
    if first is None or not _headline(lines[first]):
        return
    headline = lines[first]
    below = next((i for i in range(first + 1, len(lines)) if lines[i] and not flags[i]), None)
    if below is not None and _page_title_over(headline, lines[below]):
        flags[first] = True  # the page's title ("Headline - Outlet - City"), then the headline
        return
    for i in range(first + 1, len(lines)):
        line = lines[i]
        near = len(line) <= len(headline) + _MAX_COPY_EXTRA
        if line != headline and near and _open(line) and headline in line:
            flags[i] = True


def _page_title_over(line: str, below: str) -> bool:
    """ "Floods reach Varnholt - Oster News - Varnholt, OS" over "Floods reach Varnholt":
    the browser's title, the headline then the site's name in cells."""
    return (
        line.startswith(below)
        and bool(_CELL_SEPARATOR.match(line[len(below) :]))
        and _headline(below)
    )


def headline_cell(title: str) -> str:
    """ "JAMAICA | Fitz Jackson exposes ...": of a title in cells, the one cell that reads
    as a headline; the others are the page's labels. A tag in capitals and brackets after
    it ("[VIDEO]") or before it ("[UPDATED]") goes, and a headline run into its own copy is
    printed once."""
    title = _DOUBLED.sub(r"\g<once>", _MEDIA_TAG.sub("", title), count=1)
    cells = [c.strip() for c in title.split(" | ")]
    headlines = [c for c in cells if _headline(c)]
    return headlines[0] if len(cells) > 1 and len(headlines) == 1 else title


def label_cells_over(line: str, below: str) -> bool:
    """ "Politics | Wellington City Council" over the headline: a row of the page's labels
    (a section and a tag, each a few capitalised words, none a headline) on top, not the
    title, when the line under it reads as a headline."""
    cells = [c.strip() for c in line.split(" | ")]
    labels = all(
        0 < len(c.split()) <= _SHORT_HEADLINE_WORDS and not _headline(c) and _capitalised_cell(c)
        for c in cells
    )
    return len(cells) >= 2 and labels and _headline(below)


def _capitalised_cell(cell: str) -> bool:
    return all(w[:1].isupper() or w in _CELL_JOINS for w in cell.split())


_CELL_JOINS = frozenset({"of", "and", "&", "the", "for", "in", "on"})


# "Floods reach Varnholt Floods reach Varnholt": a headline printed twice, run together.
_DOUBLED = re.compile(r"^(?P<once>\S.{9,200}\S) (?P=once)$")
# "... to Phone Boss [VIDEO]", "(PHOTOS)": the page's tag in capitals after the headline;
# "[UPDATED] Minister denies ...": one in square brackets before it (round 54).
_MEDIA_TAG = re.compile(r"(?<=\w)\s+[\[(][A-Z]{3,12}[\])]$|^\[[A-Z]{3,12}\]\s+(?=\S)")


def flag_labels_over_furniture(lines: Sequence[str], flags: list[bool]) -> None:
    """A short unpunctuated label ("HARBOUR NEWS") right over a row that is no prose labels
    that row, not the story."""
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        label = _open(line) and len(line.split()) <= _MAX_LABEL_WORDS
        if label and not flags[i] and is_non_prose_row(below):
            flags[i] = flags[i + 1] = True


def flag_cut_embeds(lines: Sequence[str], flags: list[bool]) -> None:
    """An embedded post: its text cut off with an ellipsis, over "Posted by X on DATE"."""
    for i in range(len(lines) - 1):
        if _POSTED_BY.match(lines[i + 1]):
            flags[i + 1] = True
            if _CUT_OFF.search(lines[i]) and len(lines[i]) <= _MAX_CAPTION:
                flags[i] = True
