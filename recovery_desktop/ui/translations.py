"""Loading the app's translations (``resources/translations/*.qm``) and Qt's own.

The language follows the system unless the person picks one in Settings ("About you"). The
pick lives in the vault's profile and is mirrored to QSettings (``pref/language``): a
language code is not personal content, and the lock screen has to be in the right language
before the vault is open. A change takes effect at the next start (the UI says so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DOMAIN = "recovery_desktop"
SOURCE_LANGUAGE = "en"


def folder() -> Path:
    # The package's own folder, not importlib.resources: ~7 ms less before the lock screen,
    # and resources/ is always a real folder (checkout, wheel, frozen app).
    import importlib

    resources = importlib.import_module("recovery_desktop.resources")
    return Path(str(resources.__file__)).parent / "translations"


def available_languages() -> list[str]:
    """Language codes with a compiled translation, plus the source language, sorted."""
    found = {p.stem.removeprefix(DOMAIN + "_") for p in folder().glob(DOMAIN + "_*.qm")}
    return sorted(found | {SOURCE_LANGUAGE})


# Own names of the shipped languages (Qt's CLDR names add a country: "español de España").
_OWN_NAMES = {"en": "English", "es": "Español"}


def native_name(code: str) -> str:
    """A language's name in that language ("Español"), never translated."""
    name = _OWN_NAMES.get(code) or QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def locale_for(language: str) -> QLocale:
    return QLocale(language) if language else QLocale.system()


def install(app: QCoreApplication, language: str = "") -> QLocale:
    """Install the translators for ``language`` ("" = the system's); returns the locale.

    Costs about a millisecond (two small files memory-mapped), so it runs before the lock
    screen is built.
    """
    for old in app.findChildren(QTranslator, "recovery-desktop-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = locale_for(language)
    if language:
        QLocale.setDefault(locale)  # dates, numbers and QLocale() follow the chosen language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((DOMAIN, str(folder())), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        translator.setObjectName("recovery-desktop-translator")
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    from recovery_desktop import marks
    from recovery_desktop.vault import errors

    errors.translate_message = _translate_vault_message
    marks.set_translator(QCoreApplication.translate)  # domain messages ("problems")
    return locale


def _translate_vault_message(text: str) -> str:
    return QCoreApplication.translate("VaultError", text)


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language (tests; the app itself changes language by restarting)."""
    from recovery_desktop import marks
    from recovery_desktop.vault import errors

    for old in app.findChildren(QTranslator, "recovery-desktop-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale.system())
    errors.translate_message = str
    marks.set_translator(None)
