"""What the crisis card shows once the vault is open: the person's own people first, then
help lines for their country, with their own edits.

Shipped lines come from ``helplines`` (long-established national lines only, with the month
they were last checked). A person may hide or edit a shipped line (and restore the default)
and add or remove lines of their own. Their choices are one vault setting
(``crisis.lines``): ``{"edited": {key: {...}}, "hidden": [key, ...], "added": [{...}]}``;
a shipped line's key is ``"<country>:<name as shipped>"``, an own line's ``"own:<n>"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.helplines import LAST_VERIFIED, help_for
from recovery_desktop.domain.profile import get_setting, set_setting
from recovery_desktop.marks import translate

LINES_KEY = "crisis.lines"
MAX_FIELD = 500


@dataclass(frozen=True)
class CrisisLine:
    key: str
    name: str
    contact: str
    note: str
    shipped: bool  # from the app's list (False: the person's own)
    edited: bool = False
    hidden: bool = False

    @property
    def checked(self) -> str:
        """When the number was last checked: the app's month for an unedited shipped line."""
        return LAST_VERIFIED if self.shipped and not self.edited else ""


def _prefs(session: Session) -> dict[str, Any]:
    raw = get_setting(session, LINES_KEY, None)
    prefs: dict[str, Any] = raw if isinstance(raw, dict) else {}
    prefs.setdefault("edited", {})
    prefs.setdefault("hidden", [])
    prefs.setdefault("added", [])
    return prefs


def shipped_key(country: str, name: str) -> str:
    return f"{country.upper()}:{name}"


def shipped_lines(country: str) -> list[CrisisLine]:
    """The app's own lines for ``country`` (what the card shows while locked)."""
    return [CrisisLine(shipped_key(country, line.name), line.name, line.contact, line.note,
                       True) for line in help_for(country).lines]


def crisis_lines(session: Session, country: str, *,
                 include_hidden: bool = False) -> list[CrisisLine]:
    """The lines for ``country`` as the person arranged them: shipped ones, then their own."""
    prefs = _prefs(session)
    hidden = set(prefs["hidden"])
    lines = []
    for shipped in shipped_lines(country):
        if shipped.key in hidden and not include_hidden:
            continue
        edit = prefs["edited"].get(shipped.key)
        source = edit if isinstance(edit, dict) else {}
        lines.append(CrisisLine(
            shipped.key, str(source.get("name", shipped.name)),
            str(source.get("contact", shipped.contact)), str(source.get("note", shipped.note)),
            True, edited=bool(source), hidden=shipped.key in hidden))
    for own in prefs["added"]:
        if not isinstance(own, dict):
            continue
        key = str(own.get("key", ""))
        if key in hidden and not include_hidden:
            continue
        lines.append(CrisisLine(key, str(own.get("name", "")), str(own.get("contact", "")),
                                str(own.get("note", "")), False, hidden=key in hidden))
    return lines


def _fields(name: str, contact: str, note: str) -> dict[str, str]:
    values = {"name": clean_text(name).strip(), "contact": clean_text(contact).strip(),
              "note": clean_text(note).strip()}
    problems = []
    if not values["name"] and not values["contact"]:
        problems.append(translate(
            "problems",
            "Please give the line a name and a number or address."))
    elif not values["contact"]:
        problems.append(translate(
            "problems",
            "Please add the number, text code or address to reach it."))
    if any(len(v) > MAX_FIELD for v in values.values()):
        problems.append(translate(
            "problems",
            "Please keep each part under %1 characters.").replace("%1", str(MAX_FIELD)))
    if problems:
        raise InvalidInput(problems)
    if not values["name"]:
        values["name"] = values["contact"]
    return values


def add_line(session: Session, name: str, contact: str, note: str = "") -> str:
    prefs = _prefs(session)
    values = _fields(name, contact, note)
    taken = {str(own.get("key")) for own in prefs["added"] if isinstance(own, dict)}
    number = len(taken) + 1
    while f"own:{number}" in taken:
        number += 1
    values["key"] = f"own:{number}"
    prefs["added"].append(values)
    set_setting(session, LINES_KEY, prefs)
    return values["key"]


def edit_line(session: Session, key: str, name: str, contact: str, note: str = "") -> None:
    prefs = _prefs(session)
    values = _fields(name, contact, note)
    if key.startswith("own:"):
        for own in prefs["added"]:
            if isinstance(own, dict) and own.get("key") == key:
                own.update(values)
    else:
        prefs["edited"][key] = values
    set_setting(session, LINES_KEY, prefs)


def set_hidden(session: Session, key: str, hidden: bool) -> None:
    prefs = _prefs(session)
    keys = set(prefs["hidden"])
    keys.add(key) if hidden else keys.discard(key)
    prefs["hidden"] = sorted(keys)
    set_setting(session, LINES_KEY, prefs)


def remove_line(session: Session, key: str) -> None:
    """Remove one of the person's own lines (shipped lines are hidden instead)."""
    prefs = _prefs(session)
    prefs["added"] = [own for own in prefs["added"]
                      if not (isinstance(own, dict) and own.get("key") == key)]
    prefs["hidden"] = [k for k in prefs["hidden"] if k != key]
    set_setting(session, LINES_KEY, prefs)


def restore_defaults(session: Session, country: str) -> None:
    """Undo edits and hiding of this country's shipped lines; own lines stay."""
    prefs = _prefs(session)
    prefix = f"{country.upper()}:"
    prefs["edited"] = {k: v for k, v in prefs["edited"].items() if not k.startswith(prefix)}
    prefs["hidden"] = [k for k in prefs["hidden"] if not k.startswith(prefix)]
    set_setting(session, LINES_KEY, prefs)
