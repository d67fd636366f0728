"""Speakers named in the quote's own sentence that the drafter still left open (round 46a).

Rule 1: "Justice Ama Boateng granted bail ... “...,” the judge said." The role kept for a judge
introduced by title is "Justice", a word "the judge" does not hold, so the one judge was never
looked up (fresh69 cd16, fresh16 v11). A Justice Minister is no judge.

Rule 2: "“...,” said the Trojans’ Eric Aadelan", "said the wing’s information chief Harris
Idaham Rashid": an owner's possessive (a team, a body) between "said" and the name, perhaps
with the speaker's post after it, was not read as titles, so the name after it was passed
over (fresh40 ba07, fresh18 w15).

Rule 3: "“...,” said Upazila Nirbahi Officer (UNO) Masud Rana": a title's initials in brackets
between its words and the name were not read as part of the title (fresh68 cc19).

Rule 4: "Miller said it had been a “difficult” year", "Gupta said the “biggest” problem":
one word in marks before a noun, inside a named speaker's reported clause, is the speaker's
when it judges the noun; adjectives with no adjective ending (plain ones, superlatives,
-ing participles) were read as a term's name (fresh69 cd01, fresh51 bl20, fresh18 w31).

Rule 5: "“...,” local chief of police operations Budi said.", "“...,” the state’s governor
Chief Press Secretary Rafiu Ajakaye said": a long post, neither titles alone nor a body's
name then a short role, between the quote and the name, the name then its verb, was read as
a clause of its own (fresh35 j22, fresh25 t13, fresh27 y25). A post that serves the name
("a lawyer for Jo Lee said", "a spokesman for Mayor Jo Lee said") is not the name's.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def test_the_judge_is_the_one_justice_named_before() -> None:
    article = (
        "Two men jailed over harbour smuggling\n\n"
        "Justice Ama Boateng sentenced the two men on Tuesday after they admitted bringing "
        "the goods through the harbour at night.\n\n"
        "Their lawyer, Kofi Mensah, asked for a fine instead of prison.\n\n"
        "“The amount of goods involved leaves this court no room for a fine,” the judge said. "
        "“Both of you knew what you were carrying.”\n"
    )
    speakers = _speakers(article)
    assert speakers["The amount of goods "] == "Ama Boateng"


def test_a_justice_minister_is_not_the_judge() -> None:
    article = (
        "New courts promised for the north\n\n"
        "Justice Minister Ama Boateng opened two new court buildings in the north on "
        "Tuesday.\n\n"
        "Crowds gathered outside as the first case was heard.\n\n"
        "“The amount of work waiting for this court is very large,” the judge said.\n"
    )
    speakers = _speakers(article)
    assert speakers.get("The amount of work w") != "Ama Boateng"


def test_a_team_or_body_owning_the_speaker_after_said() -> None:
    article = (
        "Rowers take the harbour cup\n\n"
        "The harbour cup went to the home crew for the first time in nine years.\n\n"
        "“We trained through the whole winter for this,” said the Harbour Rowers’ Nina "
        "Castell, who steered the boat.\n\n"
        "The visitors finished a length behind.\n\n"
        "“They were simply stronger on the day,” said the visitors’ head coach Tariq Lund.\n"
    )
    speakers = _speakers(article)
    assert speakers["We trained through t"] == "Nina Castell"
    assert speakers["They were simply str"] == "Tariq Lund"


def test_an_owner_with_more_than_titles_after_it_names_nobody() -> None:
    article = (
        "Rowers take the harbour cup\n\n"
        "Nina Castell steered the home crew to the harbour cup on Sunday.\n\n"
        "“It is a long way back for us,” said the visitors’ fans near Tariq Lund, who "
        "coaches them.\n"
    )
    speakers = _speakers(article)
    assert speakers.get("It is a long way bac") != "Tariq Lund"


def test_a_title_with_its_initials_in_brackets_after_said() -> None:
    article = (
        "River takes more homes\n\n"
        "The river has taken at least thirty houses in the district this month.\n\n"
        "“The banks gave way within two weeks,” said District Relief Officer (DRO) Kamal "
        "Hossain.\n"
    )
    speakers = _speakers(article)
    assert speakers["The banks gave way w"] == "Kamal Hossain"


def test_a_plain_or_superlative_adjective_in_marks_is_the_speakers() -> None:
    article = (
        "Shelter asks for more beds\n\n"
        "Shelter director Dana Ruiz said it had been a “difficult” winter for the staff.\n\n"
        "Ruiz said the “biggest” worry was the cold snap due next week.\n"
    )
    speakers = _speakers(article)
    assert speakers["difficult"] == "Dana Ruiz"
    assert speakers["biggest"] == "Dana Ruiz"


def test_a_noun_in_ing_before_a_noun_stays_a_term() -> None:
    article = (
        "Shelter asks for more beds\n\n"
        "Shelter director Dana Ruiz said the “building” work on the new wing starts in May.\n"
    )
    assert _speakers(article).get("building") != "Dana Ruiz"


def test_a_long_post_before_the_name_and_its_verb_after_the_quote() -> None:
    article = (
        "Landslide buries village homes\n\n"
        "A wall of mud slid into the village after two days of rain.\n\n"
        "“We think about forty houses are under the mud,” local head of rescue operations "
        "Wira Santoso said on Sunday.\n"
    )
    assert _speakers(article)["We think about forty"] == "Wira Santoso"


def test_a_clause_before_the_name_is_no_post() -> None:
    article = (
        "Landslide buries village homes\n\n"
        "Wira Santoso leads the rescue teams in the district.\n\n"
        "“We think about forty houses are under the mud,” while the head of rescue Ana "
        "Pereira said more rain was coming.\n"
    )
    assert _speakers(article).get("We think about forty") != "Ana Pereira"


def test_a_post_serving_the_name_is_not_the_names_words() -> None:
    article = (
        "Court hears bail plea\n\n"
        "Mayor Jo Lee appeared in court on Monday over the bridge contract.\n\n"
        "“My client has never left the country,” a lawyer for Jo Lee said outside court.\n\n"
        "“The mayor will answer every question,” a spokesman for Mayor Jo Lee said.\n"
    )
    speakers = _speakers(article)
    assert speakers.get("My client has never ") != "Jo Lee"
    assert speakers.get("The mayor will answe") != "Jo Lee"
