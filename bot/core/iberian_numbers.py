"""Numbers written in Spanish or Portuguese words ("tres", "seis", "setenta y cinco", "dois",
"ocho por ciento"), read as digits where the answer is a number, as `french_numbers` reads
French ones.

Words that are also English (or English chat) are left out: "once" (one time, never eleven),
"um" (a pause), "mil" ("5 mil" is five million in chat), and the articles "una", "uma".
"""

from __future__ import annotations

import re

from bot.core.answer_text import clean

__all__ = ["iberian_number_reading"]

_UNITS = {
    **dict.fromkeys(("cero", "zero"), 0),
    "uno": 1,
    **dict.fromkeys(("dos", "dois", "duas"), 2),
    "tres": 3,
    **dict.fromkeys(("cuatro", "quatro"), 4),
    "cinco": 5,
    "seis": 6,
    **dict.fromkeys(("siete", "sete"), 7),
    **dict.fromkeys(("ocho", "oito"), 8),
    **dict.fromkeys(("nueve", "nove"), 9),
    **dict.fromkeys(("diez", "dez"), 10),
    "onze": 11,
    **dict.fromkeys(("doce", "doze"), 12),
    **dict.fromkeys(("trece", "treze"), 13),
    **dict.fromkeys(("catorce", "catorze", "quatorze"), 14),
    "quince": 15,
    **dict.fromkeys(("dieciseis", "dezesseis", "dezasseis"), 16),
    **dict.fromkeys(("diecisiete", "dezessete", "dezassete"), 17),
    **dict.fromkeys(("dieciocho", "dezoito"), 18),
    **dict.fromkeys(("diecinueve", "dezenove", "dezanove"), 19),
}
_TWENTIES = {
    "veinte": 20,
    "veintiuno": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
_TENS = {
    "vinte": 20,
    **dict.fromkeys(("treinta", "trinta"), 30),
    **dict.fromkeys(("cuarenta", "quarenta"), 40),
    **dict.fromkeys(("cincuenta", "cinquenta"), 50),
    **dict.fromkeys(("sesenta", "sessenta"), 60),
    "setenta": 70,
    **dict.fromkeys(("ochenta", "oitenta"), 80),
    "noventa": 90,
    **dict.fromkeys(("cien", "cem"), 100),
}
_JOINS = frozenset({"y", "e"})  # "treinta y cinco", "trinta e cinco"
_PERCENT = re.compile(r"\bpor cien(?:to)?\b|\bpor cento\b")
_WORDS = re.compile(r"[a-z]+|\S")


def iberian_number_reading(given: str) -> str | None:
    """`given` with each Spanish or Portuguese number ("setenta y cinco") in digits ("75") and
    "por ciento" as "percent", or None when it says no such number."""
    words = _WORDS.findall(_PERCENT.sub("percent", clean(given)))
    if not any(w in _UNITS or w in _TWENTIES or w in _TENS for w in words):
        return None
    read: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in _TENS:
            value = _TENS[word]
            if index + 2 < len(words) and words[index + 1] in _JOINS:
                unit = _UNITS.get(words[index + 2])
                if unit is not None and 0 < unit < 10 and value < 100:
                    value, index = value + unit, index + 2  # "treinta y cinco"
            read.append(str(value))
        elif word in _UNITS or word in _TWENTIES:
            read.append(str(_UNITS.get(word, _TWENTIES.get(word))))
        else:
            read.append(word)
        index += 1
    return " ".join(read)
