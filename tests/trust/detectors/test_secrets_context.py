"""secrets detector, second round of families: further provider prefixes, secrets named by code or prose
around them (setter and auth calls, name/value lists, plists, DSL lines, server directives, CLIs), each with a
generated secret that must be redacted and a look-alike that must survive.

Values are generated from the documented shapes (seeded); no value comes from an evaluation set.
"""

from __future__ import annotations

import base64
import string

import pytest

from tests.trust.detectors.test_secrets_formats import (
    ALNUM,
    B64,
    HEX,
    LOWER_DIGITS,
    URLSAFE,
    assert_redacted,
    assert_survives,
    rand,
    values_found,
)
from trust.secret_fakes import artifactory_reference_valid, jwt_parts_distinct

UPPER_DIGITS = string.ascii_uppercase + string.digits


def _uuid() -> str:
    return "-".join(rand(n, HEX) for n in (8, 4, 4, 4, 12))


PREFIXED: list[tuple[str, str, str]] = [
    # (text with the secret, the secret value, a look-alike)
    (f"STRIPE={(v := 'sk_prod_' + rand(24))}", v, "STRIPE=sk_prod_"),
    (f"op = {(v := 'ops_eyJ' + rand(260, B64) + '=')}", v, "op = ops_eyJhbGciOi"),
    (f"origin ca {(v := 'v1.0-' + rand(24, HEX) + '-' + rand(146, HEX))}", v, "version v1.0-beta-2"),
    (f"CARGO_REGISTRY_TOKEN={(v := 'cio' + rand(32))}", v, "cio" + "n" * 3 + " is a prefix"),
    (f"adobe {(v := 'p8e-' + rand(32))}", v, "adobe p8e-settings"),
    (
        "jfrog " + (v := base64.b64encode(b"reftkn:01:2034567890:" + rand(27).encode()).decode().rstrip("=")),
        v,
        "jfrog " + base64.b64encode(b"reftkn:There are not the tokens you want").decode().rstrip("="),
    ),
    (f"ch {(v := '4b1d' + rand(38))}", v, "ch 4b1d-0000"),
    (f"EASYPOST_TEST={(v := 'EZTK' + rand(54))}", v, "EASYPOST_TEST=EZTK"),
    (f"FLY_API_TOKEN={(v := 'fm2_' + rand(120, B64))}", v, "FLY_API_TOKEN=fm2_"),
    (f"infracost {(v := 'ico-' + rand(32))}", v, "infracost ico-cost"),
    (f"s42 {(v := 's-s4t2ud-' + rand(64, HEX))}", v, "s42 s-s4t2ud-"),
    (f"MAXMIND {(v := rand(6) + '_' + rand(29) + '_mmk')}", v, "MAXMIND my_key_mmk"),
    (f"OCTOPUS {(v := 'API-' + rand(26, UPPER_DIGITS))}", v, "OCTOPUS API-GATEWAY"),
    (f"oc login --token={(v := 'sha256~' + rand(43, URLSAFE))}", v, f"digest sha256:{rand(64, HEX)}"),
    (f"SCALINGO {(v := 'tk-us-' + rand(48, URLSAFE))}", v, "SCALINGO tk-us-east"),
    (f"SM {(v := 'sm_pat_' + rand(16))}", v, "SM sm_pat_"),
    (f"HARNESS {(v := 'pat.' + rand(22, URLSAFE) + '.' + rand(24) + '.' + rand(20))}", v, "HARNESS pat.name.value"),
    (f"SLACK_REFRESH={(v := 'xoxe-1-' + rand(146))}", v, "SLACK_REFRESH=xoxe-1-"),
    (f"plaid {(v := 'access-sandbox-' + _uuid())}", v, f"plaid request-id {_uuid()}"),
    (
        f"BUNDLE_GEMS__CONTRIBSYS__COM={(v := rand(8, HEX) + ':' + rand(8, HEX))}",
        v,
        "BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDS}",
    ),
    (f"CC_TEST_REPORTER_ID={(v := rand(64, HEX))}", v, "CC_TEST_REPORTER_ID=${{ secrets.CC_ID }}"),
    (
        f"kubeadm join 10.0.0.1:6443 --token {(v := rand(6, LOWER_DIGITS) + '.' + rand(16, LOWER_DIGITS))}",
        v,
        f"kubeadm join 10.0.0.1:6443 --discovery-token-ca-cert-hash sha256:{rand(64, HEX)}",
    ),
    (f"FCM_KEY={(v := 'AAAA' + rand(7, URLSAFE) + ':APA91b' + rand(134, URLSAFE))}", v, "FCM_KEY=AAAA:APA91b"),
]


@pytest.mark.parametrize(("text", "value", "lookalike"), PREFIXED, ids=[f"x{i}" for i in range(len(PREFIXED))])
def test_more_provider_prefixes(text: str, value: str, lookalike: str) -> None:
    assert_redacted(text, value)
    assert_survives(lookalike)


def test_artifactory_reference_must_decode_to_a_reference() -> None:
    assert artifactory_reference_valid(base64.b64encode(b"reftkn:01:1:" + rand(20).encode()).decode())
    assert not artifactory_reference_valid(base64.b64encode(b"reftkn: a sentence here").decode())
    assert not artifactory_reference_valid("cmVmd" + rand(59))  # the prefix alone does not decode to "reftkn:"


