"""How right each FORM of a drafted role is, over labeled real folders.

A role reaches the draft through one of several forms: a title word glued to the name
("Sheriff George Lavender"), a lowercase role before it ("team captain Jo Lee"), "the X of Y"
before it, a comma role before it ("The chair, Jo Lee,"), an apposition after the name, a
who-clause, a bracketed office, a role written in another sentence, and so on. This script
drafts every labeled article, records which finder in `bot.authoring.people` produced the
part of each figure's role that comes first, and counts per form how many drafted figures
were right (labeled, role accepted), had a wrong role, or were not labeled at all.

Run: `python -m benchmarks.role_forms FOLDER [FOLDER ...]` (each folder alone, not its
subfolders); `--misses` also lists each wrong or extra figure with its form.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from bot.authoring import people as people_module
from bot.authoring.canonical_names import without_nickname
from bot.authoring.draft import draft_briefing
from bot.authoring.evaluate import _drafted, _match, _role_ok, _same_name, labeled_articles

# Finders whose returned string becomes a part of a role, with the form each one reads.
_PART_FINDERS = {
    "_title_of": "title word(s) glued to the name",
    "role_before": "lowercase role before the name",
    "role_of_before": "'the X of Y' before the name",
    "_office_of_before": "office of a body before the name",
    "office_with_short_form": "bracketed office before the name",
    "role_with_comma_before": "comma role before the name",
    "listed_role_before": "role listed before the name",
    "one_of_a_group": "one of a group",
    "_outlet_before": "outlet's (possessive) before the name",
    "apposition_after": "apposition after the name",
    "_role_as": "'as the X' after the name",
    "_office_taken_as": "office taken as",
    "role_in_who_clause": "role in a who-clause",
    "role_of_work": "role from work ('works at')",
    "role_won_after": "role won after",
    "member_bracket_after": "member's bracket after the name",
}
# Passes that set a role after the names are found: a role given in another sentence.
_LATE_PASSES = {
    "_roles_from_subject_sentences": "another sentence: 'The X said' then the name",
    "_roles_named_after": "another sentence: named after / 'X is the Y'",
    "_roles_in_order": "respectively",
    "_titles_from_hints": "headline or caption",
}
NO_ROLE = "no role found"


@contextmanager
def _recording() -> Iterator[tuple[dict[str, str], dict[str, str], list[Any]]]:
    """Patch the finders in `people` so each returned part is remembered with its form."""
    origin: dict[str, str] = {}
    late: dict[str, str] = {}
    found: list[Any] = []
    saved: dict[str, Any] = {}

    def wrap_part(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            values = out if isinstance(out, tuple) else (out,)
            for i, value in enumerate(values):
                if isinstance(value, str) and value:
                    form = _PART_FINDERS[name] if i == 0 else "who-clause"
                    origin.setdefault(value, form)
            return out

        return inner

    def wrap_late(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def inner(*args: Any) -> Any:
            persons: dict[str, Any] = next(a for a in args if isinstance(a, dict))
            before = {k: p.role for k, p in persons.items()}
            out = fn(*args)
            for key, person in persons.items():
                if before.get(key) != person.role:
                    late[key] = _LATE_PASSES[name]
            return out

        return inner

    def wrap_find(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            found.append(out)
            return out

        return inner

    for name in _PART_FINDERS:
        saved[name] = getattr(people_module, name)
        setattr(people_module, name, wrap_part(name, saved[name]))
    for name in _LATE_PASSES:
        saved[name] = getattr(people_module, name)
        setattr(people_module, name, wrap_late(name, saved[name]))
    saved["find_people"] = people_module.find_people
    import bot.authoring.draft as draft_module

    draft_find = draft_module.find_people
    draft_module.find_people = wrap_find(draft_find)  # type: ignore[assignment]
    try:
        yield origin, late, found
    finally:
        for name, fn in saved.items():
            setattr(people_module, name, fn)
        draft_module.find_people = draft_find  # type: ignore[assignment]


def _form(person: Any, origin: dict[str, str], late: dict[str, str]) -> str:
    """The form of the part of a person's role that comes first."""
    if person is None or person.role == people_module.UNKNOWN_ROLE:
        return NO_ROLE
    if person.key in late:
        return late[person.key]
    for part in (person.title, person.before, person.apposition, person.clause):
        if part:
            if part in origin:
                return origin[part]
            pieces = [origin[p] for p in origin if p and p in part and len(p) > 2]
            return pieces[0] + " (+ more)" if pieces else "other"
    return "other"


