"""How a typed answer is read: the words and numbers it is compared by.

`normalize` makes text comparable however it was typed: case, accents (é = e), punctuation,
spacing, zero-width and control characters, and a leading article ("the", "a", "an", or in
French "le", "la", "les", "l'", "un", "une", "des", "du") stop mattering ("œ" = "oe"), and
numbers take one form: "3,000" = "3 000" = "3000" = "three thousand" = "3 thousand" = "3k"; "3.5
million" = "3500000"; "3bn" is three billion, while "3m" is left alone (metres or million?);
"4,46" and "four point four six" are 4.46 ("3,000" stays three thousand); "8pc" and "8 pct" are
8 percent; a currency's letters glued to an amount are read past like its sign ("N55.213
billion"); "nil" beside a number is 0 ("one nil"). Ordinals compare by value: "third" = "3rd" =
"3". Month abbreviations and month names in French, Spanish, German, Italian and Portuguese next
to a number read as months: "feb 2022" = "février 2022" = "febrero 2022" = "02/2022" = "February
2022" = "feb '22" = "feb2022"; a date in numbers reads as a day, a month and a year when its
order is plain ("24/02/2022", "2/24/2022", "2022-02-24"; "03/02/2022" stays three numbers). As
typed in chat: "3 k", "3 grand", "3.000" and "3OOO" are 3000, "75yrs" is "75 year", and number
words run together or with one typo beside another number read as numbers ("seventyfive",
"threethousand", "sevnty five"), as does a unit word cut short after a tens word
("seventy-fiv"). Number words are English, up to the trillions, read by a small bounded parser
(no dependency); "nineteen eighty-four" reads as 19 and 84, not 1984, unless a month comes
first, as dictation writes a year ("february twenty twenty two" = "february 2022"); "24th of
february" is "24 february"; Roman numerals stay letters ("World War II" is not "World War 2").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from decimal import Context, Decimal, InvalidOperation

from bot.core.key_slips import neighbour_key_slips

__all__ = [
    "ARTICLES",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "TIME_ABBREVIATIONS",
    "beside_number",
    "clean",
    "close_contractions",
    "is_blank",
    "mend_number_word_slips",
    "normalize",
    "osa",
    "read_tokens",
    "year_said",
]

_MAX_NUMBER_DIGITS = 30  # longer digit runs stay as they are: compared, never converted

# Leading articles a guess may add or leave out, in English and French ("the", "la", "les").
ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "un", "une", "des", "du"})
# The French elided article ("l'Élysée") stands apart from its word, as "le".
_ELISION = re.compile(r"\bl['’‘ʼ](?=\w)")
# Word lists read best as one string each.
_UNITS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "  # noqa: SIM905
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    word: 10 * value
    for value, word in enumerate(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(),  # noqa: SIM905
        start=2,
    )
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_IRREGULAR_ORDINALS = {
    "first": "one",
    "second": "two",
    "third": "three",
    "fifth": "five",
    "eighth": "eight",
    "ninth": "nine",
    "twelfth": "twelve",
}
_ORDINALS = {
    **_IRREGULAR_ORDINALS,
    **{w + "th": w for w in _UNITS if w not in _IRREGULAR_ORDINALS.values()},
    **{w[:-1] + "ieth": w for w in _TENS},
    **{w + "th": w for w in ("hundred", *_SCALES)},
}
_SUFFIX_SCALES = {"k": "thousand", "bn": "billion", "mn": "million"}
MONTHS = (  # noqa: SIM905
    "january february march april may june july august september october november december"
).split()
# Month names in French (the bot's other language) and in Spanish, German, Italian and
# Portuguese, as typed without accents, read beside a number like ours ("febrero 2022").
_FOREIGN_MONTHS = (
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "januar februar marz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
)
MONTH_ABBREVIATIONS = (
    {month[:3]: month for month in MONTHS}
    | {"sept": "september"}
    | {
        name: month
        for names in _FOREIGN_MONTHS
        for name, month in zip(names.split(), MONTHS, strict=True)
        if name not in MONTHS
    }
)
# "feb '22", "June ’08": a month and a year's last two digits after an apostrophe
_TWO_DIGIT_YEAR = re.compile(
    rf"\b({'|'.join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True))})"
    r"\.?,?\s*['’‘`´](\d\d)(?![\d'’‘`´])"
)
# "02/2022": a month's number and a year
_MONTH_SLASH_YEAR = re.compile(r"(?<![\d/])(0?[1-9]|1[0-2])/((?:1[89]|20)\d\d)(?![\d/])")
# "24/02/2022", "2/24/2022", "24.02.2022": a day, a month and a year in either order of the
# first two, read only when the order is plain (a number over 12 is the day, or both agree).
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:1[89]|20)\d\d)(?![\d/.-])")
# "2022-02-24": the ISO order, year, month, day.
_ISO_DATE = re.compile(r"(?<![\d/.-])((?:1[89]|20)\d\d)-(\d\d)-(\d\d)(?![\d/.-])")
# "feb2022": a month and a year typed without a space.
_MONTH_THEN_YEAR = re.compile(
    rf"\b({'|'.join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True))})"
    r"\.?((?:1[89]|20)\d\d)\b"
)
_LETTER_MAP = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
_APOSTROPHES = re.compile(r"['’‘ʼ`´]")
_DIGIT_GROUPS = re.compile(r"(?<![\w.])\d{1,3}(?:[, ]\d{3}(?!\d))+")
# The words for "cent" in "per cent" and the words before them: English, French "pour cent",
# Spanish "por ciento" or "por cien", Portuguese "por cento".
_CENT_WORDS = {
    "cent": ("per", "pour"),
    "ciento": ("por",),
    "cien": ("por",),
    "cento": ("por",),
}
# "4,46" and "28,3": a comma before one or two digits is a decimal comma ("3,000" is not).
# A decimal written without its leading zero (".8", ".25"), as chat and spreadsheets type it.
_LEADING_POINT = re.compile(r"(?<![\w.])\.(?=\d)")
_DECIMAL_COMMA = re.compile(r"(?<![\w.,])(\d{1,3}),(\d{1,2})(?![\d,])")
# A currency's letters glued before its amount, as "$" is ("N55.213 billion" in naira,
# "Ksh500", "Rs 1,200" apart already): read past like the sign; an amount has a decimal
# point, a thousands comma or three digits ("N95" stays a name).
CURRENCY_PREFIXES = (
    "n",
    "ngn",
    "ksh",
    "kes",
    "rs",
    "inr",
    "zar",
    "usd",
    "us",
    "gbp",
    "eur",
    "shs",
    "ush",
    "ugx",
    "sr",
)
# Codes of three letters or more that only name a currency ("Shs1 billion" in Ugandan
# shillings, "UGX 500"): read past before any amount, however short, glued or not.
_CURRENCY_CODES = tuple(prefix for prefix in CURRENCY_PREFIXES if len(prefix) >= 3)
# Two letters glued to any amount, however short, as Saudi and Indian papers write riyals and
# rupees ("SR3 per hour", "Rs5"): no word is typed so.
_SHORT_CODES_GLUED = ("sr", "rs")
_GLUED_CURRENCY = re.compile(
    rf"(?<![\w.])(?:(?:{'|'.join(CURRENCY_PREFIXES)})(?=\d+[.,]\d|\d{{3}})"
    rf"|(?:{'|'.join(_SHORT_CODES_GLUED)})(?=\d)"
    rf"|(?:{'|'.join(_CURRENCY_CODES)})\s*(?=\d))"
)
# "US$1.29 billion", as outlets outside the US write dollars: the letters belong to the sign.
_US_DOLLAR = re.compile(r"(?<![\w.])us\s?\$")
# "GH¢10,000", as Ghanaian papers write cedis: the letters belong to the sign, as in "US$".
_CEDI = re.compile(r"(?<![\w.])gh\s?[¢₵]")
_TOKEN = re.compile(r"\d+(?:\.\d+)?[^\W_]*|[^\W_]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
_SCALED_DIGITS = re.compile(r"(\d+(?:\.\d+)?)(k|bn|mn)")
_DIGITS_THEN_WORD = re.compile(r"(\d+(?:\.\d+)?)([^\W\d_]{2,})")  # "75yrs": a number, a unit
_DIGITS_THEN_Y = re.compile(r"(\d+)y")
# Units of time cut short after a number: "75 yrs" = "75 years" ("year" and "years" compare
# as one noun's singular and plural).
TIME_ABBREVIATIONS = {
    **dict.fromkeys(("y", "yr", "yrs"), "year"),
    **dict.fromkeys(("mo", "mos", "mth", "mths"), "month"),
    **dict.fromkeys(("wk", "wks"), "week"),
    **dict.fromkeys(("hr", "hrs"), "hour"),
    "min": "minute",
}
# Per cent cut short or slipped after a number, as newspapers and chat write it: "8pc", "8 pct",
# "8 prct".
_PERCENT_ABBREVIATIONS = frozenset({"pc", "pct", "prct", "prcnt", "prcent", "percnt", "pcent"})
# "3.000" and "1.234.567": dots between groups of three read as thousands separators when
# there are several groups or the last is 000 ("1.500" stays one and a half).
# Zeros typed as the letter O after a digit: "3OOO" = "3000", "1oo" = "100".
_LETTER_ZEROS = re.compile(r"(?<![\w.])(\d+)(o+)(?!\w)")
_DOT_GROUPS = re.compile(r"(?<![\w.])\d{1,3}(?:(?:\.\d{3}){2,}|\.000)(?![\d.])")
_NUMBER_WORDS = frozenset({*_UNITS, *_TENS, "hundred", *_SCALES})
# Number words long enough that one typo cannot make another English word ("sevnty").
_LONG_NUMBER_WORDS = tuple(w for w in _NUMBER_WORDS if len(w) >= 6)


def _slips(word: str) -> set[str]:
    """`word` with one letter after its first left out (of four letters or more), two
    neighbouring letters swapped, a letter doubled ("twoo", "sixteeen") or an "e" added at
    its end ("sixe")."""
    dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word))} if len(word) >= 4 else set()
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    doubled = {word[: i + 1] + word[i:] for i in range(len(word))}
    return dropped | swapped | doubled | {word + "e"}


# English words (and a common slip of "the") one slip from a number word, never read as it
# ("seen" is not "seven", "none" is not nine).
_WORDS_NOT_SLIPS = frozenset(
    {"seen", "there", "thee", "tree", "fort", "elven", "teen", "forty", "for", "fur", "fie", "our"}
    | {"none", "forth", "threw", "bullion", "mullion", "sic", "sis", "sid", "teh", "ons", "fitty"}
)


def _slipped_number_words() -> dict[str, str]:
    """Each slip of three letters or more of a number word, to that word, when it is the slip
    of no other, no number word itself and no English word ("sevn", "fuor", "tow", "fiv",
    "siz"; never "for" for four)."""
    found: dict[str, set[str]] = {}
    for word in (w for w in _NUMBER_WORDS if len(w) >= 3):
        for slip in _slips(word) | neighbour_key_slips(word):  # "sevn", "fiv", "siz", "sevem"
            found.setdefault(slip, set()).add(word)
    taken = _NUMBER_WORDS | frozenset(_ORDINALS) | _WORDS_NOT_SLIPS
    return {
        slip: next(iter(words))
        for slip, words in found.items()
        if len(words) == 1 and slip not in taken
    }


_SLIPPED_NUMBER_WORDS = _slipped_number_words()
_WORDS = re.compile(r"[^\W\d_]+")


def mend_number_word_slips(text: str) -> str | None:
    """`text` with each number word typed with one letter left out, two swapped or one hit on a
    neighbouring key written right ("sevn" -> "seven", "eigth" -> "eight", "siz" -> "six"),
    for an answer that is a number; None when it has no such slip."""
    mended = _WORDS.sub(lambda m: _SLIPPED_NUMBER_WORDS.get(m[0].casefold(), m[0]), text)
    return mended if mended != text else None


# A unit's word without its last letter ("fiv", "nin"), read only right after a tens word.
_CLIPPED_UNITS = {w[:-1]: w for w in _UNITS if 0 < _UNITS[w] < 10 and len(w) >= 4}
_TENS_AND_UNIT = re.compile(
    rf"({'|'.join(_TENS)})({'|'.join(w for w in _UNITS if 0 < _UNITS[w] < 10)})"
)
_DECIMAL = Context(prec=80)
_DIGIT_WORDS = frozenset(word for word, value in _UNITS.items() if value < 10)


def osa(one: str, other: str, score_cutoff: int | None = None) -> int:
    """Optimal string alignment distance (rapidfuzz, imported on the first typed answer)."""
    from rapidfuzz.distance import OSA

    return int(OSA.distance(one, other, score_cutoff=score_cutoff))


def clean(text: str) -> str:
    """Casefolded text without accents, zero-width or control characters."""
    kept = []
    for char in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(char)
        if category == "Mn" or (category in ("Cf", "Cc", "Co", "Cs", "Cn") and not char.isspace()):
            continue
        kept.append(" " if char.isspace() else char)
    return "".join(kept).casefold().translate(_LETTER_MAP)


def is_blank(text: str) -> bool:
    """True when nothing in `text` would show: only spaces, line breaks and invisible
    characters (zero-width spaces and joiners, direction marks, byte order marks)."""
    return not clean(text).strip()


def _number_text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _read_number(tokens: list[str], start: int) -> tuple[Decimal, int]:
    """The number spelled from `tokens[start]` on, and where it ends (`start` if none)."""
    total = group = Decimal(0)
    last = ""  # what the previous token was: "", a, digit, unit, teen, tens, hundred, scale, and
    biggest = 10**15  # the last scale used: later scales must be smaller
    pos = start
    while pos < len(tokens):
        token = tokens[pos]
        word = _ORDINALS.get(token, token)
        following = tokens[pos + 1] if pos + 1 < len(tokens) else ""
        if not last and _NUMBER.fullmatch(word) and len(word) <= _MAX_NUMBER_DIGITS:
            group, last = Decimal(word), "digit"
        elif not last and word == "a" and (following == "hundred" or following in _SCALES):
            group, last = Decimal(1), "a"
        elif word in _UNITS and (
            last in ("", "hundred", "scale", "and") or (last == "tens" and 0 < _UNITS[word] < 10)
        ):
            group += _UNITS[word]
            last = "unit" if _UNITS[word] < 10 else "teen"
        elif word in _TENS and last in ("", "hundred", "scale", "and"):
            group, last = group + _TENS[word], "tens"
        elif word == "hundred" and last in ("", "a", "digit", "unit", "teen") and group < 100:
            group, last = _DECIMAL.multiply(group if last else Decimal(1), 100), "hundred"
        elif word in _SCALES and last not in ("and", "scale") and _SCALES[word] < biggest:
            biggest = _SCALES[word]
            total = _DECIMAL.add(total, _DECIMAL.multiply(group if last else Decimal(1), biggest))
            group, last = Decimal(0), "scale"
        elif (
            word == "and"
            and last in ("hundred", "scale")
            and (_ORDINALS.get(following, following) in _UNITS or following in _TENS)
        ):
            last = "and"
        elif word == "point" and last in ("unit", "teen", "tens") and following in _DIGIT_WORDS:
            fraction, pos = _spoken_fraction(tokens, pos + 1)
            group, last = _DECIMAL.add(group, fraction), "fraction"  # "four point four six"
            continue
        else:
            break
        pos += 1
        if token in _ORDINALS:
            break
    return _DECIMAL.add(total, group), pos


def _spoken_fraction(tokens: list[str], start: int) -> tuple[Decimal, int]:
    """The digits said one by one after "point" ("four six" -> 0.46), and where they end."""
    digits = ""
    pos = start
    while pos < len(tokens) and tokens[pos] in _DIGIT_WORDS and len(digits) < 12:
        digits += str(_UNITS[tokens[pos]])
        pos += 1
    return Decimal("0." + digits), pos


def _elided(match: re.Match[str]) -> str:
    """ "l'" becomes the article "le", dropped when it leads like any article."""
    return "le "


def _full_year(match: re.Match[str]) -> str:
    """ "feb '22" -> "feb 2022": a two-digit year after a month, read as Python's %y reads
    it (00-68 in this century, 69-99 in the last)."""
    short = int(match[2])
    return f"{match[1]} {(2000 if short < 69 else 1900) + short}"


def _date_of(day: int, month: int, year: str) -> str | None:
    """ "24 february 2022", or None when the day or the month cannot be one."""
    return f"{day} {MONTHS[month - 1]} {year}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _numeric_date(match: re.Match[str]) -> str:
    """A date typed in numbers, written out, when its order is plain; as typed otherwise."""
    first, second = int(match[1]), int(match[3])
    if first == second or (first > 12) != (second > 12):
        day, month = (first, second) if first > 12 or first == second else (second, first)
        return _date_of(day, month, match[4]) or match.group()
    return match.group()  # "03/02/2022": March or February, nobody can tell


def _iso_date(match: re.Match[str]) -> str:
    return _date_of(int(match[3]), int(match[2]), match[1]) or match.group()


def close_contractions(text: str) -> str:
    """`text` without apostrophes, so a contraction is one word: "it's" reads as "its"."""
    return _APOSTROPHES.sub("", text)


def read_tokens(text: str) -> list[str]:
    """`text` as the words answers are compared in (a new list each call)."""
    return list(_tokens_of(text))


# The same answers, options, prompts and briefing sentences are read again and again while one
# guess is judged: their words are kept (a bounded cache of short strings).
@functools.lru_cache(maxsize=8192)
def _tokens_of(text: str) -> tuple[str, ...]:
    cleaned = _TWO_DIGIT_YEAR.sub(_full_year, clean(text))
    cleaned = close_contractions(_ELISION.sub(_elided, cleaned))
    cleaned = cleaned.replace("&", " and ").replace("%", " percent ")
    cleaned = _GLUED_CURRENCY.sub("", _CEDI.sub("₵", _US_DOLLAR.sub("$", cleaned)))
    cleaned = _LETTER_ZEROS.sub(lambda m: m[1] + "0" * len(m[2]), cleaned)
    cleaned = _DECIMAL_COMMA.sub(r"\1.\2", cleaned)
    cleaned = _LEADING_POINT.sub("0.", cleaned)  # ".8 ha" is 0.8 hectares, never 8
    cleaned = _DIGIT_GROUPS.sub(lambda m: re.sub(r"[, ]", "", m.group()), cleaned)
    cleaned = _DOT_GROUPS.sub(lambda m: m.group().replace(".", ""), cleaned)
    cleaned = _ISO_DATE.sub(_iso_date, _NUMERIC_DATE.sub(_numeric_date, cleaned))
    cleaned = _MONTH_THEN_YEAR.sub(r"\1 \2", cleaned)
    cleaned = _MONTH_SLASH_YEAR.sub(lambda m: f"{MONTHS[int(m[1]) - 1]} {m[2]}", cleaned)
    raw = _spoken_years(_number_words_mended(_raw_tokens(cleaned)))
    tokens: list[str] = []
    pos = 0
    while pos < len(raw):
        value, end = _read_number(raw, pos)
        if end > pos:
            try:
                tokens.append(_number_text(value))
            except (InvalidOperation, ValueError):
                tokens.extend(raw[pos:end])
            pos = end
        else:
            tokens.append(raw[pos])
            pos += 1
    merged: list[str] = []
    for index, token in enumerate(tokens):
        if token in _CENT_WORDS and merged and merged[-1] in _CENT_WORDS[token]:
            merged[-1] = "percent"  # "per cent", French "pour cent", Spanish "por ciento"
            continue
        if token == "of" and _day_of_month(tokens, index):
            continue  # "24th of february": the day of its month
        if token == "half" and _and_a_half(merged):
            del merged[-2:]  # "three and a half" = 3.5
            merged[-1] = _number_text(Decimal(merged[-1]) + Decimal("0.5"))
            continue
        if token in MONTH_ABBREVIATIONS and beside_number(tokens, index):
            token = MONTH_ABBREVIATIONS[token]
        elif token == "n" and 0 < index < len(tokens) - 1 and tokens[index - 1].isalpha():
            token = "and"  # "lips n teeth", "rock n roll"
        elif token in TIME_ABBREVIATIONS and index and tokens[index - 1][:1].isdigit():
            token = TIME_ABBREVIATIONS[token]  # "75 yrs" = "75 year"
        elif token in _PERCENT_ABBREVIATIONS and index and tokens[index - 1][:1].isdigit():
            token = "percent"  # "8pc", "8 pct"
        elif token == "nil" and beside_number(tokens, index):
            token = "0"  # "one nil", "1 nil": a score's nought
        merged.append(token)
    if len(merged) > 1 and merged[0] in ARTICLES:
        del merged[0]
    if not merged:  # no letters or digits at all: compare the symbols themselves
        merged = cleaned.split()
    return tuple(merged)


def _and_a_half(merged: Sequence[str]) -> bool:
    """Whether the words so far end with a number and "and a" (or "and 1"), before "half"."""
    return (
        len(merged) >= 3
        and merged[-2] == "and"
        and merged[-1] in ("a", "1")
        and bool(re.fullmatch(r"\d+", merged[-3]))
    )


def _raw_tokens(cleaned: str) -> list[str]:
    """Words and numbers, a number's suffix split off: "3rd" -> "3", "3k" -> "3 thousand",
    "75yrs" -> "75 yrs", "75y" -> "75 y", and "k" or "grand" after a number is a thousand
    ("3 k", "3 grand")."""
    raw: list[str] = []
    for token in _TOKEN.findall(cleaned):
        if match := _ORDINAL_DIGITS.fullmatch(token):
            raw.append(match[1])
        elif match := _SCALED_DIGITS.fullmatch(token):
            raw.extend((match[1], _SUFFIX_SCALES[match[2]]))
        elif match := _DIGITS_THEN_WORD.fullmatch(token):
            raw.extend((match[1], match[2]))
        elif token in ("k", "grand") and raw and _NUMBER.fullmatch(raw[-1]):
            raw.append("thousand")  # "3 k", "3 grand"
        elif match := _DIGITS_THEN_Y.fullmatch(token):
            raw.extend((match[1], "y"))  # "75y": years
        else:
            raw.append(token)
    return raw


def _number_words_mended(raw: list[str]) -> list[str]:
    """Number words run together ("seventyfive") split, and one typo in a long number word
    ("sevnty") mended beside another number ("thirsty" alone stays a word)."""
    mended: list[str] = []
    for index, token in enumerate(raw):
        if token in _NUMBER_WORDS or token in _ORDINALS or not token.isalpha():
            mended.append(token)
        elif match := _TENS_AND_UNIT.fullmatch(token):
            mended.extend(match.groups())
        elif parts := _number_words_run_together(token):
            mended.extend(parts)  # "threethousand", "twohundredfifty"
        elif token == "fourty":  # the one common misspelling a typo rule cannot mend safely
            mended.append("forty")
        elif index and raw[index - 1] in _TENS and token in _CLIPPED_UNITS:
            mended.append(_CLIPPED_UNITS[token])  # "seventy-fiv": the last letter not typed
        elif len(token) >= 5 and _beside_number_word(raw, index):
            near = [w for w in _LONG_NUMBER_WORDS if osa(token, w, score_cutoff=1) <= 1]
            mended.append(near[0] if len(near) == 1 else token)
        else:
            mended.append(token)
    return mended


_CENTURIES = {"nineteen": 1900, "twenty": 2000}


def _spoken_years(raw: list[str]) -> list[str]:
    """A year said as two numbers after its month, as dictation writes it ("february twenty
    twenty two" -> "february 2022", "may nineteen ninety"); a day stays a day ("february
    twenty two"), and two numbers without a month stay two ("nineteen eighty-four")."""
    read: list[str] = []
    index = 0
    while index < len(raw):
        token = raw[index]
        read.append(token)
        index += 1
        if token not in MONTHS and token not in MONTH_ABBREVIATIONS:
            continue
        century = _CENTURIES.get(raw[index] if index < len(raw) else "")
        year, size = _two_digits(raw, index + 1)
        if century is not None and size:
            read.append(str(century + year))
            index += 1 + size
    return read


_SHORT_YEAR = re.compile(r"^\W*['’‘`´](\d\d)\W*$")


def year_said(text: str) -> str | None:
    """The year `text` says alone, as it is said aloud ("twenty fifteen", "nineteen
    ninety-nine") or cut to its last two digits ("'15", read as %y reads it), or None. Read only
    where a year is the answer: elsewhere "nineteen eighty-four" stays two numbers."""
    if short := _SHORT_YEAR.match(clean(text)):
        return str((2000 if int(short[1]) < 69 else 1900) + int(short[1]))
    raw = _number_words_mended(_raw_tokens(clean(text)))
    century = _CENTURIES.get(raw[0]) if raw else None
    year, size = _two_digits(raw, 1)
    return str(century + year) if century is not None and size and size + 1 == len(raw) else None


def _two_digits(raw: Sequence[str], start: int) -> tuple[int, int]:
    """The number from 10 to 99 said in words at `start` ("twenty two", "ninety", "fourteen")
    and how many words say it; (0, 0) when none is."""
    word = raw[start] if start < len(raw) else ""
    if word in _UNITS and _UNITS[word] >= 10:
        return _UNITS[word], 1
    if word not in _TENS:
        return 0, 0
    unit = raw[start + 1] if start + 1 < len(raw) else ""
    if unit in _UNITS and 0 < _UNITS[unit] < 10:
        return _TENS[word] + _UNITS[unit], 2
    return _TENS[word], 1


def _number_words_run_together(token: str) -> list[str] | None:
    """The number words `token` is made of when it is two or more of them typed without a
    space ("threethousand" -> "three thousand"), else None."""
    if len(token) < 6:
        return None
    for size in range(min(len(token) - 3, 9), 2, -1):
        head, tail = token[:size], token[size:]
        if head not in _NUMBER_WORDS:
            continue
        if tail in _NUMBER_WORDS:
            return [head, tail]
        if rest := _number_words_run_together(tail):
            return [head, *rest]
    return None


def _beside_number_word(tokens: Sequence[str], index: int) -> bool:
    return any(
        0 <= near < len(tokens)
        and (tokens[near] in _NUMBER_WORDS or bool(_NUMBER.fullmatch(tokens[near])))
        for near in (index - 1, index + 1)
    )


def _day_of_month(tokens: Sequence[str], index: int) -> bool:
    """Whether `tokens[index]` ("of") stands between a day and its month ("24 of february")."""
    if not 0 < index < len(tokens) - 1:
        return False
    day, month = tokens[index - 1], tokens[index + 1]
    is_day = day.isascii() and day.isdigit() and 1 <= int(day) <= 31
    return is_day and (month in MONTHS or month in MONTH_ABBREVIATIONS)


def beside_number(tokens: Sequence[str], index: int) -> bool:
    return any(
        0 <= near < len(tokens) and tokens[near][:1].isdigit() for near in (index - 1, index + 1)
    )


def normalize(text: str) -> str:
    """`text` in the form answers are compared in: see the module docstring for the rules."""
    return " ".join(read_tokens(text))
