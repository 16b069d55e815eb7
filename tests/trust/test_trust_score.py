"""Trust score: base from tier, lowered by findings, bounded."""

from __future__ import annotations

from trust import Action, Category, Finding, Span
from trust.score import chunk_trust


def _f(category: Category, score: float, action: Action = Action.REMOVE) -> Finding:
    return Finding("t", "r", category, Span(0, 1), score, action)


def test_no_findings_keeps_base() -> None:
    assert chunk_trust(0.7, []) == 0.7


def test_certain_injection_keeps_at_most_forty_percent() -> None:
    assert chunk_trust(1.0, [_f(Category.INJECTION, 1.0)]) == 0.4


def test_more_findings_never_raise_trust() -> None:
    one = chunk_trust(0.85, [_f(Category.INJECTION, 0.8)])
    two = chunk_trust(0.85, [_f(Category.INJECTION, 0.8), _f(Category.HIDDEN, 0.5)])
    assert two < one < 0.85


def test_many_weak_findings_of_one_kind_are_bounded() -> None:
    trust = chunk_trust(1.0, [_f(Category.INVISIBLE, 0.2)] * 100)
    assert trust >= 0.85


def test_flag_counts_half() -> None:
    assert chunk_trust(1.0, [_f(Category.ROLE_SPOOF, 0.8, Action.FLAG)]) > chunk_trust(
        1.0, [_f(Category.ROLE_SPOOF, 0.8)]
    )