CONTEXT: list[tuple[str, str, str]] = [
    # setters: one literal argument to a function whose name names a secret
    (f'conn.setPassword("{(v := rand(12))}");', v, 'conn.setPassword("${DB_PASSWORD}");'),
    (f'client.set_api_key("{(v := rand(32))}")', v, 'client.set_api_key("YOUR_API_KEY")'),
    (f'builder.withSecret("{(v := rand(24))}")', v, 'validator.checkPassword("hunter2!")'),
    # credential constructors and auth tuples: the second literal
    (f'requests.get(u, auth=("admin", "{(v := rand(12))}"))', v, 'requests.get(u, auth=("admin", "<password>"))'),
    (f'HTTPBasicAuth("admin", "{(v := rand(12))}")', v, 'HTTPBasicAuth("admin", os.environ["PW"])'),
    (f'smtp.login("me@example.org", "{(v := rand(12))}")', v, 'smtp.login("me@example.org", "your password")'),
    (f'DriverManager.getConnection(url, "sa", "{(v := rand(12))}")', v, 'DriverManager.getConnection(url, "sa", "")'),
    # name/value lists (Kubernetes env, ECS, Terraform)
    (f"- name: DB_PASSWORD\n  value: {(v := rand(14))}", v, "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {}"),
    (f'{{"name": "API_TOKEN", "value": "{(v := rand(32))}"}}', v, '{"name": "API_TOKEN_TTL", "value": "3600"}'),
    # property lists
    (f"<key>password</key>\n<string>{(v := rand(12))}</string>", v, "<key>password</key>\n<string>$(PW)</string>"),
    # Groovy / Gradle DSL and server directives
    (f"credentials {{\n  username 'deployer'\n  password '{(v := rand(10))}'\n}}", v, "  password 'changeme'"),
    (f"requirepass {(v := rand(12))}", v, "# requirepass foobared-is-the-default"),
    (f"username admin password 7 {(v := rand(12, '0123456789ABCDEF'))}", v, "show password 7 times"),
    (f"db.example.com:5432:app:app:{(v := rand(12))}", v, "12:30:45:10:2024"),
    (
        f"Please use the following password to proceed to installation:\n\n{(v := rand(32, HEX))}",
        v,
        "Please use the following password to proceed to installation:\n\n<see the log>",
    ),
    (f"Jenkins-Crumb:{(v := rand(32, HEX))}", v, "Jenkins-Crumb: ${CRUMB}"),
    # connection strings the URL rule does not read: ODBC braces, Oracle user/password@db, Go MySQL DSNs,
    # a slash inside a URL password (but not a port and a path)
    (f"Driver={{ODBC Driver 18}};Server=srv;Uid=app;Pwd={{{(v := rand(5) + ';' + rand(6))}}};", v, "Pwd={password};"),
    (f"jdbc:oracle:thin:system/{(v := rand(10))}@db:1521:xe", v, "jdbc:oracle:thin:@db:1521:xe"),
    (f"sqlplus scott/{(v := rand(10))}@orcl", v, "sqlplus /nolog"),
    (f'dsn := "app:{(v := rand(10))}@tcp(127.0.0.1:3306)/db"', v, 'dsn := "app@tcp(127.0.0.1:3306)/db"'),
    (f"mongodb://u:{(v := rand(4) + '/' + rand(5))}@host/db", v, "http://host:8080/users@example"),
    # CLIs
    (f"sqlcmd -S srv -U sa -P {(v := rand(9) + '7!')}", v, "sqlcmd -S srv -U sa -P $SA_PASSWORD"),
    (f"net user admin {(v := rand(9) + '3#')} /add", v, "net user admin * /add"),
    (
        f'echo "{(v := rand(14))}" | docker login -u me --password-stdin',
        v,
        'echo "$TOKEN" | docker login --password-stdin',
    ),
    # short prose
    (f"The API key is {(v := rand(32))}.", v, "The API key is stored in the vault."),
    (f"password for master: {(v := rand(8) + '1a')}", v, "password for master: see the wiki"),
    # unquoted mixed-case value after other pairs on a line
    (
        f"username=admin password={(v := 'PptEJ' + rand(6, string.ascii_letters) + 'QzX')}",
        v,
        "username=admin password=Welcome",
    ),
]


@pytest.mark.parametrize(("text", "value", "lookalike"), CONTEXT, ids=[f"c{i}" for i in range(len(CONTEXT))])
def test_context_named_secrets(text: str, value: str, lookalike: str) -> None:
    assert_redacted(text, value)
    assert_survives(lookalike)


def test_auth_call_redacts_the_password_not_the_user() -> None:
    pw = rand(12)
    assert values_found(f'new UsernamePasswordCredentials("deploy", "{pw}")') == {pw}


def test_identifier_slug_under_a_weak_key_survives() -> None:
    assert_survives('"key":"attached_file_0"')
    value = rand(24, ALNUM)
    assert_redacted(f'"key":"{value}"', value)


def test_twilio_token_after_its_account_sid() -> None:
    sid = "AC" + rand(32, HEX)
    token = rand(32, HEX)
    assert_redacted(f"client = Client('{sid}', '{token}')", token)
    assert_survives(f"account {sid}, commit {rand(40, HEX)}")  # a SID alone is an identifier, a SHA-1 no token


def test_jwt_with_payload_repeated_as_signature_survives() -> None:
    header = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    part = rand(20, URLSAFE)
    assert not jwt_parts_distinct(f"{header}.{part}.{part}")
    assert_survives(f"sample {header}.{part}.{part}")
    sig = rand(43, URLSAFE)
    assert_redacted(f"token {header}.{part}.{sig}", f"{header}.{part}.{sig}")
