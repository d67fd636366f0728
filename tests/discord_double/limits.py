"""Discord's limits on what a bot may send; the double answers 400 where Discord would.

Each check returns a list of problems as ``(field path, message)``; empty means valid."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .state import MessageFlag, walk_components

Problem = tuple[str, str]
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")


def message_problems(
    body: Mapping[str, Any], *, has_files: bool = False, editing: bool = False
) -> list[Problem]:
    """Problems with a message create/edit body (content, embeds, components, flags)."""
    problems: list[Problem] = []
    content = body.get("content")
    if content is not None and len(str(content)) > 2000:
        problems.append(("content", "Must be 2000 or fewer in length."))
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        problems.append(("embeds", "Must be 10 or fewer in length."))
    total = 0
    for i, embed in enumerate(embeds):
        for key, limit in (("title", 256), ("description", 4096)):
            text = str(embed.get(key) or "")
            total += len(text)
            if len(text) > limit:
                problems.append((f"embeds.{i}.{key}", f"Must be {limit} or fewer in length."))
        for key, sub, limit in (("author", "name", 256), ("footer", "text", 2048)):
            text = str((embed.get(key) or {}).get(sub) or "")
            total += len(text)
            if len(text) > limit:
                problems.append((f"embeds.{i}.{key}.{sub}", f"Must be {limit} or fewer in length."))
        fields = embed.get("fields") or []
        if len(fields) > 25:
            problems.append((f"embeds.{i}.fields", "Must be 25 or fewer in length."))
        for j, fld in enumerate(fields):
            for key, limit in (("name", 256), ("value", 1024)):
                text = str(fld.get(key) or "")
                total += len(text)
                if not text:
                    problems.append((f"embeds.{i}.fields.{j}.{key}", "This field is required"))
                elif len(text) > limit:
                    problems.append(
                        (f"embeds.{i}.fields.{j}.{key}", f"Must be {limit} or fewer in length.")
                    )
    if total > 6000:
        problems.append(("embeds", "Embed size exceeds maximum size of 6000"))
    flags = int(body.get("flags") or 0)
    components = body.get("components") or []
    problems += component_problems(components, v2=bool(flags & MessageFlag.IS_COMPONENTS_V2))
    if flags & MessageFlag.IS_COMPONENTS_V2 and (content or embeds):
        problems.append(("content", "content and embeds cannot be used with IS_COMPONENTS_V2"))
    if not editing and not (
        content or embeds or components or has_files or body.get("poll") or body.get("sticker_ids")
    ):
        problems.append(("", "Cannot send an empty message"))
    return problems


def component_problems(components: list[dict[str, Any]], *, v2: bool = False) -> list[Problem]:
    """Problems with a message's components: counts, ids, labels, select options."""
    problems: list[Problem] = []
    if not v2 and len(components) > 5:
        problems.append(("components", "Must be 5 or fewer in length."))
    everything = list(walk_components(components))
    if v2 and len(everything) > 40:
        problems.append(("components", "Must be 40 or fewer in total."))
    if not v2:
        for i, top in enumerate(components):
            if top.get("type") != 1:
                problems.append((f"components.{i}", "Top-level components must be action rows"))
    seen: set[str] = set()
    for component in everything:
        kind = component.get("type")
        custom_id = component.get("custom_id")
        if custom_id is not None:
            if len(custom_id) > 100:
                problems.append(("custom_id", f"{custom_id[:20]}...: Must be 100 or fewer."))
            if custom_id in seen:
                problems.append(("custom_id", f"Component custom id {custom_id!r} is duplicated"))
            seen.add(custom_id)
        if kind == 1:
            row = component.get("components") or []
            buttons = [c for c in row if c.get("type") == 2]
            if not row or len(row) > 5 or (len(buttons) != len(row) and len(row) > 1):
                problems.append(("components", "An action row holds 1-5 buttons or one select"))
        elif kind == 2:
            if len(str(component.get("label") or "")) > 80:
                problems.append(("label", "Must be 80 or fewer in length."))
            link = component.get("style") == 5
            if link and not component.get("url"):
                problems.append(("url", "Link buttons need a url"))
            if not link and component.get("style") != 6 and custom_id is None:
                problems.append(("custom_id", "Buttons other than links need a custom_id"))
        elif kind == 3:
            options = component.get("options") or []
            if not 1 <= len(options) <= 25:
                problems.append(("options", "A select menu has 1-25 options"))
            if len(str(component.get("placeholder") or "")) > 150:
                problems.append(("placeholder", "Must be 150 or fewer in length."))
    return problems


