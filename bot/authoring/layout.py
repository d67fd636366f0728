"""Page clutter told by where a line stands, not by what it says alone.

A news page drops lines between the paragraphs that read like text but are not the story:
a kicker above the headline ("Zimbabwe", "UPI NewsTrack TopNews"), the writer's name or job
under the headline ("Mary Corcoran", "Senior Journalist"), decks that run on from the
headline after an ellipsis ("…State House officials selling maize"), the links under a
"related news" label, and captions or other stories' headlines set between paragraphs: a
sentence with no final full stop where every paragraph around it has one. Each rule looks
at a line and its neighbours only, so the whole pass stays linear in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["flag_by_position", "flag_label_over_list", "names_someone_alone", "speaker_heading"]

_TERMINAL = ".!?:\"”’'…)"
_ELLIPSIS = ("..", "…")
_TOP = 8  # the lines of a page's head: kicker, headline, byline, the writer's job
_MAX_CAPTIONS = 3  # captions in a row between two paragraphs
_NAME_ALONE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}$")
_KICKER_WORD = re.compile(
    r"news|stories|top|latest|breaking|headlines|world|local|politics|business|sports?|"
    r"opinion|analysis|exclusive|live|updates?",
    re.IGNORECASE,
)
_WRITER_JOBS = frozenset(
    {"journalist", "reporter", "writer", "editor", "correspondent", "columnist"}
    | {"contributor", "photographer", "producer", "intern", "staff"}
)
_REPORTS = re.compile(r"\b(?:said|says|told|added|explained|according to)\b")
_RELATED_LABEL = re.compile(
    r"\b(?:related|top|more|latest|recommended|popular) (?:news|stories|articles|coverage|"
    r"reads|links)\b|\bbackground material\b",
    re.IGNORECASE,
)


# "INDIAN COACH, HARENDERA SINGH:", "Kemi Adeyemi:": an optional role and a comma, then a
# name of two to four words, then a colon ending the line.
_SPEAKER_HEADING = re.compile(
    r"^(?:[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,4}, )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}:$"
)


def speaker_heading(line: str) -> bool:
    """A line that names who speaks the quotes under it, as a press-conference page sets
    them out ("INDIAN COACH, HARENDERA SINGH:"): a heading the quotes need, not a banner."""
    return len(line) <= 80 and _SPEAKER_HEADING.match(line) is not None


# "Mike Montgomerie", "Sheriff Jane Roe", "Makueni governor Kivutha Kibwana": up to three
# words of office, then a given name and a surname, nothing else on the line.
_PERSON_LINE = re.compile(
    r"^(?!(?:The|A|An|Our|Your|This|Its|How|Why|What|When|Where|Who)\b)"
    r"(?:[A-Za-z][\w'’.-]* ){0,3}([A-Z][a-z’'.-]+(?: [A-Z]\.)? [A-Z][\w'’-]*[a-z])$"
)


def names_someone_alone(title: str, body: str) -> bool:
    """A heading that is only a person's name, which the story's text prints too: the
    caption over their picture or the name over their words, not a heading a briefing
    titles a section with ("Mike Montgomerie" over "Cr Mike Montgomerie said ...")."""
    match = _PERSON_LINE.match(title.strip())
    if match is None or match.group(1) not in body:
        return False
    given, surname = match.group(1).rsplit(" ", 1)
    # a person is named without "the", and by the surname alone too ("Montgomerie said");
    # "the Supreme Court", "the Tight Races" are things
    if re.search(rf"\b[Tt]he {re.escape(match.group(1))}", body):
        return False
    alone = re.finditer(rf"\b{re.escape(surname)}\b(?! [A-Z])", body)
    return any(not body.endswith(f"{given} ", 0, m.start()) for m in alone)


def _ends_open(line: str) -> bool:
    """No closing punctuation: a label, a headline or a caption, not a paragraph."""
    return bool(line) and line[-1] not in _TERMINAL


def _capitalised(line: str) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() for w in line.split())


def _sentence_like(line: str) -> bool:
    """More than five words, mostly lowercase: a sentence, not a title-case heading."""
    words = line.split()
    big = [w for w in words if len(w) > 3]
    capital = sum(1 for w in big if w[0].isupper())
    return len(words) > 5 and bool(big) and capital / len(big) < 0.6


def _quoteless(line: str) -> bool:
    return not line.startswith("'") and not any(mark in line for mark in '"“”‘')


def flag_by_position(
    lines: Sequence[str], flags: list[bool], paragraphs: Sequence[bool], bylines: Sequence[bool]
) -> None:
    """Flag (in place) the lines that are clutter because of their neighbours."""
    kept = [i for i, flag in enumerate(flags) if not flag and lines[i]]
    _flag_kicker(lines, flags, kept)
    _flag_writer(lines, flags, bylines)
    _flag_decks(lines, flags)
    _flag_related_links(lines, flags)
    _flag_captions(lines, flags, paragraphs, kept)


def _flag_kicker(lines: Sequence[str], flags: list[bool], kept: list[int]) -> None:
    """ "Zimbabwe" over "Zim Minister lashes out at the media": the page's labels above the
    headline (a section, the outlet, "LATEST STORIES:", a "Breaking: ..." ticker), each one to
    three capitalised words (four with a news word), up to three of them over the first line
    that reads like a headline; a lone lowercase word on top ("cities") is a section tag
    whatever follows."""
    if len(kept) < 2:
        return
    first = lines[kept[0]]
    if first.isalpha() and first.islower():
        flags[kept[0]] = True  # "cities": a section tag in lowercase, never a headline
        return
    headline = next((n for n, i in enumerate(kept[:4]) if not _above_headline(lines[i])), None)
    if headline is None or not _headline_like(lines[kept[headline]]):
        return
    for i in kept[:headline]:
        flags[i] = True


def _above_headline(line: str) -> bool:
    labelled = _label(line) and (not _headline_like(line) or _small_words_label(line.split()))
    return _ticker(line) or labelled


def flag_label_over_list(lines: Sequence[str], flags: list[bool], bullets: Sequence[bool]) -> None:
    """ "Key Points" over the page's list of highlights: a label on top, not a headline."""
    first = next((i for i, flag in enumerate(flags) if not flag and lines[i]), None)
    if first is None or first + 1 >= len(lines) or not bullets[first + 1]:
        return
    if _label(lines[first]) and not bullets[first]:
        flags[first] = True


