"""Encoded payloads: base64, hex, binary, Morse, URL-encoding and Caesar/rot-N candidates are decoded
and the decoded text is scanned with the injection rules and reserved delimiters; a payload that
decodes to instructions is removed, together with the sentence asking to decode and act on it. A
request to decode something and then follow/answer it is removed even when its payload is harmless
text: it asks the reader to run hidden content.

Decoded text gets a lower bar than visible text: a document has no reason to hide an imperative
sentence ("state the output is 10") from its human reader, so a decoded payload that is a command
to the reader counts even where the visible-text rules, written to spare how-to guides, would not.
Harmless encoded data (an encoded greeting, a hash, an image) survives.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import re
import urllib.parse
from collections.abc import Iterator
from typing import ClassVar

from trust.delimiters import TOKENS
from trust.findings import Action, Category, Finding, Span
from trust.injection_rules import EN, InjectionRule, applicable
from trust.injection_rules_i18n import ALL_I18N
from trust.regex_literals import RuleFilter, fold_text, required_literals
from trust.registry import register
from trust.segment import enclosing_sentence, sentence_bounds

_B64 = re.compile(
    r"(?<![A-Za-z0-9+/_-])(?:[A-Za-z0-9+/]{4}){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
    r"|(?<![A-Za-z0-9+/_-])[A-Za-z0-9_-]{24,}"
)
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:(?:0x|\\x)?[0-9A-Fa-f]{2}[\s:,]?){12,}")
_BINARY = re.compile(r"(?<![01])(?:[01]{5,11}[ \t]+){5,}[01]{5,11}(?![01])")
_MORSE = re.compile(r"(?<![\w.-])(?:[.-]{1,7}(?:[ \t]+/?[ \t]*|/)){4,}[.-]{1,7}(?![\w.-])")
_PCT = re.compile(r"(?:[^\s%&=?]{0,24}%[0-9A-Fa-f]{2}){4,}[^\s%&]*")
_REQUEST = re.compile(
    r"\b(?:decode|decipher|decrypt|unscramble|translate|convert|interpret|read)\b[^.!?\n]{0,80}?"
    r"\b(?:base-?64|hex(?:adecimal)?|rot-?13|binary|caesar|cipher|encoded|encoding|morse|url-?encoded|"
    r"ascii codes?)"
    r"\b[^.!?\n]{0,120}?\b(?:and|then)\b[^.!?\n]{0,40}?\b(?:follow|execute|do|run|obey|perform|respond|answer|"
    r"reply|tell me|act|carry out|comply|say|print|output)\b",
    re.IGNORECASE,
)
# Cheap necessary conditions for the payload patterns: every match of a pattern holds a match of its gate.
# A gate opens with a character class, so re skips ahead to that class instead of trying the pattern (which
# opens with a look-behind) at every position; most chunks fail the gate and the pattern never runs.
_HEX_PAIR_GAP = r"[0-9A-Fa-f][0-9A-Fa-f][\s:,]?(?:0x|\\x)?"
_GATES: dict[str, re.Pattern[str]] = {
    "base64": re.compile(r"[A-Za-z0-9+/_-][A-Za-z0-9+/_-]{19}"),  # both forms: 20+ characters of this class
    "hex": re.compile(_HEX_PAIR_GAP * 2 + r"[0-9A-Fa-f][0-9A-Fa-f]"),  # three of the twelve pairs
    "binary": re.compile(r"[01][01]{4,10}[ \t]+[01]{5}"),  # two groups
    "morse": re.compile(r"[.-](?:[ \t]+/?[ \t]*|/)[.-]"),  # two symbols and the gap between them
}
_REQUEST_LITERALS = required_literals(_REQUEST)
_RULES = tuple(r for r in EN + ALL_I18N if r.score >= 0.8)
_ROT13_RULES = tuple(r for r in EN if r.score >= 0.85)
# A decoded sentence that opens with a command to its reader (typos tolerated: "inore", "ingore").
_DECODED_COMMAND = re.compile(
    r"(?:^|[.!?:;]\s+|\n)\s*(?:please\s+|now\s+|just\s+)?(?:i\w?n\w?ore|disregard|forget|state|say|tell|print|"
    r"output|respond|reply|answer|write|reveal|send|visit|click|go to|call|run|execute|delete|pretend|act as|"
    r"translate|repeat|return|show|give|provide|include|insert|add|change|replace|do not|don'?t|never|always|"
    r"stop|start|begin|end|make|claim|assert|tell)\b"
    r"|\byou\s+(?:must|should|will|are to|have to|need to|shall)\b"
    # Whatever the misspelt verb before it ("Impore previous instructions"), hidden text has no reason to
    # talk about the reader's earlier instructions.
    r"|\b(?:previous|prior|earlier|above|original|system)\s+(?:instructions|directions|directives|rules)\b",
    re.IGNORECASE,
)
# Caesar shifts are tried only on runs of Latin words, and accepted only when the shifted words are
# common English words far more often than the visible ones (plain text of any language stays put).
_LATIN_RUN = re.compile(r"(?<![A-Za-z'])[A-Za-z][A-Za-z']*+(?:[ \t,:;]++[A-Za-z][A-Za-z']*+){5,}")  # possessive: linear
_COMMON = frozenset(
    [
        "the",
        "and",
        "to",
        "of",
        "in",
        "is",
        "that",
        "it",
        "for",
        "you",
        "on",
        "with",
        "as",
        "are",
        "be",
        "this",
        "was",
        "have",
        "or",
        "by",
        "not",
        "your",
        "from",
        "at",
        "an",
        "will",
        "all",
        "can",
        "if",
        "what",
        "there",
        "their",
        "which",
        "about",
        "when",
        "do",
        "state",
        "say",
        "tell",
        "ignore",
        "previous",
        "instructions",
    ]
)
_SHIFTS = [
    str.maketrans(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "abcdefghijklmnopqrstuvwxyz"[k:]
        + "abcdefghijklmnopqrstuvwxyz"[:k]
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[k:]
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:k],
    )
    for k in range(1, 26)
]
_MORSE_CODE = {
    ".-": "a",
    "-...": "b",
    "-.-.": "c",
    "-..": "d",
    ".": "e",
    "..-.": "f",
    "--.": "g",
    "....": "h",
    "..": "i",
    ".---": "j",
    "-.-": "k",
    ".-..": "l",
    "--": "m",
    "-.": "n",
    "---": "o",
    ".--.": "p",
    "--.-": "q",
    ".-.": "r",
    "...": "s",
    "-": "t",
    "..-": "u",
    "...-": "v",
    ".--": "w",
    "-..-": "x",
    "-.--": "y",
    "--..": "z",
    "-----": "0",
    ".----": "1",
    "..---": "2",
    "...--": "3",
    "....-": "4",
    ".....": "5",
    "-....": "6",
    "--...": "7",
    "---..": "8",
    "----.": "9",
    ".-.-.-": ".",
    "--..--": ",",
    "..--..": "?",
    ".----.": "'",
}


def _instruction_shaped(decoded: str) -> bool:
    # A byte lost in a mangled copy ("webpag\ufffd and state: …") stands for one unknown letter; left as
    # U+FFFD it would split the word around it and no rule would read the sentence.
    decoded = decoded.replace("\ufffd", "x")
    rules = applicable(_RULES, decoded)
    return (
        any(r.pattern.search(decoded) for r in rules)
        or any(p.search(decoded) for _, p in TOKENS)
        or _DECODED_COMMAND.search(decoded) is not None
    )


def _printable_text(raw: bytes) -> str | None:
    text = raw.decode("utf-8", errors="replace")
    if text.count("\ufffd") > 0.05 * len(text):
        # A character dropped from a copied payload shifts every bit after it: the text before the
        # damage still reads. Binary data has no long clean start.
        cut = text.find("\ufffd")
        if cut < 24 or cut < 0.5 * len(text):
            return None  # binary data, not text (a few bad bytes are tolerated: mangled copies exist)
        text = text[:cut]
    letters = sum(c.isalpha() for c in text)
    if len(text) < 8 or sum(c.isprintable() or c in "\n\t" for c in text) < 0.95 * len(text):
        return None
    return text if letters >= 0.5 * len(text) and " " in text else None


def _decode_b64(s: str) -> str | None:
    try:
        raw = base64.b64decode(s + "=" * (-len(s) % 4), altchars=b"-_" if "-" in s or "_" in s else None)
    except (binascii.Error, ValueError):
        return None
    return _printable_text(raw)


def _decode_hex(s: str) -> str | None:
    digits = re.sub(r"0x|\\x|[\s:,]", "", s)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _printable_text(bytes.fromhex(digits))
    except ValueError:
        return None


def _decode_binary(s: str) -> str | None:
    groups = s.split()
    # Mangled copies drop or add a bit here and there; only 7- and 8-bit groups carry a character.
    chars = [chr(int(g, 2)) for g in groups if len(g) in (7, 8)]
    if len(chars) < 0.6 * len(groups):
        return None
    return _printable_text("".join(c if c.isprintable() else " " for c in chars).encode())


def _decode_morse(s: str) -> str | None:
    words = re.split(r"\s*/\s*|\s{2,}", s.strip())  # words: "/" or a wider gap than between letters
    letters = [[_MORSE_CODE.get(code) for code in word.split()] for word in words]
    flat = [c for word in letters for c in word]
    if not flat or flat.count(None) > 0.1 * len(flat):
        return None
    text = " ".join("".join(c or "" for c in word) for word in letters)
    return text if sum(c.isalpha() for c in text) >= 6 else None


def _words(run: str) -> list[str]:
    return run.lower().replace(",", " ").replace(":", " ").replace(";", " ").split()


def _caesar_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, decoded) for runs of Latin words that read as English only after a letter shift."""
    for m in _LATIN_RUN.finditer(text):
        run = m.group()
        words = _words(run)
        if sum(w in _COMMON for w in words) > 0.1 * len(words):
            continue  # already readable English (or a language whose words are not in the list)
        for table in _SHIFTS:
            shifted = run.translate(table)
            hits = sum(w in _COMMON for w in _words(shifted))
            if hits >= 3 and hits >= 0.3 * len(words):
                yield m.start(), m.end(), shifted
                break


