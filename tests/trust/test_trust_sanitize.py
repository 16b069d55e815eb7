"""sanitize: markers, redactions, overlaps; strip_markup: bleach only for HTML."""

from __future__ import annotations

import pytest

from trust import Action, Category, Finding, Span, sanitize, strip_markup


def _f(start: int, end: int, category: Category, action: Action = Action.REMOVE, **kw: str) -> Finding:
    return Finding("t", "r", category, Span(start, end), 0.9, action, **kw)  # type: ignore[arg-type]


def test_remove_writes_marker() -> None:
    text = "Keep this. Drop this. Keep that."
    out = sanitize(text, [_f(11, 21, Category.INJECTION)])
    assert out.text == "Keep this. [removed: injection] Keep that."


def test_redact_writes_typed_placeholder() -> None:
    text = "key=AKIAABCDEFGHIJKLMNOP end"
    out = sanitize(text, [_f(4, 24, Category.SECRET, Action.REDACT, secret_type="aws_access_key_id")])
    assert out.text == "key=[REDACTED:aws_access_key_id] end"


def test_overlaps_cut_once_with_most_serious_marker() -> None:
    text = "0123456789abcdef"
    out = sanitize(text, [_f(2, 8, Category.HIDDEN), _f(5, 12, Category.INJECTION)])
    assert out.text == "01[removed: injection]cdef"


def test_invisible_removed_without_marker_and_flag_ignored() -> None:
    text = "ab\u200bcd"
    out = sanitize(text, [_f(2, 3, Category.INVISIBLE), _f(0, 1, Category.EXFIL, Action.FLAG)])
    assert out.text == "abcd"


def test_adjacent_markers_of_one_kind_collapse() -> None:
    text = "a<!--x--><!--y-->b"
    out = sanitize(text, [_f(1, 9, Category.HIDDEN), _f(9, 17, Category.HIDDEN)])
    assert out.text == "a[removed: hidden]b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>a &amp; b</p>", "a & b"),
        ("List<String> and <password> stay", "List<String> and <password> stay"),
        ("AT&amp;T", "AT&T"),
        ("<div>one</div><div>two</div>", "one\ntwo"),
    ],
)
def test_strip_markup(text: str, expected: str) -> None:
    assert strip_markup(text).strip() == expected
