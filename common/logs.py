"""Logging setup: key=value records of ids, counts and codes, with a last-resort secret scrub.

Code logs ids and codes, never content; the filter below is the backstop in case a message
ever carries text: anything the secrets detector flags is replaced by its typed placeholder.
"""

from __future__ import annotations

import logging

from common.settings import Settings
from trust import redact_secrets_text

_RESERVED = set(vars(logging.makeLogRecord({})))


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        extras = {k: v for k, v in vars(record).items() if k not in _RESERVED and not k.startswith("_")}
        return base + "".join(f" {k}={v}" for k, v in extras.items())


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        cleaned = redact_secrets_text(msg)
        if cleaned != msg:
            record.msg, record.args = cleaned, None
        return True


def configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactSecrets())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
