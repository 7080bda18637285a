"""Fake but well-formed tokens, one generator per rule id.

Every value is derived from a seed with `random.Random(seed)`, the same construction as
scripts/fake-token.py (whose GitHub/npm checksum function is reused), so the rule examples
and the accuracy corpus are reproducible. Nobody issued these tokens: they only share the
shape (and, where the format has one, the checksum) of real ones.

`FAKES[rule_id](seed)` returns the secret exactly as the rule captures it.
"""

import base64
import importlib.util
import json
import random
import string
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("fake_token", ROOT / "scripts" / "fake-token.py")
fake_token = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fake_token)

DIGITS = string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
LETTERS = string.ascii_letters
B62 = DIGITS + UPPER + LOWER
B64 = B62 + "+/"
B64URL = B62 + "-_"
LOWER_ALNUM = DIGITS + LOWER
UPPER_ALNUM = DIGITS + UPPER
B32 = UPPER + "234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rnd(n: int, alphabet: str, seed: str) -> str:
    """Same construction as `scripts/fake-token.py random N ALPHABET SEED`."""
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(n: int, seed: str) -> bytes:
    return random.Random(seed).randbytes(n)


def gh(prefix: str, seed: str) -> str:
    """GitHub/npm style: prefix + 30 base62 + base62(CRC32) checksum."""
    return fake_token.github(prefix, seed)


def tail(n: int, alphabet: str, seed: str, end: str = B62) -> str:
    """n characters whose last one is from `end` (keeps `\\b` boundaries happy)."""
    return rnd(n - 1, alphabet, seed) + rnd(1, end, seed + "/end")


def b36(n: int) -> str:
    out = ""
    while n:
        out = "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36] + out
        n //= 36
    return out or "0"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def uuid(seed: str) -> str:
    h = rnd(32, HEX, seed)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def digits(n: int, seed: str) -> str:
    return rnd(1, "123456789", seed + "/lead") + rnd(n - 1, DIGITS, seed)


def gitlab_routable(prefix: str, seed: str, payload_ids: str = "c:1\no:2s\nu:4f3") -> str:
    """`prefix` + base64url(16 random bytes + routing payload + 1 byte payload length) +
    `.01.` + base36(base64 length, 2) + base36(CRC32 of everything before, 7)."""
    raw = rbytes(16, seed) + payload_ids.encode() + bytes([len(payload_ids)])
    payload = b64url(raw)
    body = f"{prefix}{payload}.01.{b36(len(payload)).rjust(2, '0')}"
    return body + b36(zlib.crc32(body.encode())).rjust(7, "0")


def pem_body(seed: str, head: str, n: int = 1200) -> str:
    """Random base64 in 64-column lines, starting with a plausible DER header."""
    data = head + rnd(n, B64, seed)
    return "\n".join(data[i : i + 64] for i in range(0, len(data), 64))


def pem(label: str, seed: str, head: str = "MIIEpAIBAAKCAQEA", n: int = 1200, headers: str = "") -> str:
    return f"-----BEGIN {label}-----\n{headers}{pem_body(seed, head, n)}\n-----END {label}-----"


def jwt(seed: str, claims: dict | None = None, header: dict | None = None) -> str:
    header = header or {"alg": "HS256", "typ": "JWT"}
    claims = claims or {
        "sub": digits(8, seed + "sub"),
        "name": "svc-" + rnd(6, LOWER, seed),
        "iat": 1735689600,
        "exp": 1893456000,
    }
    enc = lambda d: b64url(json.dumps(d, separators=(",", ":")).encode())
    return f"{enc(header)}.{enc(claims)}.{b64url(rbytes(32, seed + 'sig'))}"


