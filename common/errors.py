"""Every error a client or a job can see, each with a stable dotted code and an HTTP status.

Codes are public strings: add new ones, never rename. Current codes:

  request.invalid 422 · request.malformed_json 400 · request.too_large 413
  auth.missing_key 401 · auth.invalid_key 401 · auth.forbidden 403
  source.not_found 404 · source.conflict 409 · source.quarantined 409
  document.not_found 404 · job.not_found 404 · key.not_found 404 · key.revoked 409
  auth.expired_key 401 · rate.limited 429 · quota.exceeded 429
  provenance.not_found 404
  upload.empty 400 · upload.missing_file 400 · upload.too_large 413 · upload.type_not_allowed 415
  upload.type_mismatch 415
  parse.failed 422 · parse.encrypted 422 · parse.timeout 422 · parse.no_text 422
  parse.memory 422 · parse.too_many_pages 422 · request.malformed_multipart 400
  embed.failed 500 · index.failed 503 · service.unavailable 503 · internal 500
"""

from __future__ import annotations


class HardragError(Exception):
    code: str = "internal"
    status: int = 500

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class InvalidRequest(HardragError):
    code, status = "request.invalid", 422


class AuthError(HardragError):
    code, status = "auth.invalid_key", 401


class Forbidden(HardragError):
    code, status = "auth.forbidden", 403


class NotFound(HardragError):
    code, status = "not_found", 404


class Conflict(HardragError):
    code, status = "conflict", 409


class UploadRejected(HardragError):
    """A file refused at the door: empty, too large, of a type we do not ingest, or mislabelled."""

    code, status = "upload.type_not_allowed", 415


class ParseFailed(HardragError):
    """Raised by parsers; a job that hits it fails with this code and indexes nothing."""

    code, status = "parse.failed", 422


class RateLimited(HardragError):
    """Too many requests; `retry_after` seconds until a token is free (sent as Retry-After)."""

    code, status = "rate.limited", 429

    def __init__(self, message: str, *, retry_after: float, code: str | None = None) -> None:
        seconds = max(1, int(retry_after + 0.999))
        super().__init__(message, code=code, headers={"Retry-After": str(seconds)})
        self.retry_after = seconds


class ServiceUnavailable(HardragError):
    code, status = "service.unavailable", 503
