"""Registers the "Clean time", "Meetings" and "People" pages.

Clean time is hidden for someone who uses the app only to support a loved one
(``Role.SUPPORTING``): counting is about one's own recovery. Meetings and People show for
everyone: families go to meetings (Al-Anon, SMART Family & Friends) and have people too.
Each page module is imported only when its page is built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desktop.domain.profile import Profile, Role
from recovery_desktop.i18n import translate
from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, register_page


def for_own_recovery(profile: Profile) -> bool:
    return profile.role is not Role.SUPPORTING


def _clean_time(page_ctx: PageContext) -> Page:
    from recovery_desktop.ui.support.clean_time_page import CleanTimePage

    return CleanTimePage(page_ctx)


def _meetings(page_ctx: PageContext) -> Page:
    from recovery_desktop.ui.support.meetings_page import MeetingsPage

    return MeetingsPage(page_ctx)


def _people(page_ctx: PageContext) -> Page:
    from recovery_desktop.ui.support.people_page import PeoplePage

    return PeoplePage(page_ctx)

def _t(text: str) -> str:
    return QCoreApplication.translate("support", text)



register_page(PageSpec("clean_time", lambda: translate("support", "Clean time"), _clean_time,
order=10,
                       visible=for_own_recovery))
register_page(PageSpec("meetings", lambda: translate("support", "Meetings"), _meetings, order=31))
register_page(PageSpec("people", lambda: translate("support", "People"), _people, order=32))
