"""Red-DiscordBot trivia lists, loaded as quiz-only briefings.

A Red trivia list is a YAML mapping of questions to lists of accepted answers, with optional
`AUTHOR`, `DESCRIPTION` and `CONFIG` keys. Each question becomes a short-answer question whose
first answer is shown as the right one and whose other answers are accepted spellings, so a
club can bring the lists it already has. Problems are reported like a briefing's, with lines.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from bot.core.errors import Problem
from bot.core.loader import LoadResult
from bot.core.models import Briefing
from bot.core.yamlread import Limits, Located, read_yaml
from bot.i18n import _

__all__ = ["load_trivia_bytes"]

_META = {"AUTHOR", "DESCRIPTION", "CONFIG"}


def _slug(name: str) -> str:
    stem = re.sub(r"\.ya?ml$", "", name.rsplit("/", 1)[-1].casefold())
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "trivia"
    return f"trivia-{slug}"[:64]


def _answers(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(a).strip() for a in items if a is not None and str(a).strip()]


def load_trivia_bytes(raw: bytes, name: str, limits: Limits | None = None) -> LoadResult:
    """Read a Red trivia list as a briefing with one short-answer question per entry."""
    located = read_yaml(raw, limits)
    if isinstance(located, Problem):
        return LoadResult(name, None, (located,))
    data = located.data
    if not isinstance(data, dict):
        problem = Problem(
            1,
            1,
            _("a trivia list is a mapping of questions to answers"),
            _("write `Question?: [answer, other spelling]`"),
        )
        return LoadResult(name, None, (problem,))
    problems: list[Problem] = []
    questions: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    for key, value in data.items():
        if key in _META:
            continue
        prompt = str(key).strip()
        answers = _answers(value)
        line, col = located.position((key,))
        if not answers:
            problems.append(
                Problem(
                    line,
                    col,
                    _("“{question}” has no answer").format(question=prompt[:60]),
                    _("list at least one accepted answer under it"),
                )
            )
            continue
        n = len(questions) + 1
        facts.append({"id": f"fact-{n}", "text": f"{prompt} {answers[0]}"})
        questions.append(
            {
                "id": f"q-{n}",
                "kind": "short",
                "prompt": prompt,
                "answer": answers[0],
                "accept": answers[1:],
                "refs": [f"fact-{n}"],
                "explanation": "Accepted answers: " + ", ".join(answers) + ".",
            }
        )
    if not questions and not problems:
        problems.append(
            Problem(
                1,
                1,
                _("the trivia list has no questions"),
                _("add `Question?: [answer]` entries"),
            )
        )
    if problems:
        return LoadResult(name, None, tuple(problems))
    return _as_briefing(data, name, facts, questions, located)


def _as_briefing(
    data: dict[Any, Any],
    name: str,
    facts: list[dict[str, Any]],
    questions: list[dict[str, Any]],
    located: Located,
) -> LoadResult:
    author = str(data.get("AUTHOR") or "an unknown author").strip()
    description = str(data.get("DESCRIPTION") or "").strip()
    title = (description.splitlines()[0] if description else _slug(name))[:200]
    summary = description or f"A trivia list by {author}, imported from Red-DiscordBot."
    document = {
        "schema": 1,
        "id": _slug(name),
        "title": title,
        "source": {"title": f"Red-DiscordBot trivia list by {author}"[:240], "file": name[:240]},
        "tags": ["trivia"],
        "summary": {"short": summary, "long": summary},
        "sections": [
            {
                "id": "questions",
                "title": "Questions",
                "points": [f"{len(questions)} questions from a trivia list by {author}."],
            }
        ],
        "facts": facts,
        "questions": questions,
    }
    try:
        return LoadResult(name, Briefing.model_validate(document))
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = err["loc"]
            index = int(loc[1]) if len(loc) > 1 and loc[0] in ("questions", "facts") else None
            key = list(k for k in data if k not in _META)[index] if index is not None else None
            line, col = located.position((key,)) if key is not None else (1, 1)
            message = str(err["msg"]).removeprefix("Value error, ")
            problems.append(Problem(line, col, message, _("shorten or fix this entry")))
        return LoadResult(name, None, tuple(problems))
