"""What an amount typed as an answer says beyond its number: its currency, the order of a
score's two numbers, a scale cut short ("$88m") and dollars and cents in words ("7 dollars
5 cents").

`answer_text` reads numbers alone ("$55.213 billion" and "N55.213 billion" both read
55213000000): these checks keep what that reading leaves out, for `matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core import units
from bot.core.answer_text import CURRENCY_PREFIXES, MONTHS, clean, read_tokens

__all__ = [
    "another_currency",
    "names_a_currency",
    "other_readings",
    "reversed_score",
    "scales_spelled_in_answers",
    "sums_in_brackets",
    "without_currency",
]

# Each currency by the signs, codes and words typed for it. A sign shared by several
# currencies ("$" for the US, Canadian, Australian... dollar) names them all as one.
_CURRENCIES = {
    "dollar": "$ usd us$ dollar dollars bucks jmd cad aud nzd hkd sgd nad ttd bbd xcd lrd zwl fjd "
    "twd",
    "naira": "₦ naira ngn",
    "pound": "£ gbp pound pounds quid",
    "euro": "€ eur euro euros",
    "rupee": "₹ rupee rupees rs inr",
    "yen": "¥ yen",
    "rand": "zar rand",
    "shilling": "ksh kes shs ush ugx shilling shillings",
    "peso": "peso pesos",
    # Currencies of the Gulf, North Africa and Asia that real articles give in their own words
    # ("40 dinars", "RM 5 million"), and their ISO codes and local short forms (KD, RM).
    "dinar": "dinar dinars kd kwd bhd jod iqd lyd tnd dzd",
    "riyal": "riyal riyals rial rials sr sar qar omr",
    "dirham": "dirham dirhams aed dhs",
    "ringgit": "ringgit myr rm",
    "baht": "฿ baht thb",
    "yuan": "yuan renminbi rmb cny",
    "cedi": "₵ gh¢ cedi cedis ghs",
    # Vietnam's dong ("4,950 VND a kilo", "VND1.4 trillion": three labelled real articles).
    "dong": "₫ dong đồng vnd",
}
_BY_NAME = {name: currency for currency, names in _CURRENCIES.items() for name in names.split()}
_SIGNS = {name: currency for name, currency in _BY_NAME.items() if not name.isalnum()}
_CODES = re.compile(r"[^\W\d_]+")
# A letter glued before an amount names the currency as "$" does: "N55.213" (naira).
_GLUED = {"n": "naira"} | {
    prefix: _BY_NAME[prefix] for prefix in CURRENCY_PREFIXES if prefix in _BY_NAME
}
_GLUED_AMOUNT = re.compile(rf"(?<![\w.])({'|'.join(_GLUED)})(?=\d)")
# A code glued before an amount ("KD40"), read apart ("kd 40").
_GLUED_CODE = re.compile(
    rf"(?<![\w.])({'|'.join(n for n in _BY_NAME if n.isalpha() and len(n) >= 2)})(?=\d)"
)


# Dollars of one country, by the letters written before "$", the ISO code and the words before
# "dollars" ("US$", "usd", "us dollars"; "J$", "jmd", "Jamaican dollars"). "$" or "dollars"
# alone may be any of them; two countries' dollars are two currencies. The labelled real
# articles write "US$" in 14 articles, and "J$", "A$", "NZ$", "N$" besides
# (`grep -rlE` over tests/authoring/labeled/real).
_DOLLARS_OF = {
    "us": ("us", "usd", "us american"),
    "jamaica": ("j jm", "jmd", "jamaican"),
    "canada": ("c ca can", "cad", "canadian"),
    "australia": ("a au", "aud", "australian"),
    "new zealand": ("nz", "nzd", "nz"),
    "hong kong": ("hk", "hkd", "hk"),
    "singapore": ("s sg", "sgd", "singapore"),
    "namibia": ("n", "nad", "namibian"),
    "trinidad": ("tt", "ttd", "trinidad"),
    "barbados": ("bds", "bbd", "barbadian barbados"),
    "east caribbean": ("ec", "xcd", "ec"),
    "liberia": ("l", "lrd", "liberian"),
    "zimbabwe": ("z", "zwl", "zimbabwean zimbabwe"),
    "fiji": ("fj", "fjd", "fijian"),
    "taiwan": ("nt", "twd", "taiwan"),
}
_DOLLAR_PATTERNS = tuple(
    (
        country,
        re.compile(
            rf"(?<![\w.$])(?:(?:{'|'.join(prefixes.split())})\s?\$|{code}(?![a-z])"
            rf"|(?:{'|'.join(words.split())})\s+dollars?\b)"
        ),
    )
    for country, (prefixes, code, words) in _DOLLARS_OF.items()
)


def _dollars_of(text: str) -> dict[str, str]:
    """Each country whose dollar `text` names, with the words that name it ("us$", "jmd")."""
    plain = clean(text)
    if "$" not in plain and "d" not in plain:
        return {}
    return {
        country: found[0]
        for country, pattern in _DOLLAR_PATTERNS
        if (found := pattern.search(plain)) is not None
    }


def _another_countrys_dollar(given: str, answers: Sequence[str]) -> bool:
    """Whether `given` names one country's dollar and the right answers another's ("US$1
    billion" for "one billion Jamaican dollars")."""
    typed = _dollars_of(given)
    if not typed:
        return False
    known = {country for answer in answers for country in _dollars_of(answer)}
    return bool(known) and not known.intersection(typed)


def _dollar_in_the_answers_words(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a country's dollar written as a right answer words it ("J$1bn", "1bn jmd"
    -> "1bn jamaican dollars"), when both name that one country's dollar; None otherwise."""
    typed = _dollars_of(given)
    if not typed and (bare := _PLAIN_DOLLARS.search(clean(given))) is not None:
        said = bare[0]  # "1 billion dollars" for "one billion Jamaican dollars": any dollar
        typed = {country: said for answer in answers for country in _dollars_of(answer)}
    if len(typed) != 1:
        return None
    ((country, said),) = typed.items()
    for answer in answers:
        worded = _dollars_of(answer).get(country)
        if worded is None or "dollar" not in worded or worded == said:
            continue
        tokens = read_tokens(clean(given).replace(said, " ", 1))  # "1bn" read as one number
        at = next((i for i, w in enumerate(tokens) if w[:1].isdigit()), None)
        if at is None:
            return None
        return " ".join([*tokens[: at + 1], worded, *tokens[at + 1 :]])
    return None


_PLAIN_DOLLARS = re.compile(r"(?<![\w$])\$(?=\s?\d)|\bdollars?\b")


def names_a_currency(text: str) -> bool:
    """Whether `text` names a currency by sign, code or word ("$1,000", "1000 usd", "40 kd")."""
    return bool(_currencies(text))


_SCALES_AFTER = frozenset({"thousand", "million", "billion", "trillion", "m", "mn", "bn", "k"})


@functools.lru_cache(maxsize=512)
def sums_in_brackets(answers: tuple[str, ...], texts: tuple[str, ...]) -> tuple[str, ...]:
    """The same sum in another currency that a text gives in brackets right after a right
    answer ("725 US dollars" where a tested fact says "15.2 million dong (725 US dollars)"):
    a student who types the article's other figure has the fact. A bracket that names no
    currency ("40 dinars (a week's pay)") is no sum."""
    found: list[str] = []
    for answer in answers:
        if not _currencies(answer):
            continue
        beside = re.compile(re.escape(answer.strip()) + r"\s*\(([^()]{1,40})\)", re.IGNORECASE)
        for text in texts:
            for match in beside.finditer(text):
                said = match[1].strip()
                if _currencies(said) and any(c.isdigit() for c in said):
                    found.append(said)
    return tuple(found)


def _currencies(text: str) -> frozenset[str]:
    """The currencies `text` names, by sign, code, word or a letter glued to the amount."""
    plain = clean(text).replace("us$", " $ ")
    named = {currency for sign, currency in _SIGNS.items() if sign in plain}
    named.update(_BY_NAME[word] for word in _CODES.findall(plain) if word in _BY_NAME)
    named.update(_GLUED[m[1]] for m in _GLUED_AMOUNT.finditer(plain))
    named.update(_BY_NAME[m[1]] for m in _GLUED_CODE.finditer(plain))
    return frozenset(named)


def _in_the_answers_word(given: str, answers: Sequence[str]) -> str | None:
    """`given` with its currency's sign or code put as a right answer words it ("KD 40", "40
    kwd" -> "40 dinars"), when it names that one currency; None when it changes nothing."""
    typed = _currencies(given)
    if len(typed) != 1:
        return None
    (currency,) = typed
    worded = [
        token
        for answer in answers
        for token in read_tokens(answer)
        if len(token) > 3 and _BY_NAME.get(token) == currency
    ]
    if not worded:
        return None
    plain = _GLUED_CODE.sub(r"\1 ", clean(given).replace("us$", " $ "))
    for sign, named in _SIGNS.items():
        if named == currency:
            plain = plain.replace(sign, " ")
    words = [w for w in plain.split() if _BY_NAME.get(w) != currency]
    at = next((i for i, w in enumerate(words) if w[:1].isdigit()), None)
    if at is None:
        return None
    while at + 1 < len(words) and words[at + 1] in _SCALES_AFTER:
        at += 1  # "15.2 million vnd" -> "15.2 million dong", never "15.2 dong million"
    reading = " ".join([*words[: at + 1], worded[0], *words[at + 1 :]])
    return None if reading == clean(given) else reading


def _in_the_answers_code(given: str, answers: Sequence[str]) -> str | None:
    """`given` with its currency's word put as a right answer writes it, by a code of letters
    before the amount ("9 rupees", "18-20 rupees" -> "rs 9", "rs 18-20" for "Rs 9", "Rs 18-20";
    "40 dinars" -> "kd 40" for "KD 40"), when it names that one currency by a word and no right
    answer words it; None otherwise. The reverse of `_in_the_answers_word`."""
    coded = _codes_in_answers(tuple(answers))
    if not coded:
        return None  # the common case, without reading the guess
    typed = _currencies(given)
    if len(typed) != 1:
        return None
    (currency,) = typed
    codes = coded.get(currency)
    if not codes or any(len(code) > 3 for code in codes):
        return None  # no right answer names it, or one words it (`_in_the_answers_word`)
    words = clean(given).split()
    if not any(len(word) > 3 and _BY_NAME.get(word) == currency for word in words):
        return None  # typed by its sign or code, as the answer is, or glued to the amount
    kept = [word for word in words if _BY_NAME.get(word) != currency]
    if not any(word[:1].isdigit() for word in kept):
        kept = [word for word in read_tokens(given) if _BY_NAME.get(word) != currency]  # "nine"
    at = next((i for i, word in enumerate(kept) if word[:1].isdigit()), None)
    if at is None:
        return None
    return " ".join([*kept[:at], codes[0], *kept[at:]])


@functools.lru_cache(maxsize=512)
def _codes_in_answers(answers: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each currency the right answers name by a code, a word or a sign-less token, with those
    tokens ("Rs 9" -> {"rupee": ("rs",)}); empty for answers that name none."""
    found: dict[str, list[str]] = {}
    for answer in answers:
        for token in read_tokens(answer):
            if (currency := _BY_NAME.get(token)) is not None:
                found.setdefault(currency, []).append(token)
    return {currency: tuple(tokens) for currency, tokens in found.items()}


def without_currency(text: str) -> str | None:
    """`text` without the signs, codes and words of the currency it names ("rs 18 to 20" ->
    "18 to 20"), or None when it names none."""
    if not _currencies(text):
        return None
    plain = clean(text)
    for sign in _SIGNS:
        plain = plain.replace(sign, " ")
    kept = [word for word in plain.split() if word not in _BY_NAME]
    return " ".join(kept) or None


def another_currency(given: str, answers: Sequence[str]) -> bool:
    """Whether `given` names a currency none of the right `answers` is in ("$55.213 billion"
    when the answer is "N55.213 billion" in naira), or any for a percentage ("$17" for "17 per
    cent"). An amount typed without one is not."""
    typed = _currencies(given)
    if not typed:  # a weight or a length for money: "88 lbs" for £88
        return _a_quantity(given) and bool(frozenset().union(*map(_currencies, answers)))
    known = frozenset().union(*map(_currencies, answers))
    if not known:  # money for a share or a measure: "$17" for "17 per cent", "£88" for 88 lb
        measured = {
            unit[0]
            for answer in answers
            for token in read_tokens(answer)
            if (unit := units.unit_of(token)) is not None and units.is_a_measure(token)
        }
        if typed == {"pound"} and "mass" in measured and "£" not in given:
            return False  # "88 pounds" for 40 kg: the weight
        return bool(measured) or any("percent" in read_tokens(answer) for answer in answers)
    if not typed <= known or _another_countrys_dollar(given, answers):
        return True
    return _the_sum_of_another_currency(given, typed, answers)


_A_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _the_sum_of_another_currency(given: str, typed: frozenset[str], answers: Sequence[str]) -> bool:
    """Whether the number typed is only a right answer's in another currency than the one
    typed ("$15.2 million" where "15.2 million dong" and "725 US dollars" are right)."""
    if len(typed) != 1:
        return False  # "15.2 million dong ($725)": both sums, each in its own currency
    numbers = {t for t in read_tokens(given) if _A_NUMBER.fullmatch(t)}
    same = [a for a in answers if numbers & set(read_tokens(a))]
    return bool(same) and all(not typed <= _currencies(answer) for answer in same)


# Families of units that are never money's: `units.unit_of`'s first part.
_QUANTITIES = frozenset({"mass", "length", "area", "liquid", "temperature"})


def _a_quantity(given: str) -> bool:
    """Whether `given` names a unit of weight, length, area, volume or temperature as what it
    measures ("88 lbs"), not as what a price is for ("35 per kg", "35 a kg", "35/kg")."""
    tokens = read_tokens(given)
    rates = set(_PER_SLASH.findall(given.casefold())) if "/" in given else set()
    return any(
        (unit := units.unit_of(token)) is not None
        and unit[0] in _QUANTITIES
        and not (index and tokens[index - 1] in _RATE_WORDS)
        and token not in rates
        for index, token in enumerate(tokens)
    )


# Words before a unit that make it what a price is for: "per kg", "a tonne", "each litre".
_RATE_WORDS = frozenset({"per", "a", "an", "each", "every"})
_PER_SLASH = re.compile(r"/\s*([^\W\d_]+)")


def _score(text: str) -> tuple[str, str] | None:
    """The two numbers of a score or a vote ("5-4", "five to four", "1 nil"), in order."""
    tokens = read_tokens(text)
    numbers = [t for t in tokens if t[:1].isdigit()]
    others = [t for t in tokens if not t[:1].isdigit()]
    if len(numbers) != 2 or numbers[0] == numbers[1] or set(others) - {"to"}:
        return None
    return numbers[0], numbers[1]


def reversed_score(given: str, answers: Sequence[str]) -> bool:
    """Whether `given` holds a score's two numbers the other way round ("4-5" for "5-4"):
    another result, though the numbers compare as a multiset elsewhere. Dates are not scores
    (their order is read by `answer_text`)."""
    scores = {score for answer in answers if (score := _score(answer)) is not None}
    if not scores:
        return False
    tokens = read_tokens(given)
    if set(tokens) & set(MONTHS):
        return False
    typed = tuple(t for t in tokens if t[:1].isdigit())
    return len(typed) == 2 and any(typed == (second, first) for first, second in scores)


_SCALE_WORDS = re.compile(r"\b(million|billion|mn|bn)\b|\d(?:mn|bn)\b", re.IGNORECASE)
_CUT_SCALES = re.compile(r"(\d)\s*(m|mn|mil|mill|mio|b|bn|bil|bill)\b(?!\.\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def scales_spelled_in_answers(answers: tuple[str, ...]) -> tuple[str, ...]:
    """The right answers that give a sum with its scale cut short ("£300m", "$1.2m", "€35b"),
    with the scale spelled out ("£300 million"): beside a currency "m" is a million, never
    metres or minutes (British and Irish papers write "£300m": 11 labelled real articles).
    None already among `answers`."""
    spelled = []
    for answer in answers:
        if not _CUT_SCALES.search(answer) or not names_a_currency(answer):
            continue
        said = _CUT_SCALES.sub(
            lambda m: f"{m[1]} {'million' if m[2].casefold().startswith('m') else 'billion'}",
            answer,
        )
        if said.casefold() not in {a.casefold() for a in answers}:
            spelled.append(said)
    return tuple(spelled)


def other_readings(given: str, answers: Sequence[str]) -> list[str]:
    """The readings of `given` as an amount that the right `answers` make plain: a scale cut
    short, dollars and cents in words, a currency's code as the answers' word for it (each
    only when it changes it)."""
    spelled = _scales_spelled_out(given, answers)
    found = (
        spelled,
        spelled and _in_the_answers_word(spelled, answers),  # "15.2m vnd": "15.2 million dong"
        _in_cents(given),
        _in_the_answers_word(given, answers),
        _in_the_answers_code(given, answers),
        _dollar_in_the_answers_words(given, answers),
    )
    return [reading for reading in found if reading is not None]


_MAIN_UNITS = frozenset({"dollar", "dollars", "buck", "bucks", "euro", "euros", "pound", "pounds"})
_SUB_UNITS = frozenset({"cent", "cents", "pence", "p"})


def _in_cents(given: str) -> str | None:
    """ "7 dollars 5 cents", "seven dollars and twenty two" -> "7.05 dollars", "7.22 dollars":
    an amount said in its unit and its hundredths; None when `given` says none."""
    tokens = read_tokens(given)
    for index in range(len(tokens) - 2):
        whole, unit = tokens[index], tokens[index + 1]
        if not whole.isdigit() or unit not in _MAIN_UNITS:
            continue
        rest = index + 2 + (tokens[index + 2] == "and")
        if rest >= len(tokens) or not tokens[rest].isdigit() or int(tokens[rest]) >= 100:
            continue
        after = tokens[rest + 1 :]
        if after[:1] and after[0] in _SUB_UNITS:
            after = after[1:]
        elif after:
            continue  # "7 dollars 5 shares": not hundredths
        amount = f"{whole}.{int(tokens[rest]):02d} {unit}"
        return " ".join([*tokens[:index], amount, *after])
    return None


def _scales_spelled_out(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a scale cut short after a number spelled out ("$88m" -> "$88 million",
    "28.3 b" -> "28.3 billion") when a right answer counts in millions or billions (where
    "m" cannot be metres or minutes); None when there is nothing to spell out."""
    if not any(_SCALE_WORDS.search(answer) for answer in answers):
        return None
    spelled = _CUT_SCALES.sub(
        lambda m: f"{m[1]} {'million' if m[2].casefold().startswith('m') else 'billion'}", given
    )
    return spelled if spelled != given else None