def score_folder(folder: Path) -> tuple[Counter[tuple[str, str]], list[str]]:
    """(form, outcome) counts over a folder's articles, and one line per wrong figure."""
    counts: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    for article, labels in labeled_articles(folder):
        expected = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
        with _recording() as (origin, late, found):
            drafted = draft_briefing(article.read_text(encoding="utf-8"), source_file=article.name)
        persons = {p.name: p for p in found[0].persons} if found else {}
        by_shown = {without_nickname(n): p for n, p in persons.items()}
        figures, _ = _drafted(drafted)
        want = expected.get("figures") or []
        for hit, (name, role) in _match(
            want, figures, lambda e, f: _same_name(str(e["name"]), f[0])
        ):
            form = _form(by_shown.get(name), origin, late)
            if hit is None:
                outcome = "extra"
            elif _role_ok(hit.get("role"), role):
                outcome = "right"
            else:
                outcome = "wrong role"
            counts[(form, outcome)] += 1
            if outcome != "right":
                lines.append(f"{article.name}: {outcome}: {name} ({role!r}) [{form}]")
        text = article.read_text(encoding="utf-8")
        drafted_names = [f[0] for f in figures]
        for figure in want:
            if not any(_same_name(str(figure["name"]), n) for n in drafted_names):
                where = labeled_form(text, str(figure["name"]), figure.get("role"))
                counts[(where, "missed")] += 1
                lines.append(f"{article.name}: missed: {figure['name']} [{where}]")
    return counts, lines


def labeled_form(text: str, name: str, role: Any) -> str:
    """Where the article writes a missed figure's labeled role, read from its words: right
    before the name, right after it (apposition), elsewhere in the text, or nowhere."""
    roles = [r for r in (role if isinstance(role, list) else [role]) if r]
    if not roles:
        return "missed: labeled with no role"
    at = text.find(name)
    if at < 0:
        surname = name.split()[-1]
        at = text.find(surname)
        if at < 0:
            return "missed: name not written as labeled"
    before, after = text[max(0, at - 80) : at], text[at + len(name) : at + len(name) + 80]
    for r in roles:
        if before.rstrip(" ,").casefold().endswith(str(r).casefold()):
            return "missed: role right before the name"
        if str(r).casefold() in after.casefold():
            return "missed: role after the name"
    if any(str(r).casefold() in text.casefold() for r in roles):
        return "missed: role elsewhere in the text"
    return "missed: role not written as labeled"


def report(counts: Counter[tuple[str, str]]) -> str:
    """A table: per form, drafted figures, right, wrong role, not labeled, precision."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for (form, outcome), n in counts.items():
        forms[form][outcome] += n
    rows = ["form | drafted | right | wrong role | not labeled | precision"]
    for form, c in sorted(forms.items(), key=lambda kv: -sum(kv[1].values())):
        if c["missed"]:
            rows.append(f"{form} | not drafted: {c['missed']}")
            continue
        total = sum(c.values())
        rows.append(
            f"{form} | {total} | {c['right']} | {c['wrong role']} | {c['extra']} |"
            f" {100 * c['right'] / total:.1f}%"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    """Print the table for the folders given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    total: Counter[tuple[str, str]] = Counter()
    for folder in args.folders:
        counts, lines = score_folder(folder)
        total.update(counts)
        if args.misses:
            print("\n".join(lines))
    print(report(total))


if __name__ == "__main__":
    main(sys.argv[1:])
