"""The JSON Schema of the briefing format, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from bot.core.models import Briefing

__all__ = ["SCHEMA_ID", "briefing_schema", "schema_text"]

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
