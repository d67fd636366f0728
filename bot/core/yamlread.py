"""Safe YAML reading that remembers where every value came from.

PyYAML's safe loader silently keeps the last of two duplicate keys, expands aliases without
limit and forgets positions once it builds Python objects. This reader walks the parser's
event stream instead (the C parser where available), so it can:

- refuse duplicate keys, alias bombs, deep nesting and oversized documents up front;
- keep the line and column of every value, keyed by its path (`("questions", 3, "answer")`),
  so a validation error can point at the exact place in the file;
- remember each scalar's source text, to explain YAML's traps (`no` read as false).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from bot.core.errors import Problem
from bot.core.wording import number
from bot.i18n import _

__all__ = ["Limits", "Located", "read_yaml"]

try:  # The C parser is several times faster; fall back to pure Python where it is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Limits:
    """Guard rails applied before and while reading a document."""

    max_bytes: int = 512 * 1024
    max_depth: int = 32
    max_nodes: int = 100_000
    max_aliases: int = 100


@dataclass(slots=True)
class Located:
    """A parsed document and the position (line, column, source text) of each value."""

    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    scalars: dict[Path_, str] = field(default_factory=dict)

    def position(self, path: Path_) -> tuple[int, int]:
        """The 1-based line and column of a path, or of its nearest located parent."""
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))


class _Refused(Exception):
    """Raised inside the reader when a guard rail trips."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_PLAIN_TAGS = {
    "tag:yaml.org,2002:bool": _CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:int": _CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _CONSTRUCTOR.construct_yaml_float,
    "tag:yaml.org,2002:null": _CONSTRUCTOR.construct_yaml_null,
}


def _scalar(event: yaml.ScalarEvent) -> Any:
    """Build a scalar the way the safe loader would, but keep timestamps as text."""
    if event.tag and event.tag not in ("!", "tag:yaml.org,2002:str"):
        tag = event.tag
    elif event.tag == "!" or not event.implicit[0]:
        return event.value
    else:
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
    build = _PLAIN_TAGS.get(tag)
    if build is None:
        return event.value  # str, timestamps (pydantic parses ISO dates), unknown tags as text
    return build(yaml.ScalarNode(tag, event.value))


def _where(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1)


