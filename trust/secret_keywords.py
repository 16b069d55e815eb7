"""Secrets named by their context rather than by their shape: `key = value` pairs whose key names a
secret (config, env files, code, JSON/YAML, XML), SQL and command-line passwords, C/RPM/batch
`define` lines, defaults of environment lookups, and high-entropy values in env/config assignments.

Each function yields candidates `(start, end, secret_type, score, rule)` over the text it is given;
`detectors/secrets.py` merges them with the provider rules. Only the value is a candidate, never
the key, so that redaction keeps `password=[REDACTED:password]` readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trust.secret_candidate import Candidate
from trust.secret_fakes import is_fake_token, is_sequence_only, is_slug, is_word_sequence, longest_repeat
from trust.secret_filters import (
    is_checksum_or_id,
    is_descriptive,
    is_env_var_name,
    is_placeholder,
    key_is_weak,
    key_names_secret,
    looks_random,
    secret_type_for_key,
)

# key<sep>: "password": , PASSWORD=, pw:, $pass = , 'access_key' => , secret := , token != , token%3D (URL-
# encoded query); the value is read separately so that a non-secret key never swallows the text after it.
_KEY_SEP = re.compile(
    r"(?P<k>[A-Za-z_$@][\w.$-]{0,60})[\"'\]]?[ \t]*(?P<sep>:=|=>|->|[!=]==?|=|:|,|[ \t]is|%3[Dd])[ \t]*"
)
# The same with a possessive key. Of the characters that can follow a key only '-' (of "->") is a key character
# too, so without "->" in the text a shorter key never matches where the longest failed: same matches, and no
# retrying every shorter key at every letter of every word.
_KEY_SEP_NO_ARROW = re.compile(_KEY_SEP.pattern.replace(r"[\w.$-]{0,60})", r"[\w.$-]{0,60}+)", 1))
# A quoted value may contain the other quote characters ("7`D'}/v…"); an unquoted one ends at a delimiter.
# "uq": a quote opened and not closed on the line (Python line continuation, '''multi-line''' strings).
_VALUE = re.compile(
    r"\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})'|`(?P<bq>[^`\n]{1,200})`|\\\"(?P<eq>[^\"\\\n]{1,200})\\\""
    r"|&quot;(?P<hq>(?:(?!&quot;)[^\n]){1,200})&quot;"
    r"|(?:\"{1,3}|'{1,3})(?P<uq>[A-Za-z0-9+/=_-]{16,200})(?=\\?[ \t]*\n|\\?[ \t]*$)"
    r"|(?P<s>[^\s,;\"'`<>(){}\[\]&]{1,200})"
)
_URL_VALUE = re.compile(r"(?P<s>[A-Za-z0-9._~+/=-]{1,200})(?=%|&|\s|$|[\"'])")
_QUOTED = ("dq", "sq", "bq", "eq", "hq", "uq")
_TYPE_THEN_ASSIGN = re.compile(r"[ \t]*(?:\[[^\]\n]{0,20}\])?[ \t]*=(?!=)[ \t]*")
_GETTER_BEFORE = re.compile(r"(?:getenv|get|environ|fetch|env|getProperty|Getenv)\(\s*[\"']?$")
_CIPHERTEXT_DOC = re.compile(r"kind:\s*SealedSecret|\$ANSIBLE_VAULT;|encryptedData:")
_HEX_NUMBER = re.compile(r"^0[xX][0-9a-fA-F]+$")
_DECIMAL = re.compile(r"^\d+\.\d+$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")

_SQL = re.compile(
    r"(?i:IDENTIFIED\s+(?:WITH\s+\S+\s+)?(?:BY|AS)|\bPASSWORD\s*\(|(?:WITH|ENCRYPTED|LOGIN|ROLE\s+\S+|USER\s+\S+)"
    r"\s+PASSWORD(?:\s*=)?)\s*(?P<q>['\"])(?P<s>[^'\"\n]{1,128})['\"]"
    r"|(?i:IDENTIFIED\s+BY|WITH\s+(?:LOGIN\s+)?PASSWORD)\s+(?P<u>[^\s'\";]*\d[^\s'\";]*)"
)
_CLI = re.compile(
    r"(?:^|[\s\"'])(?:--?[\w-]{0,20}(?i:password|passwd|pass|passphrase|pw|pwd|token|api-?key|secret|bearer)"
    r"|-p)(?:=|[ \t]+)(?P<q>[\"'])?(?P<s>[^\s\"']{4,128})"
)
_CLI_ATTACHED = re.compile(r"\bmysql(?:dump|admin)?\b[^\n]*?\s-p(?P<s>[^\s\"'-][^\s\"']{3,127})")
_USER_PASS = re.compile(r"(?:\bcurl\b[^\n]*?\s-u|--user|USERPWD,)[ \t]+[\"']?[^\s:\"']{1,64}:(?P<s>[^\s\"'@]{3,128})")
# openssl -passin/-passout "pass:…", and C / RPM spec / batch definitions: #define PASSWORD "…".
_OPENSSL_PASS = re.compile(r"-pass(?:in|out)\s+[\"']?pass:(?P<s>[^\s\"']{3,128})")
_DEFINE = re.compile(
    r"(?:#define|%define|%global|\b(?i:set))(?:[ \t]|\\t)+(?P<k>[A-Za-z_]\w{0,60})(?:[ \t]|\\t)+"
    r"(?:(?P<q>\\?[\"'])(?P<qs>[^\"'\\\n]{3,128})\\?[\"']|(?P<s>[^\s\"'{(]{8,128})$)",
    re.MULTILINE,
)
# NAME = os.getenv("NAME", "default") / os.environ.get("NAME") or "default": the default is hard-coded.
_ENV_DEFAULT = re.compile(
    r"(?m)(?P<k>[A-Za-z_][\w.]{0,60})[ \t]*(?::=|=)[ \t]*(?P<rhs>[^\n=]*?(?:getenv|environ|\benv\b|ENV|getProperty)"
    r"[^\n]*)$"
)
_LITERAL = re.compile(r"(?P<pre>[(\[,]\s*|\b(?:or|\|\||\?\?)\s*)?b?(?P<q>[\"'])(?P<s>[^\"'\n]{1,128})(?P=q)")
# <password>…</password>, <add key="ApiKey" value="…"/>, <entry name="token" value="…">
_XML_ELEMENT = re.compile(r"<(?P<k>[A-Za-z][\w:.-]{0,40})>(?P<s>[^<>\s]{4,128})</(?P=k)>")
_XML_ATTR = re.compile(r"(?i:key|name)\s*=\s*\"(?P<k>[^\"\n]{1,60})\"\s+(?i:value)\s*=\s*\"(?P<s>[^\"\n]{4,128})\"")


def keyword_candidates(text: str) -> Iterator[Candidate]:
    """Every context-named secret in `text` (values only)."""
    lower = text.lower()
    yield from _keyword_values(text)
    for pattern, rule in ((_SQL, "sql_password"), (_CLI, "cli_password"), (_CLI_ATTACHED, "cli_password")):
        if pattern is _SQL and "password" not in lower and "identified" not in lower:
            continue  # every SQL form names PASSWORD or IDENTIFIED BY
        for m in pattern.finditer(text):
            group = "s" if m.group("s") is not None else "u"
            value = m.group(group)
            if rule == "cli_password" and not m.groupdict().get("q") and not _cli_value_ok(value):
                continue
            if not is_placeholder(value):
                yield m.start(group), m.end(group), "password", 0.8, rule
    for pattern, rule in ((_USER_PASS, "cli_user_password"), (_OPENSSL_PASS, "cli_password")):
        for m in pattern.finditer(text):
            if not is_placeholder(m.group("s")):
                yield m.start("s"), m.end("s"), "password", 0.8, rule
    if "define" in lower or "global" in lower or "set" in lower:
        yield from _defines(text)
    if "env" in lower or "getproperty" in lower:
        yield from _env_defaults(text)
    yield from _xml_values(text)
    yield from _entropy_values(text)


_DOTTED_NAME = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+`*$")


def _cli_value_ok(value: str) -> bool:
    # "-p 8080", "mkdir -p /tmp/x", "-p {{password}}", "-p test.Blank" (a module), "-p PLUGIN," (usage text),
    # "-p parameter." (prose): a bare value must look like a password.
    if value[0] in "/.~$%{<[" or value.isdigit() or (":" in value and value.split(":")[0].isdigit()):
        return False
    if _DOTTED_NAME.match(value) or value[-1] in ".,;:`" or (value.isupper() and value.isalpha()):
        return False
    return (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)) or not value.isalnum()


def value_ok(key: str, value: str, *, quoted: bool) -> bool:
    """Shared acceptance test for a value whose key names a secret."""
    if len(value) < 4 or is_placeholder(value) or is_env_var_name(value) or is_descriptive(value):
        return False
    if _DECIMAL.match(value):
        return False  # "pass_f1": 0.81 (a metric), "password_len: 12.5"
    kind = secret_type_for_key(key)
    if kind == "password":
        # A hex number is a constant (a mask, an address), not a typed password.
        return _HEX_NUMBER.match(value) is None and not is_fake_token(value, typed=True)
    # The key names a secret, so only clear documentation values are dropped: "12345", "my-client-secret",
    # "example…". The stronger fake heuristics (sequences inside, leetspeak) are for keyless values.
    if is_sequence_only(value) or is_word_sequence(value) or is_slug(value) or is_fake_token(value, typed=True):
        return False  # "attached_file_0", "some-config-value": names, not generated values
    if longest_repeat(value) >= max(6, len(value) // 3):
        return False  # "ghs_1111110000000…", "xxxxxxxx-…": filler, not a generated value
    if any(c.isspace() for c in value) or len(value) < 8:
        return False  # tokens and keys are long and have no blanks ("sk-1234" is a doc stub, a sentence is prose)
    if _EMAIL.match(value):
        return False  # "key": "name@example.org" is an account, not a key
    return not key_is_weak(key) or looks_random(value)


def _keyword_values(text: str) -> Iterator[Candidate]:
    pos = 0
    ciphertext_doc = _CIPHERTEXT_DOC.search(text) is not None
    key_sep = _KEY_SEP if "->" in text else _KEY_SEP_NO_ARROW
    while (m := key_sep.search(text, pos)) is not None:
        pos = m.end()
        key, sep = m.group("k"), m.group("sep")
        if not key_names_secret(key):
            # Retry just after the key's first character so "localhost:8080/x?token=…" finds "token".
            pos = m.start("sep") if sep != ":" else m.end("sep")
            pos = max(pos, m.start() + 1)
            continue
        v = (_URL_VALUE if sep.startswith("%") else _VALUE).match(text, m.end())
        if v is None:
            continue
        group = next((g for g in _QUOTED if v.groupdict().get(g) is not None), "s")
        quote, value = (None if group == "s" else group), v.group(group).rstrip()
        if quote is None:
            value = value.rstrip(".")
            if value.endswith(":"):
                continue  # "Token-> DemoToken: …": a label; the loop goes on from it and reads its value
            if sep == ":" and (t := _TYPE_THEN_ASSIGN.match(text, v.end())) and value[:1].isalpha():
                pos = t.end()  # "password: String = \"…\"", "passwd: str = \"…\"": a type annotation
                v2 = _VALUE.match(text, pos)
                if v2 is None:
                    continue
                group = next((g for g in _QUOTED if v2.groupdict().get(g) is not None), "s")
                v, quote, value = v2, (None if group == "s" else group), v2.group(group).rstrip()
        if sep in (",", " is", "\tis") and (quote is None or (sep == "," and not key.isupper())):
            continue  # "CURLOPT_PASSWORD, \"x\"" and "password is 'x'" only with a quoted literal
        if sep == "," and _GETTER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # getenv("SECRET", "x"): the key is a variable being read; see _env_defaults
        if not value_ok(key, value, quoted=quote is not None):
            continue
        if quote == "uq" and not looks_random(value):
            continue
        if ciphertext_doc and len(value) >= 64:
            continue  # SealedSecret / Ansible Vault ciphertext: encrypted to be committed
        if (
            quote is None
            and not _config_line(text, m, key)
            and (_is_code_reference(value) or (value.isalpha() and not _mixed_case_random(value)))
        ):
            continue  # prose or code: "Enter token : This", "password = request.form"
        if ":" in value and _is_code_reference(value):
            continue  # an entry point ("detect_secrets.main:main"), not a literal
        if quote is None and text.startswith("(", v.end()):
            continue  # a function call, not a literal
        pos = v.start(group) + len(value)
        yield v.start(group), pos, secret_type_for_key(key), 0.75, "keyword_value"


def _mixed_case_random(value: str) -> bool:
    """ "PptEJQzhkP": letters only, with upper case scattered inside as a generator makes; not "Hello", "camelCase"."""
    inner_upper = sum(1 for c in value[1:] if c.isupper())
    return len(value) >= 8 and inner_upper >= 2 and not is_word_sequence(value) and looks_random(value)


def _config_line(text: str, m: re.Match[str], key: str) -> bool:
    """KEY=value or key: value at the start of a line (env/YAML/ini): unquoted literals are normal there."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    at_start = not text[line_start : m.start()].strip(" \t#-") or text[line_start : m.start()].strip() == "export"
    return at_start and (key.isupper() or m.group("sep") in (":", "="))


