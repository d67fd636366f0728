"""The JSON Schema of the briefing format, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from bot.core.models import Briefing

__all__ = ["SCHEMA_ID", "briefing_schema", "format_reference", "schema_text"]

SCHEMA_ID = "https://briefbot.invalid/schema/briefing.schema.json"


def briefing_schema() -> dict[str, Any]:
    """The schema editors use to check a briefing as it is typed."""
    schema = Briefing.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def schema_text() -> str:
    """The schema as the JSON text shipped in `schema/briefing.schema.json`."""
    return json.dumps(briefing_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in spec:
        return " or ".join(_type(s) for s in spec["anyOf"] if s.get("type") != "null")
    if "enum" in spec:
        return " \\| ".join(f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    if spec.get("type") == "array":
        return f"list of {_type(spec.get('items', {}))}"
    if spec.get("format") == "date":
        return "date (YYYY-MM-DD)"
    return str(spec.get("type", "any"))


def _table(title: str, model: dict[str, Any]) -> list[str]:
    lines = [f"### {title}", "", model.get("description", ""), ""]
    lines += ["| key | type | required | meaning |", "|---|---|---|---|"]
    required = set(model.get("required", []))
    for key, spec in model.get("properties", {}).items():
        meaning = spec.get("description", "")
        if "default" in spec and spec["default"] not in ([], None):
            meaning = f"{meaning} Default: `{json.dumps(spec['default'])}`.".strip()
        needed = "yes" if key in required else ""
        lines.append(f"| `{key}` | {_type(spec)} | {needed} | {meaning} |")
    return [*lines, ""]


def format_reference() -> str:
    """The format as Markdown tables generated from the schema (docs/briefing-format.md)."""
    schema = briefing_schema()
    out = [
        "# The briefing format",
        "",
        "Generated from the models by `briefbot schema --markdown`; do not edit by hand.",
        "",
        *_table("Briefing (the file)", schema),
    ]
    for name, model in sorted(schema.get("$defs", {}).items()):
        out += _table(name, model)
    return "\n".join(out).rstrip() + "\n"
