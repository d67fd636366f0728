"""Numbers and their units written in Spanish or Portuguese words ("seis toneladas", "dos
semanas", "1,5 millones de hectáreas", "2 milhões", "ocho por ciento"), read in English where
the answer is a number: students from Latin America, Spain, Portugal and Brazil answer so.

Only for a number answer, as `french_numbers` is, since several words are also words of
another sense ("dos" in French, "mil" for a thousandth of an inch, "um" a hesitation): a run
of number words becomes digits, a scale word its English word ("millones" "million"), a comma
before a scale word a decimal point ("1,5 millones"), the "de" after a scale word goes, and a
unit becomes its English word.
"""

from __future__ import annotations

import re

from bot.core.answer_text import clean

__all__ = ["iberian_number_reading"]

_UNITS = {
    "cero": 0, "zero": 0, "uno": 1, "una": 1, "um": 1, "uma": 1, "dos": 2, "dois": 2,
    "duas": 2, "tres": 3, "cuatro": 4, "quatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "sete": 7, "ocho": 8, "oito": 8, "nueve": 9, "nove": 9, "diez": 10, "dez": 10,
    "once": 11, "onze": 11, "doce": 12, "doze": 12, "trece": 13, "treze": 13, "catorce": 14,
    "quince": 15, "quinze": 15, "veinte": 20, "vinte": 20, "treinta": 30, "trinta": 30,
}  # fmt: skip
_SCALES = {
    "millones": "million", "millon": "million", "milhoes": "million", "milhao": "million",
    "mil": "thousand",
}  # fmt: skip
_WORDS = {
    "toneladas": "tonnes", "tonelada": "tonnes", "hectareas": "hectares", "hectarea": "hectare",
    "semanas": "weeks", "semana": "week", "dias": "days", "dia": "day", "meses": "months",
    "anos": "years", "metros": "metres", "kilometros": "kilometres", "quilometros": "kilometres",
    "personas": "people", "pessoas": "people", "dolares": "dollars", "euros": "euros",
    "por": "per",
}  # fmt: skip
_PERCENT = re.compile(r"\bpor\s+cien(?:to)?\b|\bpor\s+cento\b")
_DECIMAL_BEFORE_SCALE = re.compile(r"\b(\d+),(\d+)\s+(?=millones|millon|milhoes|milhao|mil)\b")


def iberian_number_reading(given: str) -> str | None:
    """`given` with its Spanish or Portuguese number words, scales and units in English
    ("seis toneladas" -> "6 tonnes"), or None when it has none of them."""
    text = cleaned = clean(given)
    if not any(w in _UNITS or w in _SCALES for w in text.split()):
        return None
    text = _PERCENT.sub("percent", text)
    text = _DECIMAL_BEFORE_SCALE.sub(r"\1.\2 ", text)
    read: list[str] = []
    for word in text.split():
        if word == "de" and read and read[-1] in _SCALES.values():
            continue  # "millones de dong"
        if word in _UNITS:
            read.append(str(_UNITS[word]))
        elif word in _SCALES:
            read.append(_SCALES[word])
        else:
            read.append(_WORDS.get(word, word))
    reading = " ".join(read)
    return reading if reading != cleaned else None
