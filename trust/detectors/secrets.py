"""Secrets: provider rule table (`trust/secret_rules.py`), keyword/value pairs, SQL and CLI
passwords, and high-entropy values in assignments. Redacts the value only (not the key).

A finding carries `secret_type` and a keyed fingerprint (HMAC-SHA256 of the value, truncated),
never the value. Placeholders, environment references, UUIDs, git SHAs and checksums without a
secret-naming key are not secrets; the filters are plain functions in `trust/secret_filters.py`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterator
from typing import ClassVar

from trust.findings import Action, Category, Finding, Span
from trust.registry import register
from trust.secret_filters import (
    is_checksum_or_id,
    is_placeholder,
    key_is_weak,
    key_names_secret,
    looks_random,
    secret_type_for_key,
)
from trust.secret_rules import RULES

DEFAULT_FINGERPRINT_KEY = b"hardrag-trust-fingerprint-v1"  # not a secret: pass a deployment key instead
FINGERPRINT_CHARS = 16

# key<sep>: "password": , PASSWORD=, pw:, $pass = , 'access_key' => , secret := , token != ; the value is
# read separately so that a non-secret key never swallows the text after it (URLs, "user:x/pass:y").
_KEY_SEP = re.compile(r"(?P<k>[A-Za-z_$@][\w.$-]{0,60})[\"'\]]?[ \t]*(?P<sep>:=|=>|->|[!=]==?|=|:|,|[ \t]is)[ \t]*")
# A quoted value may contain the other quote characters ("7`D'}/v…"); an unquoted one ends at a delimiter.
_VALUE = re.compile(
    r"\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})'|`(?P<bq>[^`\n]{1,200})`|\\\"(?P<eq>[^\"\\\n]{1,200})\\\""
    r"|&quot;(?P<hq>(?:(?!&quot;)[^\n]){1,200})&quot;|(?P<s>[^\s,;\"'`<>(){}\[\]&]{1,200})"
)
_QUOTED = ("dq", "sq", "bq", "eq", "hq")
_SQL = re.compile(
    r"(?i:IDENTIFIED\s+(?:WITH\s+\S+\s+)?(?:BY|AS)|\bPASSWORD\s*\(|(?:WITH|ENCRYPTED|LOGIN|ROLE\s+\S+|USER\s+\S+)"
    r"\s+PASSWORD(?:\s*=)?)\s*(?P<q>['\"])(?P<s>[^'\"\n]{1,128})['\"]"
    r"|(?i:IDENTIFIED\s+BY|WITH\s+(?:LOGIN\s+)?PASSWORD)\s+(?P<u>[^\s'\";]*\d[^\s'\";]*)"
)
_CLI = re.compile(
    r"(?:^|[\s\"'])(?:--?[\w-]{0,20}(?:password|passwd|pass|passphrase|pw|pwd|token|Token|api-?key|secret|bearer)"
    r"|-Password|-p)(?:=|[ \t]+)(?P<q>[\"'])?(?P<s>[^\s\"']{4,128})"
)
_CLI_ATTACHED = re.compile(r"\bmysql(?:dump|admin)?\b[^\n]*?\s-p(?P<s>[^\s\"'-][^\s\"']{3,127})")
_USER_PASS = re.compile(r"(?:\bcurl\b[^\n]*?\s-u|--user|USERPWD,)[ \t]+[\"']?[^\s:\"']{1,64}:(?P<s>[^\s\"'@]{3,128})")
_ENTROPY_VALUE = re.compile(r"^[A-Za-z0-9+/=_.~-]{16,}$")


def fingerprint(value: str, key: bytes = DEFAULT_FINGERPRINT_KEY) -> str:
    """Keyed fingerprint of a secret value: HMAC-SHA256, hex, truncated to FINGERPRINT_CHARS."""
    return hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:FINGERPRINT_CHARS]


@register
class Secrets:
    name: ClassVar[str] = "secrets"
    version: ClassVar[str] = "1"
    raw: ClassVar[bool] = False

    def __init__(self, fingerprint_key: bytes = DEFAULT_FINGERPRINT_KEY) -> None:
        self._key = fingerprint_key

    def detect(self, text: str) -> Iterator[Finding]:
        candidates = list(self._candidates(text))
        # One finding per value: provider rules beat keyword rules beat entropy.
        candidates.sort(key=lambda c: (-c[3], -(c[1] - c[0]), c[0]))
        taken: list[tuple[int, int]] = []
        for start, end, secret_type, score, rule in candidates:
            if end <= start or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
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

    def _candidates(self, text: str) -> Iterator[tuple[int, int, str, float, str]]:
        lower = text.lower()
        for rule in RULES:
            if rule.keys and not any(k in lower for k in rule.keys):
                continue
            for m in rule.pattern.finditer(text):
                group = "s" if "s" in rule.pattern.groupindex and m.group("s") is not None else 0
                value = m.group(group)
                if rule.secret_type == "api_key" and not looks_random(value):
                    continue
                if rule.secret_type != "private_key" and not value.startswith("http") and is_placeholder(value):
                    continue
                start, end = m.span(group)
                yield start, end, rule.secret_type, rule.score, rule.secret_type
        yield from _keyword_values(text)
        for pattern, secret_type, rule in (
            (_SQL, "password", "sql_password"),
            (_CLI, "password", "cli_password"),
            (_CLI_ATTACHED, "password", "cli_password"),
            (_USER_PASS, "password", "cli_user_password"),
        ):
            for m in pattern.finditer(text):
                group = "s" if m.group("s") is not None else "u"
                value = m.group(group)
                if rule == "cli_password" and not m.groupdict().get("q") and not _cli_value_ok(value):
                    continue
                if not is_placeholder(value):
                    yield m.start(group), m.end(group), secret_type, 0.8, rule


def _cli_value_ok(value: str) -> bool:
    # "-p 8080", "mkdir -p /tmp/x", "-p {{password}}": a bare value must look like a password.
    if value[0] in "/.~$%{<[" or value.isdigit() or (":" in value and value.split(":")[0].isdigit()):
        return False
    return (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)) or not value.isalnum()


def _keyword_values(text: str) -> Iterator[tuple[int, int, str, float, str]]:
    pos = 0
    while (m := _KEY_SEP.search(text, pos)) is not None:
        pos = m.end()
        key = m.group("k")
        if not key_names_secret(key):
            # Retry just after the key's first character so "localhost:8080/x?token=…" finds "token".
            pos = m.start("sep") if m.group("sep") != ":" else m.end("sep")
            pos = max(pos, m.start() + 1)
            continue
        v = _VALUE.match(text, m.end())
        if v is None:
            continue
        group = next((g for g in _QUOTED if v.group(g) is not None), "s")
        quote, value = (None if group == "s" else group), v.group(group).rstrip()
        if quote is None:
            value = value.rstrip(".")
        if m.group("sep") in (",", " is", "\tis") and (quote is None or (m.group("sep") == "," and not key.isupper())):
            continue  # "CURLOPT_PASSWORD, \"x\"" and "password is 'x'" only with a quoted literal
        if len(value) < 4 or is_placeholder(value):
            continue
        if (
            quote is None
            and not _config_line(text, m, key)
            and (_is_code_reference(value) or not any(not c.isalpha() for c in value))
        ):
            continue  # prose or code: "Enter token : This", "password = request.form"
        if ":" in value and _is_code_reference(value):
            continue  # an entry point ("detect_secrets.main:main"), not a literal
        if key_is_weak(key) and not looks_random(value):
            continue
        if quote is None and text.startswith("(", v.end()):
            continue  # a function call, not a literal
        pos = v.start(group) + len(value)
        yield v.start(group), pos, secret_type_for_key(key), 0.75, "keyword_value"
    yield from _entropy_values(text)


def _config_line(text: str, m: re.Match[str], key: str) -> bool:
    """KEY=value or key: value at the start of a line (env/YAML/ini): unquoted literals are normal there."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    at_start = not text[line_start : m.start()].strip(" \t#-") or text[line_start : m.start()].strip() == "export"
    return at_start and (key.isupper() or m.group("sep") in (":", "="))


