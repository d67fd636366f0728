"""The parts of the drafter, on small articles a reader can check by eye."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from bot.authoring.article import read_article
from bot.authoring.facts import find_facts
from bot.authoring.people import UNKNOWN_ROLE, find_people
from bot.authoring.questions import DraftFact, DraftFigure, DraftQuote, make_questions
from bot.authoring.quotes import find_quotes, quote_spans
from bot.authoring.yamlout import Commented, dump_commented


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = read_article(text)
    people = find_people(article.blocks)
    names = {p.key: p.name for p in people.persons}
    return [(q.text, names.get(q.speaker or "")) for q in find_quotes(article.blocks, people)]


def _roles(text: str) -> dict[str, str]:
    article = read_article(text)
    return {p.name: p.role for p in find_people(article.blocks).persons}


# --- reading -----------------------------------------------------------------------------


def test_markdown_headings_bullets_and_inline_marks() -> None:
    article = read_article(
        "# The **Title**\n\nBy Ann Lee\n\n2024-10-25\n\nLead with a [link](http://x).\n\n"
        "## Part two\n\n- first item\n* second item\n\nMore text.\n"
    )
    assert article.title == "The Title"
    assert article.byline == "Ann Lee"
    assert article.published == dt.date(2024, 10, 25)
    assert [s.title for s in article.sections] == [None, "Part two"]
    assert [(b.number, b.kind, b.text) for b in article.blocks] == [
        (1, "paragraph", "Lead with a link."),
        (2, "bullet", "first item"),
        (3, "bullet", "second item"),
        (4, "paragraph", "More text."),
    ]


def test_html_paragraphs_headings_and_list_items() -> None:
    article = read_article(
        "<html><head><title>T</title><script>x = 1</script></head><body><h1>Headline</h1>"
        "<p>One &amp; two.</p><h2>Sub</h2><ul><li>a</li><li>b</li></ul></body></html>"
    )
    assert article.title == "Headline"
    assert [b.text for b in article.blocks] == ["One & two.", "a", "b"]
    assert article.sections[1].title == "Sub"


def test_plain_text_headings_are_short_capitalised_lines_with_text_under_them() -> None:
    article = read_article(
        "Big News Today\n\nFirst paragraph of the story.\n\nWhat Comes Next\n\n"
        "Second paragraph.\n\nLeave a Comment"
    )
    assert [s.title for s in article.sections] == [None, "What Comes Next"]
    assert [b.text for b in article.blocks] == [
        "First paragraph of the story.",
        "Second paragraph.",
    ]


# --- quotes and speakers ---------------------------------------------------------------------


def test_straight_curly_split_and_unbalanced_quotes() -> None:
    def texts(t: str) -> list[str]:
        return [" ".join(t[a:b] for a, b in s.parts) for s in quote_spans(t)]

    assert texts('He said "yes" and "no".') == ["yes", "no"]
    assert texts("“A,” she said, “is b.”") == ["A, is b."]
    assert texts("It ends here.” Next.") == ["It ends here."]
    assert texts("He warned: “never again") == ["never again"]
    assert texts("‘It wasn’t me,’ he said of the farmers’ union.") == ["It wasn’t me,"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We won," said Coach Ann Lee.', "Ann Lee"),
        ('"We won," Ann Lee, the coach, said.', "Ann Lee"),
        ("Mayor Ann Lee warned that the plan was “a disaster.”", "Ann Lee"),
        ("“It works,” according to Dr. Ann Lee, a chemist.", "Ann Lee"),
        ('Mayor Ann Lee spoke first. "We won," she said.', "Ann Lee"),
        ("The ministry said the plan was “on track.”", None),
        ("Residents say it is “a mess.”", None),
    ],
)
def test_speaker_styles(text: str, speaker: str | None) -> None:
    assert [s for _, s in _speakers("Title\n\n" + text)] == [speaker]


def test_a_pronoun_means_the_subject_not_the_object() -> None:
    found = _speakers(
        "Title\n\nSenator Ann Lee met Mayor Bob Stone on Tuesday, but Stone refused. "
        "Lee met Stone again. She told reporters it was “a waste of time.”"
    )
    assert found == [("a waste of time.", "Ann Lee")]


def test_a_paragraph_that_is_only_a_quote_continues_the_last_speaker() -> None:
    found = _speakers(
        'Title\n\n"First part," said Coach Ann Lee.\n\n"Second part, still hers."\n\n'
        "Unrelated text.\n\n“Orphan quote.”"
    )
    assert found == [
        ("First part", "Ann Lee"),
        ("Second part, still hers.", "Ann Lee"),
        # A line of narration between keeps the speaker (round 54): on the 1,758 labeled
        # pages the quote-only paragraph after such a line was the earlier speaker's 11
        # times of 12 (the 12th follows "The statement ... follows.", still nobody's).
        ("Orphan quote.", "Ann Lee"),
    ]


# --- people ------------------------------------------------------------------------------------


def test_roles_from_titles_appositions_and_commas() -> None:
    roles = _roles(
        "Title\n\nDefense Secretary Lloyd Austin spoke. Victor D. Cha, a professor at "
        "Georgetown University, observes that it is hard. Its treasurer, Nadia Rahman, said so. "
        "Secretary of Labor Maria Lindholm agreed. Hydrologist Beatriz Cano disagreed. "
        '"No," said Dev Patel, 41, an independent driver. Jane Roe said nothing.'
    )
    assert roles == {
        "Lloyd Austin": "Defense Secretary",
        "Victor D. Cha": "professor at Georgetown University",
        "Nadia Rahman": "treasurer",
        "Maria Lindholm": "Secretary of Labor",
        "Beatriz Cano": "Hydrologist",
        "Dev Patel": "independent driver",
        "Jane Roe": UNKNOWN_ROLE,
    }


def test_places_and_groups_are_not_people() -> None:
    roles = _roles(
        "Title\n\nNorth Korea said no. Farmers near Orrin described it. Economists warned. "
        "The White House said yes. Georgetown University said maybe."
    )
    assert roles == {}


def test_surnames_and_honorifics_point_back_to_the_full_name() -> None:
    article = read_article(
        "Title\n\nDefense Minister Aurelio Bastos spoke. Later Mr. Bastos said more."
    )
    people = find_people(article.blocks)
    assert [p.name for p in people.persons] == ["Aurelio Bastos"]
    keys = {m.key for m in people.mentions(article.blocks[0].text) if m.key}
    assert keys == {"aurelio bastos"}


# --- facts and questions ----------------------------------------------------------------------


def test_facts_carry_numbers_dates_and_places() -> None:
    article = read_article(
        "Title\n\nThe council voted on 3 June 2025 to spend $14.5 million in Portland. "
        "It was nice. About 12 percent of 48,000 people agreed."
    )
    facts = find_facts(article.blocks, find_people(article.blocks))
    assert [f.text for f in facts] == [
        "The council voted on 3 June 2025 to spend $14.5 million in Portland.",
        "About 12 percent of 48,000 people agreed.",
    ]
    first = facts[0]
    assert first.when == "3 June 2025"
    assert {(d.kind, d.text) for d in first.details} >= {
        ("number", "$14.5 million"),
        ("place", "Portland"),
    }
    kinds = {d.text: d.number_kind for d in facts[1].details}
    assert kinds == {"12 percent": "percent", "48,000": "count"}


def test_questions_have_distinct_choices_containing_the_answer() -> None:
    text = (
        "Title\n\nOfficials sent 3,000 troops to Russia on Monday. "
        "The plan cost $14.5 million in 2024, said the ministry in Moscow. "
        "The talks then moved from Paris to Geneva. "
        "In 2025 the delegates met in Vienna, then in Rome. "
        "Officials from Oslo met again in 2026. The envoys left Cairo in 2027."
    )
    article = read_article(text)
    facts = [
        DraftFact(f"f{i}", f)
        for i, f in enumerate(find_facts(article.blocks, find_people(article.blocks)))
    ]
    figures = [
        DraftFigure("lee", "Ann Lee", "Mayor", True),
        DraftFigure("x", "Bo Xu", "?", False),
        DraftFigure("ng", "Cy Ng", "Senator", True),
    ]
    quotes = [DraftQuote("lee-we-won", "We won the vote on Monday", "lee", 1)]
    questions = make_questions(figures, quotes, facts)
    assert {q.data["id"].split("-")[0] for q in questions} >= {"who", "number", "place", "tf"}
    for q in questions:
        data = q.data
        assert data["review"] is True and "paragraph" in q.comment
        if data["kind"] == "choice":
            folded = [c.casefold() for c in data["choices"]]
            assert len(set(folded)) == len(folded) >= 2
            assert data["answer"] in data["choices"]
    troops = next(q.data for q in questions if q.data["answer"] == "3,000")
    assert all(c.replace(",", "").isdigit() for c in troops["choices"])
    # Wrong places are other places of the article, never picked from a list.
    place = next(q.data for q in questions if q.data["id"].startswith("place"))
    assert all(choice in text for choice in place["choices"])


def test_the_yaml_writer_keeps_comments_and_quotes_yaml_traps() -> None:
    text = dump_commented(
        {
            "a": "yes",
            "b": "3.10",
            "c": "TODO: write",
            "items": [Commented({"id": "x", "n": ["2024", "no"]}, ("from paragraph 2",))],
        },
        ["header line"],
    )
    assert text.startswith("# header line\n")
    assert "  # from paragraph 2\n  - id: x\n" in text
    assert yaml.safe_load(text) == {
        "a": "yes",
        "b": "3.10",
        "c": "TODO: write",
        "items": [{"id": "x", "n": ["2024", "no"]}],
    }
