"""Detection view offsets, homoglyph folding and the gentler evidence clean-up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trust.normalize import clean_evidence, detection_view, fold_for_matching


def _view_find(text: str, needle: str) -> str:
    view = detection_view(text)
    i = view.text.lower().index(needle)
    span = view.to_source(i, i + len(needle))
    return text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "needle", "source"),
    [
        ("say ｉｇｎｏｒｅ now", "ignore", "ｉｇｎｏｒｅ"),  # full width
        ("say іgnоrе now", "ignore", "іgnоrе"),  # Cyrillic і, о, е inside a Latin word
        ("say ig\u200bnore now", "ignore", "ig\u200bnore"),  # zero-width split
        ("say ignöre now", "ignore", "ignöre"),  # diacritic
        ("a &lt;|im_start|&gt; b", "<|im_start|>", "&lt;|im_start|&gt;"),  # entities
        (
            "x" + "".join(chr(0xE0000 + ord(c)) for c in "ignore") + "y",
            "ignore",
            "".join(chr(0xE0000 + ord(c)) for c in "ignore"),
        ),  # tag characters decoded
    ],
)
def test_view_maps_back_to_source(text: str, needle: str, source: str) -> None:
    assert _view_find(text, needle) == source


@pytest.mark.parametrize("word", ["привет", "инструкции", "Ελληνικά", "рука"])
def test_real_cyrillic_and_greek_words_are_not_folded(word: str) -> None:
    assert word in detection_view(f"text {word} text").text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＢＣ ﬁle", "ABC file"),
        ("H₂O x² ½", "H₂O x² ½"),  # super/subscripts and fractions keep their meaning
        ("zero\u200bwidth\u2060joined", "zerowidthjoined"),
        ("👩\u200d💻 coder", "👩\u200d💻 coder"),  # emoji ZWJ sequence kept
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian ZWNJ kept
        ("a\u202eb", "ab"),  # bidi override removed
        ("ok\ufe0f", "ok"),  # stray variation selector removed
        ("❤\ufe0f", "❤\ufe0f"),  # emoji presentation kept
        (
            "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
            "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
        ),  # England flag kept
    ],
)
def test_clean_evidence(text: str, expected: str) -> None:
    assert clean_evidence(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.integers(0, 80), st.integers(0, 80))
def test_any_view_span_maps_inside_the_source(text: str, a: int, b: int) -> None:
    view = detection_view(text)
    lo, hi = sorted((min(a, len(view.text)), min(b, len(view.text))))
    span = view.to_source(lo, hi)
    assert 0 <= span.start <= span.end <= len(text)


def test_fold_for_matching_spells_like_the_detection_view() -> None:
    typed = "Erkläre ¿Cuál Écris-moi Напиши"
    assert fold_for_matching(typed) == "Erklare ¿Cual Ecris-moi Напиши"
    assert detection_view(typed).text == fold_for_matching(typed)
