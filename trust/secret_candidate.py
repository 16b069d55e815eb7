"""The shape in which the secrets detector gathers candidate spans from its scanners
(`secret_keywords`, `secret_context`, `secret_structured` and its own rule table) before it merges,
filters and redacts them."""

from __future__ import annotations

# (start, end, secret_type, score, rule): a span into the scanned text, never the value itself.
Candidate = tuple[int, int, str, float, str]
