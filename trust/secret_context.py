"""Secrets named by code or prose around them rather than by a `key = value` pair: setter calls
(`setPassword("…")`), credential constructors and auth tuples (`HTTPBasicAuth("user", "…")`,
`auth=("user", "…")`), name/value lists (Kubernetes `env:`, ECS/Terraform), property lists
(`<key>password</key><string>…</string>`), database CLIs (`sqlcmd -P`), `net user`, piped
`docker login --password-stdin`, and short prose ("the API key is …", "password for root: …").

Candidates are `(start, end, secret_type, score, rule)` like the other secret sources; only the value
is a candidate. Every family runs behind a substring prefilter, so text without these cues pays one
`in` test per family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trust.secret_candidate import Candidate
from trust.secret_fakes import is_fake_token, is_slug, is_word_sequence
from trust.secret_filters import (
    is_descriptive,
    is_env_var_name,
    is_placeholder,
    key_is_weak,
    key_names_secret,
    looks_random,
    secret_type_for_key,
)

_LIT = r"(?P<q{n}>[\"'])(?P<v{n}>[^\"'\n]{{1,128}})(?P=q{n})"


def _lit(n: int) -> str:
    return _LIT.format(n=n)


# Calls are found from their opening "(" followed by a literal (a cheap literal-first scan), then the function
# name is read backwards: a pattern that starts at every identifier would cost more than all other families.
_CALL_OPEN = re.compile(r"\(\s*(?P<pre>[\w.]+\s*,\s*)?(?=[\"'])")
_FUNC_BEFORE = re.compile(r"(?<![\w$])(?P<f>[A-Za-z_][\w.]{0,62})\s*$")
_ONE_ARG = re.compile(_lit(1) + r"\s*\)")
_TWO_ARGS = re.compile(_lit(1) + r"\s*,\s*" + _lit(2) + r"\s*[,)]")
# setPassword("…"), .withApiKey('…'), builder.password("…"), set_secret("…"): one literal argument.
_SETTER_PREFIX = re.compile(r"^(?:set|with|use|put)_?(?=[A-Za-z])")
# Verbs whose argument is checked, hashed or looked up, not configured: checkPassword("x") is a test input.
_NOT_SETTER = re.compile(
    r"^(?i:get|read|load|fetch|find|has|is|validate|check|verify|hash|encrypt|decrypt|encode|"
    r"reset|forgot|generate|gen|create|new|make|parse|lookup|require|expect|assert|mask|redact)"
)
# HTTPBasicAuth("user", "…"), new UsernamePasswordCredentials("u", "…"), smtp.login("u", "…"),
# DriverManager.getConnection(url, "u", "…"), new NetworkCredential("u", "…"), auth=("u", "…").
_AUTH_FUNC = re.compile(
    r"(?:BasicAuth|Credentials?|PasswordAuthentication|basic_auth|basicAuth|login|Login|authenticate|Authenticate|"
    r"getConnection|auth)$"
)
_AUTH_TUPLE = re.compile(r"\bauth\s*[=:]\s*[(\[]\s*" + _lit(1) + r"\s*,\s*" + _lit(2) + r"\s*[)\]]")
# - name: DB_PASSWORD\n  value: "…"  |  {"name": "API_TOKEN", "value": "…"}  |  { name = "SECRET", value = "…" }
_NAME_VALUE = re.compile(
    r"\bname[\"']?[ \t]*[:=][ \t]*[\"']?(?P<k>[A-Za-z_][\w.-]{1,60})[\"']?[ \t]*(?:,[ \t]*|\r?\n[ \t-]*)"
    r"[\"']?value[\"']?[ \t]*[:=][ \t]*(?:" + _lit(1) + r"|(?P<u>[^\s\"',}]{4,128}))"
)
_PLIST = re.compile(r"<key>(?P<k>[^<>\n]{1,60})</key>\s*<string>(?P<s>[^<>\s]{4,128})</string>")
_DB_CLI = re.compile(r"\b(?:sqlcmd|osql|isql|bcp)\b[^\n]*?[ \t]-P[ \t]*(?P<q>[\"']?)(?P<s>[^\s\"']{3,128})")
_NET_USER = re.compile(r"\bnet\s+user\s+[^\s/]+\s+(?P<q>[\"']?)(?P<s>[^\s\"'/*][^\s\"']{3,127})")
_STDIN = re.compile(r"\becho\s+(?:-n\s+)?(?P<q>[\"']?)(?P<s>[^\s\"'|$]{4,128})(?P=q)\s*\|[^\n]*?--password-stdin")
# ODBC / ADO.NET values may be wrapped in braces to carry ";": Pwd={a;b}.
_BRACED = re.compile(
    r"(?i:\b(?:pwd|password)[ \t]*=[ \t]*)\{(?P<s>[^{}\n]{3,128})\}(?=[ \t]*(?:;|$|[\"']))", re.MULTILINE
)
# Groovy / Gradle / Ruby DSL lines: `password 'x'`, `apiKey "x"` (a key, blanks, one quoted literal, end of line).
_DSL_LINE = re.compile(r"(?m)^[ \t]*(?P<k>[A-Za-z_][\w.]{1,40})[ \t]+" + _lit(1) + r"[ \t;,]*$")
# Server config directives whose argument is a password: Redis requirepass / masterauth, OpenLDAP rootpw,
# keepalived auth_pass; Cisco IOS "password 7 <hex>" (type 7 is a reversible encoding) and "password 0 <clear>".
_DIRECTIVE = re.compile(
    r"(?m)^[ \t]*(?:requirepass|masterauth|rootpw|auth_pass)[ \t]+(?P<q>[\"']?)(?P<s>[^\s\"'{]{4,128})"
    r"|\b(?:password|secret|key-string|key)[ \t]+(?:7[ \t]+(?P<h>[0-9A-Fa-f]{4,128})\b|0[ \t]+(?P<c>[^\s\"']{4,128}))"
)
# .pgpass lines: host:port:database:user:password (port digits or *).
_PGPASS = re.compile(r"(?m)^(?:[\w-]+\.[\w.-]+|localhost|\*):(?:\d{2,5}|\*):[\w*.-]+:[\w*.@-]+:(?P<s>[^\s:]{4,128})$")
# Jenkins prints the initial admin password after this sentence; the crumb header is a CSRF session token.
_JENKINS = re.compile(
    r"password to proceed to installation:?\s*(?P<s>[0-9a-f]{32})\b"
    r"|Jenkins-Crumb[\"']?\s*[:=]\s*[\"']?(?P<c>[0-9a-f]{32,64})\b"
)
# "The API key is 3kT…", "password for root is …", "password for master: …", "secret of the app = …". A plain
# "password: …" / "key = …" is the key/value scanner's (it knows config lines from prose).
_PROSE = re.compile(
    r"(?i:\b(?P<k>password|passwd|passphrase|pwd|api[ _-]?key|secret(?:[ _-]key)?"
    r"|(?:access|auth|api|bearer)[ _-]?token))"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[\w.@-]{1,40}\s*(?::|=|\bis\b)|\s+(?:is|was))\s*(?P<q>[\"'`])?"
    r"(?P<s>[^\s\"'`<>]{6,128})"
)


def context_candidates(text: str) -> Iterator[Candidate]:
    """Every context-named secret in `text` that the key/value scanner does not see."""
    lower = text.lower()
    if "(" in text:
        yield from _calls(text)
    if "value" in lower and "name" in lower:
        yield from _name_values(text)
    if "={" in text or "= {" in text:
        for m in _BRACED.finditer(text):
            if _password_ok(m.group("s")):
                yield m.start("s"), m.end("s"), "password", 0.8, "braced_password"
    if "<key>" in text:
        for m in _PLIST.finditer(text):
            if _strong_key(m.group("k")) and _value_ok(m.group("k"), m.group("s")):
                yield m.start("s"), m.end("s"), secret_type_for_key(m.group("k")), 0.75, "plist_value"
    for cue, pattern, rule in (
        (("sqlcmd", "osql", "isql", "bcp"), _DB_CLI, "cli_password"),
        (("net user",), _NET_USER, "cli_password"),
        (("password-stdin",), _STDIN, "cli_password"),
    ):
        if any(c in lower for c in cue):
            for m in pattern.finditer(text):
                value = m.group("s")
                if _password_ok(value) and (m.group("q") or _cli_shape(value)):
                    yield m.start("s"), m.end("s"), "password", 0.8, rule
    yield from _prose(text, lower)
    yield from _config_directives(text, lower)


def _config_directives(text: str, lower: str) -> Iterator[Candidate]:
    if any(w in lower for w in ("pass", "secret", "token", "key", "pwd", "auth")):
        for m in _DSL_LINE.finditer(text):
            key, value = m.group("k"), m.group("v1")
            if key_names_secret(key) and _value_ok(key, value) and (not key_is_weak(key) or looks_random(value)):
                yield m.start("v1"), m.end("v1"), secret_type_for_key(key), 0.75, "dsl_value"
    if any(w in lower for w in ("requirepass", "masterauth", "rootpw", "auth_pass", " 7 ", " 0 ")):
        for m in _DIRECTIVE.finditer(text):
            group = next(g for g in ("s", "h", "c") if m.group(g) is not None)
            if group == "h" or _password_ok(m.group(group)):
                yield m.start(group), m.end(group), "password", 0.8, "config_directive"
    if text.count(":") >= 4:
        for m in _PGPASS.finditer(text):
            if _password_ok(m.group("s")) and not m.group("s").isdigit():
                yield m.start("s"), m.end("s"), "password", 0.75, "pgpass_password"
    if "installation" in lower or "jenkins-crumb" in lower:
        for m in _JENKINS.finditer(text):
            group = "s" if m.group("s") is not None else "c"
            if not is_fake_token(m.group(group)):
                yield m.start(group), m.end(group), "password" if group == "s" else "token", 0.85, "jenkins_secret"


def _strong_key(key: str) -> bool:
    return key_names_secret(key) and not key_is_weak(key)


def _password_ok(value: str) -> bool:
    """A literal that could be a typed password: no blanks, not a placeholder, variable name or doc marker."""
    if len(value) < 4 or any(c.isspace() for c in value):
        return False
    return not (
        is_placeholder(value) or is_env_var_name(value) or is_descriptive(value) or is_fake_token(value, typed=True)
    )


def _cli_shape(value: str) -> bool:
    # An unquoted CLI value must look typed rather than be a word or a flag: a digit or a symbol besides letters.
    return not value.startswith("-") and (not value.isalpha() or looks_random(value))


def _value_ok(key: str, value: str) -> bool:
    if not _password_ok(value):
        return False
    if secret_type_for_key(key) == "password":
        return True
    # Tokens and keys are generated: long, not words, not a slug of words.
    return len(value) >= 8 and not is_slug(value) and not is_word_sequence(value) and looks_random(value)


def _calls(text: str) -> Iterator[Candidate]:
    """Setter calls (one literal argument) and credential calls (user literal, then password literal)."""
    for m in _CALL_OPEN.finditer(text):
        f = _FUNC_BEFORE.search(text, max(0, m.start() - 64), m.start())
        if f is None:
            continue
        func = f.group("f")
        if m.group("pre") is None and (one := _ONE_ARG.match(text, m.end())) is not None:
            name = _SETTER_PREFIX.sub("", func.rsplit(".", 1)[-1])
            value = one.group("v1")
            if (
                not _NOT_SETTER.match(func.rsplit(".", 1)[-1])
                and key_names_secret(name)
                and _value_ok(name, value)
                and (not key_is_weak(name) or looks_random(value))
            ):
                yield one.start("v1"), one.end("v1"), secret_type_for_key(name), 0.75, "setter_value"
        elif _AUTH_FUNC.search(func) and (two := _TWO_ARGS.match(text, m.end())) is not None:
            user, value = two.group("v1"), two.group("v2")
            if user != value and _password_ok(value):
                yield two.start("v2"), two.end("v2"), "password", 0.75, "auth_call_password"
    if "auth" in text:
        for m in _AUTH_TUPLE.finditer(text):
            user, value = m.group("v1"), m.group("v2")
            if user != value and _password_ok(value):
                yield m.start("v2"), m.end("v2"), "password", 0.75, "auth_call_password"


def _name_values(text: str) -> Iterator[Candidate]:
    for m in _NAME_VALUE.finditer(text):
        key = m.group("k")
        group = "v1" if m.group("v1") is not None else "u"
        value = m.group(group)
        if key_names_secret(key) and _value_ok(key, value) and (not key_is_weak(key) or looks_random(value)):
            yield m.start(group), m.end(group), secret_type_for_key(key), 0.75, "name_value"


def _prose(text: str, lower: str) -> Iterator[Candidate]:
    if not any(w in lower for w in ("password", "passwd", "passphrase", "pwd", "key", "secret", "token")):
        return
    for m in _PROSE.finditer(text):
        value = m.group("s").rstrip(".,;:!?)")
        quoted = m.group("q") is not None
        if len(value) < 6 or not _password_ok(value) or value.endswith(":"):
            continue
        # Unquoted prose values must read as generated or typed secrets, not as the next word of a sentence.
        has_digit = any(c.isdigit() for c in value)
        if not quoted and not (has_digit and any(c.isalpha() for c in value) and looks_random(value)):
            continue
        key = m.group("k")
        if secret_type_for_key(key) != "password" and not looks_random(value):
            continue
        yield m.start("s"), m.start("s") + len(value), secret_type_for_key(key), 0.7, "prose_value"
