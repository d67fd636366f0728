"""Property tests: whatever bytes it is given, the loader returns a briefing or a list of
problems, each on a real line with a fix; it never raises."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.loader import LoadResult, load_briefing_bytes
from bot.core.models import Briefing

ROOT = Path(__file__).resolve().parents[2]
MINI = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_text(encoding="utf-8")
MINI_LINES = MINI.splitlines(keepends=True)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YAML_BITS = [
    ": ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    "#",
    "&a",
    "*a",
    "!",
    "!!str ",
    "|",
    ">",
    "'",
    '"',
    "%",
    "@",
    "`",
    "\t",
    "\n",
    "  ",
    "---\n",
    "...\n",
    "<<: ",
    "? ",
    ",",
    "~",
    "null",
    "yes",
    "no",
    "on",
    "3.10",
    "1e3",
    "0x1F",
    "2026-13-45",
    "\x00",
    "\x07",
    "\ufeff",
    "\u200b",
    "\u202e",
    "😀",
    "é",
    "\r\n",
    "\\",
    "\\x",
    "@everyone",
    "<@&1>",
    "ｙｅｓ",
]


def check(result: LoadResult, raw: bytes) -> None:
    """The loader's contract: a briefing and no problems, or problems and no briefing."""
    assert isinstance(result, LoadResult)
    if result.briefing is not None:
        assert isinstance(result.briefing, Briefing)
        assert result.problems == () and result.ok
        return
    assert result.problems and not result.ok
    text = raw.decode("utf-8-sig", errors="replace")
    lines = len(re.split("\r\n|\r|\n|\x85|\u2028|\u2029", text))  # YAML's line breaks
    for problem, text in zip(result.problems, result.messages(), strict=True):
        assert 1 <= problem.line <= lines and problem.column >= 1
        assert problem.message.strip() and problem.fix.strip()
        assert text.startswith(f"x.yaml:{problem.line}:{problem.column}: ")
        assert "\n" not in text


def load(raw: bytes) -> None:
    check(load_briefing_bytes(raw, "x.yaml"), raw)


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_briefing_or_problems(raw):
    load(raw)


@SETTINGS
@given(st.lists(st.sampled_from([*YAML_BITS, *"abcxyz019 :\n"]), max_size=200).map("".join))
def test_yaml_like_text_gives_a_briefing_or_problems(text):
    load(text.encode("utf-8", "surrogatepass"))


@st.composite
def mutated_mini(draw: st.DrawFn) -> bytes:
    """The mini briefing with a few random edits: lines dropped, doubled, swapped, or cut into."""
    lines = list(MINI_LINES)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "swap", "insert", "cut", "indent"]))
        if action == "drop":
            del lines[at]
        elif action == "double":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "insert":
            where = draw(st.integers(0, len(lines[at])))
            bit = draw(st.sampled_from(YAML_BITS))
            lines[at] = lines[at][:where] + bit + lines[at][where:]
        elif action == "cut":
            where = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:where] + "\n"
        else:
            lines[at] = draw(st.sampled_from([" ", "  ", "\t", ""])) + lines[at].lstrip(" ")
    return "".join(lines).encode("utf-8", "surrogatepass")


@SETTINGS
@given(mutated_mini())
def test_mutated_briefings_give_a_briefing_or_problems(raw):
    load(raw)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.dates().map(str),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.sampled_from(["id", "title", "schema", "kind", "x"]), inner, max_size=5),
    ),
    max_leaves=30,
)


@SETTINGS
@given(documents)
def test_any_yaml_document_gives_a_briefing_or_problems(document):
    load(yaml.safe_dump(document, allow_unicode=True).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(
    st.dictionaries(
        st.sampled_from(
            ["title", "summary", "sections", "figures", "facts", "questions", "tags", "source"]
        ),
        st.one_of(
            scalars,
            st.lists(scalars, max_size=3),
            st.dictionaries(st.text(max_size=8), scalars, max_size=3),
        ),
        max_size=4,
    )
)
def test_the_mini_briefing_with_fields_replaced_gives_a_briefing_or_problems(replacements):
    document = yaml.safe_load(MINI)
    document.update(replacements)
    load(yaml.safe_dump(document, allow_unicode=True).encode("utf-8", "surrogatepass"))