class _Builder:
    """Turns a parser event stream into Python values while applying the limits."""

    def __init__(self, events: Any, limits: Limits, located: Located) -> None:
        self.events = events
        self.limits = limits
        self.located = located
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.aliases = 0

    def next_event(self) -> yaml.Event:
        return next(self.events)

    def count(self, n: int, event: yaml.Event) -> None:
        self.nodes += n
        if self.nodes > self.limits.max_nodes:
            raise _Refused(
                Problem(
                    *_where(event),
                    _("the document has more than {limit} values").format(
                        limit=number(self.limits.max_nodes)
                    ),
                    _("split it into several briefings"),
                )
            )

    def value(self, event: yaml.Event, path: Path_, depth: int) -> tuple[Any, int]:
        """Build one value; returns it and how many nodes it expands to."""
        self.located.positions[path] = _where(event)
        if isinstance(event, yaml.AliasEvent):
            return self.alias(event)
        if depth > self.limits.max_depth:
            raise _Refused(
                Problem(
                    *_where(event),
                    _("values are nested more than {limit} levels deep").format(
                        limit=self.limits.max_depth
                    ),
                    _("flatten the structure; a briefing needs only a few levels"),
                )
            )
        if isinstance(event, yaml.ScalarEvent):
            self.located.scalars[path] = event.value
            result: tuple[Any, int] = (_scalar(event), 1)
        elif isinstance(event, yaml.SequenceStartEvent):
            result = self.sequence(path, depth)
        elif isinstance(event, yaml.MappingStartEvent):
            result = self.mapping(event, path, depth)
        else:  # pragma: no cover - the parser guarantees a node event here
            raise _Refused(
                Problem(*_where(event), _("unexpected YAML structure"), _("check syntax"))
            )
        self.count(result[1] if not isinstance(event, yaml.ScalarEvent) else 1, event)
        anchor = getattr(event, "anchor", None)
        if anchor:
            self.anchors[anchor] = result
        return result

    def alias(self, event: yaml.AliasEvent) -> tuple[Any, int]:
        self.aliases += 1
        if self.aliases > self.limits.max_aliases:
            raise _Refused(
                Problem(
                    *_where(event),
                    _("more than {limit} aliases (*name)").format(limit=self.limits.max_aliases),
                    _("write the values out; briefings do not need anchors"),
                )
            )
        if event.anchor not in self.anchors:
            raise _Refused(
                Problem(
                    *_where(event),
                    _("unknown alias *{name}").format(name=event.anchor),
                    _("define the &anchor first"),
                )
            )
        value, size = self.anchors[event.anchor]
        if self.nodes + size > self.limits.max_nodes:  # an alias costs what it expands to
            raise _Refused(
                Problem(
                    *_where(event),
                    _("the aliases (*name) here expand to more than {limit} values").format(
                        limit=number(self.limits.max_nodes)
                    ),
                    _("write the values out; briefings do not need anchors"),
                )
            )
        self.count(size, event)
        return value, size

    def sequence(self, path: Path_, depth: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        size = 1
        while not isinstance(event := self.next_event(), yaml.SequenceEndEvent):
            item, n = self.value(event, (*path, len(items)), depth + 1)
            items.append(item)
            size += n
        return items, size

    def mapping(self, start: yaml.Event, path: Path_, depth: int) -> tuple[dict[Any, Any], int]:
        result: dict[Any, Any] = {}
        size = 1
        while not isinstance(key_event := self.next_event(), yaml.MappingEndEvent):
            if not isinstance(key_event, yaml.ScalarEvent):
                raise _Refused(
                    Problem(
                        *_where(key_event),
                        _("a key must be plain text"),
                        _("write `name: value`"),
                    )
                )
            key = _scalar(key_event)
            if key == "<<":
                raise _Refused(
                    Problem(
                        *_where(key_event),
                        _("merge keys (<<) are not supported"),
                        _("write it out"),
                    )
                )
            if key in result:
                line, col = _where(key_event)
                first, _column = self.located.positions[(*path, key)]
                raise _Refused(
                    Problem(
                        line,
                        col,
                        _("duplicate key {key} (first at line {line})").format(
                            key=repr(key), line=first
                        ),
                        _("remove one of them or merge their content"),
                    )
                )
            child_path = (*path, key)
            self.located.positions[child_path] = _where(key_event)
            value, n = self.value(self.next_event(), child_path, depth + 1)
            self.located.positions[child_path] = _where(key_event)
            result[key] = value
            size += n
        return result, size


def read_yaml(raw: bytes, limits: Limits | None = None) -> Located | Problem:
    """Parse one YAML document from bytes, or say (with a position) why it cannot be read."""
    limits = limits or Limits()
    if len(raw) > limits.max_bytes:
        return Problem(
            1,
            1,
            _("the file is {size} bytes, over the {limit}-byte limit").format(
                size=number(len(raw)), limit=number(limits.max_bytes)
            ),
            _("split it into several briefings"),
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return Problem(line, col, _("the file is not valid UTF-8"), _("save it as UTF-8"))
    if not text.strip():
        return Problem(1, 1, _("the file is empty"), _("start from an existing briefing"))
    located = Located(data=None)
    try:
        events = iter(yaml.parse(text, Loader=_Loader))
        builder = _Builder(events, limits, located)
        first = builder.next_event()  # StreamStart
        doc = builder.next_event()
        if not isinstance(first, yaml.StreamStartEvent) or not isinstance(
            doc, yaml.DocumentStartEvent
        ):
            return Problem(1, 1, _("the file holds no YAML document"), _("start with `schema: 1`"))
        located.data, _end = builder.value(builder.next_event(), (), 0)
        builder.next_event()  # DocumentEnd
        after = builder.next_event()
        if not isinstance(after, yaml.StreamEndEvent):
            return Problem(
                *_where(after),
                _("the file holds several YAML documents"),
                _("keep one; remove `---`"),
            )
    except _Refused as refused:
        return refused.problem
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or _("invalid YAML")
        lines = text.splitlines()
        if line > len(lines):  # the end of the text: show it on the last line, after its end
            line = max(1, len(lines))
            col = len(lines[-1]) + 1 if lines else 1
        opened = _unclosed_quote(lines[: line - 1])
        if opened is not None:
            return Problem(
                opened[0],
                opened[1],
                _(
                    "YAML syntax: this quote is never closed "
                    "(reading stopped at line {line}: {problem})"
                ).format(line=line, problem=what),
                _("end the value with the same quote mark on this line"),
            )
        source_line = lines[line - 1] if 0 < line <= len(lines) else ""
        return Problem(
            line,
            col,
            _("YAML syntax: {problem}").format(problem=what),
            _syntax_hint(what, source_line),
        )
    except yaml.reader.ReaderError as exc:
        return _bad_character(text, exc)
    except yaml.YAMLError as exc:
        return Problem(
            1, 1, _("YAML error: {problem}").format(problem=exc), _("check the file's syntax")
        )
    except RecursionError:
        return Problem(1, 1, _("values are nested too deeply"), _("flatten the structure"))
    return located


def _bad_character(text: str, exc: yaml.reader.ReaderError) -> Problem:
    """A character YAML does not allow (a control character), at its line and column."""
    position = max(0, min(int(exc.position), len(text)))
    line = text.count("\n", 0, position) + 1
    col = position - (text.rfind("\n", 0, position) + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return Problem(
        line,
        col,
        _("the file holds an invisible control character (U+{code})").format(code=f"{code:04X}"),
        _("delete it; only tabs, line breaks and printable text may appear"),
    )


_QUOTED_START = re.compile(r"""^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?(["'])""")


def _unclosed_quote(lines: list[str]) -> tuple[int, int] | None:
    """The line and column of a value that opens a quote and never closes it on its line.

    A multi-line quoted value is valid YAML, but in a briefing it is nearly always a missing
    closing quote, which the parser only notices many lines later.
    """
    for line_number, text in enumerate(lines, start=1):
        found = _QUOTED_START.match(text)
        if found is None:
            continue
        quote, start = found.group(1), found.end(1)
        rest = text[start:]
        closed = rest.replace("''", "") if quote == "'" else re.sub(r"\\.", "", rest)
        if quote not in closed:
            return line_number, start
    return None


def _syntax_hint(problem: str, source_line: str) -> str:
    if "tab" in problem or "\t" in source_line:
        return _("indent with spaces, not tabs")
    if "mapping values" in problem:
        return _("a value containing ': ' must be quoted")
    if "control characters" in problem or "special characters" in problem:
        return _("remove invisible control characters")
    return _("check indentation and quoting around this line")
