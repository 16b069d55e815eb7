"""secrets detector, one case per provider format, structure check and filter: a generated secret that
must be redacted and a look-alike that must survive.

Every token is generated here from the provider's documented shape (seeded, so failures reproduce);
no value is copied from an evaluation set, and no complete token sits in the source.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import string
import time

import pytest

from trust import find_secrets, redact_secrets_text
from trust.secret_fakes import (
    bech32_valid,
    crc32_token_valid,
    is_fake_token,
    is_sequence_only,
    is_slug,
    is_word_sequence,
)
from trust.secret_filters import is_descriptive, is_env_var_name, key_names_secret

RNG = random.Random(20240611)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "_-"


def rand(n: int, alphabet: str = ALNUM) -> str:
    """Random characters, with every character class of the alphabet present (as a real generator gives)."""
    classes = [c for c in (string.ascii_lowercase, string.ascii_uppercase, string.digits) if set(c) & set(alphabet)]
    while True:
        value = "".join(RNG.choice(alphabet) for _ in range(n))
        if n < 8 or all(set(value) & set(c) for c in classes):
            return value


def _base62(n: int, width: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(width):
        n, r = divmod(n, 62)
        out = digits[r] + out
    return out


def github_token(prefix: str = "ghp_") -> str:
    body = rand(30)
    return prefix + body + _base62(binascii.crc32(body.encode()), 6)


def bech32_encode(hrp: str, data: list[int]) -> str:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    def polymod(values: list[int]) -> int:
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
                chk ^= g if (top >> i) & 1 else 0
        return chk

    expand = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = polymod([*expand, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in data + checksum)


def age_key() -> str:
    return bech32_encode("age-secret-key-", [RNG.randrange(32) for _ in range(52)]).upper()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def pem_body(lines: int = 4) -> str:
    return "\n".join(rand(64, B64) for _ in range(lines))


def values_found(text: str) -> set[str]:
    return {text[f.span.start : f.span.end] for f in find_secrets(text)}


def assert_redacted(text: str, value: str) -> None:
    found = values_found(text)
    assert any(value in f or f in value for f in found), (found, text)
    assert value not in redact_secrets_text(text)


def assert_survives(text: str) -> None:
    assert find_secrets(text) == (), [(text[f.span.start : f.span.end], f.rule) for f in find_secrets(text)]


# --- provider formats: (secret in context, value, look-alike that must survive) ------------------------------
AWS_ID = "AKIA" + rand(16, string.ascii_uppercase + "234567")
GOOGLE_CLIENT = f"{RNG.randrange(10**11, 10**12)}-{rand(32, string.ascii_lowercase + string.digits)}"
ATLASSIAN_PAT = b64(f"{RNG.randrange(10**11, 10**12)}:".encode() + bytes(RNG.randrange(256) for _ in range(20)))
DISCORD_ID = b64(str(RNG.randrange(10**17, 10**18)).encode()).rstrip("=")  # base64 of the bot's user id
LOWER_DIGITS = string.ascii_lowercase + string.digits
AZ_SECRET = rand(3) + "8Q~" + rand(34, URLSAFE + "~.")
PROVIDERS: list[tuple[str, str, str]] = [
    # (text with the secret, the secret value, a look-alike)
    (f"token: {(v := github_token('ghs_'))}", v, f"token: ghs_{'1' * 6}{'0' * 30}"),
    (
        f"auth {(v := 'ghs_20260101_' + rand(36, URLSAFE) + '.' + rand(40, URLSAFE))}",
        v,
        "see ghs_20260101_ for details",
    ),
    (f"cookie: _gitlab_session={(v := rand(32, HEX))}", v, "cookie: _gitlab_session=; path=/"),
    (f"OPENAI_KEY {(v := 'sk-' + rand(48))}", v, "OPENAI_KEY sk-" + "a1" * 10),
    (f'client = OpenAI(api_key="{(v := "sk-svcacct-" + rand(60, URLSAFE))}")', v, 'client = OpenAI(api_key="sk-...")'),
    (f"deepseek: {(v := 'sk-' + rand(32, HEX))}", v, "deepseek: sk-" + "abcdef0123456789" * 2),
    (f"AZURE_CLIENT_SECRET {(v := AZ_SECRET)}", v, "The tilde Q~ appears in some strings."),
    (
        f"https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig={(v := rand(43, B64) + '%3D')}",
        v,
        "https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sp=r",
    ),
    (f"AWS_BEARER_TOKEN_BEDROCK={(v := 'ABSK' + rand(120, B64))}", v, "Bedrock keys start with ABSK."),
    (f"hf = '{(v := 'api_org_' + rand(34, string.ascii_letters))}'", v, "hf = 'api_org_name'"),
    (f"STRIPE_WEBHOOK {(v := 'whsec_' + rand(40))}", v, "STRIPE_WEBHOOK whsec_"),
    (
        f"mg {(v := rand(32, HEX) + '-' + rand(8, HEX) + '-' + rand(8, HEX))}",
        v,
        "request 123e4567-e89b-12d3-a456-426614174000",
    ),
    (
        f"bot {(v := DISCORD_ID + '.' + rand(6, URLSAFE) + '.' + rand(38, URLSAFE))}",
        v,
        "version MTIz.abc.def",
    ),
    (f"dbx = '{(v := rand(11) + 'A' * 10 + rand(43, URLSAFE))}'", v, "dbx = 'AAAAAAAAAA'"),
    (
        f"BT={(v := 'access_token$production$' + rand(16, LOWER_DIGITS) + '$' + rand(32, HEX))}",
        v,
        "BT=access_token$production$",
    ),
    (
        f"export CLOJARS {(v := 'CLOJARS_' + rand(60, string.ascii_lowercase + string.digits))}",
        v,
        "CLOJARS_USERNAME=me",
    ),
    (f"PULUMI {(v := 'pul-' + rand(40, HEX))}", v, "pul-request"),
    (f"NOTION {(v := 'secret_' + rand(43))}", v, "NOTION secret_sauce"),
    (f"TS {(v := 'tskey-auth-' + rand(10) + '-' + rand(30))}", v, "TS tskey-auth-"),
    (f"YC {(v := 'AQVN' + rand(36, URLSAFE))}", v, "YC AQVN"),
    (f"CF {(v := 'CFPAT-' + rand(43, URLSAFE))}", v, "CF CFPAT-"),
    (f"BB {(v := 'ATBB' + rand(32))}", v, "BB ATBB"),
    (f"AIRTABLE {(v := 'pat' + rand(14) + '.' + rand(64, HEX))}", v, "AIRTABLE pattern.name"),
    (
        f"1p {(v := 'A3-' + '-'.join(rand(n, string.ascii_uppercase + string.digits) for n in (6, 11, 5, 5, 5)))}",
        v,
        "1p A3-paper-size",
    ),
    (f"shippo {(v := 'shippo_live_' + rand(40, HEX))}", v, "shippo_live_"),
    (f"LD {(v := 'sdk-' + '-'.join(rand(n, HEX) for n in (8, 4, 4, 4, 12)))}", v, "LD sdk-version"),
    (f"asana {(v := '1/' + str(RNG.randrange(10**15, 10**16)) + ':' + rand(32))}", v, "asana 1/2 done"),
    (
        f"License key: {(v := '-'.join(rand(5, string.ascii_uppercase + string.digits) for _ in range(5)))}",
        v,
        "License key: see the portal",
    ),
    (f"admin:{(v := '$apr1$' + rand(8) + '$' + rand(22, ALNUM + './'))}", v, "admin:$apr1$"),
    (f"userPassword: {(v := '{SSHA}' + rand(32, B64))}", v, "userPassword: {SSHA}"),
    (f"key: {(v := age_key())}", v, "The prefix of an age identity is AGE-SECRET-KEY-1."),
    (f"smtp = 'smtps://me@mail.example:{(v := rand(10))}@smtp.example:465'", v, "smtp = 'smtps://mail.example:465'"),
    (f"REDIS_URL=redis://:{(v := rand(14))}@cache:6379/0", v, "REDIS_URL=redis://cache:6379/0"),
    (f"id {AWS_ID} secret {(v := rand(40, B64))}", v, f"AWS ids start with AKIA; commit {rand(40, HEX)}"),
    (f"LTAI{rand(16)}, {(v := rand(30))}", v, "LTAI is an Alibaba prefix, see the docs."),
    (
        f'"client_id":"{GOOGLE_CLIENT}.apps.googleusercontent.com","s":"{(v := rand(24, URLSAFE))}"',
        v,
        f'"client_id":"{GOOGLE_CLIENT}.apps.googleusercontent.com"',
    ),
    (f"confluence token {(v := ATLASSIAN_PAT)}", v, f"confluence token {b64(b'hello world, this is not a token!')}"),
]


@pytest.mark.parametrize(("text", "value", "lookalike"), PROVIDERS, ids=[f"p{i}" for i in range(len(PROVIDERS))])
def test_provider_format_redacted_and_lookalike_survives(text: str, value: str, lookalike: str) -> None:
    assert_redacted(text, value)
    assert_survives(lookalike)


def test_age_key_needs_a_valid_bech32_checksum() -> None:
    key = age_key()
    assert bech32_valid(key)
    broken = key[:-1] + ("Q" if key[-1] != "Q" else "P")
    assert not bech32_valid(broken)
    assert_survives(f"identity {broken}")


def test_github_checksum_overrides_fake_heuristics() -> None:
    body = "0" * 30
    token = "ghp_" + body + _base62(binascii.crc32(body.encode()), 6)
    assert crc32_token_valid(token)
    assert_redacted(f"token {token}", token)
    assert not crc32_token_valid("ghp_" + "01" * 18)
    assert_survives("token ghp_" + "01" * 18)


# --- structure checks -------------------------------------------------------------------------------------------
def test_base64_wrapped_private_key_and_jwk() -> None:
    pem = f"-----BEGIN RSA PRIVATE KEY-----\n{pem_body()}\n-----END RSA PRIVATE KEY-----\n"
    blob = b64(("config:\n  key: |\n" + pem).encode())
    assert_redacted(f"tls.key: {blob}", blob)
    jwk = b64(json.dumps([{"kty": "EC", "crv": "P-256", "d": rand(43, URLSAFE)}]).encode())
    assert_redacted(jwk, jwk)
    assert_survives(f"image: {b64(('just some ordinary configuration text ' * 4).encode())}")


def test_jwk_private_members_not_public_ones() -> None:
    d = rand(43, URLSAFE)
    text = json.dumps({"kty": "RSA", "n": rand(60, URLSAFE), "e": "AQAB", "d": d}, indent=2)
    assert values_found(text) == {d}
    assert_survives(json.dumps({"kty": "RSA", "n": rand(60, URLSAFE), "e": "AQAB"}))


def test_pem_fake_label_and_prose_body_survive_real_and_truncated_are_redacted() -> None:
    real = f"-----BEGIN EC PRIVATE KEY-----\n{pem_body(2)}\n-----END EC PRIVATE KEY-----"
    assert_redacted(real, real)
    truncated = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + rand(40, B64) + "...\n-----END RSA PRIVATE KEY-----"
    assert_redacted(truncated, truncated)
    assert_survives(f"-----BEGIN OPENSSH FAKE PRIVATE KEY-----\n{pem_body(1)}\n-----END OPENSSH FAKE PRIVATE KEY-----")
    assert_survives(
        f"-----BEGIN RSA PRIVATE KEY-----\n{rand(40, B64)} this is not a real key\n-----END RSA PRIVATE KEY-----"
    )


def test_putty_private_lines() -> None:
    lines = pem_body(3)
    head = f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 1\n{rand(60, B64)}\n"
    text = f"{head}Private-Lines: 3\n{lines}\n"
    assert_redacted(text, lines.split("\n")[0])
    assert_survives("PuTTY-User-Key-File-3 is the format PuTTYgen writes.")


def test_kubernetes_secret_data_but_not_configmap() -> None:
    value = b64(rand(20).encode())
    secret = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {value}\n  user: {b64(b'app')}\n"
    assert_redacted(secret, value)
    assert_survives(f"apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: {b64(b'fast')}\n")


def test_azure_storage_key_needs_azure_context() -> None:
    key = rand(86, B64) + "=="
    assert_redacted(f"Azure storage account key: {key}", key)
    assert_survives(f"digest {key}")  # same shape as a SHA-512 in base64, no Azure context
    assert_survives(f'"integrity": "sha512-{key}" azure')


def test_key_as_byte_array() -> None:
    items = ", ".join(f"0x{RNG.randrange(256):02x}" for _ in range(16))
    assert_redacted(f"#define AESKEY {{{items}}}", items.split(",")[0])
    assert_survives(f"static const uint8_t lookup_table[] = {{{items}}};")


def test_ansi_colour_codes_do_not_hide_a_token() -> None:
    token = "sk-" + rand(48)
    assert_redacted(f">>>\x1b[93m{token}\x1b[0m<<<", token)
    assert_survives(">>>\x1b[93mhello world\x1b[0m<<<")


def test_allowlist_pragma_is_honoured() -> None:
    value = rand(20)
    assert_survives(f'secret = "{value}"  # pragma: allowlist secret')
    assert_survives(f"# pragma: allowlist nextline secret\nAPI_KEY = '{value}'")
    assert_redacted(f'secret = "{value}"  # reviewed', value)


def test_sealed_secret_ciphertext_is_not_a_secret() -> None:
    cipher = "Ag" + rand(300, B64)
    sealed = f"kind: SealedSecret\nspec:\n  encryptedData:\n    PASSWORD: {cipher}\n"
    assert_survives(sealed)
    plain = rand(16)
    assert_redacted(f"PASSWORD: {plain}\n", plain)


# --- context-named values ---------------------------------------------------------------------------------------
KEYWORDS: list[tuple[str, str, str]] = [
    (f"key_multi = '''{(v := rand(30))}\n{rand(12)}=='''", v, "key_multi = '''\nsome text'''"),
    (f"key_wrap = '{(v := rand(32))}\\\n{rand(10)}=='", v, "key_wrap = 'short\\\n'"),
    (f'val password: String = "{(v := rand(12))}"', v, "val password: String = readLine()"),
    (f'def connect(passwd: str = "{(v := rand(9))}"):', v, "def connect(passwd: str = None):"),
    (f'#define PASSWORD "{(v := rand(10))}"', v, '#define PASSWORD_MAX_LEN "64"'),
    (f'%global PASSWORD "{(v := rand(10))}"', v, '%global VERSION "1.2.3"'),
    (f'SET password "{(v := rand(10))}"', v, 'SET mode "fast"'),
    (f'PASSWORD = os.environ.get("PASSWORD") or "{(v := rand(9))}"', v, 'PASSWORD = os.environ.get("PASSWORD")'),
    (f'if SECRET := getenv("APP_SECRET", "{(v := rand(10))}"):', v, 'if SECRET := getenv("APP_SECRET", ""):'),
    (f"Token-> DemoToken: {(v := rand(28, B64))}", v, "Token-> DemoToken: <token>"),
    (f"https://h/x?ts%3D1%26token%3D{(v := rand(22))}%26v%3D3", v, "https://h/x?ts%3D1%26token%3D%26v%3D3"),
    (f"MYSQLPASS: {(v := rand(20, URLSAFE))}", v, "COMPASS: north-east-heading"),
    (f"--Password {(v := rand(9) + '#@')}", v, "--Password <password>"),
    (f'RUN openssl req -passin "pass:{(v := rand(9))}" -in a.csr', v, 'RUN openssl req -passin "env:PASS" -in a.csr'),
    (f"<password>{(v := rand(10))}</password>", v, "<password>${DB_PASSWORD}</password>"),
    (f'<add key="DbPassword" value="{(v := rand(12))}" />', v, '<add key="DbPasswordLength" value="12" />'),
]


@pytest.mark.parametrize(("text", "value", "lookalike"), KEYWORDS, ids=[f"k{i}" for i in range(len(KEYWORDS))])
def test_keyword_forms_redacted_and_lookalike_survives(text: str, value: str, lookalike: str) -> None:
    assert_redacted(text, value)
    assert_survives(lookalike)


@pytest.mark.parametrize(
    "text",
    [
        "max_tokens=2048",  # "tokens" counts, it does not name a secret
        'fp_tokenized_value = "' + rand(32) + '"',
        'secrets_to_load = [ "TAVILY_API_KEY", "LLAMA_API_KEY" ]',  # variable names, not values
        'model="Llama-4-Scout-17B-16E-Instruct-FP8"',  # a slug of words and sizes
        "MASTER_API_KEY=12345",  # a typed sequence
        "app_secret=my-client-password&code=1",  # a value that says what belongs there
        "API_KEY = 'WillAlsoBeIgnored'",  # words, not a token
        '"pass_f1": 0.81,',  # a metric
        '"key": "someone@example.org"',  # an account, not a key
        "Authorization: Bearer my-new-key",
        "python -m garak -p mymodule.MyProbe",  # CLI -p with a dotted module name
        "  -p PLUGIN, --plugin PLUGIN",  # usage text
        'password = "0x1F2E3D4C5B6A7988"',  # a hex constant
        "akab-"
        + rand(16, string.ascii_lowercase + string.digits)
        + "-"
        + rand(16, string.ascii_lowercase)
        + ".luna.akamaiapis.net",
        'create(getenv("SECRET", "x"))',
    ],
)
def test_lookalikes_survive(text: str) -> None:
    assert_survives(text)


# --- filters as functions ---------------------------------------------------------------------------------------
def test_fake_token_heuristics() -> None:
    assert is_fake_token("dapi123456789abcdef0123456789abcdef")  # sequences
    assert is_fake_token("A" * 10 + "0" * 30)  # repeats
    assert is_fake_token("1010110010001010101001010101010101011001")  # two characters only
    assert is_fake_token("Th1sIsN0tTheT0kenY0uAreL00kingF0r")  # leetspeak phrase
    assert is_fake_token("dckr_pat_EXAMPLE-EXAMPLE-123")
    assert not is_fake_token("Th1sIsN0tTheT0kenY0uAreL00kingF0r", phrases=False)
    assert not is_fake_token("Summer123456!", typed=True)  # a weak but real password
    fakes = sum(is_fake_token(rand(40)) for _ in range(2000))
    assert fakes <= 2  # generated tokens are (almost) never taken for fakes


def test_word_filters() -> None:
    assert is_descriptive("my-client-password") and is_descriptive("SecretToken")
    assert not is_descriptive(rand(20)) and not is_descriptive("hunter2")
    assert is_word_sequence("WillAlsoBeIgnored") and not is_word_sequence(rand(20, string.ascii_letters))
    assert is_slug("Llama-4-Scout-17B-16E-Instruct-FP8") and not is_slug(rand(30, URLSAFE))
    assert is_env_var_name("OPENAI_API_KEY") and not is_env_var_name("BUILD_NUMBER")
    assert is_sequence_only("12345") and is_sequence_only("abcdef") and not is_sequence_only("1234x")
    assert key_names_secret("MYSQLPASS") and key_names_secret("db_pass") and not key_names_secret("compass")
    assert not key_names_secret("max_tokens") and key_names_secret("access_token")


def test_adversarial_inputs_stay_linear() -> None:
    units = ["1", "a", 'password="', "{1, ", "mongodb://a:", "MNO", "a.", "-----BEGIN RSA PRIVATE KEY-----\n"]
    for unit in units:
        text = (unit * 100_000)[:100_000]
        t0 = time.perf_counter()
        find_secrets(text)
        assert time.perf_counter() - t0 < 5.0, unit
