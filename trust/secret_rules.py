"""Secret rule table, data only: one `SecretRule(secret_type, pattern)` per line, detect-secrets style.

`secret_type` is a stable public key (it appears in "[REDACTED:<secret_type>]" and in provenance):
add rules, never rename. A pattern's group "s" (or the whole match) is the secret value. Token
prefixes follow the providers' published formats; keyword rules live in `detectors/secrets.py`.
"""

# ruff: noqa: E501  (rule tables: one regex per entry reads better than wrapped fragments)

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from trust.secret_fakes import artifactory_reference_valid, bech32_valid, jwt_parts_distinct

# Left boundary: not inside a longer token.
_B = r"(?<![A-Za-z0-9_])"
_E = r"(?![A-Za-z0-9_])"
_PEM_BEGIN = r"-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----"


@dataclass(frozen=True, slots=True)
class SecretRule:
    secret_type: str
    pattern: re.Pattern[str]
    score: float = 0.95
    keys: tuple[str, ...] = ()  # literal prefixes, one of which must occur (lower-cased); () = always run
    check: Callable[[str], bool] | None = None  # format checksum the value must pass (bech32 for age)
    fakes: bool = True  # drop generated-token fakes (123456…, 0000…); off for typed passwords and repeating formats


def _literal_keys(pattern: str) -> tuple[str, ...]:
    """Leading literal(s) of a pattern, for a substring prefilter; () when there is no clean literal start."""
    p = pattern.removeprefix(_B)
    if p.startswith("(?i:"):
        if _has_alternation(p, 4):
            return ()
        p = p[4:]
    m = re.match(r"\(\?:((?:[A-Za-z0-9_-]+\|)*[A-Za-z0-9_-]+)\)(?![?*{])", p)
    if m:
        alts = m.group(1).split("|")
        return tuple(a.lower() for a in alts) if all(len(a) >= 2 for a in alts) else ()
    lit = re.match(r"(?:[A-Za-z0-9_-]|\\[.$/])+", p)
    text = lit.group() if lit else ""
    if text and p[len(text) : len(text) + 1] in ("?", "*", "{"):
        text = text[:-1]  # a quantified last character is optional
    text = text.replace("\\", "")
    return (text.lower(),) if len(text) >= 2 else ()


def _has_alternation(p: str, i: int) -> bool:
    """Is there a '|' directly inside the group that opens just before index i?"""
    depth = 1
    while i < len(p) and depth:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 1:
            return True
        i += 1
    return False


def _not_port_path(value: str) -> bool:
    """ "8080/path" is a port and a path ("http://host:8080/p@x"), not a password with a slash in it."""
    return "/" not in value or not value.split("/")[0].isdigit()


def _r(
    secret_type: str,
    pattern: str,
    score: float = 0.95,
    flags: int = 0,
    *,
    check: Callable[[str], bool] | None = None,
    fakes: bool = True,
    keys: tuple[str, ...] | None = None,
) -> SecretRule:
    """One rule; `keys` overrides the literal prefilter for patterns that do not start with a literal."""
    found = _literal_keys(pattern) if keys is None else keys
    return SecretRule(secret_type, re.compile(pattern, flags), score, found, check, fakes)


