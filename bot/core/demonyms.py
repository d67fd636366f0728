"""The people of a country named for the country: "the Chinese" for China, "Americans" for
the United States, as students answer "which country" in chat.

A small table of the countries the news names most, each with the words for its people (the
adjective; a plural made with -s is read by matching, so "Ukrainians" needs no entry). Only
exact names: "Korean" names neither North nor South Korea, and a people never stands for a
region ("European" is not here).
"""

from __future__ import annotations

__all__ = ["PEOPLES"]

PEOPLES: dict[str, tuple[str, ...]] = {
    "United States": ("American",),
    "United Kingdom": ("British", "Brits", "Briton"),
    "North Korea": ("North Korean",),
    "South Korea": ("South Korean",),
    "China": ("Chinese",),
    "Russia": ("Russian",),
    "Ukraine": ("Ukrainian",),
    "Japan": ("Japanese",),
    "France": ("French",),
    "Germany": ("German",),
    "India": ("Indian",),
    "Brazil": ("Brazilian",),
    "South Africa": ("South African",),
    "Iran": ("Iranian",),
    "Israel": ("Israeli",),
    "Taiwan": ("Taiwanese",),
    "Poland": ("Polish", "Poles"),
    "Turkey": ("Turkish", "Turks"),
    "Canada": ("Canadian",),
    "Italy": ("Italian",),
    "Spain": ("Spanish", "Spaniards"),
    "Afghanistan": ("Afghan",),
    "Pakistan": ("Pakistani",),
    "Jordan": ("Jordanian",),
    "Egypt": ("Egyptian",),
    "Nigeria": ("Nigerian",),
    "Kenya": ("Kenyan",),
    "Argentina": ("Argentine", "Argentinian"),
    "Mexico": ("Mexican",),
    "Malaysia": ("Malaysian",),
    "Netherlands": ("Dutch",),
    "Norway": ("Norwegian",),
    "Sweden": ("Swedish", "Swedes"),
    "Finland": ("Finnish", "Finns"),
    "Denmark": ("Danish", "Danes"),
    "Vietnam": ("Vietnamese",),
    "Philippines": ("Filipino", "Filipinos"),
    "Bangladesh": ("Bangladeshi",),
    "Indonesia": ("Indonesian",),
    "Thailand": ("Thai",),
    "Ghana": ("Ghanaian",),
    "Uganda": ("Ugandan",),
    "Greece": ("Greek",),
    "Chile": ("Chilean",),
    "Peru": ("Peruvian",),
    "Iraq": ("Iraqi",),
    "Portugal": ("Portuguese",),
}
"""Words for the people of each country, by the country's English name."""
