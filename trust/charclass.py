"""Character tables: which code points are invisible, which may stay in context, and homoglyphs.

Owns the context rules shared by the invisible-character detector, the detection view in
`normalize.py` and the evidence clean-up: ZWJ/ZWNJ survive between letters of scripts that
need them (Arabic, Indic, …) and inside emoji sequences; one variation selector survives after
an emoji base; tag characters survive only as an emoji subdivision flag (🏴 + tags + cancel).
"""

from __future__ import annotations

import functools
import re
import unicodedata

ZWNJ, ZWJ = "\u200c", "\u200d"
TAG_FIRST, TAG_LAST, TAG_CANCEL = 0xE0000, 0xE007F, 0xE007F
BLACK_FLAG = 0x1F3F4

# Bidi embeddings/overrides/isolates and marks: "Trojan Source" reordering; never needed in evidence.
BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
# Invisible but not category Cf (so not caught by the general rule below).
EXTRA_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u034f\u180b\u180c\u180d\u180f")
# Cf characters that render or carry meaning (Arabic number signs, Syriac/Kaithi marks).
KEEP_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u08e2\U000110bd\U000110cd")

# Scripts whose orthography uses ZWJ/ZWNJ (Arabic family, Syriac, Indic, Sinhala, Myanmar, Khmer, Mongolian).
_JOINING_RANGES = (
    (0x0600, 0x08FF),
    (0x0900, 0x0DFF),
    (0x1000, 0x109F),
    (0x1780, 0x18AF),
    (0xA8E0, 0xA8FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_EMOJI_RANGES = (
    (0x2190, 0x21FF),
    (0x2300, 0x23FF),
    (0x2460, 0x27BF),
    (0x2900, 0x297F),
    (0x2B00, 0x2BFF),
    (0x1F000, 0x1FAFF),
)
_EMOJI_SINGLES = frozenset({0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299})


def _in(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def is_emoji_base(ch: str) -> bool:
    cp = ord(ch)
    # Keycap bases (0-9 # *) take FE0F + U+20E3.
    return _in(cp, _EMOJI_RANGES) or cp in _EMOJI_SINGLES or ch in "0123456789#*"


def _joining_letter(ch: str) -> bool:
    return _in(ord(ch), _JOINING_RANGES) and unicodedata.category(ch)[0] in "LM"


def is_variation_selector(cp: int) -> bool:
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def is_tag(cp: int) -> bool:
    return TAG_FIRST <= cp <= TAG_LAST


def invisible_kind(ch: str) -> str | None:
    """Kind of an invisible character regardless of context, or None if it is visible."""
    cp = ord(ch)
    if cp < 0x80:
        return None
    if is_tag(cp):
        return "tag_chars"
    if is_variation_selector(cp):
        return "variation_selector"
    if ch in BIDI:
        return "bidi_control"
    if ch in EXTRA_INVISIBLE:
        return "zero_width"
    if unicodedata.category(ch) == "Cf" and ch not in KEEP_FORMAT:
        return "zero_width"
    return None


def _flag_tag_end(text: str, i: int) -> int:
    """If text[i] starts a subdivision-flag tag run after 🏴, return the index after its cancel tag."""
    if i == 0 or ord(text[i - 1]) != BLACK_FLAG:
        return -1
    j = i
    while j < len(text) and j - i < 8 and (0xE0030 <= ord(text[j]) <= 0xE0039 or 0xE0061 <= ord(text[j]) <= 0xE007A):
        j += 1
    if j < len(text) and ord(text[j]) == TAG_CANCEL and j - i >= 2:
        return j + 1
    return -1


def invisible_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs (start, end, kind) of characters that must not survive, with context exceptions applied.

    Consecutive invisible characters form one run; its kind is the most telling one present
    (tag characters > variation selectors > bidi > zero width).
    """
    runs: list[tuple[int, int, str]] = []
    if text.isascii():
        return runs
    rank = {"tag_chars": 3, "variation_selector": 2, "bidi_control": 1, "zero_width": 0}
    n = len(text)
    candidate = _candidates()
    i = 0
    while i < n:
        # Characters that cannot be invisible are skipped by one regex search, not one by one.
        m = candidate.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        kind = invisible_kind(ch)
        if kind is None:
            i += 1
            continue
        if kind == "tag_chars":
            flag_end = _flag_tag_end(text, i)
            if flag_end > 0:
                i = flag_end
                continue
        elif _allowed_in_context(text, i, kind):
            i += 1
            continue
        start = i
        while i < n and (k := invisible_kind(text[i])) is not None:
            if rank[k] > rank[kind]:
                kind = k
            i += 1
        runs.append((start, i, kind))
    return runs


# Planes that hold format (Cf) characters, tags and variation selectors; the others have none
# (tests/trust check every code point).
_INVISIBLE_PLANES = ((0x80, 0x20000), (0xE0000, 0xE1000))


@functools.cache
def _candidates() -> re.Pattern[str]:
    """A character class holding every character `invisible_kind` does not return None for (and the kept
    format characters): built on first use, from one pass over the planes that have format characters."""
    fmt = "".join(
        chr(cp) for lo, hi in _INVISIBLE_PLANES for cp in range(lo, hi) if unicodedata.category(chr(cp)) == "Cf"
    )
    others = "".join(sorted(BIDI | EXTRA_INVISIBLE))
    return re.compile("[" + re.escape(fmt + others) + "\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


def _allowed_in_context(text: str, i: int, kind: str) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in (ZWJ, ZWNJ):
        if prev and nxt and _joining_letter(prev) and (_joining_letter(nxt) or unicodedata.category(nxt) == "Mn"):
            return True
        if ch == ZWJ and prev and nxt:
            # Emoji ZWJ sequences: 👩‍💻, and after a VS16 or skin-tone modifier.
            before = text[i - 2] if prev in "\ufe0f" and i >= 2 else prev
            return (is_emoji_base(before) or 0x1F3FB <= ord(before) <= 0x1F3FF) and is_emoji_base(nxt)
        return False
    if kind == "variation_selector":
        cp = ord(ch)
        if 0xE0100 <= cp <= 0xE01EF:
            # Ideographic variation sequences: one selector after a CJK ideograph.
            return bool(prev) and unicodedata.name(prev, "").startswith("CJK") and invisible_kind(nxt or "a") is None
        # One text/emoji presentation selector after an emoji base; a run of them smuggles bytes.
        return (
            ch in "\ufe0e\ufe0f"
            and bool(prev)
            and is_emoji_base(prev)
            and (not nxt or not is_variation_selector(ord(nxt)))
        )
    return False


def decode_tags(text: str) -> str:
    """ASCII text carried by Unicode tag characters (U+E0020..U+E007E map to ' '..'~')."""
    return "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0020 <= ord(c) <= 0xE007E)


def decode_variation_bytes(text: str) -> str:
    """Bytes smuggled as variation selectors (VS1-16 -> 0..15, VS17-256 -> 16..255), as UTF-8 text."""
    out = bytearray()
    for c in text:
        cp = ord(c)
        if 0xFE00 <= cp <= 0xFE0F:
            out.append(cp - 0xFE00)
        elif 0xE0100 <= cp <= 0xE01EF:
            out.append(cp - 0xE0100 + 16)
    return out.decode("utf-8", errors="ignore")


# Homoglyphs mapped 1:1 to Latin (Cyrillic, Greek, a few others): used only inside mixed-script
# words, so real Russian or Greek text keeps its letters.
_CONFUSABLE_PAIRS = (
    "а a|е e|о o|р p|с c|у y|х x|і i|ј j|ѕ s|ԁ d|ԛ q|ԝ w|һ h|ӏ l|к k|м m|т t|в b|н h|"
    "А A|В B|Е E|К K|М M|Н H|О O|Р P|С C|Т T|У Y|Х X|І I|Ј J|Ѕ S|Ԍ G|Ԛ Q|Ԝ W|"
    "α a|ο o|τ t|ν v|ι i|ϲ c|Α A|Β B|Ε E|Η H|Ι I|Κ K|Μ M|Ν N|Ο O|Ρ P|Τ T|Υ Y|Χ X|Ζ Z|"
    "ɡ g|ɑ a|ℓ l|ı i|ǀ l"
)
CONFUSABLES = {ord(p[0]): p[2] for p in _CONFUSABLE_PAIRS.split("|")}
_CONFUSABLE_KEYS = frozenset(chr(k) for k in CONFUSABLES)


def has_confusable(word: str) -> bool:
    return any(c in _CONFUSABLE_KEYS for c in word)
