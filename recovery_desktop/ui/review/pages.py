"""Registers the Today page (order 0, where the app opens after unlock) and the weekly
review page (order 40). Both show on every path: someone supporting a loved one can still
keep a weekly review and a mood check-in of their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, register_page


def _today_title() -> str:
    return QCoreApplication.translate("review", "Today")


def _review_title() -> str:
    return QCoreApplication.translate("review", "Weekly review")


def _today(page_ctx: PageContext) -> Page:
    from recovery_desktop.ui.review.today_page import TodayPage

    return TodayPage(page_ctx)


def _review(page_ctx: PageContext) -> Page:
    from recovery_desktop.ui.review.review_page import ReviewPage

    return ReviewPage(page_ctx)


register_page(PageSpec("today", _today_title, _today, order=0))
register_page(PageSpec("review", _review_title, _review, order=40))
