"""The printable recovery key: 128 random bits with a 32-bit checksum, as grouped base32.

``ABCD-EFGH-…`` (8 groups of 4). The checksum lets typos be caught before any decryption
is tried; the look-alike digits 0, 1 and 8 are mapped when reading it back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from recovery_desktop.vault.errors import MalformedRecoveryKey

KEY_BYTES = 16
CHECK_BYTES = 4
GROUP = 4
# Digits that are not in the base32 alphabet but look like letters that are.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"recovery-desktop recovery key v1" + key).digest()[:CHECK_BYTES]


def generate() -> tuple[str, bytes]:
    """A new recovery key: (display text, secret bytes)."""
    secret = secrets.token_bytes(KEY_BYTES)
    return format_key(secret), secret


def format_key(secret: bytes) -> str:
    text = base64.b32encode(secret + _checksum(secret)).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def last_group(display: str) -> str:
    return display.rsplit("-", 1)[-1]


def parse(text: str) -> bytes:
    """The secret bytes from what the user typed, or MalformedRecoveryKey."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    expected_len = (KEY_BYTES + CHECK_BYTES) * 8 // 5
    if len(cleaned) != expected_len:
        raise MalformedRecoveryKey()
    try:
        raw = base64.b32decode(cleaned)
    except ValueError as exc:
        raise MalformedRecoveryKey() from exc
    secret, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if not hmac.compare_digest(check, _checksum(secret)):
        raise MalformedRecoveryKey()
    return secret
