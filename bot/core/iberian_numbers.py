"""Numbers and their units written in Spanish or Portuguese words ("tres", "setenta y cinco",
"dois", "ocho por ciento", "seis toneladas", "1,5 millones de hectáreas", "2 milhões"), read
in English where the answer is a number, as `french_numbers` reads French ones: students from
Latin America, Spain, Portugal and Brazil answer so.

A run of number words becomes digits, a scale word its English word ("millones" "million"), a
comma before a scale word a decimal point, the "de" after a scale word goes, and a unit becomes
its English word. Words that are also English (or English chat) are left out: "once" (one
time, never eleven), "um" (a pause), "mil" after digits ("5 mil" is five million in chat, five
thousand in Spanish), and the articles "una", "uma". After a number said in Spanish or
Portuguese words, "mil" is a thousand ("ocho mil", "ciento treinta y cinco mil"), and "ciento"
or "cento" before tens and units adds a hundred ("ciento treinta y cinco", 135).
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
    **dict.fromkeys(("quince", "quinze"), 15),
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
_HUNDRED_AND = frozenset({"ciento", "cento"})  # "ciento treinta y cinco": 135
_SCALES = {"millones": "million", "millon": "million", "milhoes": "million", "milhao": "million"}
_UNIT_WORDS = {
    "toneladas": "tonnes", "tonelada": "tonnes", "hectareas": "hectares", "hectarea": "hectare",
    "semanas": "weeks", "semana": "week", "dias": "days", "dia": "day", "meses": "months",
    "anos": "years", "metros": "metres", "kilometros": "kilometres", "quilometros": "kilometres",
    "personas": "people", "pessoas": "people", "dolares": "dollars", "euros": "euros",
    "por": "per",
}  # fmt: skip
_DECIMAL_BEFORE_SCALE = re.compile(r"\b(\d+),(\d+)\s+(?=millones|millon|milhoes|milhao)\b")
_JOINS = frozenset({"y", "e"})  # "treinta y cinco", "trinta e cinco"
_PERCENT = re.compile(r"\bpor cien(?:to)?\b|\bpor cento\b")
_WORDS = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*|\S")


def iberian_number_reading(given: str) -> str | None:
    """`given` with each Spanish or Portuguese number ("setenta y cinco") in digits ("75"),
    its scales and units in English ("1,5 millones de toneladas" -> "1.5 million tonnes") and
    "por ciento" as "percent", or None when it says no such number or scale."""
    text = _DECIMAL_BEFORE_SCALE.sub(r"\1.\2 ", _PERCENT.sub("percent", clean(given)))
    words = _WORDS.findall(text)
    if not any(w in _UNITS or w in _TWENTIES or w in _TENS or w in _SCALES for w in words):
        return None
    read: list[str] = []
    worded = False  # whether the last number read was said in words
    hundred = 0
    index = 0
    while index < len(words):
        word = words[index]
        said = worded
        worded = False
        if word in _HUNDRED_AND and index + 1 < len(words):
            hundred = 100
        elif word in _TENS:
            value = _TENS[word]
            if index + 2 < len(words) and words[index + 1] in _JOINS:
                unit = _UNITS.get(words[index + 2])
                if unit is not None and 0 < unit < 10 and value < 100:
                    value, index = value + unit, index + 2  # "treinta y cinco"
            read.append(str(hundred + value))
            worded, hundred = True, 0
        elif word in _UNITS or word in _TWENTIES:
            read.append(str(hundred + (_UNITS.get(word) or _TWENTIES.get(word) or 0)))
            worded, hundred = True, 0
        elif word == "mil" and said:
            read.append("thousand")  # "ocho mil"; never "5 mil", chat's five million
        elif word in _SCALES:
            read.append(_SCALES[word])
        elif word == "de" and read and read[-1] in _SCALES.values():
            pass  # "millones de dong"
        else:
            read.append(_UNIT_WORDS.get(word, word))
        index += 1
    return " ".join(read)