_ASSIGN = re.compile(
    r"(?m)^[ \t]*(?:export[ \t]+)?[\"']?(?P<k>[A-Za-z_][\w.-]{1,60})[\"']?[ \t]*[:=][ \t]*"
    r"(?P<q>[\"']?)(?P<s>[^\s\"']{16,256})(?P=q)[ \t,;]*$"
)


def _entropy_values(text: str) -> Iterator[tuple[int, int, str, float, str]]:
    """High-entropy values assigned in env/config lines whose key does not name an id or a checksum."""
    for m in _ASSIGN.finditer(text):
        key, value = m.group("k"), m.group("s")
        if not _ENTROPY_VALUE.match(value) or is_checksum_or_id(key, value) or is_placeholder(value):
            continue
        if looks_random(value, strict=True):
            yield m.start("s"), m.end("s"), "high_entropy_string", 0.6, "high_entropy_assignment"


_CODE_REF = re.compile(r"^(?:[a-z_][a-z_]*(?:\.[a-z_]+)*(?::[a-z_]\w*)?|[A-Z_]+|[a-z]+(?:[A-Z][a-z]+)+)$")


def _is_code_reference(value: str) -> bool:
    """An unquoted value that reads as a variable, constant or attribute name, not a literal."""
    return bool(_CODE_REF.match(value)) and not any(c.isdigit() for c in value)