def _defines(text: str) -> Iterator[Candidate]:
    for m in _DEFINE.finditer(text):
        key = m.group("k")
        group = "qs" if m.group("qs") is not None else "s"
        value = m.group(group)
        if not key_names_secret(key) or not value_ok(key, value, quoted=group == "qs"):
            continue
        if group == "s" and not looks_random(value):
            continue
        yield m.start(group), m.end(group), secret_type_for_key(key), 0.75, "define_value"


def _env_defaults(text: str) -> Iterator[Candidate]:
    for m in _ENV_DEFAULT.finditer(text):
        key = m.group("k")
        if not key_names_secret(key):
            continue
        base = m.start("rhs")
        for lit in _LITERAL.finditer(m.group("rhs")):
            pre = lit.group("pre") or ""
            if pre.strip().startswith(("(", "[")):
                continue  # the variable's name: getenv("PASSWORD"
            value = lit.group("s")
            if value_ok(key, value, quoted=True):
                yield base + lit.start("s"), base + lit.end("s"), secret_type_for_key(key), 0.75, "env_default"


def _xml_values(text: str) -> Iterator[Candidate]:
    if "<" not in text and "value" not in text:
        return
    for pattern in (_XML_ELEMENT, _XML_ATTR):
        for m in pattern.finditer(text):
            key, value = m.group("k"), m.group("s")
            if key_names_secret(key) and not key_is_weak(key) and value_ok(key, value, quoted=True):
                yield m.start("s"), m.end("s"), secret_type_for_key(key), 0.75, "xml_value"


