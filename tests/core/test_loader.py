"""The loader reports every problem with the line it is on and how to fix it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.loader import load_briefing, load_briefing_bytes
from bot.core.schema import format_reference, schema_text
from bot.core.yamlread import Limits

FIXTURES = Path(__file__).parent.parent / "fixtures"
MINI = (FIXTURES / "mini_briefing.yaml").read_text(encoding="utf-8")
ROOT = Path(__file__).parent.parent.parent


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the last line containing `needle`."""
    return [i for i, line in enumerate(text.splitlines(), 1) if needle in line][-1]


def load(text: str) -> list[str]:
    result = load_briefing_bytes(text.encode("utf-8"), "content/x.yaml")
    assert result.briefing is None, "expected the file to be refused"
    return result.messages()


def test_the_fixture_loads():
    result = load_briefing(FIXTURES / "mini_briefing.yaml")
    assert result.ok, result.messages()
    assert result.briefing is not None
    assert result.briefing.title == "A small test briefing"


@pytest.mark.parametrize(
    ("old", "new", "needle", "expect"),
    [
        ("title: A small test briefing", "title: no", "title: no", 'put it in quotes: "no"'),
        ("    title: The storm", "    title: 3.10", "title: 3.10", 'put it in quotes: "3.10"'),
        ("    difficulty: easy", "    difficulty: trivial", "trivial", "use one of"),
        ("  - id: storm", "  - id: Storm Section", "Storm Section", "lowercase letters"),
        ("    refs: [town]", "    refs: [tonw]", "refs: [tonw]", "did you mean `town`"),
        (
            "    section: reopening\n  - id: ben",
            "    section: nowhere\n  - id: ben",
            "section: nowhere",
            "existing section",
        ),
        ("  - id: town", "  - id: closed-days", "id: closed-days", "used twice"),
        (
            "    role: Mayor of Port Elm\n",
            "    rol: Mayor of Port Elm\n",
            "rol:",
            "did you mean `role`",
        ),
        ('    answer: "3"', '    answer: "5"', "- id: q-days", "not among the choices"),
        (
            '    choices: ["2", "3", "4", "7"]',
            '    choices: ["2", "3", "3", "7"]',
            "- id: q-days",
            "distinct",
        ),
        ("    answer: true", '    answer: "true"', "- id: q-town", "true or false"),
        (
            "  - term: harbour master",
            "  - term: harbour master\n    meaning: x\n  - term: Harbour Master",
            "term: Harbour Master",
            "twice",
        ),
    ],
)
def test_each_error_kind_names_its_line_and_a_fix(old, new, needle, expect):
    assert old in MINI
    text = MINI.replace(old, new, 1)
    messages = load(text)
    line = line_of(text, needle)
    assert any(m.startswith(f"content/x.yaml:{line}:") and expect in m for m in messages), messages


def test_a_missing_required_field_is_named():
    text = MINI.replace("    role: Mayor of Port Elm\n", "")
    messages = load(text)
    assert any("`figures.1.role` is missing" in m and "add `role:`" in m for m in messages)


def test_duplicate_keys_are_an_error_not_a_silent_overwrite():
    text = MINI.replace(
        "title: A small test briefing", "title: A small test briefing\ntitle: Again"
    )
    (message,) = load(text)
    assert message.startswith(f"content/x.yaml:{line_of(text, 'title: Again')}:")
    assert "duplicate key 'title'" in message


def test_every_error_of_a_file_is_reported_at_once():
    text = MINI.replace("title: A small test briefing", "title: yes").replace(
        "    difficulty: hard", "    difficulty: impossible"
    )
    messages = load(text)
    assert len(messages) == 2
    assert line_of(text, "title: yes") < line_of(text, "impossible")


def test_type_errors_and_dangling_references_come_together():
    text = MINI.replace("title: A small test briefing", "title: no").replace(
        "    refs: [town]", "    refs: [tonw]"
    )
    messages = load(text)
    assert any('quotes: "no"' in m for m in messages)
    assert any("`tonw` does not match" in m for m in messages)


def test_yaml_syntax_errors_point_at_the_line():
    text = MINI.replace("  short: The harbour", "  short: The harbour: again", 1)
    (message,) = load(text)
    assert message.startswith(f"content/x.yaml:{line_of(text, 'harbour: again')}:")
    assert "quoted" in message


def test_tabs_get_a_hint():
    text = MINI.replace("  short:", "\tshort:", 1)
    (message,) = load(text)
    assert "tabs" in message


@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"schema: 1\ntitle: caf\xe9\n", "not valid UTF-8"),
        (b"- just\n- a list\n", "not a mapping"),
        (b"a: 1\n---\nb: 2\n", "several YAML documents"),
    ],
)
def test_unreadable_files_are_explained(raw, expect):
    messages = load_briefing_bytes(raw, "content/x.yaml").messages()
    assert len(messages) == 1 and expect in messages[0], messages


def test_non_utf8_reports_the_line_of_the_bad_byte():
    (message,) = load_briefing_bytes(b"schema: 1\nid: x\ntitle: caf\xe9\n", "c.yaml").messages()
    assert message.startswith("c.yaml:3:")


def test_a_byte_order_mark_is_fine():
    assert load_briefing_bytes(b"\xef\xbb\xbf" + MINI.encode(), "bom.yaml").ok


def test_an_alias_bomb_is_refused_quickly():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    (message,) = load_briefing_bytes("\n".join(lines).encode(), "bomb.yaml").messages()
    assert "more than" in message


def test_an_oversized_file_is_refused_before_parsing():
    raw = b"schema: 1\n" + b"# padding\n" * 60_000
    (message,) = load_briefing_bytes(raw, "big.yaml", Limits(max_bytes=100_000)).messages()
    assert "over the 100,000-byte limit" in message


def test_deep_nesting_is_refused():
    raw = ("a: " + "[" * 200 + "]" * 200).encode()
    (message,) = load_briefing_bytes(raw, "deep.yaml").messages()
    assert "nested" in message


def test_the_shipped_schema_equals_the_generated_one():
    shipped = (ROOT / "schema" / "briefing.schema.json").read_text(encoding="utf-8")
    assert json.loads(shipped) == json.loads(schema_text()), "run `briefbot schema --write`"


def test_the_shipped_format_reference_equals_the_generated_one():
    shipped = (ROOT / "docs" / "briefing-format.md").read_text(encoding="utf-8")
    assert shipped == format_reference(), "run `briefbot schema --markdown --write`"
    assert "| `refs` | list of string | yes |" in shipped


def test_every_shipped_briefing_points_editors_at_the_schema():
    for path in sorted((ROOT / "content").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/briefing.schema.json", path
