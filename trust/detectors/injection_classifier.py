"""Instruction-shaped sentences found by a small fitted linear model (`trust/injection_model.py`),
complementing the hand-written rules of `injection.py` on indirect and non-English phrasings.
Each sentence (or long-sentence clause) is scored on its own; a sentence at or above the
threshold is removed, or only flagged when it is quoted/reported inside a discussion of attacks.
The shipped weights and threshold come from `trust/injection_weights.py` (written by
`python -m bench.detection --write-model`); a different model can be passed to the constructor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from trust.context import is_quoted_discussion, widen_to_paragraphs
from trust.findings import Action, Category, Finding, Span
from trust.injection_model import decode_weights, features, score
from trust.registry import register
from trust.segment import sentence_bounds

FLAG_SCORE = 0.3
MIN_UNIT = 12  # characters: "OK." or a heading alone says nothing


def sentence_units(text: str) -> list[tuple[int, int]]:
    """The units the model scores: sentences of `text`, whitespace trimmed, long ones cut at 400 chars."""
    bounds = sentence_bounds(text)
    units: list[tuple[int, int]] = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        for cs in range(s, e, 400):
            ce = min(e, cs + 400)
            if ce - cs >= MIN_UNIT:
                units.append((cs, ce))
    return units


@register
class InjectionClassifier:
    name: ClassVar[str] = "injection_classifier"
    version: ClassVar[str] = "1"
    raw: ClassVar[bool] = False

    def __init__(self, model: tuple[dict[int, float], float, float] | None = None) -> None:
        if model is None:
            from trust.injection_weights import MODEL  # generated data module, decoded once

            model = decode_weights(MODEL)
        self._weights, self._bias, self._threshold = model

    def probabilities(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, probability) for every unit of `text`."""
        return [(s, e, score(self._weights, self._bias, features(text[s:e]))) for s, e in sentence_units(text)]

    def detect(self, text: str) -> Iterator[Finding]:
        removed: list[tuple[int, int]] = []
        for s, e, p in self.probabilities(text):
            if p < self._threshold:
                continue
            discussed = is_quoted_discussion(text, s, e)
            if not discussed:
                removed.append((s, e))
            yield Finding(self.name, "sentence_model", Category.INJECTION, Span(s, e),
                          FLAG_SCORE if discussed else round(p, 4), Action.FLAG if discussed else Action.REMOVE,
                          self.version)
        for s, e in widen_to_paragraphs(text, removed):
            yield Finding(self.name, "paragraph", Category.INJECTION, Span(s, e), 0.8, Action.REMOVE, self.version)