def _label(line: str) -> bool:
    """A section's, a page's or the outlet's name: "Court Digest", "Express & Star"."""
    words = line.split()
    if not words or not (_ends_open(line) or line.endswith(":")) or not _capitalised(line):
        return _small_words_label(words)
    return (
        len(words) <= 2
        or (len(words) <= 4 and bool(_KICKER_WORD.search(line)))
        or (len(words) == 3 and "&" in words)
    )


def _small_words_label(words: list[str]) -> bool:
    """ "AP in the News": a news label whose small words stay lowercase."""
    big = [w for w in words if w not in _SMALL_WORDS]
    return (
        2 <= len(big) <= 3
        and len(words) <= 5
        and words[0][:1].isupper()
        and _capitalised(" ".join(big))
        and bool(_KICKER_WORD.fullmatch(big[-1]))
    )


_SMALL_WORDS = frozenset({"in", "the", "of", "and", "on", "for", "from"})


def _ticker(line: str) -> bool:
    """ "Breaking: 2 hurt in crash": another story behind a news label and a colon."""
    head, colon, rest = line.partition(": ")
    return bool(colon and rest) and _KICKER_WORD.fullmatch(head.strip()) is not None


def _headline_like(line: str) -> bool:
    """Four words or more with no full stop at the end (inside a closing quotation mark
    too: "... to Be Read’"), not a list item: a headline."""
    bare = line.rstrip("\"”’'")
    return (
        len(line.split()) >= 4
        and len(line) <= 200
        and bare[-1:] not in ("", *".!?:;,…")
        and not line.startswith(("- ", "* ", "• "))
    )


def _flag_writer(lines: Sequence[str], flags: list[bool], bylines: Sequence[bool]) -> None:
    """Under the headline and before the story's first paragraph, the writer: a name
    alone ("Mary Corcoran"), or the writer's job right under the byline ("Senior
    Journalist")."""
    headline_seen = False  # the writer stands under the headline, never in its place
    for i in range(1, min(len(lines), _TOP)):
        line = lines[i]
        if _body(line) and not flags[i]:
            return
        if not line or flags[i] or not _ends_open(line) or len(line.split()) > 4:
            headline_seen = headline_seen or bool(line and not flags[i])
            continue
        if not (headline_seen or any(lines[j] and not flags[j] for j in range(i))):
            headline_seen = True
            continue
        after_byline = bylines[i - 1] or (i >= 2 and not lines[i - 1] and bylines[i - 2])
        writer_job = after_byline and line.split()[-1].casefold() in _WRITER_JOBS
        name_alone = _NAME_ALONE.match(line) and _next_is_paragraph(lines, i)
        if writer_job or name_alone:
            flags[i] = True


