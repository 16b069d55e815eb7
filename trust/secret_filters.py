"""False-positive filters for secrets, as plain functions (detect-secrets' `filters/heuristic.py` style):
placeholders and environment references, key names that do or do not name a secret, UUIDs,
git SHAs and checksums, an entropy test for "looks random", values that name a variable or describe
what belongs there. Documentation fakes and format checksums are in `trust/secret_fakes.py`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache


def _words(text: str) -> list[str]:
    return text.split()


_PLACEHOLDER_WORDS = frozenset(
    _words(
        "******** api_key apikey bar basic baz bearer bool change_me changeme default digest disabled "
        "dummy empty enabled example false foo hidden int mypassword negotiate nil none ntlm null "
        "optional pass passwd password placeholder redacted required sample secret ssws str string tbd "
        "test todo token true undefined value xxx your-password your_password yourpassword"
    )
)
_PLACEHOLDER = re.compile(
    r"^(?:\\?\$\{?[A-Za-z_][\w.]*\}?|%[\w.]+%?|\{\{.*\}\}|\{[\w.-]*\}|<[^<>]*>|\[[^\]]*\]|\(.*\)|:\w+|@\w+@"
    r"|(?:process\.env|os\.environ|os\.getenv|getenv|env|ENV|System\.getenv|config|settings|self|this)\b.*"
    r"|(.)\1*|[xX*.#?_-]{3,}|ENC\(.*|https?://.*|/[\w/.-]*|#[a-z-]+|arn:.*|\s.*|.*\s|.*\s\+\s.*"
    r"|.*\b(?:your|YOUR|Your)[\w -]*|.*(?:EXAMPLE|example|placeholder|PLACEHOLDER|REDACTED|"
    r"redacted|<|>|\{\{|\$\{|XXXX|xxxx|\*\*\*).*)$",
    re.DOTALL,
)
_SECRET_WORDS = tuple(
    _words(
        "accesskey aeskey apikey authkey authtoken bearer cipherkey clientkey contrasena credential cryptkey deskey "
        "encryptionkey hmackey kennwort "
        "masterkey motdepasse parol passphrase passwd password passwort paswrd privatekey pswd pswrd pwd "
        "secret secretkey sessionkey signingkey token"
    )
)
_SECRET_PARTS = frozenset(_words("apikey auth cred creds key pass passw pat pin psw pw pwd tok"))
_NOT_SECRET_PARTS = frozenset(
    _words(
        "account alg algorithm bucket button char chars class count description digest dir domain email "
        "enabled endpoint env error expiration expires expiry field file filter flag form format hash "
        "hashed header help hint host icon id ids index input key_id keyid kind label len length lifetime "
        "link list login mail manager map mask max message min mode msg name name_label names nonce page "
        "path pattern placeholder policies policy prefix prompt pub public ref regex region required "
        "reset rotation route salt size spec specs state status store strength style suffix text timeout "
        "title ttl type uri url usage user username validation validator var version words "
        "count limit mask"
    )
)
# pass, passwd, pswd, psswrd, pasword, passworsd…: spelling variants and typos of "password"; also a
# trailing "pass" glued to a service name (MYSQLPASS, dbpass), minus ordinary words ending in "pass".
_GLUED_PASS = re.compile(r"^[a-z]{2,12}(?:pass|pwd)$")
_NOT_GLUED_PASS = frozenset(_words("bypass compass encompass overpass surpass trespass underpass"))
_PASS_LIKE = re.compile(r"^(?:p[a@]?s{1,2}w?(?:o?r)?s?d?s?|pass\w*)$")
_NOT_PASS = frozenset(
    _words(
        "pas pass_through passable passage passed passenger passengers passes passing passive passover "
        "passport passthrough ps psd"
    )
)
_TOKEN_WORDS = frozenset(_words("tokens tokenize tokenized tokenizer tokenizers tokenization detokenize"))
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_CHECKSUM_PREFIX = re.compile(r"^(?:sha(?:1|224|256|384|512)[-:=]|md5[-:]|h1:|sha-\d+=|blake2b?[-:])", re.I)
_ID_KEY = re.compile(
    r"(?i)(?:^|[_.-])(?:id|uuid|guid|sha|sha1|sha256|hash|checksum|digest|integrity|commit|rev|revision|version|etag|"
    r"fingerprint|thumbprint|nonce|salt|build|image|tag|ref|oid|object|account|tenant|subscription|client_id|"
    r"region|bucket|arn|resolved|url|uri|path|name)(?:$|[_.-])|(?:Id|ID|Sha|Hash|Version|Url|Name)$"
)


@lru_cache(maxsize=8192)
def is_placeholder(value: str) -> bool:
    """True for documentation placeholders and references to a value kept elsewhere."""
    v = value.strip().strip("\"'`")
    if len(v) < 3:
        return True
    if v.lower() in _PLACEHOLDER_WORDS:
        return True
    if len({c for c in v.lower() if c.isalnum()}) <= 2:
        return True  # 00000000-0000-…, aaaa, xxxx-xxxx
    return bool(_PLACEHOLDER.match(v))


def _key_parts(key: str) -> list[str]:
    return [p.lower() for p in _CAMEL.findall(key)]


@lru_cache(maxsize=8192)
def key_names_secret(key: str) -> bool:
    """Does this key/variable name say its value is a secret (password, api_key, clientSecret, PW…)?"""
    k = key.strip().strip("\"'$@").split(".")[-1]
    if not k or len(k) > 60:
        return False
    # "max_tokens", "fp_tokenized_value": words derived from "token" that name no secret.
    parts = [p for p in _key_parts(k) if p not in _TOKEN_WORDS]
    if not parts:
        return False
    joined = "".join(parts)
    if parts[-1] in _NOT_SECRET_PARTS:
        return False
    if any(p in ("public", "publishable") for p in parts):
        return False
    if any(w in joined for w in _SECRET_WORDS):
        return True
    return any(_is_pass_part(p) for p in parts)


def _is_pass_part(p: str) -> bool:
    if p in _SECRET_PARTS or (_PASS_LIKE.match(p) is not None and p not in _NOT_PASS):
        return True
    return _GLUED_PASS.match(p) is not None and p not in _NOT_GLUED_PASS


def key_is_weak(key: str) -> bool:
    """True when the key only names a secret through a weak word (key, pin, auth…)."""
    parts = _key_parts(key.strip().strip("\"'$@").split(".")[-1])
    joined = "".join(parts)
    strong = any(w in joined for w in _SECRET_WORDS) or any(
        p in ("pw", "pwd", "psw")
        or (_is_pass_part(p) and p not in ("key", "auth", "pin", "tok", "pat", "cred", "creds"))
        for p in parts
    )
    return not strong


def secret_type_for_key(key: str) -> str:
    joined = "".join(_key_parts(key))
    if any(w in joined for w in ("pass", "pwd", "pw", "pswd", "kennwort", "parol", "contrasena")):
        return "password"
    if "token" in joined or "bearer" in joined:
        return "token"
    if "secret" in joined:
        return "secret"
    if "key" in joined:
        return "api_key"
    return "credential"


def shannon_entropy(value: str) -> float:
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def looks_random(value: str, *, strict: bool = False) -> bool:
    """Mixed character classes and high entropy: a generated token rather than a word or an identifier."""
    if len(value) < 8:
        return False
    classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value)))
    entropy = shannon_entropy(value)
    if _HEX.match(value):
        return entropy >= 3.0 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    # Short values cannot reach a fixed entropy: scale the bar by the maximum, log2(len).
    threshold = min(4.0 if strict else 3.2, math.log2(len(value)) * 0.85)
    return classes >= (3 if strict else 2) and entropy >= threshold


def is_checksum_or_id(key: str, value: str) -> bool:
    """UUIDs, hex digests (git SHAs, sha256), integrity strings, or a key that names an id/checksum."""
    if key_names_secret(key):
        return False
    if _ID_KEY.search(key) or any(p in _TOKEN_WORDS for p in _key_parts(key)):
        return True
    if _UUID.match(value) or _CHECKSUM_PREFIX.match(value):
        return True
    return bool(_HEX.match(value)) and len(value) in (32, 40, 56, 64, 96, 128)


_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")


def is_env_var_name(value: str) -> bool:
    """ "OPENAI_API_KEY", "DB_PASSWORD": the name of a variable that holds the secret, not the secret."""
    return _ENV_NAME.match(value) is not None and key_names_secret(value)


_DESCRIBING = frozenset(_words("secret password passwd pwd token key apikey api pass credential credentials auth"))


def is_descriptive(value: str) -> bool:
    """ "my-client-password", "SecretToken": a value made only of words, one of which names a secret.

    Such a value says what belongs there (documentation), where a generated token is not made of words.
    """
    parts = [p.lower() for p in re.split(r"[-_.\s]+", value) for p in _CAMEL.findall(p)]
    if len(parts) < 2 or not any(p in _DESCRIBING for p in parts):
        return False
    # Words have vowels; camel-case pieces of a random token ("SwljFuqsX") mostly do not.
    return all(p.isalpha() and (len(p) >= 2 or p in "ai") and any(v in p for v in "aeiouy") for p in parts)
