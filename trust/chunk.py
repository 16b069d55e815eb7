"""One call for the ingestion pipeline: `sanitize_chunk(text, base_trust=…) -> ChunkVerdict`.

Order: scan the raw chunk (spans index the caller's text) → apply removals and redactions →
strip markup → NFKC-where-safe and invisible-character clean-up → neutralise any reserved
delimiter re-formed by the previous steps (e.g. `&lt;|im_start|&gt;` after unescaping) → score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from trust.delimiters import neutralize
from trust.findings import Finding
from trust.normalize import clean_evidence
from trust.redact import secrets_detector
from trust.registry import Detector, get_detectors
from trust.sanitize import sanitize, strip_markup
from trust.scan import scan
from trust.score import chunk_trust


@dataclass(frozen=True, slots=True)
class ChunkVerdict:
    text: str  # clean evidence text with visible markers
    findings: tuple[Finding, ...]  # spans index the original chunk
    trust: float  # in [0, 1]; see trust/score.py
    counts: dict[str, int] = field(default_factory=dict)  # category -> number of findings
    timings: dict[str, float] = field(default_factory=dict)  # detector -> seconds

    @property
    def removed(self) -> bool:
        """True when anything was removed or redacted."""
        return any(f.action != "flag" for f in self.findings)


def sanitize_chunk(
    text: str,
    *,
    base_trust: float,
    fingerprint_key: bytes | None = None,
    detectors: Sequence[Detector] | None = None,
) -> ChunkVerdict:
    """Clean evidence text, findings, trust and counts for one chunk (see module docstring).

    `fingerprint_key` keys the HMAC fingerprints of secret findings (a deployment secret; the
    module default is public). `detectors` replaces the registered set (tests, benchmarks).
    """
    if not isinstance(text, str):
        raise TypeError("text must be str")
    dets = get_detectors() if detectors is None else list(detectors)
    if fingerprint_key is not None:
        dets = [secrets_detector(fingerprint_key) if d.name == "secrets" else d for d in dets]
    result = scan(text, dets)
    applied = sanitize(text, result.findings)
    evidence = neutralize(clean_evidence(strip_markup(applied.text)))
    counts = Counter(str(f.category) for f in result.findings)
    return ChunkVerdict(
        text=evidence.strip(),
        findings=result.findings,
        trust=chunk_trust(base_trust, result.findings),
        counts=dict(counts),
        timings=result.timings,
    )
