"""Secrets: provider rule table (`trust/secret_rules.py`), context-named values (`trust/secret_keywords.py`:
key/value pairs, SQL and CLI passwords, env-lookup defaults, high-entropy assignments; `trust/secret_context.py`:
setter and auth calls, name/value lists, plists, prose) and structure-checked or paired secrets
(`trust/secret_structured.py`). Redacts the value only (not the key).

A finding carries `secret_type` and a keyed fingerprint (HMAC-SHA256 of the value, truncated),
never the value. Placeholders, environment references, UUIDs, git SHAs, checksums and documentation
fakes are not secrets; the filters are plain functions in `trust/secret_filters.py`.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import hmac
import re
from collections.abc import Iterator
from typing import ClassVar

from trust.findings import Action, Category, Finding, Span
from trust.regex_literals import RuleFilter
from trust.registry import register
from trust.secret_candidate import Candidate
from trust.secret_context import context_candidates
from trust.secret_fakes import crc32_token_valid, is_fake_token
from trust.secret_filters import is_descriptive, is_placeholder, looks_random
from trust.secret_keywords import keyword_candidates
from trust.secret_rules import RULES
from trust.secret_structured import mask_ansi, pem_ok, structured_candidates

_HOST_SUFFIX = re.compile(r"\.[a-z][a-z0-9-]*\.[a-z]{2,}\b")

DEFAULT_FINGERPRINT_KEY = b"hardrag-trust-fingerprint-v1"  # not a secret: pass a deployment key instead
FINGERPRINT_CHARS = 16


def fingerprint(value: str, key: bytes = DEFAULT_FINGERPRINT_KEY) -> str:
    """Keyed fingerprint of a secret value: HMAC-SHA256, hex, truncated to FINGERPRINT_CHARS."""
    return hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:FINGERPRINT_CHARS]


@register
class Secrets:
    name: ClassVar[str] = "secrets"
    version: ClassVar[str] = "2"
    raw: ClassVar[bool] = False

    def __init__(self, fingerprint_key: bytes = DEFAULT_FINGERPRINT_KEY) -> None:
        self._key = fingerprint_key

    def detect(self, text: str) -> Iterator[Finding]:
        scan_text = mask_ansi(text)
        candidates = [
            *_rule_candidates(scan_text),
            *keyword_candidates(scan_text),
            *context_candidates(scan_text),
            *structured_candidates(scan_text),
        ]
        # One finding per value: provider rules beat keyword rules beat entropy.
        candidates.sort(key=lambda c: (-c[3], -(c[1] - c[0]), c[0]))
        allowed = _allowlisted_lines(scan_text)
        newlines = [i for i, c in enumerate(scan_text) if c == "\n"] if allowed else []
        # Taken spans never overlap, so sorted starts plus a predecessor check is an exact overlap test
        # (a linear scan of all taken spans is quadratic on a text with thousands of candidates).
        starts: list[int] = []
        ends: list[int] = []
        for start, end, secret_type, score, rule in candidates:
            i = bisect.bisect_left(starts, end)
            if end <= start or (i and ends[i - 1] > start):
                continue
            if allowed and bisect.bisect_left(newlines, start) in allowed:
                continue
            starts.insert(i, start)
            ends.insert(i, end)
            yield Finding(
                self.name,
                rule,
                Category.SECRET,
                Span(start, end),
                score,
                Action.REDACT,
                self.version,
                secret_type=secret_type,
                fingerprint=fingerprint(text[start:end], self._key),
            )


@functools.cache
def _filter() -> RuleFilter:
    # Built on first use (parsing 130 patterns would slow every import): a rule runs when one of its keys
    # occurs and the literals its pattern implies do.
    return RuleFilter([(rule.pattern, rule.keys) for rule in RULES])


def _rule_candidates(text: str) -> Iterator[Candidate]:
    for i in _filter().passing(text):
        rule = RULES[i]
        for m in rule.pattern.finditer(text):
            group = "s" if "s" in rule.pattern.groupindex and m.group("s") is not None else 0
            value = m.group(group)
            if rule.secret_type == "private_key":
                if not pem_ok(text, m.start(), m.end()):
                    continue
            elif not value.startswith("http") and (is_placeholder(value) or is_descriptive(value)):
                continue
            elif is_fake_token(value, typed=not rule.fakes, phrases=False) and not crc32_token_valid(value):
                continue  # typed (password) rules only drop "example"-style values, generated ones also sequences
            if rule.secret_type == "api_key" and not looks_random(value):
                continue
            if rule.check is not None and not rule.check(value):
                continue
            start, end = m.span(group)
            if _HOST_SUFFIX.match(text, end):
                continue  # "akab-….luna.akamaiapis.net": the token shape is a host name label here
            yield start, end, rule.secret_type, rule.score, rule.secret_type


# detect-secrets' "pragma: allowlist secret" / "pragma: allowlist nextline secret" and gitleaks' "gitleaks:allow":
# the author marked the line as a known non-secret (a test fixture), as those scanners document.
_ALLOW = re.compile(r"pragma:\s*allowlist\s+(?P<next>nextline\s+)?secret|gitleaks:allow")


def _allowlisted_lines(text: str) -> set[int]:
    """0-based line numbers whose findings the author allowlisted."""
    if "allow" not in text:
        return set()
    lines: set[int] = set()
    line = pos = 0
    for m in _ALLOW.finditer(text):
        line += text.count("\n", pos, m.start())  # incremental: one pass over the text in total
        pos = m.start()
        lines.add(line + (1 if m.group("next") else 0))
    return lines
