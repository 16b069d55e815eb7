"""Parse-time limits and :func:`parse_limited`, the pipeline's way to parse an upload.

Owns :class:`ParseLimits` (wall-clock time, memory, pages, archive/stream expansion; read from
``Settings``) and :func:`parse_limited`, which runs :func:`ingest.parse.parse_document` in a
persistent, separately started parser process (:mod:`ingest._sandbox`) under those limits:

- **time**: the caller waits at most ``timeout_seconds`` for the answer; a parser still busy
  then is killed (and replaced on the next job): ``ParseFailed`` ``parse.timeout``.
- **memory**: the parser process runs each job under ``RLIMIT_AS`` = its own footprint at the
  start of the job + ``memory_mb``. An allocation beyond it fails inside the parser
  (``MemoryError``) or kills it; either way ``ParseFailed`` ``parse.memory``, and that process is
  replaced, since a library that ran out of memory half way may have been left inconsistent.
- **pages / expansion**: ``max_pages`` (PDF) → ``parse.too_many_pages``; ``max_expanded_mb`` and
  ``max_expansion_ratio`` (DOCX packages, PDF content streams) → ``parse.failed`` naming a
  possible zip or decompression bomb. These are checked by the parsers themselves.

A failed parse raises before anything is chunked or indexed, so the job indexes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from common.settings import Settings
    from ingest.parse import ParsedDocument


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """What one parse may spend. Defaults equal the ``Settings`` defaults."""

    timeout_seconds: float = 120.0
    memory_mb: int = 2048
    max_pages: int = 2000
    max_expanded_mb: int = 256
    max_expansion_ratio: int = 200

    @property
    def max_expanded_bytes(self) -> int:
        return self.max_expanded_mb * 1024 * 1024

    @classmethod
    def from_settings(cls, settings: Settings) -> ParseLimits:
        return cls(
            timeout_seconds=settings.parse_timeout_seconds,
            memory_mb=settings.parse_memory_mb,
            max_pages=settings.parse_max_pages,
            max_expanded_mb=settings.parse_max_expanded_mb,
            max_expansion_ratio=settings.parse_max_expansion_ratio,
        )


def parse_limited(data: bytes, media_type: str, *, filename: str, settings: Settings) -> ParsedDocument:
    """Parse in the isolated parser process under the limits in ``settings``.

    Raises what ``parse_document`` raises (same exception type, code and message), plus
    ``ParseFailed`` ``parse.timeout`` / ``parse.memory``. Raises ``RuntimeError`` (a transient
    error the task layer retries) only if no parser process can be started at all.
    """
    from ingest._sandbox import parser_pool

    limits = ParseLimits.from_settings(settings)
    return parser_pool().parse(data, media_type, filename=filename, limits=limits)
