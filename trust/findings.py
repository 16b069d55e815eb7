"""Data shapes shared by every detector: where (span), what (category, rule), how sure, what to do.

A finding never carries the matched text. Callers slice the input if they must show it; for
secrets only a keyed fingerprint is kept, so a finding can be logged or stored as provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    INJECTION = "injection"
    HIDDEN = "hidden"
    INVISIBLE = "invisible"
    ROLE_SPOOF = "role_spoof"
    EXFIL = "exfil"
    ENCODED = "encoded"
    SECRET = "secret"
    MARKUP = "markup"


class Action(StrEnum):
    REMOVE = "remove"
    REDACT = "redact"
    FLAG = "flag"


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Finding:
    detector: str
    rule: str
    category: Category
    span: Span
    score: float
    action: Action
    version: str = "1"
    secret_type: str | None = None
    fingerprint: str | None = None

    def to_record(self) -> dict[str, Any]:
        """JSON-ready form for job counts and provenance; holds no matched text by construction."""
        record: dict[str, Any] = {
            "detector": self.detector,
            "version": self.version,
            "rule": self.rule,
            "category": str(self.category),
            "start": self.span.start,
            "end": self.span.end,
            "score": round(self.score, 4),
            "action": str(self.action),
        }
        if self.secret_type is not None:
            record["secret_type"] = self.secret_type
        if self.fingerprint is not None:
            record["fingerprint"] = self.fingerprint
        return record
