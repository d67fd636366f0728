"""Load one briefing file: safe YAML, model validation, cross checks, every error at once.

`load_briefing` never raises for bad content: it returns a `LoadResult` holding either a
`Briefing` or the list of `Problem`s, each with its line and column and a way to fix it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.core.content_files import ContentFileRefused, read_content_file
from bot.core.errors import Problem
from bot.core.models import SUMMARY_LONG_ID, SUMMARY_SHORT_ID, Briefing
from bot.core.yamlread import Limits, Located, read_yaml
from bot.i18n import N_, _, ngettext

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
                    _("the file is not a mapping of keys"),
                    _("start with `schema: 1` and `id: ...`"),
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
    where = _shown(".".join(str(p) for p in loc) or _("the file"), 80)
    line, col = located.position(loc)
    raw = located.scalars.get(loc)
    raw = None if raw is None else _shown(raw)
    value = err.get("input")
    shape_problem = _shape_problem(kind, value, raw, where)
    if shape_problem is not None:
        return Problem(line, col, *shape_problem)
    if kind == "missing":
        return Problem(
            line,
            col,
            _("`{where}` is missing").format(where=where),
            _("add `{key}:` with a value").format(key=_shown(loc[-1])),
        )
    if kind == "extra_forbidden":
        return Problem(
            line, col, _("unknown key `{key}`").format(key=_shown(loc[-1])), _suggest_key(loc, err)
        )
    if kind == "string_pattern_mismatch" and loc[-1] == "language":
        return Problem(
            line,
            col,
            _("`{value}` is not a language code at `{where}`").format(
                value=_shown(value), where=where
            ),
            _("write a code such as `en`, `fr` or `pt-BR`"),
        )
    if kind == "string_pattern_mismatch":
        return Problem(
            line,
            col,
            _("`{value}` is not a valid id at `{where}`").format(value=_shown(value), where=where),
            _("use lowercase letters, digits and dashes, e.g. `kirby-fair-game`"),
        )
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        shown = raw if raw is not None else _shown(value)
        return Problem(
            line,
            col,
            _("`{value}` is not allowed at `{where}`").format(value=shown, where=where),
            _("use one of {expected}").format(expected=expected),
        )
    return Problem(line, col, *_size_problem(kind, err, where))


def _shape_problem(kind: str, value: Any, raw: str | None, where: str) -> tuple[str, str] | None:
    """What is wrong when text was expected and YAML read something else, and the fix."""
    if kind != "string_type":
        return None
    if value is None:
        return (
            _("`{where}` has no value").format(where=where),
            _("write some text after the colon"),
        )
    if isinstance(value, dict | list):
        if isinstance(value, list):
            what = _("`{where}` should be text, but YAML read a list")
        else:
            what = _("`{where}` should be text, but YAML read a mapping")
        return (
            what.format(where=where),
            _("write plain text; put it in quotes if it holds `: `, `[` or `{`"),
        )
    if isinstance(value, bool):
        shown = raw if raw is not None else str(value).lower()
        return (
            _(
                "YAML read `{shown}` at `{where}` as the boolean {value}, but text is expected"
            ).format(shown=shown, where=where, value=str(value).lower()),
            _('put it in quotes: "{shown}"').format(shown=shown),
        )
    if isinstance(value, int | float):
        shown = raw if raw is not None else str(value)
        return (
            _("YAML read `{shown}` at `{where}` as a number, but text is expected").format(
                shown=shown, where=where
            ),
            _('put it in quotes: "{shown}"').format(shown=shown),
        )
    return None


def _size_problem(kind: str, err: Any, where: str) -> tuple[str, str]:
    """Empty, too long, too few items, wrong shape, not a date, or a model rule's message."""
    if kind == "string_too_short":
        return _("`{where}` is empty").format(where=where), _("write some text")
    if kind == "string_too_long":
        limit = err.get("ctx", {}).get("max_length")
        return (
            _("`{where}` is longer than {limit} characters").format(where=where, limit=limit),
            _("shorten it"),
        )
    if kind == "too_short":
        need = err.get("ctx", {}).get("min_length", 1)
        what = ngettext(
            "`{where}` needs at least {n} item", "`{where}` needs at least {n} items", need
        )
        return what.format(where=where, n=need), _("add them")
    if kind in ("list_type", "dict_type", "model_type", "model_attributes_type"):
        if kind == "list_type":
            what = _("`{where}` should be a list (lines starting with `- `)")
        else:
            what = _("`{where}` should be a mapping (key: value)")
        return what.format(where=where), _("fix its shape")
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        return _("`{where}` is not a date").format(where=where), _("write it as YYYY-MM-DD")
    message = str(err["msg"]).removeprefix("Value error, ")
    what, _sep, fix = message.partition("; ")
    return (
        _("{problem} (at `{where}`)").format(problem=what.rstrip(), where=where),
        fix or _("see the format reference"),
    )


