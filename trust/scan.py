"""The only runner: normalise once, run detectors in their fixed order, map spans back, merge.

Detectors with `raw = False` read the detection view (`normalize.detection_view`) and their
spans are mapped back to the caller's string; `raw = True` detectors read the string itself.
Overlapping findings of the same detector, rule and action are merged (union span, highest
score); findings of different detectors are all kept, since each is a separate provenance fact.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from time import perf_counter

from trust.findings import Finding
from trust.normalize import View, detection_view
from trust.registry import Detector, get_detectors


@dataclass(frozen=True, slots=True)
class ScanResult:
    findings: tuple[Finding, ...]
    timings: dict[str, float] = field(default_factory=dict)  # detector name -> seconds


def scan(text: str, detectors: Sequence[Detector] | None = None) -> ScanResult:
    """All findings for `text` (spans index `text`), plus per-detector timings."""
    dets = get_detectors() if detectors is None else detectors
    view: View | None = None
    found: list[Finding] = []
    timings: dict[str, float] = {}
    for det in dets:
        t0 = perf_counter()
        if getattr(det, "raw", False):
            found.extend(det.detect(text))
        else:
            if view is None:
                view = detection_view(text)
            found.extend(_to_source(f, view) for f in det.detect(view.text))
        timings[det.name] = timings.get(det.name, 0.0) + perf_counter() - t0
    return ScanResult(merge_findings(found), timings)


def _to_source(finding: Finding, view: View) -> Finding:
    if view.starts is None:
        return finding
    return dataclasses.replace(finding, span=view.to_source(finding.span.start, finding.span.end))


def merge_findings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Union overlapping findings that agree on detector, rule and action; sort by position."""
    groups: dict[tuple[str, str, str, str | None], list[Finding]] = {}
    for f in findings:
        if len(f.span) == 0:
            continue
        groups.setdefault((f.detector, f.rule, str(f.action), f.secret_type), []).append(f)
    merged: list[Finding] = []
    for group in groups.values():
        group.sort(key=lambda f: (f.span.start, f.span.end))
        cur = group[0]
        for f in group[1:]:
            if f.span.start < cur.span.end and f.fingerprint == cur.fingerprint:
                span = dataclasses.replace(cur.span, end=max(cur.span.end, f.span.end))
                cur = dataclasses.replace(cur, span=span, score=max(cur.score, f.score))
            else:
                merged.append(cur)
                cur = f
        merged.append(cur)
    merged.sort(key=lambda f: (f.span.start, f.span.end, f.detector, f.rule))
    return tuple(merged)
