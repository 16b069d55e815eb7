"""Chunk trust: the source's tier as a base, lowered by what the detectors found.

    trust = base_trust × Π_c (1 − w_c · s_c)        over categories c present in the findings
    s_c   = 1 − Π_{f ∈ c} (1 − score_f)             (noisy-OR of that category's finding scores)

Weights w_c: injection 0.6, role_spoof 0.5, exfil 0.6, encoded 0.4, hidden 0.3, invisible 0.15,
secret 0.1, markup 0.0. A chunk with a certain injection (score 1) keeps at most 40 % of its base;
several weak findings of one kind cannot add up past that category's weight. Flag-only findings
count with half their score. The result is clamped to [0, 1] and rounded to 4 places.
Base trust per tier: verified 1.0, internal 0.85, partner 0.7, external 0.5, untrusted 0.2.
"""

from __future__ import annotations

from collections.abc import Iterable

from trust.findings import Action, Category, Finding

TIER_BASE_TRUST: dict[str, float] = {
    "verified": 1.0,
    "internal": 0.85,
    "partner": 0.7,
    "external": 0.5,
    "untrusted": 0.2,
}

CATEGORY_WEIGHT: dict[Category, float] = {
    Category.INJECTION: 0.6,
    Category.ROLE_SPOOF: 0.5,
    Category.EXFIL: 0.6,
    Category.ENCODED: 0.4,
    Category.HIDDEN: 0.3,
    Category.INVISIBLE: 0.15,
    Category.SECRET: 0.1,
    Category.MARKUP: 0.0,
}


def tier_base_trust(tier: str) -> float:
    """Base trust of a source tier; ValueError for an unknown tier."""
    try:
        return TIER_BASE_TRUST[tier.strip().lower()]
    except (KeyError, AttributeError):
        raise ValueError(f"unknown trust tier {tier!r}; expected one of {', '.join(TIER_BASE_TRUST)}") from None


def chunk_trust(base_trust: float, findings: Iterable[Finding]) -> float:
    """Trust of one chunk per the formula in the module docstring."""
    if not 0.0 <= base_trust <= 1.0:
        raise ValueError(f"base_trust must be in [0, 1], got {base_trust!r}")
    keep: dict[Category, float] = {}  # per category: Π (1 − score)
    for f in findings:
        score = min(max(f.score, 0.0), 1.0) * (0.5 if f.action == Action.FLAG else 1.0)
        keep[f.category] = keep.get(f.category, 1.0) * (1.0 - score)
    trust = base_trust
    for category, k in keep.items():
        trust *= 1.0 - CATEGORY_WEIGHT.get(category, 0.3) * (1.0 - k)
    return round(min(max(trust, 0.0), 1.0), 4)