def _suggest_key(loc: tuple[Any, ...], err: Any) -> str:
    """Suggest the field name closest to an unknown key."""
    import difflib  # only for a misspelt key: an idle bot does not carry it

    from bot.core import models

    candidates = {
        name
        for cls in vars(models).values()
        if isinstance(cls, type) and hasattr(cls, "model_fields")
        for name in _known_fields(cls)
    }
    close = difflib.get_close_matches(str(loc[-1]), sorted(candidates), n=1, cutoff=0.7)
    if close:
        return _("did you mean `{key}`? otherwise remove it").format(key=close[0])
    return _("remove it; see the format reference for the keys a briefing takes")


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
            if reserved:
                what = _("id `{id}` is kept for the summary")
            else:
                what = _("id `{id}` is used twice (first at line {line})")
            yield Problem(
                *located.position(path),
                what.format(id=_shown(item_id), line=first),
                _("give each item its own id"),
            )
        else:
            owners[item_id] = path

    section_ids = {s["id"] for _index, s in sections if isinstance(s.get("id"), str)}
    testable = {f["id"] for _index, f in _items(data, "facts") if isinstance(f.get("id"), str)}
    testable |= {q["id"] for _index, q in quotes if isinstance(q.get("id"), str)}

    def resolve(ref: Any, path: Path_, allowed: set[str], what: str) -> Iterable[Problem]:
        if isinstance(ref, str) and ref not in allowed:
            import difflib

            hint = difflib.get_close_matches(ref, sorted(allowed), n=1)
            thing = _(what)
            fix = _("use the id of an existing {thing}").format(thing=thing)
            if hint:
                fix = _("did you mean `{id}`?").format(id=_shown(hint[0]))
            message = _("`{id}` does not match any {thing}").format(id=_shown(ref), thing=thing)
            yield Problem(*located.position(path), message, fix)

    located_sections = [(path, q) for path, q in quotes]
    for key in ("facts", "timeline"):
        located_sections += [((key, i), x) for i, x in _items(data, key)]
    for path, item in located_sections:
        if item.get("section") is not None:
            yield from resolve(item["section"], (*path, "section"), section_ids, N_("section"))
    for i, question in _items(data, "questions"):
        for j, ref in _strings(question.get("refs")):
            yield from resolve(ref, ("questions", i, "refs", j), testable, N_("fact or quote"))
    for i, note in _items(data, "notes"):
        for j, ref in _strings(note.get("applies_to")):
            yield from resolve(ref, ("notes", i, "applies_to", j), set(owners), N_("item"))
    terms: set[str] = set()
    for i, entry in _items(data, "glossary"):
        term = entry.get("term")
        if not isinstance(term, str):
            continue
        if term.casefold() in terms:
            yield Problem(
                *located.position(("glossary", i, "term")),
                _("the glossary defines `{term}` twice").format(term=_shown(term)),
                _("keep one definition"),
            )
        terms.add(term.casefold())
