"""Speakers the drafter saw but did not tie to a person (round 44).

Rule 1: `“...,” said panelist and veteran bond analyst Otto Brandt.` Two roles joined by "and"
between the speech verb and the name were not read as the name's titles, so the quote was left
unattributed (fresh37 o17, fresh55 bp12, fresh61 bv02).

Rule 2: "the <role>" as the speaker names the one person holding that role, but a word of it
written another way than in the person's role matched nobody: a nationality for the country
("The Jordanian Foreign Minister" for "Jordan’s Foreign Minister", fresh64 by14; "the
Argentine president" for "president of Argentina", fresh36 l22), a title's short form ("the
governor" for "Georgia Gov.", fresh40 ba22, fresh18 w12) and a spelling ("the Councilor" for
"Councillor", fresh67 cb15).

Rule 3: "Clarke – who saw Doyle miss ... before Craig Gordon’s late save – said: “...”". A name
followed by an aside between dashes was not read as the sentence's subject, so when the
aside itself named a known person the speaker was lost, and with it every paragraph of the
quote after it (fresh26 x15, six quotes; fresh36 l16).

Rule 4: "Hanan Al-Otaibi, General Science Supervisor at the Ministry of Education, confirmed
... “...,” she said." The capitalised office in the apposition was counted as the full name
of someone unknown standing between the subject and the "she", so the quote was nobody's;
round 43 already stopped such an office from being a person (fresh66 ca19).

Rule 5: "They rode through half the city toward Chocolate Bayou, which was flooded, he said."
A capitalised place after "toward", "into", "near", "along", "through" ... was counted as an
unknown person who might be the "he", so the next paragraph's quote lost its speaker (fresh26
x08); "of", "in", "at", "from", "to" already set a place apart.
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing


def _speakers(article: str) -> dict[str, str]:
    """Each drafted quote's first words -> the figure it was given to."""
    draft = yaml.safe_load(draft_briefing(article))
    return {
        str(q["text"])[:20]: str(figure["name"])
        for figure in draft.get("figures", [])
        for q in figure.get("quotes", [])
    }


def test_two_posts_joined_by_and_before_the_name_after_said() -> None:
    article = (
        "Storm spares the county\n\n"
        "The storm passed east of the county overnight, leaving few roads closed.\n\n"
        "“We were lucky this time, and the crews were ready,” said county fire and rescue "
        "director Mara Linden. “Most homes kept their power.”\n"
    )
    speakers = _speakers(article)
    assert speakers["We were lucky this t"] == "Mara Linden"
    assert speakers["Most homes kept thei"] == "Mara Linden"


def test_a_plain_word_and_a_role_before_the_name_after_said() -> None:
    article = (
        "Markets wobble on rate fears\n\n"
        "Shares fell for a third day on Tuesday.\n\n"
        "“The sell-off has further to run before buyers come back,” said panelist and veteran "
        "bond analyst Otto Brandt.\n"
    )
    assert _speakers(article)["The sell-off has fur"] == "Otto Brandt"


def test_a_plural_before_and_may_be_other_speakers() -> None:
    article = (
        "Pier plan divides the town\n\n"
        "The council met on Monday to discuss the pier.\n\n"
        "“Nobody asked us before the plans were drawn,” said residents and harbour councillor "
        "Ines Caro.\n"
    )
    assert _speakers(article).get("Nobody asked us befo") != "Ines Caro"


def test_a_nationality_names_the_minister_of_that_country() -> None:
    article = (
        "Aid cuts worry host countries\n\n"
        "Jordan’s Foreign Minister, Samir Haddad, met his Hungarian counterpart in Budapest on "
        "Monday.\n\n"
        "The Jordanian Foreign Minister further argued that “helping the refugees now costs far "
        "less than failing them later.”\n"
    )
    assert _speakers(article)["helping the refugees"] == "Samir Haddad"


def test_the_governor_is_the_gov_of_the_article() -> None:
    article = (
        "Storm damage in the south\n\n"
        "Georgia Gov. Nathan Pell toured the coast on Sunday.\n\n"
        "“Crews are working through the night,” the governor said.\n"
    )
    assert _speakers(article)["Crews are working th"] == "Nathan Pell"


def test_the_councilor_is_the_councillor_of_the_article() -> None:
    article = (
        "Wolf cull debated\n\n"
        "Councillor Orla Brandt asked the board to act.\n\n"
        "“Farmers cannot wait another season,” said the Councilor at the meeting.\n"
    )
    assert _speakers(article)["Farmers cannot wait "] == "Orla Brandt"


def test_another_nationality_names_nobody() -> None:
    article = (
        "Summit ends without a deal\n\n"
        "Argentina's president, Rosa Ibarra, left the summit early on Friday.\n\n"
        "“We will not sign a text that we have not read,” the Mexican president said.\n"
    )
    assert _speakers(article).get("We will not sign a t") != "Rosa Ibarra"


def test_the_name_before_a_dash_aside_naming_someone_else_speaks() -> None:
    article = (
        "Scotland hold Portugal\n\n"
        "Scotland boss Steve Clarke was pleased after the goalless draw.\n\n"
        "Clarke – who saw Ewan Doyle miss an early chance before Craig Gordon’s late save "
        "kept the point – said: “We earned this after the work we put in.\n\n"
        "“Defensively we were sound all night.\n\n"
        "“I have always said Craig’s the ultimate professional.”\n"
    )
    speakers = _speakers(article)
    assert speakers["We earned this after"] == "Steve Clarke"
    assert speakers["Defensively we were "] == "Steve Clarke"
    assert speakers["I have always said C"] == "Steve Clarke"


def test_a_capitalised_office_in_an_apposition_is_no_rival_for_she() -> None:
    article = (
        "Exams end\n\n"
        "The exams ended today for 42,000 students.\n\n"
        "Speaking to the press, Dana Pike, General Science Supervisor at the education "
        "ministry, confirmed that the chemistry paper was clear. “Questions of every level "
        "make the paper fair to every student,” she said.\n"
    )
    assert _speakers(article)["Questions of every l"] == "Dana Pike"


def test_an_unknown_full_name_before_she_still_leaves_the_quote_open() -> None:
    article = (
        "Exams end\n\n"
        "The exams ended today for 42,000 students.\n\n"
        "Speaking to the press, Dana Pike confirmed that Mona Reyes had set the chemistry "
        "paper. “Questions of every level make the paper fair to every student,” she said.\n"
    )
    assert _speakers(article).get("Questions of every l") != "Dana Pike"


def test_a_place_after_toward_is_no_rival_for_he() -> None:
    article = (
        "Flash flood in the county\n\n"
        "Teenager Tom Ruiz and his friends took a kayak out on the flooded streets.\n\n"
        "“It was just deep,” Ruiz said.\n\n"
        "They paddled through half the town toward Cedar Hollow, which was under water, he "
        "said.\n\n"
        "“It was just a fun adventure,” he said.\n"
    )
    assert _speakers(article)["It was just a fun ad"] == "Tom Ruiz"