_ASSIGN = re.compile(
    r"(?m)^[ \t]*(?:export[ \t]+)?[\"']?(?P<k>[A-Za-z_][\w.-]{1,60})[\"']?[ \t]*[:=][ \t]*"
    r"(?P<q>[\"']?)(?P<s>[^\s\"']{16,256})(?P=q)[ \t,;]*$"
)
_ENTROPY_VALUE = re.compile(r"^[A-Za-z0-9+/=_.~-]{16,}$")


def _entropy_values(text: str) -> Iterator[Candidate]:
    """High-entropy values assigned in env/config lines whose key does not name an id or a checksum."""
    ciphertext_doc = _CIPHERTEXT_DOC.search(text) is not None
    for m in _ASSIGN.finditer(text):
        key, value = m.group("k"), m.group("s")
        if not _ENTROPY_VALUE.match(value) or is_checksum_or_id(key, value) or is_placeholder(value):
            continue
        if is_slug(value) or is_fake_token(value) or _HEX_NUMBER.match(value) or (ciphertext_doc and len(value) >= 64):
            continue
        if looks_random(value, strict=True):
            yield m.start("s"), m.end("s"), "high_entropy_string", 0.6, "high_entropy_assignment"


_CODE_REF = re.compile(r"^(?:[a-z_][a-z_]*(?:\.[a-z_]+)*(?::[a-z_]\w*)?|[A-Z_]+|[a-z]+(?:[A-Z][a-z]+)+)$")


def _is_code_reference(value: str) -> bool:
    """An unquoted value that reads as a variable, constant or attribute name, not a literal."""
    return bool(_CODE_REF.match(value)) and not any(c.isdigit() for c in value)