def gcp_service_account(seed: str) -> str:
    key = pem("PRIVATE KEY", seed, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1500)
    project = "acme-" + rnd(6, LOWER, seed + "p") + "-" + digits(6, seed)
    email = f"deployer@{project}.iam.gserviceaccount.com"
    doc = {
        "type": "service_account",
        "project_id": project,
        "private_key_id": rnd(40, HEX, seed + "kid"),
        "private_key": key + "\n",
        "client_email": email,
        "client_id": digits(21, seed + "cid"),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    return json.dumps(doc, indent=2)


def azure_sas(seed: str) -> str:
    sig = b64(rbytes(32, seed)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return (
        "sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z"
        f"&spr=https&sig={sig}"
    )


def password(seed: str, n: int = 14, symbols: str = "!#%*+-.^_~") -> str:
    """A human-ish password: mixed case, digits and a symbol."""
    body = rnd(n - 2, B62, seed)
    return body[:5] + rnd(1, symbols, seed + "s") + body[5:] + rnd(1, DIGITS, seed + "d")


def url_password(seed: str, n: int = 16) -> str:
    """A password as it appears in a URL: symbols limited to unreserved characters."""
    return password(seed, n, "-._~!*")


FAKES = {
    # --- GitHub
    "github.classic-pat": lambda s: gh("ghp_", s),
    "github.fine-grained-pat": lambda s: "github_pat_" + rnd(22, B62, s) + "_" + rnd(59, B62, s + "b"),
    "github.oauth-token": lambda s: gh("gho_", s),
    "github.app-user-token": lambda s: gh("ghu_", s),
    "github.app-installation-token": lambda s: gh("ghs_", s),
    "github.refresh-token": lambda s: "ghr_" + rnd(76, B62, s),
    # --- GitLab
    "gitlab.pat": lambda s: "glpat-" + tail(20, B64URL, s),
    "gitlab.pat-routable": lambda s: gitlab_routable("glpat-", s),
    "gitlab.deploy-token": lambda s: "gldt-" + tail(20, B64URL, s),
    "gitlab.runner-token": lambda s: "glrt-" + ("t1_" if s.endswith("1") else "") + tail(20, B64URL, s),
    "gitlab.runner-registration-token": lambda s: "GR1348941" + tail(20, B64URL, s),
    "gitlab.ci-job-token": lambda s: "glcbt-" + rnd(2, HEX, s + "p") + "_" + tail(20, B64URL, s),
    "gitlab.pipeline-trigger-token": lambda s: "glptt-" + rnd(40, HEX, s),
    "gitlab.feed-token": lambda s: "glft-" + tail(20, B64URL, s),
    "gitlab.incoming-mail-token": lambda s: "glimt-" + tail(25, LOWER_ALNUM, s),
    "gitlab.agent-token": lambda s: "glagent-" + tail(50, B64URL, s),
    "gitlab.oauth-app-secret": lambda s: "gloas-" + rnd(64, HEX, s),
    "gitlab.scim-token": lambda s: "glsoat-" + tail(20, B64URL, s),
    "gitlab.feature-flags-token": lambda s: "glffct-" + tail(20, B64URL, s),
    # --- Slack
    "slack.bot-token": lambda s: f"xoxb-{digits(11, s)}-{digits(13, s + 'b')}-{rnd(24, B62, s)}",
    "slack.user-token": lambda s: f"xoxp-{digits(11, s)}-{digits(11, s + 'u')}-{digits(13, s + 'c')}-{rnd(32, HEX, s)}",
    "slack.workspace-token": lambda s: f"xoxa-2-{digits(11, s)}-{digits(12, s + 'u')}-{digits(13, s + 'c')}-{rnd(64, HEX, s)}",
    "slack.refresh-token": lambda s: f"xoxr-{digits(11, s)}-{digits(13, s + 'c')}-{rnd(64, HEX, s)}",
    "slack.session-token": lambda s: f"xoxc-{digits(11, s)}-{digits(11, s + 'u')}-{digits(13, s + 'c')}-{rnd(64, HEX, s)}",
    "slack.config-access-token": lambda s: "xoxe.xoxp-1-" + rnd(160, B62, s),
    "slack.config-refresh-token": lambda s: "xoxe-1-" + rnd(146, B62, s),
    "slack.app-token": lambda s: f"xapp-1-A{rnd(10, UPPER_ALNUM, s)}-{digits(13, s)}-{rnd(64, HEX, s)}",
    "slack.webhook-url": lambda s: f"https://hooks.slack.com/services/T{rnd(10, UPPER_ALNUM, s)}/B{rnd(10, UPPER_ALNUM, s + 'b')}/{rnd(24, B62, s)}",
    "slack.workflow-webhook-url": lambda s: f"https://hooks.slack.com/triggers/T{rnd(10, UPPER_ALNUM, s)}/{digits(13, s)}/{rnd(32, HEX, s)}",
    # --- Stripe
    "stripe.live-secret-key": lambda s: "sk_live_" + rnd(99 if s.endswith("2") else 24, B62, s),
    "stripe.test-secret-key": lambda s: "sk_test_" + rnd(99 if s.endswith("2") else 24, B62, s),
    "stripe.live-restricted-key": lambda s: "rk_live_" + rnd(99, B62, s),
    "stripe.test-restricted-key": lambda s: "rk_test_" + rnd(99, B62, s),
    "stripe.live-publishable-key": lambda s: "pk_live_" + rnd(99, B62, s),
    "stripe.test-publishable-key": lambda s: "pk_test_" + rnd(99, B62, s),
    "stripe.webhook-secret": lambda s: "whsec_" + rnd(32, B62, s),
    # --- AWS
    "aws.access-key-id": lambda s: ("ASIA" if s.endswith("2") else "AKIA") + rnd(16, B32, s),
    "aws.secret-access-key": lambda s: rnd(40, B64, s),
    "aws.session-token": lambda s: "IQoJb3JpZ2luX2VjE" + rnd(340, B64, s) + "=",
    "aws.bedrock-api-key": lambda s: "ABSK"
    + b64(f"BedrockAPIKey-{rnd(4, LOWER_ALNUM, s)}-at-{digits(12, s)}:".encode() + rbytes(48, s)),
    "aws.mws-auth-token": lambda s: "amzn.mws." + uuid(s),
    # --- Google / GCP / Firebase
    "gcp.service-account-key": gcp_service_account,
    "gcp.api-key": lambda s: "AIza" + rnd(1, "BC", s + "x") + tail(34, B64URL, s),
    "gcp.oauth-client-secret": lambda s: "GOCSPX-" + tail(28, B64URL, s),
    "gcp.oauth-refresh-token": lambda s: "1//0" + rnd(1, "3456", s + "r") + tail(98, B64URL, s),
    "gcp.oauth-access-token": lambda s: "ya29.a0" + tail(150, B64URL, s),
    "firebase.fcm-server-key": lambda s: "AAAA" + rnd(7, B64URL, s) + ":APA91b" + tail(134, B64URL, s),
    # --- Azure
    "azure.storage-connection-string": lambda s: (
        f"DefaultEndpointsProtocol=https;AccountName=acme{rnd(8, LOWER_ALNUM, s)};"
        f"AccountKey={rnd(86, B64, s)}==;EndpointSuffix=core.windows.net"
    ),
    "azure.storage-account-key": lambda s: rnd(86, B64, s) + "==",
    "azure.storage-sas-url": lambda s: (
        f"https://acme{rnd(8, LOWER_ALNUM, s)}.blob.core.windows.net/backups?{azure_sas(s)}"
    ),
    "azure.sas-token": azure_sas,
    "azure.entra-client-secret": lambda s: rnd(3, B62 + "_~.", s) + rnd(1, DIGITS, s + "d") + "Q~" + tail(34, B62 + "_~.-", s),
    "azure.servicebus-connection-string": lambda s: (
        f"Endpoint=sb://acme-{rnd(6, LOWER_ALNUM, s)}.servicebus.windows.net/;"
        f"SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={rnd(43, B64, s)}="
    ),
    "azure.iot-hub-connection-string": lambda s: (
        f"HostName=acme-{rnd(6, LOWER_ALNUM, s)}.azure-devices.net;"
        f"SharedAccessKeyName=iothubowner;SharedAccessKey={rnd(43, B64, s)}="
    ),
    "azure.cosmosdb-connection-string": lambda s: (
        f"AccountEndpoint=https://acme-{rnd(6, LOWER_ALNUM, s)}.documents.azure.com:443/;"
        f"AccountKey={rnd(86, B64, s)}==;"
    ),
    "azure.app-configuration-connection-string": lambda s: (
        f"Endpoint=https://acme-{rnd(6, LOWER_ALNUM, s)}.azconfig.io;"
        f"Id={rnd(4, LOWER_ALNUM, s)}-l0-s0:{rnd(20, B62, s + 'i')};Secret={rnd(43, B64, s)}="
    ),
    "azure.devops-pat": lambda s: rnd(52, LOWER + "234567", s) if not s.endswith("2") else rnd(84, B62, s),
    "azure.openai-key": lambda s: rnd(32, HEX, s),
    # --- OpenAI and other model APIs
    "openai.project-key": lambda s: "sk-proj-" + rnd(74, B64URL, s) + "T3BlbkFJ" + tail(74, B64URL, s + "b"),
    "openai.service-account-key": lambda s: "sk-svcacct-" + rnd(74, B64URL, s) + "T3BlbkFJ" + tail(74, B64URL, s + "b"),
    "openai.admin-key": lambda s: "sk-admin-" + rnd(58, B64URL, s) + "T3BlbkFJ" + tail(58, B64URL, s + "b"),
    "openai.legacy-key": lambda s: "sk-" + rnd(20, B62, s) + "T3BlbkFJ" + rnd(20, B62, s + "b"),
    "anthropic.api-key": lambda s: "sk-ant-api03-" + rnd(93, B64URL, s) + "AA",
    "anthropic.admin-key": lambda s: "sk-ant-admin01-" + rnd(93, B64URL, s) + "AA",
    "anthropic.oauth-access-token": lambda s: "sk-ant-oat01-" + rnd(93, B64URL, s) + "AA",
    "anthropic.oauth-refresh-token": lambda s: "sk-ant-ort01-" + rnd(93, B64URL, s) + "AA",
    "openrouter.api-key": lambda s: "sk-or-v1-" + rnd(64, HEX, s),
    "xai.api-key": lambda s: "xai-" + rnd(80, B62, s),
    "groq.api-key": lambda s: "gsk_" + rnd(52, B62, s),
    "perplexity.api-key": lambda s: "pplx-" + rnd(48, B62, s),
    "replicate.api-token": lambda s: "r8_" + rnd(37, B62, s),
    "mistral.api-key": lambda s: rnd(32, B62, s),
    "cohere.api-key": lambda s: rnd(40, B62, s),
    "huggingface.access-token": lambda s: "hf_" + rnd(34, LETTERS, s),
    "huggingface.org-token": lambda s: "api_org_" + rnd(34, LETTERS, s),
    "pinecone.api-key": lambda s: "pcsk_" + rnd(6, B62, s + "i") + "_" + rnd(63, B62, s),
    "langsmith.personal-token": lambda s: "lsv2_pt_" + rnd(32, HEX, s) + "_" + rnd(10, HEX, s + "b"),
    "langsmith.service-key": lambda s: "lsv2_sk_" + rnd(32, HEX, s) + "_" + rnd(10, HEX, s + "b"),
    "elevenlabs.api-key": lambda s: "sk_" + rnd(48, HEX, s),
    # --- Package registries
    "npm.access-token": lambda s: gh("npm_", s),
    "npm.npmrc-auth-token": lambda s: uuid(s) if s.endswith("2") else rnd(36, B64URL, s) + "A",
    "npm.npmrc-auth": lambda s: b64(f"ci-bot:{password(s)}".encode()),
    "npm.npmrc-password": lambda s: b64(password(s).encode()),
    "pypi.api-token": lambda s: "pypi-AgEIcHlwaS5vcmc" + tail(160, B64URL, s),
    "pypi.test-api-token": lambda s: "pypi-AgENdGVzdC5weXBpLm9yZw" + tail(160, B64URL, s),
    "pypi.pypirc-password": lambda s: password(s),
    "crates-io.api-token": lambda s: "cio" + rnd(32, B62, s),
    "rubygems.api-key": lambda s: "rubygems_" + rnd(48, HEX, s),
    "nuget.api-key": lambda s: "oy2" + rnd(43, LOWER_ALNUM, s),
    "dockerhub.pat": lambda s: "dckr_pat_" + tail(27, B64URL, s),
    "dockerhub.org-access-token": lambda s: "dckr_oat_" + tail(32, B64URL, s),
    "docker.config-auth": lambda s: b64(f"deploy:{password(s, 20)}".encode()),
    "jfrog.api-key": lambda s: "AKCp" + rnd(69, B62, s),
    "jfrog.reference-token": lambda s: "cmVmdGtuOjAxOj" + rnd(50, B62, s),
    "sonarqube.user-token": lambda s: "squ_" + rnd(40, HEX, s),
    "sonarqube.project-token": lambda s: "sqp_" + rnd(40, HEX, s),
    "sonarqube.global-token": lambda s: "sqa_" + rnd(40, HEX, s),
    # --- Messaging, email
    "twilio.api-key": lambda s: "SK" + rnd(32, HEX, s),
    "twilio.auth-token": lambda s: rnd(32, HEX, s),
    "sendgrid.api-key": lambda s: "SG." + tail(22, B64URL, s) + "." + tail(43, B64URL, s + "b"),
    "mailgun.api-key": lambda s: "key-" + rnd(32, HEX, s),
    "mailgun.private-api-key": lambda s: f"{rnd(32, HEX, s)}-{rnd(8, HEX, s + 'a')}-{rnd(8, HEX, s + 'b')}",
    "mailchimp.api-key": lambda s: rnd(32, HEX, s) + "-us" + rnd(1, "123456789", s) + rnd(1, DIGITS, s + "u"),
    "brevo.api-key": lambda s: "xkeysib-" + rnd(64, HEX, s) + "-" + rnd(16, B62, s + "b"),
    "resend.api-key": lambda s: "re_" + rnd(8, B62, s + "a") + "_" + rnd(24, B62, s),
    "discord.bot-token": lambda s: b64url(digits(19, s).encode())[:26] + "." + rnd(6, B64URL, s + "t") + "." + tail(38, B64URL, s),
    "discord.webhook-url": lambda s: f"https://discord.com/api/webhooks/{digits(19, s)}/{tail(68, B64URL, s)}",
    "telegram.bot-token": lambda s: f"{digits(10, s)}:AA{tail(33, B64URL, s)}",
    "intercom.access-token": lambda s: b64(b"tok:" + uuid(s).encode() + b":" + rnd(10, DIGITS, s).encode()).rstrip("="),
    "zendesk.api-token": lambda s: rnd(40, B62, s),
    # --- Payments, commerce
    "shopify.access-token": lambda s: "shpat_" + rnd(32, HEX, s),
    "shopify.custom-app-token": lambda s: "shpca_" + rnd(32, HEX, s),
    "shopify.private-app-password": lambda s: "shppa_" + rnd(32, HEX, s),
    "shopify.shared-secret": lambda s: "shpss_" + rnd(32, HEX, s),
    "square.access-token": lambda s: "EAAA" + tail(60, B64URL, s),
    "square.legacy-access-token": lambda s: "sq0atp-" + tail(22, B64URL, s),
    "square.oauth-secret": lambda s: "sq0csp-" + tail(43, B64URL, s),
    "braintree.production-access-token": lambda s: f"access_token$production${rnd(16, LOWER_ALNUM, s)}${rnd(32, HEX, s)}",
    "braintree.sandbox-access-token": lambda s: f"access_token$sandbox${rnd(16, LOWER_ALNUM, s)}${rnd(32, HEX, s)}",
    "paypal.client-secret": lambda s: "E" + tail(79, B64URL, s),
    "shippo.live-token": lambda s: "shippo_live_" + rnd(40, HEX, s),
    "shippo.test-token": lambda s: "shippo_test_" + rnd(40, HEX, s),
    "flutterwave.live-secret-key": lambda s: "FLWSECK-" + rnd(32, HEX, s) + "-X",
    "flutterwave.test-secret-key": lambda s: "FLWSECK_TEST-" + rnd(32, HEX, s) + "-X",
    "easypost.production-key": lambda s: "EZAK" + rnd(54, LOWER_ALNUM, s),
    "easypost.test-key": lambda s: "EZTK" + rnd(54, LOWER_ALNUM, s),
    "plaid.access-token": lambda s: "access-production-" + uuid(s),
    # --- Monitoring
    "datadog.api-key": lambda s: rnd(32, HEX, s),
    "datadog.app-key": lambda s: rnd(40, HEX, s),
    "newrelic.user-api-key": lambda s: "NRAK-" + rnd(27, UPPER_ALNUM, s),
    "newrelic.admin-api-key": lambda s: "NRAA-" + rnd(27, HEX, s),
    "newrelic.insert-key": lambda s: "NRII-" + tail(32, B64URL, s),
    "newrelic.license-key": lambda s: rnd(36, HEX, s) + "NRAL",
    "newrelic.browser-key": lambda s: "NRJS-" + rnd(19, HEX, s),
    "sentry.org-token": lambda s: "sntrys_"
    + b64(json.dumps({"iat": 1735689600.1, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "acme-" + rnd(4, LOWER, s)}, separators=(",", ":")).encode()).rstrip("=")
    + "_"
    + rnd(43, B64, s),
    "sentry.user-token": lambda s: "sntryu_" + rnd(64, HEX, s),
    "sentry.dsn": lambda s: rnd(32, HEX, s),
    "dynatrace.api-token": lambda s: f"dt0c01.{rnd(24, UPPER_ALNUM, s)}.{rnd(64, UPPER_ALNUM, s + 'b')}",
    "grafana.cloud-token": lambda s: "glc_" + b64(json.dumps({"o": digits(6, s), "n": "deploy-" + rnd(4, LOWER, s), "k": rnd(24, B62, s), "m": {"r": "us"}}, separators=(",", ":")).encode()).rstrip("="),
    "grafana.service-account-token": lambda s: "glsa_" + rnd(32, B62, s) + "_" + rnd(8, HEX, s + "c"),
    "grafana.api-key": lambda s: "eyJrIjoi" + rnd(60, B62, s) + "In0=",
    "posthog.personal-api-key": lambda s: "phx_" + rnd(43, B62, s),
    "posthog.project-api-key": lambda s: "phc_" + rnd(43, B62, s),
    "segment.api-token": lambda s: "sgp_" + rnd(64, B62, s),
    # --- Hosting, infra, CI/CD
    "heroku.api-key-v2": lambda s: "HRKU-AA" + tail(58, B64URL, s),
    "heroku.api-key": lambda s: uuid(s),
    "digitalocean.pat": lambda s: "dop_v1_" + rnd(64, HEX, s),
    "digitalocean.oauth-token": lambda s: "doo_v1_" + rnd(64, HEX, s),
    "digitalocean.refresh-token": lambda s: "dor_v1_" + rnd(64, HEX, s),
    "cloudflare.user-api-token": lambda s: "cfut_" + rnd(40, B62, s) + rnd(8, B62, s + "c"),
    "cloudflare.account-api-token": lambda s: "cfat_" + rnd(40, B62, s) + rnd(8, B62, s + "c"),
    "cloudflare.global-api-key-v2": lambda s: "cfk_" + rnd(40, B62, s) + rnd(8, B62, s + "c"),
    "cloudflare.api-token": lambda s: tail(40, B64URL, s),
    "cloudflare.global-api-key": lambda s: rnd(37, HEX, s),
    "cloudflare.origin-ca-key": lambda s: f"v1.0-{rnd(24, HEX, s)}-{rnd(146, HEX, s + 'b')}",
    "vercel.personal-token": lambda s: "vcp_" + rnd(48, B62, s),
    "vercel.integration-token": lambda s: "vci_" + rnd(48, B62, s),
    "vercel.app-access-token": lambda s: "vca_" + rnd(48, B62, s),
    "vercel.app-refresh-token": lambda s: "vcr_" + rnd(48, B62, s),
    "vercel.api-key": lambda s: "vck_" + rnd(48, B62, s),
    "netlify.pat": lambda s: "nfp_" + rnd(36, B62, s),
    "render.api-key": lambda s: "rnd_" + rnd(32, B62, s),
    "flyio.access-token": lambda s: "fo1_" + tail(43, B64URL, s),
    "flyio.macaroon": lambda s: "fm2_" + rnd(180, B64, s) + ",fm2_" + rnd(120, B64, s + "b"),
    "supabase.access-token": lambda s: "sbp_" + rnd(40, HEX, s),
    "supabase.secret-key": lambda s: "sb_secret_" + tail(31, B64URL, s),
    "planetscale.service-token": lambda s: "pscale_tkn_" + tail(43, B64URL, s),
    "planetscale.password": lambda s: "pscale_pw_" + tail(43, B64URL, s),
    "planetscale.oauth-token": lambda s: "pscale_oauth_" + tail(43, B64URL, s),
    "terraform.api-token": lambda s: f"{rnd(14, B62, s)}.atlasv1.{tail(67, B64URL, s)}",
    "vault.service-token": lambda s: "hvs." + rnd(24, B62, s) if s.endswith("1") else "hvs.CAESI" + rnd(86, B64URL, s) + "Zz",
    "vault.batch-token": lambda s: "hvb." + rnd(138, B64URL, s) + "Q",
    "vault.recovery-token": lambda s: "hvr." + rnd(24, B62, s),
    "vault.legacy-token": lambda s: "s." + rnd(24, B62, s),
    "doppler.personal-token": lambda s: "dp.pt." + rnd(43, B62, s),
    "doppler.service-token": lambda s: "dp.st." + ("prd." if s.endswith("2") else "") + rnd(43, B62, s),
    "doppler.service-account-token": lambda s: "dp.sa." + rnd(43, B62, s),
    "doppler.cli-token": lambda s: "dp.ct." + rnd(43, B62, s),
    "doppler.scim-token": lambda s: "dp.scim." + rnd(43, B62, s),
    "doppler.audit-token": lambda s: "dp.audit." + rnd(43, B62, s),
    "pulumi.access-token": lambda s: "pul-" + rnd(40, HEX, s),
    "tailscale.auth-key": lambda s: f"tskey-auth-k{rnd(10, B62, s)}CNTRL-{rnd(33, B62, s + 'b')}",
    "tailscale.api-key": lambda s: f"tskey-api-k{rnd(10, B62, s)}CNTRL-{rnd(33, B62, s + 'b')}",
    "tailscale.oauth-client-secret": lambda s: f"tskey-client-k{rnd(10, B62, s)}CNTRL-{rnd(33, B62, s + 'b')}",
    "ngrok.authtoken": lambda s: rnd(1, "123", s + "v") + rnd(26, B62, s) + "_" + rnd(21, B62, s + "b"),
    "buildkite.api-token": lambda s: "bkua_" + rnd(40, HEX, s),
    "circleci.personal-token": lambda s: "CCIPAT_" + rnd(22, B62, s) + "_" + rnd(40, HEX, s + "b"),
    "circleci.project-token": lambda s: "CCIPRJ_" + rnd(22, B62, s) + "_" + rnd(40, HEX, s + "b"),
    "snyk.api-token": lambda s: uuid(s),
    "databricks.pat": lambda s: "dapi" + rnd(32, HEX, s) + ("-3" if s.endswith("2") else ""),
    "databricks.oauth-secret": lambda s: "dose" + rnd(32, HEX, s),
    "harness.pat": lambda s: f"pat.{rnd(22, B64URL[:-2], s)}.{rnd(24, HEX, s + 'a')}.{rnd(20, B62, s + 'b')}",
    "prefect.api-key": lambda s: "pnu_" + rnd(36, B62, s),
    "octopus.api-key": lambda s: "API-" + rnd(26, UPPER_ALNUM, s),
    "alibaba.access-key-id": lambda s: "LTAI" + rnd(20, B62, s),
    "alibaba.access-key-secret": lambda s: rnd(30, B62, s),
    "yandex.api-key": lambda s: "AQVN" + tail(36, B64URL, s),
    "yandex.iam-token": lambda s: "t1.9euelZ" + rnd(90, B64URL, s) + "." + tail(86, B64URL, s + "b"),
    # --- Collaboration, SaaS
    "linear.api-key": lambda s: "lin_api_" + rnd(40, B62, s),
    "linear.oauth-token": lambda s: "lin_oauth_" + rnd(64, HEX, s),
    "notion.integration-token": lambda s: "secret_" + rnd(43, B62, s),
    "notion.api-token": lambda s: "ntn_" + digits(11, s) + rnd(35, B62, s),
    "atlassian.api-token": lambda s: "ATATT3xFfGF0" + rnd(171, B64URL, s) + "=" + rnd(8, HEXU, s + "c"),
    "atlassian.legacy-api-token": lambda s: rnd(24, B62, s),
    "bitbucket.app-password": lambda s: "ATBB" + rnd(24, B62, s) + rnd(8, HEXU, s + "c"),
    "bitbucket.access-token": lambda s: "ATCTT3xFfGN0" + rnd(171, B64URL, s) + "=" + rnd(8, HEXU, s + "c"),
    "okta.api-token": lambda s: "00" + tail(40, B64URL, s),
    "postman.api-key": lambda s: f"PMAK-{rnd(24, HEX, s)}-{rnd(34, HEX, s + 'b')}",
    "postman.collection-token": lambda s: "PMAT-" + rnd(26, UPPER_ALNUM, s),
    "airtable.pat": lambda s: "pat" + rnd(14, B62, s) + "." + rnd(64, HEX, s + "b"),
    "asana.pat": lambda s: f"2/{digits(16, s)}/{digits(16, s + 'b')}:{rnd(32, HEX, s)}",
    "figma.pat": lambda s: "figd_" + tail(40, B64URL, s),
    "contentful.pat": lambda s: "CFPAT-" + tail(43, B64URL, s),
    "typeform.pat": lambda s: "tfp_" + rnd(44, B62, s) + "_" + rnd(14, B62, s + "b"),
    "frameio.token": lambda s: "fio-u-" + tail(64, B64URL, s),
    "hubspot.private-app-token": lambda s: "pat-na1-" + uuid(s),
    "clickup.api-token": lambda s: f"pk_{digits(8, s)}_{rnd(32, UPPER_ALNUM, s)}",
    "readme.api-key": lambda s: "rdme_" + rnd(70, LOWER_ALNUM, s),
    "launchdarkly.access-token": lambda s: "api-" + uuid(s),
    "launchdarkly.sdk-key": lambda s: "sdk-" + uuid(s),
    "launchdarkly.mobile-key": lambda s: "mob-" + uuid(s),
    "algolia.admin-key": lambda s: rnd(32, HEX, s),
    "adafruit.io-key": lambda s: "aio_" + rnd(28, B62, s),
    "mapbox.secret-token": lambda s: "sk.eyJ1IjoiYWNtZS1" + rnd(12, B62, s) + "IiwiYSI6I" + rnd(24, B62, s + "a") + "In0." + rnd(22, B64URL[:-2], s + "b"),
    "mapbox.public-token": lambda s: "pk.eyJ1IjoiYWNtZS1" + rnd(12, B62, s) + "IiwiYSI6I" + rnd(24, B62, s + "a") + "In0." + rnd(22, B64URL[:-2], s + "b"),
    "twitch.client-secret": lambda s: rnd(30, LOWER_ALNUM, s),
    "dropbox.short-lived-token": lambda s: "sl.u." + tail(140, B64URL, s),
    "meta.access-token": lambda s: "EAAG" + rnd(150, B62, s),
    "x.bearer-token": lambda s: "AAAAAAAAAAAAAAAAAAAAA" + rnd(30, B62, s) + "%3D" + rnd(50, B62, s + "b"),
    "1password.service-account-token": lambda s: "ops_eyJ" + rnd(300, B64URL[:-2], s),
    "1password.secret-key": lambda s: f"A3-{rnd(6, UPPER_ALNUM, s)}-{rnd(6, UPPER_ALNUM, s + 'a')}-{rnd(5, UPPER_ALNUM, s + 'b')}-{rnd(5, UPPER_ALNUM, s + 'c')}-{rnd(5, UPPER_ALNUM, s + 'd')}-{rnd(5, UPPER_ALNUM, s + 'e')}",
    "age.secret-key": lambda s: "AGE-SECRET-KEY-1" + rnd(58, BECH32, s),
    # --- Non-provider kinds
    "private-key.rsa": lambda s: pem("RSA PRIVATE KEY", s, "MIIEpAIBAAKCAQEA"),
    "private-key.ec": lambda s: pem("EC PRIVATE KEY", s, "MHcCAQEEI", 150),
    "private-key.dsa": lambda s: pem("DSA PRIVATE KEY", s, "MIIBuwIBAAKBgQD", 600),
    "private-key.pkcs8": lambda s: pem("PRIVATE KEY", s, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    "private-key.pkcs8-encrypted": lambda s: pem("ENCRYPTED PRIVATE KEY", s, "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"),
    "private-key.pem-encrypted": lambda s: pem(
        "RSA PRIVATE KEY", s, "", 1600,
        headers=f"Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,{rnd(32, HEXU, s + 'iv')}\n\n",
    ),
    "private-key.openssh": lambda s: pem("OPENSSH PRIVATE KEY", s, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300),
    "private-key.openssh-encrypted": lambda s: pem("OPENSSH PRIVATE KEY", s, "b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABC", 400),
    "private-key.putty": lambda s: (
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\n"
        f"Public-Lines: 2\n{rnd(64, B64, s + 'p')}\n{rnd(4, B64, s + 'q')}\n"
        f"Private-Lines: 1\n{rnd(44, B64, s)}\nPrivate-MAC: {rnd(64, HEX, s + 'm')}"
    ),
    "private-key.putty-encrypted": lambda s: (
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: aes256-cbc\nComment: deploy@build\n"
        f"Public-Lines: 2\n{rnd(64, B64, s + 'p')}\n{rnd(4, B64, s + 'q')}\n"
        "Key-Derivation: Argon2id\nArgon2-Memory: 8192\nArgon2-Passes: 13\nArgon2-Parallelism: 1\n"
        f"Argon2-Salt: {rnd(32, HEX, s + 's')}\n"
        f"Private-Lines: 1\n{rnd(44, B64, s)}\nPrivate-MAC: {rnd(64, HEX, s + 'm')}"
    ),
    "private-key.pgp": lambda s: "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pem_body(s, "lQOYBGX", 900) + "\n=" + rnd(4, B64, s + "c") + "\n-----END PGP PRIVATE KEY BLOCK-----",
    "jwt.token": jwt,
    "url-credentials.database": lambda s: url_password(s, 16),
    "url-credentials.service": lambda s: url_password(s, 16),
    "url-credentials.http": lambda s: url_password(s, 18),
    "git.credentials-file": lambda s: url_password(s, 20),
    "netrc.password": lambda s: password(s, 16),
    "kubernetes.kubeconfig-token": lambda s: jwt(s, {"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:ci:deployer"}, {"alg": "RS256", "kid": rnd(20, B64URL, s)}),
    "kubernetes.kubeconfig-client-key": lambda s: b64(pem("EC PRIVATE KEY", s, "MHcCAQEEI", 150).encode() + b"\n"),
    "kubernetes.secret-data": lambda s: b64(password(s, 18).encode()),
    "generic.password": lambda s: password(s),
    "generic.secret": lambda s: rnd(32, B62, s),
    "generic.api-key": lambda s: rnd(32, B62, s),
    "generic.token": lambda s: rnd(40, B64URL[:-2], s),
    "generic.bearer-token": lambda s: rnd(48, B64URL[:-2], s),
    "generic.curl-credentials": lambda s: password(s, 16),
    "generic.xml-credential": lambda s: password(s, 18),
    "generic.basic-auth": lambda s: b64(f"svc-reporting:{password(s)}".encode()),
}
