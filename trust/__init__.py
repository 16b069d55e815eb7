"""hardrag's pure security core: detectors, sanitising and trust scoring for document chunks.

Functions of text only: no I/O, no logging, nothing imported from the rest of hardrag. The public
names below are a stable API for the ingestion pipeline; see STYLE.md section 3 for the detector
interface (`register`, `get_detectors`, `scan`, `sanitize`).
"""

from trust.chunk import ChunkVerdict, sanitize_chunk
from trust.findings import Action, Category, Finding, Span
from trust.hidden_html import strip_hidden_html
from trust.normalize import clean_evidence, detection_view
from trust.redact import find_secrets, redact_secrets_text
from trust.registry import Detector, detector_versions, get_detectors, register
from trust.sanitize import Sanitized, sanitize, strip_markup
from trust.scan import ScanResult, scan
from trust.score import chunk_trust, tier_base_trust

__all__ = [
    "Action",
    "Category",
    "ChunkVerdict",
    "Detector",
    "Finding",
    "Sanitized",
    "ScanResult",
    "Span",
    "chunk_trust",
    "clean_evidence",
    "detection_view",
    "detector_versions",
    "find_secrets",
    "get_detectors",
    "redact_secrets_text",
    "register",
    "sanitize",
    "sanitize_chunk",
    "scan",
    "strip_hidden_html",
    "strip_markup",
    "tier_base_trust",
]
