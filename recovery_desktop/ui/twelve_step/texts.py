"""Wording of the Steps page: step names and summaries in the app's own words, statuses.

The summaries are written for this app, plainly and without quoting any fellowship's
literature (workbook 4.1); a person can paste their fellowship's exact wording into their
vault. Family groups work the same steps about their own recovery, so Steps 1 and 12 read
differently for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desktop.domain.twelve_step.progress import StepStatus
from recovery_desktop.domain.twelve_step.service import FellowshipInfo
from recovery_desktop.i18n import translate


def _t(text: str) -> str:
    return QCoreApplication.translate("steps", text)


def step_name(step: int) -> str:
    """A short handle for each step, used on the progress tiles."""
    return {
        1: translate("steps", "Honesty"), 2: translate("steps", "Hope"),
        3: translate("steps", "Decision"), 4: translate("steps", "Inventory"),
        5: translate("steps", "Sharing it"), 6: translate("steps", "Readiness"),
        7: translate("steps", "Asking for help"),
        8: translate("steps", "The list"), 9: translate("steps", "Amends"),
        10: translate("steps", "Daily review"),
        11: translate("steps", "Reflection"), 12: translate("steps", "Passing it on"),
    }.get(step, "")


def status_label(status: StepStatus) -> str:
    return {
        StepStatus.NOT_STARTED: translate("steps", "Not started"),
        StepStatus.WORKING: translate("steps", "Working on it"),
        StepStatus.DONE: translate("steps", "Done"),
        StepStatus.REVISITING: translate("steps", "Revisiting"),
    }[status]


def summary(step: int, fellowship: FellowshipInfo | None) -> str:
    family = fellowship is not None and fellowship.for_family
    thing = translate("fellowships", fellowship.step1_object) if fellowship is not None else ""
    if step == 1:
        if family:
            return translate(
                "steps",
                "Admitting that I cannot control another person's drinking, using or "
                "behaviour, and that trying to had made my own life hard to manage.")
        if thing:
            return translate(
                "steps",
                "Admitting honestly that I could not manage %1 on my own, and that my "
                "life had become hard to manage because of it.").replace("%1", thing)
        return translate(
            "steps",
            "Admitting honestly that I could not manage the problem that brought me "
            "here on my own, and that my life had become hard to manage because of it.")
    if step == 12:
        if family:
            return translate(
                "steps",
                "Having found some peace through this work, offering it to other "
                "families and friends who are struggling, and living these principles "
                "day to day.")
        return translate(
            "steps",
            "Having changed through working these steps, passing on what helped me to "
            "others who are still struggling, and living these principles day to day.")
    return {
        2: translate(
            "steps",
            "Coming to trust that help beyond my own willpower, whether a higher power as "
            "I understand it, the group or the experience of others, can restore balance "
            "to my life."),
        3: translate(
            "steps",
            "Deciding to let that help guide my choices, rather than running everything "
            "on my own."),
        4: translate(
            "steps",
            "Writing an honest, thorough look at myself: my resentments, my fears and how "
            "I have treated people, strengths included."),
        5: translate(
            "steps",
            "Sharing what I found with one trusted person, and admitting it to myself and, "
            "if I believe in one, to a higher power."),
        6: translate(
            "steps",
            "Becoming ready to let go of the patterns that keep hurting me and others."),
        7: translate("steps", "Humbly asking for help to let go of those shortcomings."),
        8: translate(
            "steps",
            "Listing the people I have harmed, and becoming willing to put things right "
            "with each of them."),
        9: translate(
            "steps",
            "Putting things right with those people wherever I can, except where doing so "
            "would hurt them or someone else."),
        10: translate(
            "steps",
            "Keeping up a daily honest look at myself, and owning my part promptly when I "
            "get something wrong."),
        11: translate(
            "steps",
            "Through reflection, prayer or meditation, staying in touch with what gives "
            "me direction and strength."),
    }.get(step, "")


def fellowship_note(step: int, fellowship: FellowshipInfo | None) -> str:
    """A factual note where a fellowship is known to word a step differently (workbook 4.2)."""
    if fellowship is None or fellowship.catalogue_id != "ga":
        return ""
    if step == 4:
        return translate(
            "steps",
            "Gamblers Anonymous words this step in its own way; its inventory also "
            "looks at money (a financial inventory).")
    if step in (2, 3, 5, 6, 7):
        return translate(
            "steps",
            "Gamblers Anonymous words this step in its own way, with fewer references "
            "to God.")
    if step == 12:
        return translate(
            "steps",
            "Gamblers Anonymous words this step in its own way, without speaking of a "
            "spiritual awakening.")
    return ""


def intro(family: bool) -> str:
    if family:
        return translate(
            "steps",
            "Family and friends work these steps about their own recovery: your own "
            "wellbeing, choices and boundaries, not the other person's progress.")
    return translate(
        "steps",
        "Keep track of the steps at your own pace. There is no right speed, and "
        "coming back to a step is part of the work.")


def code_label(code: str) -> str:
    """What a resentment affected, or where conduct fell short."""
    return {
        "self_esteem": translate("steps", "Self-esteem"),
        "security": translate("steps", "Security"),
        "ambitions": translate("steps", "Ambitions"),
        "personal_relations": translate("steps", "Personal relations"),
        "sex_relations": translate("steps", "Sex relations"),
        "selfish": translate("steps", "Selfish"),
        "dishonest": translate("steps", "Dishonest"),
        "inconsiderate": translate("steps", "Inconsiderate"),
    }.get(code, code)
