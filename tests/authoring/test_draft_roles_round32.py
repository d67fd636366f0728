"""Thirty-second round, roles. Read from fresh46/47's misses, each as a family over every
labeled set: Gulf styles ("Shaikh", "Sayyid", "Sheikh" before a lineage) are a rank's style,
neither part of the name nor its role; "bint" stands in a name as "bin" does; a sentence that
opens by describing its subject ("A tomato dealer at the X Market, Town, Mr NAME,") gives that
description as the role; a degree's letters after a name ("R.N.") are passed over to the role
after them; an office of a portfolio written in words may end the sentence; a lowercase role
of two portfolios joined by "and" before a name, capitalised where the sentence opens, is one
role; "Sr Const" is a senior constable's rank, not "señor"."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Ferry fares rise in Varnholt\n\n"


def _figures(*paragraphs: str) -> dict[str, str]:
    text = "\n\n".join(
        (
            "The ferry company said the new fares were needed to keep the boats running.",
            *paragraphs,
            "The vote will be held next month.",
        )
    )
    return people_in(drafted(HEADLINE + text + "\n"))


def test_a_gulf_style_before_an_office_holder_is_neither_name_nor_role() -> None:
    figures = _figures(
        "Oman’s minister of transport Shaikh Saif Al Harthy on Sunday issued a decision on "
        "ferry fares.",
        "“The fares will stay as they are for six months,” Al Harthy said.",
    )
    assert figures.get("Saif Al Harthy") == "minister of transport"
    assert not any("Shaikh" in name or "Shaikh" in role for name, role in figures.items())


def test_sayyid_before_a_name_with_bin_is_a_style_and_the_office_after_it_the_role() -> None:
    figures = _figures(
        "Sayyid Badr Bin Hamood Al Busaidi, Deputy Chair of the Ports Council, said the "
        "fares were fair.",
    )
    assert figures.get("Badr Bin Hamood Al Busaidi") == "Deputy Chair of the Ports Council"


def test_sheikh_before_a_lineage_is_no_part_of_the_role() -> None:
    figures = _figures(
        "Sheikh Hamad bin Khalid Al Qasimi, chairman of the ferry authority, said the fares "
        "were fair.",
    )
    assert figures.get("Hamad bin Khalid Al Qasimi") == "chairman of the ferry authority"


def test_sheikh_that_the_article_always_writes_without_a_lineage_stays_in_the_name() -> None:
    figures = _figures(
        "Sheikh Rashid Karim, the transport minister, said the fares were fair.",
        "“We will keep the boats running,” Sheikh Rashid Karim said.",
    )
    assert figures.get("Sheikh Rashid Karim") == "transport minister"


def test_bint_stands_inside_a_name_as_bin_does() -> None:
    figures = _figures(
        "“Noura bint Saeed Al Mansoori, Minister of State for Transport, met the ferry crews,” "
        "the ministry said in a statement.",
    )
    assert figures.get("Noura bint Saeed Al Mansoori") == "Minister of State for Transport"
    assert "Saeed Al Mansoori" not in figures


def test_a_sentence_that_describes_its_subject_first_gives_the_role() -> None:
    figures = _figures(
        "A fish dealer at the Harbour Market, Varnholt, Mr Olu Bakare, said fares had doubled.",
        "A customer at the Quay Market, Mrs Ada Nwosu, said that she now walks.",
    )
    assert figures.get("Olu Bakare") == "fish dealer at the Harbour Market"
    assert figures.get("Ada Nwosu") == "customer at the Quay Market"
    assert "Varnholt" not in figures  # the town between the market and the name


def test_a_time_before_the_name_is_no_described_subject() -> None:
    figures = _figures(
        "A week later, Olu Bakare, 45, said fares had doubled.",
        "A number of traders, Ada Nwosu, Tom Ede, said they now walk.",
    )
    assert figures.get("Olu Bakare") != "week later"
    assert not any("number" in role for role in figures.values())


def test_a_degrees_letters_are_passed_over_to_the_role_after_them() -> None:
    figures = _figures(
        "The delays worried Kim Oduya, R.N., director of community health for the health "
        "department.",
        "“Passengers wait in the cold,” Oduya said.",
        "Lars Eke, PhD, a professor of economics at the university, said fares were fair.",
    )
    assert figures.get("Kim Oduya") == "director of community health for the health department"
    assert figures.get("Lars Eke") == "professor of economics at the university"
    assert "PhD" not in figures and "R.N." not in figures


def test_an_office_ending_a_sentence_with_a_verb_in_it_is_no_role() -> None:
    figures = _figures(
        "The delays worried Kim Oduya, the mother of three children who travelled daily.",
        "“Passengers wait in the cold,” Oduya said.",
    )
    assert "mother" not in figures.get("Kim Oduya", "")


def test_a_role_of_two_portfolios_opening_the_sentence_is_one_role() -> None:
    figures = _figures(
        "Assistant director of highways and transportation Paul Marr said: “We must save money.”",
    )
    assert figures.get("Paul Marr") == "Assistant director of highways and transportation"


def test_a_role_opening_the_sentence_keeps_its_capitalised_first_word() -> None:
    figures = _figures("Chief executive of the trust Ann Loft said: “We must save money.”")
    assert figures.get("Ann Loft") == "Chief executive of the trust"


def test_sr_const_is_a_senior_constables_rank() -> None:
    figures = _figures(
        "The magistrate told Sr Const Tau Naliga, who is attached to the harbour police, to "
        "come back with the report.",
        "Sr Const Naliga said the report was lost.",
    )
    assert figures.get("Tau Naliga") == "Sr Const"


def test_sheikh_always_written_before_one_word_is_the_name() -> None:
    figures = _figures(
        "Prime Minister Sheikh Wajida said the fares were fair.",
        "“We will keep the boats running,” Sheikh Wajida said.",
    )
    assert figures.get("Sheikh Wajida") == "Prime Minister"
    assert "Wajida" not in figures


def test_an_envoy_to_a_country_of_two_words_is_not_glued_to_the_name() -> None:
    figures = _figures(
        "Bangladesh High Commissioner to Sri Lanka Riaz Hamidullah told the paper that the "
        "crews were safe.",
    )
    assert figures.get("Riaz Hamidullah") == "Bangladesh High Commissioner to Sri Lanka"
    assert not any(name.startswith("Sri Lanka") for name in figures)


def test_sheikh_and_one_word_named_only_inside_a_quote_is_no_figure() -> None:
    figures = _figures(
        "“The harbour will stay open as long as it is run by our leader Sheikh Wajida,” "
        "Transport Minister Omar Faruk said.",
    )
    assert figures.get("Omar Faruk") == "Transport Minister"
    assert not any("Wajida" in name for name in figures)
