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


def _t(text: str) -> str:
    return QCoreApplication.translate("steps", text)


def step_name(step: int) -> str:
    """A short handle for each step, used on the progress tiles."""
    return {
        1: _t("Honesty"), 2: _t("Hope"), 3: _t("Decision"), 4: _t("Inventory"),
        5: _t("Sharing it"), 6: _t("Readiness"), 7: _t("Asking for help"),
        8: _t("The list"), 9: _t("Amends"), 10: _t("Daily review"),
        11: _t("Reflection"), 12: _t("Passing it on"),
    }.get(step, "")


def status_label(status: StepStatus) -> str:
    return {
        StepStatus.NOT_STARTED: _t("Not started"),
        StepStatus.WORKING: _t("Working on it"),
        StepStatus.DONE: _t("Done"),
        StepStatus.REVISITING: _t("Revisiting"),
    }[status]


def summary(step: int, fellowship: FellowshipInfo | None) -> str:
    family = fellowship is not None and fellowship.for_family
    thing = fellowship.step1_object if fellowship is not None else ""
    if step == 1:
        if family:
            return _t("Admitting that I cannot control another person's drinking, using or "
                      "behaviour, and that trying to had made my own life hard to manage.")
        if thing:
            return _t("Admitting honestly that I could not manage %1 on my own, and that my "
                      "life had become hard to manage because of it.").replace("%1", thing)
        return _t("Admitting honestly that I could not manage the problem that brought me "
                  "here on my own, and that my life had become hard to manage because of it.")
    if step == 12:
        if family:
            return _t("Having found some peace through this work, offering it to other "
                      "families and friends who are struggling, and living these principles "
                      "day to day.")
        return _t("Having changed through working these steps, passing on what helped me to "
                  "others who are still struggling, and living these principles day to day.")
    return {
        2: _t("Coming to trust that help beyond my own willpower, whether a higher power as "
              "I understand it, the group or the experience of others, can restore balance "
              "to my life."),
        3: _t("Deciding to let that help guide my choices, rather than running everything "
              "on my own."),
        4: _t("Writing an honest, thorough look at myself: my resentments, my fears and how "
              "I have treated people, strengths included."),
        5: _t("Sharing what I found with one trusted person, and admitting it to myself and, "
              "if I believe in one, to a higher power."),
        6: _t("Becoming ready to let go of the patterns that keep hurting me and others."),
        7: _t("Humbly asking for help to let go of those shortcomings."),
        8: _t("Listing the people I have harmed, and becoming willing to put things right "
              "with each of them."),
        9: _t("Putting things right with those people wherever I can, except where doing so "
              "would hurt them or someone else."),
        10: _t("Keeping up a daily honest look at myself, and owning my part promptly when I "
               "get something wrong."),
        11: _t("Through reflection, prayer or meditation, staying in touch with what gives "
               "me direction and strength."),
    }.get(step, "")


def fellowship_note(step: int, fellowship: FellowshipInfo | None) -> str:
    """A factual note where a fellowship is known to word a step differently (workbook 4.2)."""
    if fellowship is None or fellowship.catalogue_id != "ga":
        return ""
    if step == 4:
        return _t("Gamblers Anonymous words this step in its own way; its inventory also "
                  "looks at money (a financial inventory).")
    if step in (2, 3, 5, 6, 7):
        return _t("Gamblers Anonymous words this step in its own way, with fewer references "
                  "to God.")
    if step == 12:
        return _t("Gamblers Anonymous words this step in its own way, without speaking of a "
                  "spiritual awakening.")
    return ""


def intro(family: bool) -> str:
    if family:
        return _t("Family and friends work these steps about their own recovery: your own "
                  "wellbeing, choices and boundaries, not the other person's progress.")
    return _t("Keep track of the steps at your own pace. There is no right speed, and "
              "coming back to a step is part of the work.")


def code_label(code: str) -> str:
    """What a resentment affected, or where conduct fell short."""
    return {
        "self_esteem": _t("Self-esteem"), "security": _t("Security"),
        "ambitions": _t("Ambitions"), "personal_relations": _t("Personal relations"),
        "sex_relations": _t("Sex relations"), "selfish": _t("Selfish"),
        "dishonest": _t("Dishonest"), "inconsiderate": _t("Inconsiderate"),
    }.get(code, code)
