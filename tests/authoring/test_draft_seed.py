"""`briefbot draft` on the seed article: a draft that loads and finds every quote and person."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.authoring import draft_briefing, write_draft
from bot.authoring.draft import SCHEMA_LINE
from bot.core.loader import load_briefing, load_briefing_bytes
from bot.core.models import Briefing

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_article.txt"
UNKNOWN = "role unknown"


@pytest.fixture(scope="module")
def seed_yaml() -> str:
    return draft_briefing(SEED.read_text(encoding="utf-8"), source_file="seed_article.txt")


@pytest.fixture(scope="module")
def seed(seed_yaml: str) -> Briefing:
    result = load_briefing_bytes(seed_yaml.encode(), "seed draft")
    assert result.ok, result.messages()
    assert result.briefing is not None
    return result.briefing


def test_the_draft_starts_with_the_schema_line_and_loads(seed_yaml: str, seed: Briefing) -> None:
    assert seed_yaml.startswith(SCHEMA_LINE + "\n")
    assert seed.title.startswith("North Korea’s Military Aid")
    assert seed.source.file == "seed_article.txt"


def test_every_named_person_is_a_figure_with_a_role(seed: Briefing) -> None:
    roles = {f.name: f.role for f in seed.figures if f.id != "unattributed"}
    assert set(roles) == {"Lloyd Austin", "John Kirby", "Victor D. Cha", "Xi Jinping"}
    assert roles["Lloyd Austin"] == "Defense Secretary"
    assert roles["John Kirby"] == "White House national security spokesman"
    assert roles["Victor D. Cha"].startswith("professor at Georgetown University")
    assert "Korea chair" in roles["Victor D. Cha"]
    assert roles["Xi Jinping"] == "President"


def test_every_quoted_remark_is_found_with_its_speaker(seed: Briefing) -> None:
    said = {q.text: f.name for f, q in seed.quotes()}
    by_fragment = {
        frag: next((who for text, who in said.items() if frag in text), "missing")
        for frag in ("lips and teeth", "fair game", "oil to the fire", "D.P.R.K. piece")
    }
    assert by_fragment == {
        "lips and teeth": "Unattributed quotes",  # "what they describe as": no one person
        "fair game": "Lloyd Austin",
        "oil to the fire": "Xi Jinping",
        "D.P.R.K. piece": "Victor D. Cha",
    }
    assert len(said) == 4


def test_the_cha_quote_is_the_sentence_before_the_unmatched_closing_mark(
    seed: Briefing,
) -> None:
    cha = next(f for f in seed.figures if f.name == "Victor D. Cha")
    (quote,) = cha.quotes
    assert quote.text == (
        "While they are supporting Russia’s efforts in the war indirectly, they cannot be "
        "pleased with the D.P.R.K. piece."
    )
    assert "quotation marks do not pair up" in quote.context


def test_sections_come_from_the_headings_and_bullets(seed: Briefing) -> None:
    titles = [s.title for s in seed.sections]
    assert titles == [
        "Introduction",
        "Beijing’s Diplomatic Predicament",
        "Technology Transfer Concerns",
        "International Response",
        "Looking Ahead",
    ]
    looking_ahead = seed.sections[-1]
    assert "Limiting the supply of dual-use technologies" in looking_ahead.points
    assert all("Leave a Comment" not in p for s in seed.sections for p in s.points)


def test_facts_and_timeline_carry_the_numbers_and_dates(seed: Briefing) -> None:
    facts = " ".join(f.text for f in seed.facts)
    assert "3,000" in facts and "75 years" in facts
    whens = [t.when for t in seed.timeline]
    assert "early to mid-October" in whens and "February 2022" in whens


def test_summaries_are_todo_placeholders(seed: Briefing) -> None:
    assert seed.summary.short.startswith("TODO")
    assert seed.summary.long.startswith("TODO")


def test_questions_are_all_marked_for_review_and_test_real_items(seed: Briefing) -> None:
    kinds = {q.kind for q in seed.questions}
    assert {"choice", "truefalse"} <= kinds
    assert all(q.review for q in seed.questions)
    # "fair game" is two words and "oil to the fire" four: nothing to recognise a speaker
    # by, so no who-said on either (round 26: a who-said quote has five words at least).
    assert not any("fair game" in q.prompt for q in seed.questions)
    assert not any("oil to the fire" in q.prompt for q in seed.questions)
    three_thousand = next(q for q in seed.questions if q.answer == "3,000")
    assert "_____" in three_thousand.prompt and len(three_thousand.choices) >= 3


def test_every_extracted_item_points_at_its_paragraph(seed_yaml: str) -> None:
    lines = seed_yaml.splitlines()
    items = [i for i, line in enumerate(lines) if re.match(r"^\s*- (id|when): ", line)]
    assert len(items) > 20
    for i in items:
        if lines[i].strip() == "- id: unattributed":  # a holder for quotes, not an item
            continue
        comments = []
        j = i - 1
        while lines[j].strip().startswith("#"):
            comments.append(lines[j])
            j -= 1
        assert any(re.search(r"paragraphs? \d+", c) for c in comments), lines[i]


def test_the_draft_is_deterministic() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert draft_briefing(text) == draft_briefing(text)


def test_write_draft_names_the_file_after_the_title_and_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = write_draft(SEED, None)
    assert out.parent == Path("content")
    assert out.name.startswith("north-koreas-military-aid")
    assert load_briefing(out).ok
    out.write_text("edited by hand", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_draft(SEED, None)
    assert out.read_text(encoding="utf-8") == "edited by hand"


def test_write_draft_to_a_chosen_file_takes_its_name_as_the_id(tmp_path: Path) -> None:
    out = write_draft(SEED, tmp_path / "briefings" / "nk-draft.yaml")
    assert out == tmp_path / "briefings" / "nk-draft.yaml"
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["id"] == "nk-draft"
    assert data["source"]["file"] == SEED.as_posix()


def test_write_draft_reads_a_file_saved_in_windows_1252(tmp_path: Path) -> None:
    article = tmp_path / "old.txt"
    article.write_bytes(
        "Caf\xe9 Closes\n\n\x93We are sad,\x94 said Mayor Ren\xe9e Dupont.\n".encode("latin-1")
    )
    out = write_draft(article, tmp_path / "old.yaml")
    briefing = load_briefing(out).briefing
    assert briefing is not None
    assert briefing.title == "Café Closes"
    assert [(f.name, q.text) for f, q in briefing.quotes()] == [("Renée Dupont", "We are sad")]
