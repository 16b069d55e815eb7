"""Secret redaction on its own, for log lines and other text that is not a document chunk:
`redact_secrets_text(text)` replaces every secret value with "[REDACTED:<secret_type>]" and
leaves everything else byte for byte (no markup stripping, no normalisation of the output).
"""

from __future__ import annotations

from functools import lru_cache

from trust.detectors.secrets import DEFAULT_FINGERPRINT_KEY, Secrets
from trust.findings import Finding
from trust.sanitize import sanitize
from trust.scan import scan


@lru_cache(maxsize=8)
def secrets_detector(fingerprint_key: bytes = DEFAULT_FINGERPRINT_KEY) -> Secrets:
    """A shared secrets detector whose fingerprints are keyed with `fingerprint_key`."""
    return Secrets(fingerprint_key)


def find_secrets(text: str, *, fingerprint_key: bytes | None = None) -> tuple[Finding, ...]:
    """Secret findings only (type, span, keyed fingerprint; never the value)."""
    return scan(text, [secrets_detector(fingerprint_key or DEFAULT_FINGERPRINT_KEY)]).findings


def redact_secrets_text(text: str, *, fingerprint_key: bytes | None = None) -> str:
    """`text` with each secret value replaced by its typed placeholder."""
    if not text:
        return text
    return sanitize(text, find_secrets(text, fingerprint_key=fingerprint_key)).text
