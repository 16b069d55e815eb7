"""secrets detector: provider tokens, passwords in config, placeholders and checksums that are not secrets."""

from __future__ import annotations

import json

import pytest

from trust import find_secrets, redact_secrets_text, sanitize_chunk

# Built at run time so that no complete token sits in the source (secret scanners, push protection).
GH = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
AWS_ID = "AKIA" + "QWADE5R42RDZ4JEM"
SLACK = "xoxb-" + "893582989554-899326518131-JRHeVv1o9Cf99fwDpuortR2D"
STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
JWT = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx3Y1c2Vy0aW9uZWQ\n-----END RSA PRIVATE KEY-----"


@pytest.mark.parametrize(
    ("text", "secret_type", "value"),
    [
        (f"token = {GH}", "github_token", GH),
        (f"aws_access_key_id={AWS_ID}", "aws_access_key_id", AWS_ID),
        (f"SLACK_TOKEN={SLACK}", "slack_token", SLACK),
        (f'stripe.api_key = "{STRIPE}"', "stripe_key", STRIPE),
        (f"Authorization: Bearer {JWT}", "jwt", JWT),
        (f"key:\n{PEM}\n", "private_key", PEM),
        ("DATABASE_URL=postgres://app:S3cr3tPa55@db.internal:5432/app", "password", "S3cr3tPa55"),
        ('password: "hunter2!Xy9"', "password", "hunter2!Xy9"),
        ("CREATE USER app IDENTIFIED BY 'Zx9!pLm2q';", "password", "Zx9!pLm2q"),
        ("mysql -u root -pT0pS3cret! db", "password", "T0pS3cret!"),
        ("machine api.example.com login ziggy password 012345abcdef", "netrc_password", "012345abcdef"),
        ("ConvertTo-SecureString -String -Force dsjUE#$gds8s", "powershell_securestring", "dsjUE#$gds8s"),
        ("password = '`123QWERasdf'", "password", "`123QWERasdf"),
        ("echo \"The password is 'Secret123x'\"", "password", "Secret123x"),
    ],
)
def test_caught_with_exact_value_span(text: str, secret_type: str, value: str) -> None:
    findings = find_secrets(text)
    spans = {text[f.span.start : f.span.end] for f in findings}
    assert value in spans, (spans, text)
    types = {f.secret_type for f in findings if text[f.span.start : f.span.end] == value}
    assert secret_type in types or secret_type == "password"


@pytest.mark.parametrize(
    "text",
    [
        "api_key = YOUR_API_KEY",
        'password: "<password>"',
        "export OPENAI_API_KEY=${OPENAI_API_KEY}",
        "token = os.environ['GITHUB_TOKEN']",
        "rar a -hp{{password}} archive.rar",
        "request_id = 123e4567-e89b-12d3-a456-426614174000",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        'integrity "sha512-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
        "golang.org/x/text v0.3.7 h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=",
        "password = get_password()",
        "The password is required for the next step.",
        "Enter your password: ********",
        "'detect-secrets = detect_secrets.main:main'",
        "CLIENT_ID = 'ac58d6da7d7a84c039b7'",
    ],
)
def test_not_secrets(text: str) -> None:
    assert find_secrets(text) == ()


def test_value_never_in_finding_and_fingerprint_is_keyed() -> None:
    text = f"token = {GH}"
    a = find_secrets(text, fingerprint_key=b"key-a")[0]
    b = find_secrets(text, fingerprint_key=b"key-b")[0]
    assert GH not in json.dumps(a.to_record())
    assert a.fingerprint and b.fingerprint and a.fingerprint != b.fingerprint
    assert len(a.fingerprint) == 16


def test_redaction_placeholder_in_evidence() -> None:
    verdict = sanitize_chunk(f"Use {AWS_ID} for the build.", base_trust=0.85)
    assert verdict.text == "Use [REDACTED:aws_access_key_id] for the build."
    assert verdict.counts == {"secret": 1}


def test_redact_secrets_text_keeps_the_rest() -> None:
    line = f"job=42 user=bob token={GH} took 3ms"
    assert redact_secrets_text(line) == "job=42 user=bob token=[REDACTED:github_token] took 3ms"
