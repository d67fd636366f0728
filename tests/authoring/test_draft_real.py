"""Drafting real published articles: the forms wire copy uses, and page clutter kept out."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.authoring.evaluate import labeled_articles, score_labeled_set
from tests.authoring.drafted import drafted, speakers_in

REAL = Path(__file__).resolve().parent / "labeled" / "real"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        pytest.param(
            '"The strikes will continue," spokesman John Kirby said on Monday.',
            "John Kirby",
            id="lowercase-title-before-the-name",
        ),
        pytest.param(
            'Minister Ana Ruiz affirmed: "We will not sign this treaty."',
            "Ana Ruiz",
            id="affirmed",
        ),
        pytest.param(
            'Ana Ruiz, the minister, indicated that "the door remains open to talks."',
            "Ana Ruiz",
            id="indicated",
        ),
        pytest.param(
            '"Nobody saw the water coming," Jane Moss, of Hull, East Yorkshire, said.',
            "Jane Moss",
            id="said-after-a-place-name",
        ),
    ],
)
def test_wire_copy_forms_name_the_speaker(paragraph: str, speaker: str) -> None:
    text = f"Flood talks\n\nThe talks opened in Geneva on Monday.\n\n{paragraph}\n"
    assert speaker in speakers_in(drafted(text)).values()


def test_the_director_general_said_is_the_one_director_general() -> None:
    text = (
        "Outbreak\n\nWHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva.\n\n"
        "Dr Maria Van Kerkhove, an epidemiologist, joined him.\n\n"
        '"We must act quickly," the director-general said.\n'
    )
    assert speakers_in(drafted(text))["We must act quickly"] == "Tedros Adhanom Ghebreyesus"


def test_a_paragraph_continuing_a_quote_keeps_its_speaker_and_a_dialogue_does_not() -> None:
    text = (
        "Interview\n\n"
        '"We will build it," Mayor Jo Park said. "It will open next year.\n\n'
        '"And it will be paid for."\n\n'
        '"The cost has doubled," reporter Sam Lee said.\n\n'
        '"No, it has not."\n'
    )
    speakers = speakers_in(drafted(text))
    assert speakers["And it will be paid for."] == "Jo Park"
    assert speakers["No, it has not."] is None  # a reply in a dialogue: not guessed


def test_two_people_with_one_surname_are_never_guessed() -> None:
    text = (
        "Fire\n\nHomeowners McArthur and Mary Tate watched from the street on Tuesday.\n\n"
        '"It was burning fast," Tate said.\n'
    )
    draft = drafted(text)
    assert {"McArthur Tate", "Mary Tate"} <= {f["name"] for f in draft["figures"]}
    assert speakers_in(draft)["It was burning fast"] is None


def test_page_clutter_never_becomes_a_section_a_figure_or_a_question() -> None:
    text = (
        "Council votes to close the pool\n\nBy Georgia Pearce\n\n"
        "Published: 06/09/2023\n\n- 08:53\n\n"
        "Martin Giles/BBCThe council voted 7-2 on Tuesday to close the Riverside pool, which "
        "cost 1.2 million pounds a year to run.\n\n"
        "Andrew Burton/Getty Images\n\n"
        '"It is a sad day," said councillor Ros Langford, who voted against.\n\n'
        "Advertisement\n\nRelated\n\nLatest News videos\n"
    )
    draft = drafted(text)
    shown = yaml.safe_dump(
        [draft["sections"], draft["figures"], draft["questions"]], allow_unicode=True
    )
    for junk in ("Georgia Pearce", "08:53", "Martin Giles", "Getty", "Advertisement", "Related"):
        assert junk not in shown
    assert [f["name"] for f in draft["figures"]] == ["Ros Langford"]
    assert draft["source"]["byline"] == "Georgia Pearce"


def test_section_points_keep_every_sentence_of_a_paragraph() -> None:
    paragraph = "The dam opened in 1962. It holds 40 million cubic metres. It is now cracked."
    draft = drafted(f"Dam\n\n{paragraph}\n")
    assert draft["sections"][0]["points"] == [paragraph]


def test_two_apostrophes_are_a_quotation_mark() -> None:
    text = "Fire\n\n''The fire started inside,'' Fire Chief Todd March said on Wednesday.\n"
    assert speakers_in(drafted(text)) == {"The fire started inside": "Todd March"}


def test_the_real_set_has_varied_outlets_and_a_held_out_part() -> None:
    tuning, held_out = labeled_articles(REAL), labeled_articles(REAL / "heldout")
    assert len(tuning) + len(held_out) >= 15 and len(held_out) >= 5
    outlets = set()
    for article, labels in tuning + held_out:
        head = article.read_text(encoding="utf-8").split("---")[1]
        meta = yaml.safe_load(head)
        assert {"outlet", "date", "link"} <= set(meta), article.name
        outlets.add(str(meta["outlet"]).split(" (")[0])
        text = article.read_text(encoding="utf-8")
        for quote in yaml.safe_load(labels.read_text(encoding="utf-8"))["quotes"]:
            assert str(quote["text"]).rstrip(",") in text, (article.name, quote["text"])
    assert len(outlets) >= 10


@pytest.mark.parametrize(
    "folder", [REAL, *sorted(p for p in REAL.iterdir() if p.is_dir())], ids=lambda p: p.name
)
def test_every_labeled_real_article_cites_its_source_and_labels_only_what_it_prints(
    folder: Path,
) -> None:
    """A label the page does not carry would score the drafter against nothing: every quote is
    verbatim in its article, every clutter string is on the page, and the source is cited."""
    articles = labeled_articles(folder)
    assert articles, folder
    for article, labels in articles:
        text = article.read_text(encoding="utf-8")
        assert {"outlet", "date", "link"} <= set(yaml.safe_load(text.split("---")[1]))
        label = yaml.safe_load(labels.read_text(encoding="utf-8"))
        for quote in label["quotes"]:
            assert str(quote["text"]).rstrip(",") in text, (article.name, quote["text"])
        for junk in label.get("clutter") or []:
            assert str(junk) in text, (article.name, junk)


def test_drafts_of_real_articles_name_speakers_only_when_right_and_leak_no_clutter() -> None:
    quotes, figures, articles = score_labeled_set(REAL)  # each folder drafted once
    _, _, held_out = score_labeled_set(REAL / "heldout")
    for scored in (articles, held_out):
        assert all(a.clutter.found == 0 for a in scored), [a.misses for a in scored]
    assert quotes.precision >= 0.97 and quotes.recall >= 0.80
    assert figures.recall >= 0.80
