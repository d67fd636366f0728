"""Load one briefing file: safe YAML, model validation, cross checks, every error at once.

`load_briefing` never raises for bad content: it returns a `LoadResult` holding either a
`Briefing` or the list of `Problem`s, each with its line and column and a way to fix it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.core.content_files import ContentFileRefused, read_content_file
from bot.core.errors import Problem
from bot.core.models import SUMMARY_LONG_ID, SUMMARY_SHORT_ID, Briefing
from bot.core.yamlread import Limits, Located, read_yaml

__all__ = ["LoadResult", "load_briefing", "load_briefing_bytes"]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The outcome of loading one file: a briefing, or the problems that stop it."""

    path: str
    briefing: Briefing | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file loaded without problems."""
        return self.briefing is not None and not self.problems

    def messages(self) -> list[str]:
        """Every problem as `file:line:col: what; fix`."""
        return [p.render(self.path) for p in self.problems]


def load_briefing(
    path: Path, limits: Limits | None = None, *, name: str | None = None
) -> LoadResult:
    """Read and check one briefing file."""
    shown = name or str(path)
    limits = limits or Limits()
    try:
        raw = read_content_file(path, path.resolve().parent, limits.max_bytes)
    except ContentFileRefused as refused:
        return LoadResult(shown, None, (refused.problem,))
    return load_briefing_bytes(raw, shown, limits)


def load_briefing_bytes(raw: bytes, name: str, limits: Limits | None = None) -> LoadResult:
    """Check a briefing given as bytes; `name` is the file name used in messages."""
    located = read_yaml(raw, limits)
    if isinstance(located, Problem):
        return LoadResult(name, None, (located,))
    if not isinstance(located.data, dict):
        return LoadResult(
            name,
            None,
            (
                Problem(
                    1,
                    1,
                    "the file is not a mapping of keys",
                    "start with `schema: 1` and `id: ...`",
                ),
            ),
        )
    problems = set(_crosscheck(located.data, located))
    try:
        briefing = Briefing.model_validate(located.data)
    except ValidationError as exc:
        problems |= {_explain(err, located) for err in exc.errors()}
        return LoadResult(name, None, tuple(sorted(problems, key=_order)))
    if problems:
        return LoadResult(name, None, tuple(sorted(problems, key=_order)))
    return LoadResult(name, briefing)


def _shown(value: object, limit: int = 60) -> str:
    """A value from the file as it may appear in a one-line message: spaces for line breaks
    and control characters, cut to `limit` characters."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(value)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _order(problem: Problem) -> tuple[int, int, str]:
    return (problem.line, problem.column, problem.message)


def _known_fields(model: type[Any]) -> list[str]:
    names = []
    for name, info in model.model_fields.items():
        names.append(info.alias or name)
    return names


def _explain(err: Any, located: Located) -> Problem:
    """Turn one pydantic error into a positioned, friendly problem."""
    loc = tuple(err["loc"])
    kind = err["type"]
    where = _shown(".".join(str(p) for p in loc) or "the file", 80)
    line, col = located.position(loc)
    raw = located.scalars.get(loc)
    raw = None if raw is None else _shown(raw)
    value = err.get("input")
    if kind == "missing":
        return Problem(line, col, f"`{where}` is missing", f"add `{_shown(loc[-1])}:` with a value")
    if kind == "extra_forbidden":
        return Problem(line, col, f"unknown key `{_shown(loc[-1])}`", _suggest_key(loc, err))
    if kind == "string_type" and value is None:
        return Problem(line, col, f"`{where}` has no value", "write some text after the colon")
    if kind == "string_type" and isinstance(value, dict | list):
        shape = "a list" if isinstance(value, list) else "a mapping"
        return Problem(
            line,
            col,
            f"`{where}` should be text, but YAML read {shape}",
            "write plain text; put it in quotes if it holds `: `, `[` or `{`",
        )
    if kind == "string_type" and isinstance(value, bool):
        shown = raw if raw is not None else str(value).lower()
        return Problem(
            line,
            col,
            f"YAML read `{shown}` at `{where}` as the boolean "
            f"{str(value).lower()}, but text is expected",
            f'put it in quotes: "{shown}"',
        )
    if kind == "string_type" and isinstance(value, int | float):
        shown = raw if raw is not None else str(value)
        return Problem(
            line,
            col,
            f"YAML read `{shown}` at `{where}` as a number, but text is expected",
            f'put it in quotes: "{shown}"',
        )
    if kind == "string_pattern_mismatch":
        return Problem(
            line,
            col,
            f"`{_shown(value)}` is not a valid id at `{where}`",
            "use lowercase letters, digits and dashes, e.g. `kirby-fair-game`",
        )
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        shown = raw if raw is not None else _shown(value)
        return Problem(
            line, col, f"`{shown}` is not allowed at `{where}`", f"use one of {expected}"
        )
    if kind == "string_too_short":
        return Problem(line, col, f"`{where}` is empty", "write some text")
    if kind == "string_too_long":
        limit = err.get("ctx", {}).get("max_length")
        return Problem(line, col, f"`{where}` is longer than {limit} characters", "shorten it")
    if kind == "too_short":
        need = err.get("ctx", {}).get("min_length")
        return Problem(line, col, f"`{where}` needs at least {need} item(s)", "add them")
    if kind in ("list_type", "dict_type", "model_type", "model_attributes_type"):
        shape = (
            "a list (lines starting with `- `)" if kind == "list_type" else "a mapping (key: value)"
        )
        return Problem(line, col, f"`{where}` should be {shape}", "fix its shape")
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        return Problem(line, col, f"`{where}` is not a date", "write it as YYYY-MM-DD")
    message = str(err["msg"]).removeprefix("Value error, ")
    what, _sep, fix = message.partition("; ")
    return Problem(line, col, f"{what} (at `{where}`)", fix or "see the format reference")


