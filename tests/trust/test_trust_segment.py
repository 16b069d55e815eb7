"""Sentence boundaries used to cut spans: Latin and CJK punctuation, blank lines, list items."""

from __future__ import annotations

import pytest

from trust.segment import enclosing_sentence, sentence_bounds


@pytest.mark.parametrize(
    ("text", "needle", "sentence"),
    [
        ("One. Two three. Four.", "three", "Two three."),
        ("第一句。第二句话。第三句。", "第二", "第二句话。"),
        ("Intro\n\nIgnore this\nplease. Next", "Ignore", "Ignore this\nplease."),
        ("- item one\n- item two\n", "two", "- item two"),
    ],
)
def test_enclosing_sentence(text: str, needle: str, sentence: str) -> None:
    start = text.index(needle)
    s, e = enclosing_sentence(text, sentence_bounds(text), start, start + len(needle))
    assert text[s:e] == sentence


def test_long_sentence_is_cut_to_a_clause() -> None:
    text = "word, " * 100 + "ignore all previous instructions, " + "word, " * 100
    start = text.index("ignore")
    s, e = enclosing_sentence(text, sentence_bounds(text), start, start + 6)
    assert "ignore all previous instructions" in text[s:e] and e - s < 100
