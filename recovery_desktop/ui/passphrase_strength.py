"""A rough, honest estimate of how hard a passphrase is to guess (pure logic, no widgets).

Not a password policy: only the minimum length is enforced. The estimate is deliberately
conservative. Letters inside longer runs count as dictionary words (about 2.5 bits each
instead of 4.7); other characters cost the size of their class (digit, symbol...) plus a
bit where the class changes; common passwords and words count as one pick from a short
list; repeated characters and runs like ``abc``/``123`` count almost nothing. Thresholds
assume an offline attacker against our Argon2id at about a second per guess.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

from recovery_desktop.i18n import translate

MIN_LENGTH = 8

# Bits at which each level starts (lower bound inclusive).
FAIR_BITS = 35.0
STRONG_BITS = 50.0
VERY_STRONG_BITS = 65.0

_WORD_CHAR_BITS = 2.5  # a letter inside a word: roughly the entropy of English text
_PREDICTABLE_BITS = 1.0  # a repeat or the next step of a sequence
_CLASS_CHANGE_BITS = 1.0  # where the next character class starts
_WORD_RUN = 3  # letters in a row from which they are treated as a word

# Passwords and words attackers try first (lower case, after undoing look-alike digits).
_COMMON_TEXT = """
    password passphrase letmein welcome qwerty qwertz azerty asdf zxcv iloveyou admin
    login master secret hello monkey dragon shadow sunshine princess football baseball
    soccer hockey superman batman trustnoi whatever freedom summer winter spring autumn
    love lovely family jesus angel heaven faith hope peace serenity courage wisdom sober
    sobriety recovery clean today onedayatatime oneday smart steps twelve step program
    higher power change journey strong stronger better life happy happiness health
    healthy myself mylife test guest user default computer changeme access abcd abcdef
    qwertyuiop
    """
COMMON_WORDS: frozenset[str] = frozenset(_COMMON_TEXT.split())
_COMMON_MAX = max(len(w) for w in COMMON_WORDS)
_MIN_COMMON = min(len(w) for w in COMMON_WORDS)
_COMMON_BITS = math.log2(len(COMMON_WORDS)) + 1  # +1: attackers also try capitalised forms

_LOOKALIKES = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)


class Level(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


class Hint(IntEnum):
    NONE = 0
    LONGER = 1  # below the minimum length
    MORE_WORDS = 2  # long enough but guessable: add words
    COMMON = 3  # contains a common password or word
    REPEATS = 4  # repeats or sequences


@dataclass(frozen=True)
class Strength:
    level: Level
    bits: float
    hint: Hint

    @property
    def acceptable(self) -> bool:
        """Only the length is enforced; a weak but long passphrase is the user's call."""
        return self.level is not Level.TOO_SHORT

    @property
    def label(self) -> str:
        return level_label(self.level)

    @property
    def hint_text(self) -> str:
        return hint_text(self.hint)


def _class_of(ch: str) -> tuple[str, int]:
    """The character class an attacker's mask would use, and its size."""
    if ch.isascii():
        if ch.islower():
            return "lower", 26
        if ch.isupper():
            return "upper", 26
        if ch.isdigit():
            return "digit", 10
        if ch == " ":
            return "space", 1
        return "symbol", 33
    return "other", 100


def _common_word_at(normal: str, start: int) -> int:
    """Length of the longest common word starting at ``start`` (0 if none)."""
    for length in range(min(_COMMON_MAX, len(normal) - start), _MIN_COMMON - 1, -1):
        if normal[start : start + length] in COMMON_WORDS:
            return length
    return 0


def _letter_run_lengths(normal: str) -> list[int]:
    """For every position, the length of the run of letters it belongs to (0 for others)."""
    runs = [0] * len(normal)
    i = 0
    while i < len(normal):
        if not normal[i].isalpha():
            i += 1
            continue
        j = i
        while j < len(normal) and normal[j].isalpha():
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = j
    return runs


def _predictable(ch: str, prev: str, before: str) -> bool:
    """A repeat of the previous character, or the next step of ``abc``/``321``."""
    if ch == prev:
        return True
    if not (prev and before):
        return False
    step = ord(ch) - ord(prev)
    return abs(step) == 1 and step == ord(prev) - ord(before)


def estimate_bits(passphrase: str) -> tuple[float, Hint]:
    """Estimated entropy in bits, and the weakness that cost the most (if any)."""
    if not passphrase:
        return 0.0, Hint.LONGER
    normal = passphrase.lower().translate(_LOOKALIKES)
    runs = _letter_run_lengths(normal)
    bits = 0.0
    common_found = predictable = 0
    i = 0
    while i < len(passphrase):
        matched = _common_word_at(normal, i)
        if matched:
            bits += _COMMON_BITS
            common_found += matched
            i += matched
            continue
        ch = passphrase[i]
        prev = passphrase[i - 1] if i else ""
        before = passphrase[i - 2] if i > 1 else ""
        if _predictable(ch, prev, before):
            cost = _PREDICTABLE_BITS
            predictable += 1
        else:
            kind, size = _class_of(ch)
            cost = math.log2(size)
            if runs[i] >= _WORD_RUN:
                cost = min(cost, _WORD_CHAR_BITS + (1.0 if ch.isupper() and i else 0.0))
            if prev and _class_of(prev)[0] != kind:
                cost += _CLASS_CHANGE_BITS
        bits += cost
        i += 1
    hint = Hint.NONE
    if common_found * 2 >= len(passphrase):
        hint = Hint.COMMON
    elif predictable * 3 >= len(passphrase):
        hint = Hint.REPEATS
    return bits, hint


def evaluate(passphrase: str) -> Strength:
    bits, hint = estimate_bits(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return Strength(Level.TOO_SHORT, bits, Hint.LONGER)
    if bits < FAIR_BITS:
        level = Level.WEAK
    elif bits < STRONG_BITS:
        level = Level.FAIR
    elif bits < VERY_STRONG_BITS:
        level = Level.STRONG
    else:
        level = Level.VERY_STRONG
    if hint is Hint.NONE and level <= Level.FAIR:
        hint = Hint.MORE_WORDS
    if level is Level.VERY_STRONG:
        hint = Hint.NONE
    return Strength(level, bits, hint)


def level_label(level: Level) -> str:
    return {
        Level.TOO_SHORT: translate("PassphraseStrength", "Too short"),
        Level.WEAK: translate("PassphraseStrength", "Weak"),
        Level.FAIR: translate("PassphraseStrength", "Fair"),
        Level.STRONG: translate("PassphraseStrength", "Strong"),
        Level.VERY_STRONG: translate("PassphraseStrength", "Very strong"),
    }[level]


def hint_text(hint: Hint) -> str:
    return {
        Hint.NONE: "",
        Hint.LONGER: translate("PassphraseStrength", "Use at least %n characters.", "", MIN_LENGTH),
        Hint.MORE_WORDS: translate(
            "PassphraseStrength", "A few more words would make it much harder to guess."
        ),
        Hint.COMMON: translate(
            "PassphraseStrength",
            "It contains a word that is often guessed first; try less common words.",
        ),
        Hint.REPEATS: translate(
            "PassphraseStrength",
            "Repeated characters and runs like “abc” or “123” are easy to guess.",
        ),
    }[hint]