def modal_problems(data: Mapping[str, Any]) -> list[Problem]:
    """Problems with a modal (callback type 9)."""
    problems: list[Problem] = []
    title = str(data.get("title") or "")
    if not 1 <= len(title) <= 45:
        problems.append(("title", "Must be between 1 and 45 in length."))
    if not data.get("custom_id"):
        problems.append(("custom_id", "This field is required"))
    components = data.get("components") or []
    if not 1 <= len(components) <= 5:
        problems.append(("components", "A modal holds 1-5 components"))
    for component in walk_components(list(components)):
        if component.get("type") == 4 and len(str(component.get("label") or "")) > 45:
            problems.append(("label", "Must be 45 or fewer in length."))
        if component.get("type") == 4 and len(str(component.get("placeholder") or "")) > 100:
            problems.append(("placeholder", "Must be 100 or fewer in length."))
    return problems


def choices_problems(data: Mapping[str, Any]) -> list[Problem]:
    """Problems with autocomplete choices (callback type 8)."""
    choices = data.get("choices") or []
    problems: list[Problem] = []
    if len(choices) > 25:
        problems.append(("choices", "Must be 25 or fewer in length."))
    for i, choice in enumerate(choices):
        if not 1 <= len(str(choice.get("name") or "")) <= 100:
            problems.append((f"choices.{i}.name", "Must be between 1 and 100 in length."))
    return problems


def command_problems(commands: list[dict[str, Any]]) -> list[Problem]:
    """Problems with a bulk command overwrite: names, descriptions, options, duplicates."""
    problems: list[Problem] = []
    seen: set[tuple[str, int]] = set()
    for i, command in enumerate(commands):
        name, kind = str(command.get("name") or ""), int(command.get("type", 1))
        if (name, kind) in seen:
            problems.append((f"{i}.name", f"Application command names must be unique: {name}"))
        seen.add((name, kind))
        if kind == 1:
            problems += _named_problems(f"{i}", command)
            problems += _options_problems(f"{i}.options", command.get("options") or [])
    problems += _localized_names_problems("name_localizations", commands)
    return problems


def _named_problems(where: str, item: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    name = str(item.get("name") or "")
    if not COMMAND_NAME.match(name) or name != name.lower():
        problems.append((f"{where}.name", f"Invalid name {name!r}"))
    description = str(item.get("description") or "")
    if not 1 <= len(description) <= 100:
        problems.append((f"{where}.description", "Must be between 1 and 100 in length."))
    for locale, local in (item.get("name_localizations") or {}).items():
        if not COMMAND_NAME.match(local) or local != local.lower():
            problems.append((f"{where}.name_localizations.{locale}", f"Invalid name {local!r}"))
    for locale, local in (item.get("description_localizations") or {}).items():
        if not 1 <= len(local) <= 100:
            problems.append(
                (f"{where}.description_localizations.{locale}", "Must be 1-100 in length.")
            )
    return problems


def _localized_names_problems(where: str, items: list[dict[str, Any]]) -> list[Problem]:
    """Two commands (or two options of one command) with one name in some language."""
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for item in items:
        for locale, local in (item.get("name_localizations") or {}).items():
            if (locale, local) in seen:
                problems.append((where, f"Localized names must be unique: {locale} {local}"))
            seen.add((locale, local))
    return problems


def _options_problems(where: str, options: list[dict[str, Any]]) -> list[Problem]:
    problems: list[Problem] = []
    if len(options) > 25:
        problems.append((where, "Must be 25 or fewer in length."))
    optional_seen = False
    names: set[str] = set()
    problems += _localized_names_problems(where, options)
    for j, option in enumerate(options):
        problems += _named_problems(f"{where}.{j}", option)
        if option.get("name") in names:
            problems.append((f"{where}.{j}.name", "Option names must be unique"))
        names.add(option.get("name", ""))
        if option.get("type") in (1, 2):
            problems += _options_problems(f"{where}.{j}.options", option.get("options") or [])
            continue
        if option.get("required"):
            if optional_seen:
                problems.append((f"{where}.{j}", "Required options must be placed before optional"))
        else:
            optional_seen = True
        if len(option.get("choices") or []) > 25:
            problems.append((f"{where}.{j}.choices", "Must be 25 or fewer in length."))
    return problems


def error_body(problems: list[Problem]) -> dict[str, Any]:
    """Discord's "Invalid Form Body" (code 50035) or "empty message" (50006) error object."""
    if problems and all(path == "" for path, _ in problems):
        return {"code": 50006, "message": problems[0][1]}
    errors: dict[str, Any] = {}
    for path, text in problems:
        node = errors
        for part in (path or "_root").split("."):
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": "BASE_TYPE_INVALID", "message": text})
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors}
