"""One word of a role written in another form (round 44).

"The Jordanian Foreign Minister further argued" is the man the article introduced as
"Jordan’s Foreign Minister"; "said the Argentine president" the one whose role reads
"president of Argentina"; "The governor said" the "Georgia Gov."; "said the Councilor" the
"Councillor". Matching "the <role>" to the one person who holds it compares words, so each
word is first brought to one form: a nationality to its country, a possessive to its owner,
a title's short form to the title, a spelling to the common one.
"""

from __future__ import annotations

from bot.authoring.lexicon import words

__all__ = ["canonical_role_word", "office_words"]

# Country (as the role writes it, lowercase) and the adjectives that name it.
_COUNTRIES = {
    "afghanistan": "afghan",
    "albania": "albanian",
    "algeria": "algerian",
    "argentina": "argentine argentinian argentinean",
    "australia": "australian",
    "austria": "austrian",
    "bahrain": "bahraini",
    "bangladesh": "bangladeshi",
    "barbados": "barbadian bajan",
    "belgium": "belgian",
    "bolivia": "bolivian",
    "botswana": "botswanan",
    "brazil": "brazilian",
    "bulgaria": "bulgarian",
    "cameroon": "cameroonian",
    "canada": "canadian",
    "chile": "chilean",
    "china": "chinese",
    "colombia": "colombian",
    "croatia": "croatian",
    "cuba": "cuban",
    "cyprus": "cypriot",
    "denmark": "danish",
    "ecuador": "ecuadorian ecuadorean",
    "egypt": "egyptian",
    "ethiopia": "ethiopian",
    "fiji": "fijian",
    "finland": "finnish",
    "france": "french",
    "germany": "german",
    "ghana": "ghanaian",
    "greece": "greek",
    "guyana": "guyanese",
    "hungary": "hungarian",
    "india": "indian",
    "indonesia": "indonesian",
    "iran": "iranian",
    "iraq": "iraqi",
    "ireland": "irish",
    "israel": "israeli",
    "italy": "italian",
    "jamaica": "jamaican",
    "japan": "japanese",
    "jordan": "jordanian",
    "kenya": "kenyan",
    "kuwait": "kuwaiti",
    "lebanon": "lebanese",
    "libya": "libyan",
    "malawi": "malawian",
    "malaysia": "malaysian",
    "mexico": "mexican",
    "morocco": "moroccan",
    "nepal": "nepali nepalese",
    "netherlands": "dutch",
    "nigeria": "nigerian",
    "norway": "norwegian",
    "oman": "omani",
    "pakistan": "pakistani",
    "palestine": "palestinian",
    "peru": "peruvian",
    "philippines": "philippine filipino",
    "poland": "polish",
    "portugal": "portuguese",
    "qatar": "qatari",
    "romania": "romanian",
    "russia": "russian",
    "rwanda": "rwandan",
    "serbia": "serbian",
    "singapore": "singaporean",
    "somalia": "somali",
    "spain": "spanish",
    "sudan": "sudanese",
    "sweden": "swedish",
    "switzerland": "swiss",
    "syria": "syrian",
    "taiwan": "taiwanese",
    "tanzania": "tanzanian",
    "thailand": "thai",
    "tunisia": "tunisian",
    "turkey": "turkish",
    "uganda": "ugandan",
    "ukraine": "ukrainian",
    "uruguay": "uruguayan",
    "venezuela": "venezuelan",
    "vietnam": "vietnamese",
    "yemen": "yemeni",
    "zambia": "zambian",
    "zimbabwe": "zimbabwean",
}

# A title's short form and a second spelling, each to the word it stands for.
_FORMS = {
    **{adjective: country for country, names in _COUNTRIES.items() for adjective in names.split()},
    "gov": "governor",
    "sen": "senator",
    "cllr": "councillor",
    "councilor": "councillor",
}

_POSSESSIVES = ("’s", "'s", "’", "'")


def canonical_role_word(word: str) -> str:
    """`word` (lowercase) in the one form roles are compared in: "jordanian" and "jordan’s"
    -> "jordan", "gov." -> "governor", "councilor" -> "councillor"; else `word`."""
    bare = word.rstrip(".")
    for ending in _POSSESSIVES:
        if bare.endswith(ending) and len(bare) > len(ending) + 1:
            bare = bare[: -len(ending)]
            break
    return _FORMS.get(bare, bare)


# A title whose holder the text also calls by another noun: "Justice Ada Mensah" (role
# "Justice", "High Court Justice", "Chief Justice") is "the judge" of "..., the judge said."
# Only as the whole role or after words of a court's bench: a "Minister of Justice" or a
# "Justice Minister" is no judge.
_HEAD_ALSO = {"justice": "judge"}
_BENCH_WORDS = words(
    "chief associate puisne presiding acting deputy senior retired supreme high court "
    "appeal appeals federal lady lord"
)


def office_words(role: list[str]) -> set[str]:
    """The words a role (lowercase words) is compared in: each word's `canonical_role_word`,
    and the other noun a bench title goes by ("justice", "chief justice" -> also "judge")."""
    forms = {canonical_role_word(w) for w in role}
    also = _HEAD_ALSO.get(role[-1].rstrip(".")) if role else None
    if also is not None and _BENCH_WORDS.issuperset(role[:-1]):
        forms.add(also)
    return forms