def _suggest_key(loc: tuple[Any, ...], err: Any) -> str:
    """Suggest the field name closest to an unknown key."""
    from bot.core import models

    candidates = {
        name
        for cls in vars(models).values()
        if isinstance(cls, type) and hasattr(cls, "model_fields")
        for name in _known_fields(cls)
    }
    close = difflib.get_close_matches(str(loc[-1]), sorted(candidates), n=1, cutoff=0.7)
    if close:
        return f"did you mean `{close[0]}`? otherwise remove it"
    return "remove it; see the format reference for the keys a briefing takes"


def _items(data: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mappings in a top-level list, with their index (anything malformed is skipped)."""
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _strings(value: Any) -> list[tuple[int, str]]:
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, str)]


def _crosscheck(data: dict[str, Any], located: Located) -> Iterable[Problem]:
    """Rules that span the file: unique ids, references that resolve.

    Works on the raw data, so these problems are reported together with shape and type
    problems; malformed parts are left to model validation.
    """
    Path_ = tuple[str | int, ...]
    ids: list[tuple[str, Path_]] = []
    sections = _items(data, "sections")
    figures = _items(data, "figures")
    ids += [(s["id"], ("sections", i, "id")) for i, s in sections if isinstance(s.get("id"), str)]
    quotes: list[tuple[Path_, dict[str, Any]]] = []
    for i, fig in figures:
        if isinstance(fig.get("id"), str):
            ids.append((fig["id"], ("figures", i, "id")))
        quotes += [(("figures", i, "quotes", j), q) for j, q in _items(fig, "quotes")]
    ids += [(q["id"], (*path, "id")) for path, q in quotes if isinstance(q.get("id"), str)]
    for key in ("facts", "timeline", "glossary", "notes", "questions"):
        ids += [
            (x["id"], (key, i, "id")) for i, x in _items(data, key) if isinstance(x.get("id"), str)
        ]

    owners: dict[str, Path_] = {
        SUMMARY_SHORT_ID: ("summary", "short"),
        SUMMARY_LONG_ID: ("summary", "long"),
    }
    for item_id, path in ids:
        if item_id in owners:
            first, _column = located.position(owners[item_id])
            reserved = item_id in (SUMMARY_SHORT_ID, SUMMARY_LONG_ID)
            yield Problem(
                *located.position(path),
                f"id `{_shown(item_id)}` is "
                + ("kept for the summary" if reserved else f"used twice (first at line {first})"),
                "give each item its own id",
            )
        else:
            owners[item_id] = path

    section_ids = {s["id"] for _, s in sections if isinstance(s.get("id"), str)}
    testable = {f["id"] for _, f in _items(data, "facts") if isinstance(f.get("id"), str)}
    testable |= {q["id"] for _, q in quotes if isinstance(q.get("id"), str)}

    def resolve(ref: Any, path: Path_, allowed: set[str], what: str) -> Iterable[Problem]:
        if isinstance(ref, str) and ref not in allowed:
            hint = difflib.get_close_matches(ref, sorted(allowed), n=1)
            fix = f"use the id of an existing {what}"
            if hint:
                fix = f"did you mean `{_shown(hint[0])}`?"
            message = f"`{_shown(ref)}` does not match any {what}"
            yield Problem(*located.position(path), message, fix)

    located_sections = [(path, q) for path, q in quotes]
    for key in ("facts", "timeline"):
        located_sections += [((key, i), x) for i, x in _items(data, key)]
    for path, item in located_sections:
        if item.get("section") is not None:
            yield from resolve(item["section"], (*path, "section"), section_ids, "section")
    for i, question in _items(data, "questions"):
        for j, ref in _strings(question.get("refs")):
            yield from resolve(ref, ("questions", i, "refs", j), testable, "fact or quote")
    for i, note in _items(data, "notes"):
        for j, ref in _strings(note.get("applies_to")):
            yield from resolve(ref, ("notes", i, "applies_to", j), set(owners), "item")
    terms: set[str] = set()
    for i, entry in _items(data, "glossary"):
        term = entry.get("term")
        if not isinstance(term, str):
            continue
        if term.casefold() in terms:
            yield Problem(
                *located.position(("glossary", i, "term")),
                f"the glossary defines `{_shown(term)}` twice",
                "keep one definition",
            )
        terms.add(term.casefold())
