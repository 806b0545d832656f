"""Crisis numbers per country for the crisis card (data only; shown offline).

Numbers change: the card shows when they were last checked. Only long-established national
lines are shipped (a number that could not be confirmed is left out rather than risked).
Countries not listed fall back to 112, which works from mobile phones across much of the
world. Keep this list short and correct rather than long and stale.
"""

from __future__ import annotations

from dataclasses import dataclass

LAST_VERIFIED = "2026-11"


@dataclass(frozen=True)
class Helpline:
    name: str
    contact: str
    note: str = ""


@dataclass(frozen=True)
class CountryHelp:
    emergency: str
    lines: tuple[Helpline, ...]


_FALLBACK = CountryHelp("112", ())

HELP_BY_COUNTRY: dict[str, CountryHelp] = {
    "US": CountryHelp(
        "911",
        (
            Helpline(
                "988 Suicide & Crisis Lifeline",
                "Call or text 988",
                "24/7, free and confidential; also for substance-use crises",
            ),
            Helpline(
                "SAMHSA National Helpline",
                "1-800-662-4357 (TTY 1-800-487-4889)",
                "24/7 treatment referral and information, English and Spanish",
            ),
            Helpline("Crisis Text Line", "Text HOME to 741741"),
        ),
    ),
    "CA": CountryHelp(
        "911", (Helpline("9-8-8 Suicide Crisis Helpline", "Call or text 988", "24/7"),)
    ),
    "GB": CountryHelp(
        "999",
        (Helpline("Samaritans", "116 123", "24/7, free"),),
    ),
    "IE": CountryHelp("112 or 999", (Helpline("Samaritans", "116 123", "24/7, free"),)),
    "AU": CountryHelp("000", (Helpline("Lifeline", "13 11 14", "24/7"),)),
    "NZ": CountryHelp("111", (Helpline("Need to talk?", "Call or text 1737", "24/7, free"),)),
}


def help_for(country: str) -> CountryHelp:
    return HELP_BY_COUNTRY.get(country.upper(), _FALLBACK)