def _flag_decks(lines: Sequence[str], flags: list[bool]) -> None:
    """Above the story's first paragraph, a short line opening with an ellipsis ("..MP's,
    CDEDI cry for food", "…as X says Y"): a deck running on from the headline."""
    for i in range(min(len(lines), _TOP)):
        line = lines[i]
        if _body(line) and not flags[i] and not line.startswith(_ELLIPSIS):
            return
        if line.startswith(_ELLIPSIS) and len(line) <= 200 and _quoteless(line):
            flags[i] = True


def _body(line: str) -> bool:
    """A paragraph of the story: long, and ending like a sentence."""
    return len(line) > 80 and not _ends_open(line)


def _next_is_paragraph(lines: Sequence[str], i: int) -> bool:
    return _body(next((line for line in lines[i + 1 :] if line), ""))


def _flag_related_links(lines: Sequence[str], flags: list[bool]) -> None:
    """ "Find related news and background material in:" and the links listed under it, up
    to the next line that ends like a sentence; above the story, one line alone under such
    a label ("LATEST NEWS") is the headline, not a list."""
    story_began = False
    for i, line in enumerate(lines):
        story_began = story_began or (_body(line) and not flags[i])
        if not flags[i] or not _RELATED_LABEL.search(line):
            continue
        links = []
        for j in range(i + 1, min(len(lines), i + 12)):
            if lines[j] and not (_ends_open(lines[j]) and len(lines[j]) <= 200):
                break
            links.append(j)
        if story_began or sum(1 for j in links if lines[j]) > 1:
            for j in links:
                flags[j] = True  # (one line under "LATEST NEWS" on top: the headline)


def _flag_captions(
    lines: Sequence[str], flags: list[bool], paragraphs: Sequence[bool], kept: list[int]
) -> None:
    """A caption or another story's headline between paragraphs: up to three sentences in a
    row with no final stop (a name and title over one among them), where the paragraphs
    before and after end with one."""
    k = 2  # the headline and the line under it (a standfirst) are never captions
    while k < len(kept) - 1:
        run = k
        while run < len(kept) and run - k < _MAX_CAPTIONS and _in_caption(lines, kept[run]):
            if not paragraphs[kept[run]]:
                break
            run += 1
        introduced = lines[kept[k - 1]].endswith(":")  # a list the paragraph announces
        between = run < len(kept) and _closed(lines, kept[k - 1]) and _closed(lines, kept[run])
        between = between and not introduced and not _sentence_goes_on(lines, kept[k : run + 1])
        prose = any(_caption_like(lines, i) for i in kept[k:run])  # not titles alone
        if run > k and between and prose:
            for idx in kept[k:run]:
                flags[idx] = True
        k = max(run, k + 1)


def _sentence_goes_on(lines: Sequence[str], run: Sequence[int]) -> bool:
    """Lines of one sentence broken for print: a line after the first opens in lowercase
    ("... who was pipped to the post" / "last election by then councillor ...")."""
    return any(lines[i][:1].islower() for i in run[1:])


def _in_caption(lines: Sequence[str], i: int) -> bool:
    """A caption's sentence, or the name and title a photo's caption gives over it
    ("Apple CEO Steve Jobs": a few capitalised words, unpunctuated)."""
    line = lines[i]
    words = line.split()
    title = len(words) <= _MAX_NAME_CAPTION and _capitalised(line) and _quoteless(line)
    return _caption_like(lines, i) or (title and _ends_open(line))


_MAX_NAME_CAPTION = 6


def _caption_like(lines: Sequence[str], i: int) -> bool:
    """Unpunctuated, short, quoteless prose that reports no one (a paragraph that lost its
    final stop still says who said it)."""
    line = lines[i]
    if not (_ends_open(line) and len(line) <= 250 and _quoteless(line)):
        return False
    return _sentence_like(line) and not _REPORTS.search(line)


def _closed(lines: Sequence[str], i: int) -> bool:
    """A paragraph that ends like a sentence: a short quote of its own counts."""
    line = lines[i]
    return len(line) > _MIN_CLOSED and not _ends_open(line)


_MIN_CLOSED = 40
