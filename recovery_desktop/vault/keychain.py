"""The OS keychain, behind a timeout, for "remember on this device".

Only a random *device key* is kept in the keychain; it seals a copy of the data key in the
key file. The data key itself never goes to the keychain. Keychain trouble (no backend on
a headless Linux, a locked or hanging keychain) disables the feature with a plain reason;
the passphrase always works. Plaintext backends are refused.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from recovery_desktop import APP_ID

SERVICE = APP_ID
DEFAULT_TIMEOUT = 3.0
T = TypeVar("T")

# Backends that store secrets unencrypted or not at all.
_REFUSED_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeychainUnavailable(Exception):
    """The keychain cannot be used now; ``str(exc)`` is a plain reason for the user."""


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    reason: str = ""


def _call_with_timeout(func: Callable[[], T], timeout: float) -> T:
    """Run a keychain call on a daemon thread so a hung keychain cannot freeze the app."""
    results: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            results.put((True, func()))
        except BaseException as exc:  # handed to the caller below
            results.put((False, exc))

    threading.Thread(target=run, name="keychain-call", daemon=True).start()
    try:
        ok, value = results.get(timeout=timeout)
    except queue.Empty:
        raise KeychainUnavailable("The system keychain did not answer in time.") from None
    if ok:
        return value  # type: ignore[no-any-return]
    raise value


_NO_SECURE = "No secure system keychain was found on this computer."


def _backend_refusal(backend: Any) -> str | None:
    module = type(backend).__module__
    if module.startswith(_REFUSED_BACKEND_MODULES):
        return _NO_SECURE
    if "plaintext" in type(backend).__name__.lower():
        return "The only keychain available stores secrets unencrypted, so it is not used."
    return None


class Keychain:
    """A thin, timeout-guarded wrapper over ``keyring``; ``keyring`` is imported lazily."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout

    def _backend(self) -> Any:
        def resolve() -> Any:
            import keyring  # ~100 ms of backend discovery: keep it off the start-up path

            return keyring.get_keyring()

        from keyring.backends.chainer import ChainerBackend

        backend = _call_with_timeout(resolve, self.timeout)
        if isinstance(backend, ChainerBackend):
            # A chain writes to its highest-priority member, which could be a plaintext
            # one: use the best acceptable member directly instead.
            members = [b for b in getattr(backend, "backends", []) if not _backend_refusal(b)]
            if not members:
                raise KeychainUnavailable(_backend_refusal(backend) or _NO_SECURE)
            return members[0]
        refusal = _backend_refusal(backend)
        if refusal:
            raise KeychainUnavailable(refusal)
        return backend

    def status(self) -> KeychainStatus:
        try:
            self._backend()
        except KeychainUnavailable as exc:
            return KeychainStatus(False, str(exc))
        except Exception:
            return KeychainStatus(False, "The system keychain could not be reached.")
        return KeychainStatus(True)

    def _guarded(self, func: Callable[[Any], T]) -> T:
        backend = self._backend()
        try:
            return _call_with_timeout(lambda: func(backend), self.timeout)
        except KeychainUnavailable:
            raise
        except Exception as exc:  # keyring's errors: locked, denied, backend failure
            raise KeychainUnavailable("The system keychain refused the request.") from exc

    def store(self, account: str, secret: str) -> None:
        self._guarded(lambda b: b.set_password(SERVICE, account, secret))

    def fetch(self, account: str) -> str | None:
        result = self._guarded(lambda b: b.get_password(SERVICE, account))
        return None if result is None else str(result)

    def delete(self, account: str) -> None:
        def remove(backend: Any) -> None:
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):  # already gone is what we wanted
                backend.delete_password(SERVICE, account)

        self._guarded(remove)