# fmt: off
RULES: tuple[SecretRule, ...] = (
    # Whole block to its END line; else the BEGIN line plus following base64 lines, which may sit in
    # comments ("// ", " * ", "# ") or string concatenations ("…\\n" +) and may carry PEM headers.
    _r("private_key", _PEM_BEGIN + r"[\s\S]{16,12000}?-----END[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----", 0.99),
    _r("private_key", _PEM_BEGIN + r"(?:(?:[\s\"'+,*/#;`]|\\[nr])*(?:[A-Z][A-Za-z-]{2,20}: [^\n]{1,80}|"
       r"[A-Za-z0-9+/=]{16,}))+", 0.99),
    _r("private_key", r"-----BEGIN [A-Z ]{0,20}(?:NKEY SEED|OPENSSH PRIVATE)[A-Z ]{0,10}-----[\s\S]{16,6000}?-----END[A-Z ]"
       r"{0,40}-----", 0.99),
    _r("private_key", r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,40}(?:UFJJVkFUR|BSSVZBVE|QUklWQVRF)[A-Za-z0-9+/=\s]{20,}", 0.95),
    _r("private_key", r"PuTTY-User-Key-File-\d: [\s\S]{0,3000}?Private-Lines: \d+\r?\n(?P<s>(?:[A-Za-z0-9+/=]{4,}\r?\n?)+)",
       0.99),
    _r("age_secret_key", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", check=bech32_valid),
    _r("aws_access_key_id", _B + r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}" + _E, 0.9, keys=("akia", "asia", "abia", "acca", "a3t")),
    _r("aws_secret_access_key", r"(?i:aws_?(?:secret|sec)_?(?:access)?_?key|secret_?access_?key|awssecretkey)[\"']?\s*"
       r"[:=]{1,2}>?\s*[\"']?(?P<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", 0.95, keys=("sec",)),
    _r("aws_session_token", r"(?i:aws_?session_?token)[\"']?\s*[:=]\s*[\"']?(?P<s>[A-Za-z0-9/+=._-]{40,})"),
    _r("github_token", _B + r"gh[pousr]_[A-Za-z0-9]{36,255}" + _E),
    # Installation tokens may carry a date and a JWT-shaped tail: ghs_<date>_<header>.<payload>.<sig>
    _r("github_token", _B + r"gh[pousr]_\d{8}_[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]{4,}){0,2}"),
    _r("github_token", _B + r"github_pat_[A-Za-z0-9_]{60,255}" + _E),
    _r("gitlab_token", _B + r"gl(?:pat|ptt|dt|rt|rtr|cbt|ft|ffct|imt|agent|soat|oas|wt|sa)-[A-Za-z0-9_.-]{20,}" + _E),
    _r("gitlab_token", _B + r"GR1348941[A-Za-z0-9_-]{20}" + _E),
    _r("gitlab_session", r"_gitlab_session=(?P<s>[0-9a-f]{32})" + _E),
    _r("slack_token", _B + r"xox[abposre]-[A-Za-z0-9-]{10,}" + _E),
    _r("slack_token", _B + r"xapp-\d-[A-Za-z0-9/-]{10,}"),
    _r("slack_webhook", r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9_/+-]{20,}"),
    _r("teams_webhook", r"https://[\w.-]*(?:office|office365|webhook\.office)\.com/webhook[b2]?/[\w@/-]{40,}"),
    _r("discord_webhook", r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[\w-]{40,}"),
    _r("stripe_key", _B + r"(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{16,}" + _E),
    _r("stripe_webhook_secret", _B + r"whsec_[A-Za-z0-9+/]{32,}" + _E),
    _r("openai_api_key", _B + r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}" + _E),
    _r("openai_api_key", _B + r"sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,}" + _E),
    _r("openai_api_key", _B + r"sk-[A-Za-z0-9]{48}" + _E, 0.9),  # legacy user keys
    _r("deepseek_api_key", _B + r"sk-[a-f0-9]{32}" + _E, 0.85),
    _r("anthropic_api_key", _B + r"sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,}" + _E),
    _r("google_api_key", _B + r"AIza[0-9A-Za-z_-]{35}" + _E),
    _r("google_oauth_secret", _B + r"GOCSPX-[A-Za-z0-9_-]{28}" + _E),
    _r("google_oauth_token", _B + r"ya29\.[A-Za-z0-9_-]{20,}"),
    _r("google_oauth_token", _B + r"1//0[A-Za-z0-9_-]{40,}", keys=("1//0",)),
    _r("azure_storage_key", r"(?i:AccountKey|SharedAccessKey|azure_?storage_?key)\s*[=:]\s*[\"']?(?P<s>[A-Za-z0-9+/]{30,}={0,2})", keys=("accountkey", "sharedaccesskey", "storage")),
    _r("azure_connection_secret", r"(?i:Endpoint=https://[\w.-]+;Id=[\w-]+;Secret=)(?P<s>[A-Za-z0-9+/=]{20,})"),
    # Entra ID (Azure AD) client secrets: three characters, a digit, "Q~", then 31-34 more.
    _r("azure_client_secret", r"(?<![\w~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])", keys=("q~",)),
    _r("azure_sas_signature", r"[?&;](?i:sig)=(?P<s>[A-Za-z0-9%+/]{30,}(?:%3[Dd]|=){0,2})"),
    _r("aws_bedrock_api_key", _B + r"(?:ABSK[A-Za-z0-9+/]{40,}={0,2}|bedrock-api-key-[A-Za-z0-9+/]{40,}={0,2})", keys=("absk", "bedrock-api-key-")),
    _r("npm_token", _B + r"npm_[A-Za-z0-9]{36}" + _E),
    _r("huggingface_token", _B + r"(?:hf_|api_org_)[A-Za-z]{34,40}" + _E),
    _r("sendgrid_api_key", _B + r"SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}" + _E),
    _r("twilio_api_key", _B + r"SK[0-9a-fA-F]{32}" + _E, 0.85),
    _r("jwt", _B + r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{8,}", 0.9),
    _r("jwt", _B + r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{16,}", 0.8, check=jwt_parts_distinct),
    _r("shopify_token", _B + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _E),
    _r("digitalocean_token", _B + r"do[opr]_v1_[a-f0-9]{64}" + _E),
    _r("grafana_token", _B + r"(?:glsa|glc|glpl)_[A-Za-z0-9_+/=-]{32,}"),
    _r("docker_token", _B + r"dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,}"),
    _r("pypi_token", _B + r"pypi-AgE[A-Za-z0-9_-]{50,}"),
    _r("atlassian_token", _B + r"ATATT3[A-Za-z0-9_=-]{60,}"),
    _r("artifactory_token", _B + r"AKCp[A-Za-z0-9]{60,}" + _E),
    _r("newrelic_key", _B + r"NR(?:AK|II|IQ|RA|AA|JS|BR)-[A-Za-z0-9_-]{18,}" + _E),
    _r("newrelic_key", _B + r"[a-f0-9]{36}NRAL" + _E, keys=("nral",)),
    _r("vault_token", _B + r"hv[sbr]\.[A-Za-z0-9_.-]{24,}"),
    _r("vault_token", r"(?i:vault_?\w{0,20}token)[\"']?\s*[:=]\s*[\"']?(?P<s>[sbr]\.[A-Za-z0-9]{24})" + _E),
    _r("terraform_token", _B + r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}", keys=("atlasv1",)),
    _r("doppler_token", _B + r"dp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9.]{40,}"),
    _r("api_key", _B + r"(?:lin_api|pplx|tvly|gsk|xai|llx|tgp_v1|jina|sntrys|sntryu|rubygems|ntn|phc|phx|nfp|vcp|sbp"
       r"|pscale_(?:pw|tkn|oauth)|aio|odt|cosmo|fc|hawk|sgp|squ|sqp|dapi|dt0c01|lsv2_(?:pt|sk)|r8)[_.-]"
       r"[A-Za-z0-9_.-]{20,}" + _E, 0.85, keys=("lin_api", "pplx", "tvly", "gsk", "xai", "llx", "tgp_v1", "jina", "sntry", "rubygems", "ntn", "phc", "phx", "nfp", "vcp", "sbp", "pscale_", "aio", "odt", "cosmo", "fc", "hawk", "sgp", "squ", "sqp", "dapi", "dt0c01", "lsv2_", "r8")),
    _r("postman_api_key", _B + r"PMA[KT]-[A-Za-z0-9-]{24,}" + _E),
    _r("mailchimp_api_key", _B + r"[0-9a-f]{32}-us\d{1,2}" + _E, keys=("-us",)),
    _r("mailgun_api_key", _B + r"key-[0-9a-f]{32}" + _E),
    _r("mailgun_api_key", _B + r"[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}" + _E, 0.85),
    _r("discord_bot_token", _B + r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}" + _E, 0.85),
    _r("dropbox_token", _B + r"[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}" + _E, keys=("aaaaaaaaaa",)),
    _r("braintree_token", r"access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}"),
    _r("clojars_token", _B + r"CLOJARS_[a-z0-9]{60}" + _E),
    _r("pulumi_token", _B + r"pul-[a-f0-9]{40}" + _E),
    _r("notion_token", _B + r"secret_[A-Za-z0-9]{43}" + _E, 0.85),
    _r("tailscale_key", _B + r"tskey-(?:auth|api|client|webhook|scim)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,}" + _E),
    _r("yandex_token", _B + r"(?:AQVN[A-Za-z0-9_-]{35,38}|y[0-3]_[A-Za-z0-9_-]{55})" + _E, keys=("aqvn", "y0_", "y1_", "y2_", "y3_")),
    _r("contentful_token", _B + r"CFPAT-[A-Za-z0-9_-]{43}" + _E),
    _r("bitbucket_app_password", _B + r"ATBB[A-Za-z0-9_=.-]{32}" + _E),
    _r("airtable_token", _B + r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}" + _E),
    _r("onepassword_secret_key", _B + r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}" + _E),
    _r("api_key", _B + r"(?:shippo_(?:live|test)_[a-f0-9]{40}|EZAK[a-z0-9]{54}|FLWSECK(?:_TEST)?-[a-h0-9]{32}-X"
       r"|fio-u-[A-Za-z0-9_=-]{64}|pnu_[A-Za-z0-9]{36}|rdme_[a-z0-9]{70}|tfp_[A-Za-z0-9_.=-]{40,}"
       r"|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}|rnd_[A-Za-z0-9]{32}|fo1_[A-Za-z0-9_-]{43})" + _E, 0.9, keys=("shippo_", "ezak", "flwseck", "fio-u-", "pnu_", "rdme_", "tfp_", "duffel_", "rnd_", "fo1_")),
    _r("launchdarkly_key", _B + r"(?:api|sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + _E, 0.85),
    _r("asana_token", _B + r"[0-9]/[0-9]{13,20}(?:/[0-9]{13,20})?:[A-Za-z0-9]{32}" + _E, 0.85),
    _r("product_key", r"(?i:(?:activation|license|licence|product|serial|cd)[ _-]?key)[\s\"':=]{1,5}"
       r"(?P<s>[A-Z0-9]{5}(?:-[A-Z0-9]{5}){3,4})" + _E, 0.8),
    _r("telegram_bot_token", _B + r"\d{8,10}:AA[A-Za-z0-9_-]{30,40}" + _E, keys=(":aa",)),
    _r("square_token", _B + r"(?:sq0atp|sq0csp)-[A-Za-z0-9_-]{22,}" + _E),
    _r("square_token", _B + r"EAAA[A-Za-z0-9_-]{60}" + _E, 0.85),
    _r("facebook_token", _B + r"EAA[A-Za-z0-9]{6,}ZD[A-Za-z0-9]{20,}|EAACEdEose0cBA[A-Za-z0-9]{20,}"),
    _r("nuget_api_key", _B + r"oy2[a-z0-9]{43}" + _E),
    _r("appsync_api_key", _B + r"da2-[a-z0-9]{26}" + _E),
    _r("amazon_mws_token", r"amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    _r("mapbox_token", _B + r"[st]k\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}", keys=("k.eyj",)),
    _r("password_hash", r"\$(?:2[abxy]?|1|5|6|7|8|9|y|gy|apr1|sha1|argon2i?d?)\$[A-Za-z0-9./$=,+-]{20,}", 0.8, fakes=False),
    _r("password_hash", r"\{(?:SSHA|SSHA256|SSHA512|SHA)\}[A-Za-z0-9+/]{20,}={0,2}", 0.8, fakes=False),
    _r("password_hash", r"\$krb5(?:asrep|tgs)\$\d+\$(?:[^\s:$]+:)?[0-9a-f]{32}\$[0-9a-f]{64,}", 0.8),
    _r("databricks_token", _B + r"dapi[a-f0-9]{32}(?:-\d)?" + _E),
    _r("api_key", _B + r"(?:figd|cfat|cfut|xkeysib|HRKU|ops_eyJ|akab|dnkey)[_-][A-Za-z0-9_-]{20,}", 0.9),
    _r("alibaba_access_key", _B + r"LTAI[A-Za-z0-9]{12,20}" + _E, 0.9),
    _r("twitch_stream_key", _B + r"live_\d{6,}_[A-Za-z0-9]{20,}" + _E),
    _r("twitter_bearer_token", _B + r"A{20,}[A-Za-z0-9%]{30,}", fakes=False, keys=("aaaaaaaaaaaaaaaaaaaa",)),
    _r("salesforce_token", _B + r"00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{60,}"),
    _r("instagram_token", _B + r"IGQV[A-Za-z0-9_-]{100,}"),
    _r("dropbox_token", _B + r"sl\.[A-Za-z0-9_-]{120,}"),
    _r("facebook_token", _B + r"\d{15,16}\|[A-Za-z0-9_-]{27}" + _E, 0.85, keys=("|",)),
    _r("grafana_token", _B + r"eyJrIjoi[A-Za-z0-9+/]{40,}={0,2}"),
    _r("ntlm_token", _B + r"TlRMTVNTUA[A-Za-z0-9+/]{20,}={0,2}", 0.8),
    _r("thingsboard_token", r"thingsboard\.cloud/api/v1/(?P<s>[a-z0-9]{20})" + _E),
    _r("sonarqube_token", r"sonar\.(?:login|token)['\"]?\s*[=:,]\s*['\"]?(?P<s>[a-z0-9_]{40,44})" + _E),
    _r("vault_unseal_key", r"vault operator unseal (?P<s>[A-Za-z0-9+/]{40,}={0,2})"),
    _r("onepassword_token", _B + r"ops_eyJ[A-Za-z0-9_+/-]{50,}={0,3}"),  # base64 (+/) as issued, or url-safe
    _r("azure_devops_pat", _B + r"[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{26}" + _E, keys=("jqqj99",)),
    _r("truenas_api_key", _B + r"\d{1,3}-[A-Za-z0-9]{64}" + _E, 0.85),
    _r("netrc_password", r"\b(?:machine\s+\S+|default)\s+login\s+\S+\s+password\s+(?P<s>\S{3,})", keys=("machine", "default"), fakes=False),
    _r("powershell_securestring", r"ConvertTo-SecureString\s+(?:-(?:String|AsPlainText|Force)\s+)*[\"'\\]*(?P<s>[^\s\"'\\-][^\s\"'\\]{3,})", fakes=False),
    _r("http_basic_auth", r"(?i:Authorization[\"']?\s*[:=]\s*[\"']?Basic)\s+(?P<s>[A-Za-z0-9+/]{8,}={0,2})", fakes=False),
    _r("bearer_token", r"(?i:Authorization[\"']?\s*[:=]\s*[\"']?(?:Bearer|SSWS|Token|NTLM|Negotiate)|--oauth2-bearer|Bearer:"
       r"|_BEARER,)\s*[\"']?"
       r"(?P<s>[A-Za-z0-9_~+/.-]{8,}=*)", 0.85, keys=("authorization", "bearer")),
    _r("wireguard_key", r"(?i:PrivateKey|PresharedKey)\s*=\s*(?P<s>[A-Za-z0-9+/]{42,43}=)"),
    _r("url_password", r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://(?P<u>[^\s:/@\"'<>]{0,64}(?:@[^\s:/@\"'<>]{1,64})?):"
       r"(?P<s>[^\s@/\"'<>]{3,128}(?:/[^\s@/\"'<>:]{1,64}){0,2})@"
       r"[A-Za-z0-9.\[\]_-]+", 0.9, keys=("://",), fakes=False, check=_not_port_path),
    # Oracle "user/password@db" (JDBC thin, sqlplus and the other Oracle CLIs) and Go MySQL DSNs "user:pw@tcp(host)".
    _r("url_password", r"jdbc:oracle:[a-z]+:[\w$#]{1,64}/(?P<s>[^@\s/\"']{3,128})@", 0.9, fakes=False),
    _r("url_password", r"\b(?:sqlplus|rman|expdp|impdp|sqlldr)(?:\s+-\w+)*\s+[\w$#]{1,64}/(?P<s>[^@\s/\"']{3,128})"
       r"(?=@|\s|$)", 0.85, fakes=False, keys=("sqlplus", "rman", "expdp", "impdp", "sqlldr")),
    _r("url_password", r"(?<![\w/:@.-])[\w.-]{1,64}:(?P<s>[^\s@/:\"']{3,128})@(?:tcp|unix|udp)\(", 0.85, fakes=False,
       keys=("@tcp(", "@unix(", "@udp(")),
    # Documented prefixes of further providers (gitleaks' public rule set and the providers' docs).
    _r("cloudflare_origin_ca_key", _B + r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}" + _E, keys=("v1.0-",)),
    _r("fcm_server_key", _B + r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,}", keys=(":apa91b",)),
    _r("crates_io_token", _B + r"cio[A-Za-z0-9]{32}" + _E, 0.85),
    _r("adobe_client_secret", _B + r"p8e-[A-Za-z0-9]{32}" + _E, 0.9),
    _r("artifactory_token", _B + r"cmVmd[A-Za-z0-9]{59}" + _E, 0.85, keys=("cmvmd",), check=artifactory_reference_valid),
    _r("clickhouse_api_secret", _B + r"4b1d[A-Za-z0-9]{38}" + _E, 0.85, keys=("4b1d",)),
    _r("easypost_token", _B + r"EZTK[A-Za-z0-9]{54}" + _E),
    _r("flyio_token", _B + r"(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{100,}={0,3}", keys=("fm1", "fm2_")),
    _r("infracost_token", _B + r"ico-[A-Za-z0-9]{32}" + _E, 0.85),
    _r("intra42_secret", _B + r"s-s4t2(?:ud|af)-[a-f0-9]{64}" + _E),
    _r("maxmind_license_key", _B + r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk" + _E, keys=("_mmk",)),
    _r("octopus_api_key", _B + r"API-[A-Z0-9]{26}" + _E, 0.85),
    _r("openshift_token", _B + r"sha256~[A-Za-z0-9_-]{43}" + _E),
    _r("scalingo_token", _B + r"tk-us-[A-Za-z0-9_-]{48}" + _E),
    _r("settlemint_token", _B + r"sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}" + _E),
    _r("harness_token", _B + r"(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}" + _E, keys=("pat.", "sat.")),
    _r("authress_key", _B + r"(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}"
       r"\.[A-Za-z0-9+/_=-]{30,120}", keys=(".acc",)),
    _r("slack_token", _B + r"xoxe-\d-[A-Za-z0-9]{100,}" + _E),
    _r("plaid_token", _B + r"access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + _E),
    _r("sidekiq_secret", r"(?i:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM)[\"']?\s*[:=]\s*[\"']?(?P<s>[a-f0-9]{8}:[a-f0-9]{8})" + _E,
       keys=("contribsys",)),
    _r("sidekiq_secret", r"https?://(?P<s>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com", keys=("contribsys",)),
    # Named by context only (the value has no prefix): CodeClimate's reporter id is a write credential despite the
    # "ID"; a kubeadm bootstrap token is "<6>.<16>" after --token / token:.
    _r("codeclimate_reporter_id", r"(?i:CC_TEST_REPORTER_ID|codeclimate[\w.-]{0,20}?(?:id|token|key))[\"']?\s*[:=]\s*[\"']?"
       r"(?P<s>[a-f0-9]{64})" + _E, keys=("cc_test_reporter_id", "codeclimate")),
    _r("kubernetes_bootstrap_token", r"(?:--token[ =]|\btoken:\s*[\"']?|bootstrap-token-)(?P<s>[a-z0-9]{6}\.[a-z0-9]{16})" + _E,
       keys=("token",)),
)
# fmt: on
