"""The fellowships and groups the app knows by name: plain data, no Qt, no database.

Shared by the 12-step tracker (which fellowships a person works the steps in), the meetings
log (which fellowship or group a meeting belonged to) and the support network. A person can
always add their own fellowship or group by name; these entries only save typing.

Facts only (names, what Step 1 names, who the fellowship is for); no step wording is shipped
(see the workbook, 4.1): the tracker's step summaries are written in the app's own words and
a person may paste their fellowship's exact text into their vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recovery_desktop.marks import QT_TRANSLATE_NOOP


class Focus(StrEnum):
    """What a fellowship or group is about (broader than the urge log's behaviours)."""

    ALCOHOL = "alcohol"
    DRUGS = "drugs"
    GAMBLING = "gambling"
    SEX = "sex"
    MONEY = "money"
    FOOD = "food"
    FAMILY = "family"  # for the family and friends of someone with an addiction
    DUAL = "dual"  # addiction alongside a mental-health condition
    GENERAL = "general"


@dataclass(frozen=True)
class Fellowship:
    id: str
    name: str
    short: str
    focus: Focus
    works_steps: bool  # a 12-step fellowship (False: a meeting group such as SMART)
    step1_object: str = ""  # what Step 1 names, in a few plain words

    @property
    def for_family(self) -> bool:
        """Family groups speak of the person's own recovery, with boundaries, not clean time."""
        return self.focus is Focus.FAMILY


FELLOWSHIPS: tuple[Fellowship, ...] = (
    Fellowship("aa", "Alcoholics Anonymous", "AA", Focus.ALCOHOL, True, "alcohol"),
    Fellowship("na", "Narcotics Anonymous", "NA", Focus.DRUGS, True, "addiction"),
    Fellowship("ga", "Gamblers Anonymous", "GA", Focus.GAMBLING, True, "gambling"),
    Fellowship("oa", "Overeaters Anonymous", "OA", Focus.FOOD, True, "food"),
    Fellowship("slaa", "Sex and Love Addicts Anonymous", "SLAA", Focus.SEX, True,
               "sex and love addiction"),
    Fellowship("da", "Debtors Anonymous", "DA", Focus.MONEY, True, "debt"),
    Fellowship("al-anon", "Al-Anon", "Al-Anon", Focus.FAMILY, True, "alcohol"),
    Fellowship("nar-anon", "Nar-Anon", "Nar-Anon", Focus.FAMILY, True, "the addict"),
    Fellowship("fa", "Families Anonymous", "FA", Focus.FAMILY, True),
    Fellowship("dra", "Dual Recovery Anonymous", "DRA", Focus.DUAL, True, "dual illness"),
    # Meeting groups that do not work the twelve steps; offered in the meetings log.
    Fellowship("smart", "SMART Recovery", "SMART", Focus.GENERAL, False),
    Fellowship("smart-family", "SMART Recovery Family & Friends", "SMART F&F", Focus.FAMILY,
               False),
    Fellowship("dbsa", "Depression and Bipolar Support Alliance", "DBSA", Focus.DUAL, False),
)

_BY_ID = {f.id: f for f in FELLOWSHIPS}

# Step 1's words above, marked for lupdate; the UI translates them ("fellowships" context).
_STEP1_WORDS = (
    QT_TRANSLATE_NOOP("fellowships", "alcohol"), QT_TRANSLATE_NOOP("fellowships", "addiction"),
    QT_TRANSLATE_NOOP("fellowships", "gambling"), QT_TRANSLATE_NOOP("fellowships", "food"),
    QT_TRANSLATE_NOOP("fellowships", "sex and love addiction"),
    QT_TRANSLATE_NOOP("fellowships", "debt"), QT_TRANSLATE_NOOP("fellowships", "the addict"),
    QT_TRANSLATE_NOOP("fellowships", "dual illness"),
)


def by_id(fellowship_id: str) -> Fellowship | None:
    """The known fellowship with this id, or None for one the person named themselves."""
    return _BY_ID.get(fellowship_id)


def step_fellowships() -> tuple[Fellowship, ...]:
    """The 12-step fellowships, in the order they are offered."""
    return tuple(f for f in FELLOWSHIPS if f.works_steps)


def display_name(fellowship_id: str) -> str:
    """A known fellowship's name; a person's own fellowship is stored by its name."""
    known = by_id(fellowship_id)
    return known.name if known else fellowship_id
