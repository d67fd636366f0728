"""A date printed in another language on an English page (round 49).

"sexta-feira, 8 de julho de 2011" (a Portuguese blog's date line), "včera 9:00" (a Slovak
agency's "yesterday 9:00"), "27 de Mayo de 2009": the page's time stamp, in the language of the
site that republished the story. A line whose every word is a day, a month, a "yesterday" or
"today", or a date's joining word in Portuguese, Spanish, French, Italian, German, Polish,
Czech or Slovak, with a number in it, names no one and says nothing: it is a time stamp, as
"Friday, July 8, 2011" is.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words

__all__ = ["is_other_language_date"]

_DATE_WORDS = words(
    """
    segunda terça terca quarta quinta sexta feira sábado sabado domingo
    janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro
    dezembro ontem hoje
    lunes martes miércoles miercoles jueves viernes enero febrero marzo mayo junio julio
    septiembre setiembre octubre noviembre diciembre ayer hoy
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier avril mai
    juin juillet août aout septembre octobre novembre décembre decembre hier aujourd’hui
    aujourd'hui
    lunedì martedì mercoledì giovedì venerdì gennaio febbraio aprile maggio giugno luglio
    settembre ottobre dicembre ieri oggi
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli
    oktober dezember gestern heute
    poniedziałek wtorek środa czwartek piątek sobota niedziela stycznia lutego marca kwietnia
    maja czerwca lipca sierpnia września października listopada grudnia wczoraj dzisiaj
    pondelok utorok streda štvrtok piatok pondělí úterý středa čtvrtek pátek neděle januára
    februára marca apríla mája júna júla augusta septembra októbra novembra decembra ledna
    února března dubna května června července srpna září října listopadu prosince včera dnes
    """
)
# Words a date joins its parts with ("8 de julho de 2011", "le 8 juillet", "am 8. Juli"), and
# the hour's ("à 9h", "um 9 Uhr", "o 9:00").
_JOINS = words("de del do da le la el am um à a o h uhr hod godz")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MAX_LEN = 60


def is_other_language_date(line: str) -> bool:
    """Whether the line is only a date or a time in one of the languages above."""
    if len(line) > _MAX_LEN or not any(c.isdigit() for c in line):
        return False
    found = [w.casefold() for w in _WORD.findall(line)]
    dates = [w for w in found if w in _DATE_WORDS]
    return bool(dates) and all(w in _DATE_WORDS or w in _JOINS for w in found)
