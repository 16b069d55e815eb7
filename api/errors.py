"""Turn every failure into `{"error": {"code", "message", "request_id"}}`, never a traceback.

Validation messages name the field and the rule but never echo the submitted value: request
bodies may hold secrets.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from common.errors import HardragError

log = logging.getLogger(__name__)

_HTTP_CODES = {404: "route.not_found", 405: "route.method_not_allowed", 413: "request.too_large"}


def error_response(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None):
    rid = getattr(request.state, "request_id", "")
    return JSONResponse(
        {"error": {"code": code, "message": message, "request_id": rid}}, status_code=status, headers=headers
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HardragError)
    async def _hardrag(request: Request, exc: HardragError) -> JSONResponse:
        return error_response(request, exc.status, exc.code, exc.message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(request, 400, "request.malformed_json", "the request body is not valid JSON")
        parts = []
        for e in errors[:10]:
            loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
            parts.append(f"{loc}: {e.get('msg', 'invalid')}")
        return error_response(request, 422, "request.invalid", "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, f"http.{exc.status_code}")
        return error_response(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(DBAPIError)
    async def _database_down(request: Request, exc: DBAPIError) -> JSONResponse:
        # Connection-level failures mean the database is unreachable; anything else is our bug.
        if isinstance(exc, OperationalError) or exc.connection_invalidated:
            log.warning("database unavailable", extra={"request_id": getattr(request.state, "request_id", "")})
            return error_response(
                request,
                503,
                "service.unavailable",
                "the database is unavailable; retry later",
                headers={"Retry-After": "5"},
            )
        return await _unexpected(request, exc)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error(
            "unhandled error",
            extra={"request_id": getattr(request.state, "request_id", ""), "error": type(exc).__name__},
        )
        return error_response(request, 500, "internal", "internal error; quote the request_id when reporting it")
