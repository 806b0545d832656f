"""Documents for paper and PDF, drawn with QtGui only (QPainter on QPdfWriter or QPrinter).

Everything here needs a QGuiApplication (fonts) but never QtWidgets, so the CLI can print too.
"""
