"""Documentation fakes and format checksums for secret values.

A generated token is random; a token someone typed into a README or a test is not: sequences
(123456, abcdef), one character repeated, two characters only, "example"/"dummy" markers, phrases in
leetspeak ("Th1sIsN0tTheT0ken"), a slug of words, or words in CamelCase. Format checksums go the
other way: a valid GitHub/npm CRC32 or an age bech32 checksum proves a generator made the value.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
from functools import lru_cache

_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

# Documentation fakes. Real tokens come from a CSPRNG: a run of 6 consecutive characters of
# 0123456789 / abcdef… (either direction) or one character repeated over a third of the value
# is vanishingly rare there (< 1e-4 for a 40-char token), but it is how people write fakes.
_FAKE_WORDS = ("example", "sample", "dummy", "fake", "placeholder", "notreal", "notareal", "insertyour", "changeme")
# Only in leetspeak-decoded form ("ThisI5NtTheTok3nYou8reLo0k1ngF0r"): phrases, not single words.
_FAKE_PHRASES = ("looking", "notthe", "thisis", "tokenyou", "secretyou", "nottoken", "notasecret")
_LEET = (str.maketrans("013457$8@", "oieastsba"), str.maketrans("013457$8@", "oleastsba"))


def longest_sequential_run(value: str) -> int:
    """Length of the longest run like 123456, abcdef, 76543210 (step +1 or -1, same class)."""
    v = value.lower()
    best = run = 1
    step = 0
    for a, b in itertools.pairwise(v):
        d = ord(b) - ord(a)
        same_class = (a.isdigit() and b.isdigit()) or ("a" <= a <= "z" and "a" <= b <= "z")
        if same_class and d in (1, -1) and (run == 1 or d == step):
            run, step = run + 1, d
        elif same_class and d in (1, -1):
            run, step = 2, d
        else:
            run, step = 1, 0
        best = max(best, run)
    return best if v else 0


def longest_repeat(value: str) -> int:
    best = run = 1
    for a, b in itertools.pairwise(value):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best if value else 0


@lru_cache(maxsize=8192)
def is_fake_token(value: str, *, typed: bool = False, phrases: bool = True) -> bool:
    """A token-shaped value that a person typed rather than a generator produced.

    `typed=True` is for passwords, which people do type: only the documentation markers count
    ("example", "dummy", "Lo0k1ngF0r"), not sequences ("Summer123456" is a weak real password).
    `phrases=False` skips the leetspeak phrases: used for provider-format tokens, whose prefix already
    says "token" and whose test fixtures are often written that way on purpose.
    """
    if len(value) < 8:
        return False
    low = value.lower()
    compact = re.sub(r"[^a-z0-9]", "", low)  # "not-a-real-secret" -> "notarealsecret"
    if any(w in compact for w in _FAKE_WORDS):
        return True
    if not typed and (longest_sequential_run(value) >= 6 or longest_repeat(value) >= max(6, len(value) // 3)):
        return True
    body = re.sub(r"^[a-z0-9]{1,12}[_-]", "", low)  # "ghp_0101…": judge the random part, not the prefix
    if not typed and len(body) >= 16 and len(set(body)) <= 3:
        return True  # 0101101001…
    if typed or not phrases:
        return False
    letters = "".join(c for c in low if c.isalnum())
    return any(p in letters.translate(t) for t in _LEET for p in _FAKE_PHRASES + _FAKE_WORDS)


_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def crc32_token_valid(value: str) -> bool:
    """GitHub / npm token checksum: the last 6 base62 characters encode CRC32 of the random part.

    A valid checksum proves a generator made the token, so it overrides the fake heuristics.
    """
    body = value.split("_")[-1]
    if len(body) < 12 or any(c not in _BASE62 for c in body):
        return False
    random_part, check = body[:-6], body[-6:]
    n = 0
    for c in check:
        n = n * 62 + _BASE62.index(c)
    return n == binascii.crc32(random_part.encode())


def is_sequence_only(value: str) -> bool:
    """12345, abcdef, 123456789: the whole value is one typed sequence (a doc placeholder)."""
    return len(value) >= 4 and longest_sequential_run(value) >= len(value)


_SLUG = re.compile(r"^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){2,}$")
_WORDISH = re.compile(r"^(?:[A-Za-z][a-z]{2,}|[A-Z]{2,5}\d*|\d{1,4}[A-Za-z]{0,2})$")


def is_slug(value: str) -> bool:
    """ "Llama-4-Scout-17B-16E-Instruct": words and small numbers joined by separators (names, not keys)."""
    if _SLUG.match(value) is None:
        return False
    parts = re.split(r"[-_.]", value)
    return sum(1 for p in parts if _WORDISH.match(p)) >= len(parts) - 1


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_valid(value: str) -> bool:
    """BIP-173 checksum (bech32, constant 1): a mistyped or made-up age key fails it."""
    v = value.lower()
    pos = v.rfind("1")
    if pos < 1 or pos + 7 > len(v) or any(c not in _BECH32 for c in v[pos + 1 :]):
        return False
    hrp, data = v[:pos], [_BECH32.index(c) for c in v[pos + 1 :]]
    chk = 1
    for d in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ d
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= g if (top >> i) & 1 else 0
    return chk == 1


_SNAKE_WORDS = re.compile(r"^[a-z]{2,}(?:[-_][a-z]{2,}){2,}$")
# Lower-case head, then capitalised words; `\n?` is the newline `$` lets through. The shape
# `^(?:[A-Z][a-z]+|[a-z]{2,}){3,}$` as one regex backtracks exponentially on a long lower-case run
# that ends in a digit, so it is tested by counting (see `_camel_words`).
_CAMEL_RUNS = re.compile(r"([a-z]*)((?:[A-Z][a-z]+)*)\n?")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def _camel_words(value: str) -> bool:
    """Does `^(?:[A-Z][a-z]+|[a-z]{2,}){3,}$` match? Counted: the most pieces the value splits into is >= 3."""
    m = _CAMEL_RUNS.fullmatch(value)
    if m is None or len(m.group(1)) == 1:
        return False  # a character outside the pieces, or a single lower-case letter no piece can take
    pieces = len(m.group(1)) // 2  # a lower-case head splits into pieces of two or three letters
    for word in _CAPITALISED.findall(m.group(2)):
        # A capital and one letter make a piece; the rest, if two or more letters, splits into more.
        pieces += 1 + ((len(word) - 2) // 2 if len(word) >= 4 else 0)
        if pieces >= 3:
            return True
    return pieces >= 3


def is_word_sequence(value: str) -> bool:
    """ "WillAlsoBeIgnored", "some-config-value": three or more words, each with a vowel (not a token)."""
    if not _camel_words(value) and _SNAKE_WORDS.match(value) is None:
        return False
    # Two-letter pieces may be abbreviations (Db, Id); longer ones must be words (have a vowel).
    parts = [p for p in _CAMEL.findall(value.replace("-", " ").replace("_", " ")) if len(p) >= 3]
    return len(parts) >= 2 and all(any(v in p.lower() for v in "aeiouy") for p in parts)


def artifactory_reference_valid(value: str) -> bool:
    """JFrog reference tokens are base64 of "reftkn:01:<expiry>:<random>"; a decoded sentence is a fixture."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return False
    return raw.startswith(b"reftkn:") and b" " not in raw


def jwt_parts_distinct(value: str) -> bool:
    """A signed token's parts differ: a payload repeated as its own "signature" is a copied-together fixture."""
    parts = value.split(".")
    return len(set(parts)) == len(parts)