def _rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


@functools.cache
def _rot13_filter() -> RuleFilter:
    return RuleFilter([(r.pattern, r.keys) for r in _ROT13_RULES], transform=_rot13)


def _rot13_applicable(text: str, rot: str) -> list[InjectionRule]:
    """`applicable(_ROT13_RULES, rot)`. On ASCII text rot13 commutes with lower-casing, so the rules' strings,
    rot13-ed, are looked up in `text`, whose 3-character slices the other detectors need too."""
    if not text.isascii():
        return applicable(_ROT13_RULES, rot)
    # No script is present in ASCII text.
    return [r for r in map(_ROT13_RULES.__getitem__, _rot13_filter().passing(text)) if r.script is None]


@register
class Encoded:
    name: ClassVar[str] = "encoded"
    version: ClassVar[str] = "4"  # 2: binary, Morse, any Caesar shift, decoded commands; 3: Caesar runs span ":";
    # 4: mangled payloads (lost bytes read as unknown letters, a clean start decoded on its own)
    raw: ClassVar[bool] = False

    def detect(self, text: str) -> Iterator[Finding]:
        payloads: list[tuple[int, int, str]] = []
        for pattern, decode, rule in (
            (_B64, _decode_b64, "base64"),
            (_HEX, _decode_hex, "hex"),
            (_PCT, lambda s: urllib.parse.unquote(s), "url_encoding"),
            (_BINARY, _decode_binary, "binary"),
            (_MORSE, _decode_morse, "morse"),
        ):
            gate = _GATES.get(rule)
            if (gate is not None and gate.search(text) is None) or (rule == "url_encoding" and text.count("%") < 4):
                continue  # no match possible (url_encoding: four escapes at least)
            for m in pattern.finditer(text):
                decoded = decode(m.group().strip())
                if decoded and decoded != m.group() and _instruction_shaped(decoded):
                    payloads.append((m.start(), m.end(), rule))
        rot = codecs.encode(text, "rot13")
        for rule in _rot13_applicable(text, rot):
            for m in rule.pattern.finditer(rot):
                if not rule.pattern.search(text, m.start(), m.end()):
                    payloads.append((m.start(), m.end(), "rot13"))
        for start, end, decoded in _caesar_candidates(text):
            if _instruction_shaped(decoded) and not any(s <= start < e for s, e, _ in payloads):
                payloads.append((start, end, "caesar"))
        folded = fold_text(text)
        requests = (
            [m.span() for m in _REQUEST.finditer(text)]
            if all(any(s in folded for s in clause) for clause in _REQUEST_LITERALS)
            else []
        )
        if not payloads and not requests:
            return
        bounds = sentence_bounds(text)
        for start, end, rule in payloads:
            if rule == "rot13":
                start, end = enclosing_sentence(text, bounds, start, end)
            yield Finding(self.name, rule, Category.ENCODED, Span(start, end), 0.9, Action.REMOVE, self.version)
        for start, end in requests:
            s, e = enclosing_sentence(text, bounds, start, end)
            yield Finding(self.name, "decode_request", Category.ENCODED, Span(s, e), 0.8, Action.REMOVE, self.version)
