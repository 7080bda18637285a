"""The 19 major provider groups, in realistic config/code/CI files."""
import json
from lib import *
import keys

AWS32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def gh(r, p, bad=False):
    return crc_token(r, p, bad)


def ghpat(r):
    return "github_pat_11" + pick(r, UPALNUM, 20) + "_" + pick(r, ALNUM, 59)


def glpat(r):
    return "glpat-" + pick(r, B64URL, 20)


def xoxb(r):
    return "xoxb-%d-%d-%s" % (r.randrange(10**10, 10**12), r.randrange(10**12, 10**13), pick(r, ALNUM, 24))


def xoxp(r):
    return "xoxp-%d-%d-%d-%s" % (r.randrange(10**10, 10**12), r.randrange(10**10, 10**12), r.randrange(10**12, 10**13), hexs(r, 32))


def xapp(r):
    return "xapp-1-A%s-%d-%s" % (pick(r, UPALNUM, 10), r.randrange(10**12, 10**13), hexs(r, 64))


def slackhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (pick(r, UPALNUM, 8), pick(r, UPALNUM, 10), pick(r, ALNUM, 24))


def sk_live(r, p="sk_live_"):
    return p + "51" + pick(r, ALNUM, 97)


def akia(r, p="AKIA"):
    return p + pick(r, AWS32, 16)


def awssecret(r):
    return pick(r, B64, 40)


def session(r):
    return "IQoJb3JpZ2luX2VjE" + pick(r, B64, 380) + "=="


def aiza(r):
    return "AIza" + pick(r, B64URL, 35)


def gocspx(r):
    return "GOCSPX-" + pick(r, B64URL, 28)


def azkey(r):
    return b64(r, 64)


def entra(r):
    return pick(r, ALNUM, 3) + "8Q~" + pick(r, ALNUM + "_~.-", 34)


def adopat(r):
    return pick(r, ALNUM, 52) + "JQQJ99BBACAAAAAAAAAAAAAAAGAZDO" + pick(r, ALNUM, 2)


def sk_proj(r, p="sk-proj-"):
    return p + pick(r, B64URL, 74) + "T3BlbkFJ" + pick(r, B64URL, 74)


def ant(r, p="sk-ant-api03-"):
    return p + pick(r, B64URL, 93) + "AA"


def pypi(r):
    return "pypi-AgEIcHlwaS5vcmcCJD" + b64(r, 130, url=True, pad=False)


def hf(r):
    return "hf_" + pick(r, string.ascii_letters, 34)


def sg(r):
    return "SG." + pick(r, B64URL, 22) + "." + pick(r, B64URL, 43)


def do(r, p="dop_v1_"):
    return p + hexs(r, 64)


def dckr(r):
    return "dckr_pat_" + pick(r, B64URL, 27)


def myjwt(r, iss):
    return jwt(r, {"sub": uuid(r), "iss": iss, "iat": ts(r), "exp": ts(r, 1770000000, 1790000000), "role": "service"}, "RS256")


def build():
    out = []

    # 1. monorepo .env
    f = F("files/.env.production")
    r = f.r
    f.add("# production env - loaded by docker compose", "NODE_ENV=production", "PORT=8080", "")
    f.add("# GitHub")
    f.s("GITHUB_TOKEN=" + (v := gh(r, "ghp_")), v, "github", "classic personal access token (ghp_)")
    f.s("GH_FINE_GRAINED_TOKEN=" + (v := ghpat(r)), v, "github", "fine-grained PAT (github_pat_)")
    f.add("", "# GitLab")
    f.s("GITLAB_TOKEN=" + (v := glpat(r)), v, "gitlab", "personal access token (glpat-)")
    f.add("", "# Slack")
    f.s("SLACK_BOT_TOKEN=" + (v := xoxb(r)), v, "slack", "bot token (xoxb)")
    f.s("SLACK_APP_TOKEN=" + (v := xapp(r)), v, "slack", "app-level token (xapp)")
    f.s("SLACK_WEBHOOK_URL=" + (v := slackhook(r)), v, "slack", "incoming webhook URL")
    f.add("", "# Stripe")
    f.s("STRIPE_SECRET_KEY=" + (v := sk_live(r)), v, "stripe", "live secret key")
    f.s("STRIPE_WEBHOOK_SECRET=" + (v := "whsec_" + pick(r, ALNUM, 32)), v, "stripe", "webhook signing secret")
    f.n("STRIPE_PUBLISHABLE_KEY=" + (v := "pk_live_51" + pick(r, ALNUM, 97)), v, "stripe", "publishable key is public by design", "near-miss")
    f.add("", "# SendGrid / Twilio")
    f.s("SENDGRID_API_KEY=" + (v := sg(r)), v, "sendgrid", "API key SG.x.y")
    f.s("TWILIO_ACCOUNT_SID=" + (v := "AC" + hexs(r, 32)), v, "twilio", "account SID", pair=True)
    f.s("TWILIO_AUTH_TOKEN=" + (v := hexs(r, 32)), v, "twilio", "auth token")
    f.add("", "# AI")
    f.s("OPENAI_API_KEY=" + (v := sk_proj(r)), v, "openai", "project key (sk-proj-)")
    f.s("ANTHROPIC_API_KEY=" + (v := ant(r)), v, "anthropic", "API key (sk-ant-api03-)")
    f.s("HF_TOKEN=" + (v := hf(r)), v, "huggingface", "user access token")
    f.add("", "# DigitalOcean")
    f.s("DIGITALOCEAN_ACCESS_TOKEN=" + (v := do(r)), v, "digitalocean", "personal access token (dop_v1_)")
    f.n("SENTRY_RELEASE=" + (v := hexs(r, 40)), v, "github", "git commit SHA used as release name", "hash-or-id")
    out.append(f)

    # 2. AWS credentials
    f = F("files/home/deploy/.aws/credentials")
    r = f.r
    f.add("[default]")
    f.s("aws_access_key_id = " + (v := akia(r)), v, "aws", "access key id", pair=True)
    f.s("aws_secret_access_key = " + (v := awssecret(r)), v, "aws", "secret access key")
    f.add("region = eu-west-1", "", "[ci-assume]")
    f.s("aws_access_key_id = " + (v := akia(r, "ASIA")), v, "aws", "temporary access key id", pair=True)
    f.s("aws_secret_access_key = " + (v := awssecret(r)), v, "aws", "temporary secret key")
    f.s("aws_session_token = " + (v := session(r)), v, "aws", "session token")
    f.add("", "[docs-example]")
    f.n("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "aws", "AWS documentation example key id", "placeholder")
    out.append(f)

    # 3. terraform
    f = F("files/infra/terraform/providers.tf")
    r = f.r
    f.add('terraform {', '  required_version = ">= 1.6"', '}', '', 'provider "aws" {', '  region     = "us-east-2"')
    f.s('  access_key = "%s"' % (v := akia(r)), v, "aws", "access key id in provider block", pair=True)
    f.s('  secret_key = "%s"' % (v := awssecret(r)), v, "aws", "secret key in provider block")
    f.add('}', '', 'provider "digitalocean" {')
    f.s('  token = "%s"' % (v := do(r)), v, "digitalocean", "API token")
    f.add('}', '', 'provider "github" {', '  owner = "acme-platform"')
    f.s('  token = "%s"' % (v := gh(r, "ghp_")), v, "github", "PAT in terraform provider")
    f.add('}', '', 'provider "cloudflare" {')
    f.n('  api_token = var.cloudflare_api_token', "var.cloudflare_api_token", "cloudflare", "variable reference", "placeholder")
    f.add('}')
    out.append(f)

    # 4. GCP service account + oauth client
    f = F("files/infra/gcp/ci-deployer-sa.json")
    r = f.r
    pem = keys.rsa_pkcs8(r, 2048)
    pid = hexs(r, 40)
    proj = "acme-data-%d" % r.randrange(100000, 999999)
    f.add("{", '  "type": "service_account",', '  "project_id": "%s",' % proj)
    f.s('  "private_key_id": "%s",' % pid, pid, "gcp", "service-account private_key_id", pair=True)
    esc = pem.replace("\n", "\\n")
    f.s('  "private_key": "%s",' % esc, esc, "gcp", "service-account private key (PEM in JSON)")
    f.add('  "client_email": "ci-deployer@%s.iam.gserviceaccount.com",' % proj, '  "client_id": "%d",' % r.randrange(10**20, 10**21),
          '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}")
    out.append(f)
    f = F("files/web/storefront/client_secret.json")
    r = f.r
    cid = "%d-%s.apps.googleusercontent.com" % (r.randrange(10**11, 10**12), pick(r, LOWALNUM, 32))
    f.add('{"web":{')
    f.s('  "client_id":"%s",' % cid, cid, "google", "OAuth client id", pair=True)
    f.s('  "client_secret":"%s",' % (v := gocspx(r)), v, "google", "OAuth client secret (GOCSPX-)")
    f.add('  "redirect_uris":["https://shop.example.com/auth/callback"]', "}}")
    out.append(f)
    f = F("files/web/storefront/src/firebase.ts")
    r = f.r
    f.add("import { initializeApp } from 'firebase/app';", "", "export const app = initializeApp({")
    f.s("  apiKey: '%s'," % (v := aiza(r)), v, "google", "Google API key (AIza)")
    f.add("  authDomain: 'acme-shop.firebaseapp.com',", "  projectId: 'acme-shop',", "});", "", "// Maps")
    f.s("const MAPS_KEY = '%s';" % (v := aiza(r)), v, "google", "Maps API key")
    f.n("const MAPS_KEY_OLD = '%s';" % (v := aiza(r)[:-1]), v, "google", "AIza key one char short (38)", "wrong-format")
    out.append(f)

    # 5. Azure
    f = F("files/dotnet/Acme.Api/appsettings.Production.json")
    r = f.r
    acct = "acmeprod%d" % r.randrange(100, 999)
    k = azkey(r)
    f.add("{", '  "Logging": { "LogLevel": { "Default": "Warning" } },', '  "ConnectionStrings": {')
    f.s('    "Blob": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (acct, k), k, "azurestorage", "storage account key in connection string")
    f.add("  },", '  "AzureAd": {', '    "Instance": "https://login.microsoftonline.com/",')
    f.add('    "TenantId": "%s",' % uuid(r))
    f.s('    "ClientId": "%s",' % (v := uuid(r)), v, "azure", "Entra app client id", pair=True)
    f.s('    "ClientSecret": "%s"' % (v := entra(r)), v, "azure", "Entra client secret")
    f.add("  },", '  "OpenAI": {', '    "Endpoint": "https://acme-oai.openai.azure.com/",')
    f.s('    "ApiKey": "%s"' % (v := hexs(r, 32)), v, "azureopenai", "Azure OpenAI key")
    sig = b64(r, 32)
    sas = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-03-01T00:00:00Z&st=2025-03-01T00:00:00Z&spr=https&sig=" + sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    f.add("  },")
    f.s('  "ExportSas": "https://%s.blob.core.windows.net/exports?%s"' % (acct, sas), sas.split("sig=")[1], "azure", "SAS token signature")
    f.add("}")
    out.append(f)
    f = F("files/ci/azure-pipelines.yml")
    r = f.r
    f.add("trigger:", "  - main", "variables:", "  feedName: acme-npm")
    f.s("  AZURE_DEVOPS_EXT_PAT: %s" % (v := adopat(r)), v, "azuredevops", "Azure DevOps PAT (84 char)")
    f.s("  SYSTEM_ACCESSTOKEN_FALLBACK: %s" % (v := pick(r, "abcdefghijklmnopqrstuvwxyz234567", 52)), v, "azuredevops", "legacy 52-char DevOps PAT")
    f.add("steps:", "  - script: npm ci && npm publish", "    displayName: publish")
    out.append(f)

    # 6. GitHub Actions
    f = F("files/.github/workflows/release.yml")
    r = f.r
    f.add("name: release", "on:", "  push:", "    tags: ['v*']", "env:")
    f.s("  NPM_TOKEN: %s" % (v := gh(r, "npm_")), v, "npm", "npm automation token")
    f.s("  TWINE_PASSWORD: %s" % (v := pypi(r)), v, "pypi", "PyPI API token")
    f.add("  TWINE_USERNAME: __token__")
    f.s("  DOCKERHUB_TOKEN: %s" % (v := dckr(r)), v, "dockerhub", "Docker Hub PAT")
    f.add("  DOCKERHUB_USERNAME: acmebot")
    f.n("  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}", "${{ secrets.GITHUB_TOKEN }}", "github", "Actions secret reference", "template")
    f.add("jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@%s" % (sha := hexs(r, 40)))
    f.n("      - uses: actions/setup-node@%s  # pinned" % (sha2 := hexs(r, 40)), sha2, "github", "action pinned to commit SHA", "hash-or-id")
    f.add("      - run: npm publish --access public")
    out.append(f)
    f = F("files/.gitlab-ci.yml")
    r = f.r
    f.add("stages: [build, deploy]", "variables:")
    f.s("  GITLAB_DEPLOY_TOKEN: %s" % (v := "gldt-" + pick(r, B64URL, 20)), v, "gitlab", "deploy token (gldt-)")
    f.s("  RUNNER_TOKEN: %s" % (v := "glrt-" + pick(r, B64URL, 20)), v, "gitlab", "runner authentication token (glrt-)")
    f.s("  TRIGGER_TOKEN: %s" % (v := "glptt-" + hexs(r, 40)), v, "gitlab", "pipeline trigger token (glptt-)")
    f.add("deploy:", "  stage: deploy", "  script:")
    f.s('    - curl --header "PRIVATE-TOKEN: %s" https://gitlab.example.com/api/v4/projects' % (v := glpat(r)), v, "gitlab", "PAT in curl header")
    f.n('    - echo "glpat-xxxxxxxxxxxxxxxxxxxx"', "glpat-xxxxxxxxxxxxxxxxxxxx", "gitlab", "placeholder PAT", "placeholder")
    out.append(f)

    # 7. Kubernetes secret
    f = F("files/deploy/k8s/shop-secrets.yaml")
    r = f.r
    f.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: shop-secrets", "  namespace: storefront", "type: Opaque", "stringData:")
    f.s("  SHOPIFY_ADMIN_TOKEN: %s" % (v := "shpat_" + hexs(r, 32)), v, "shopify", "Admin API access token (shpat_)")
    f.s("  SHOPIFY_API_SECRET: %s" % (v := "shpss_" + hexs(r, 32)), v, "shopify", "app shared secret (shpss_)")
    f.s("  SHOPIFY_CUSTOM_APP_TOKEN: %s" % (v := "shpca_" + hexs(r, 32)), v, "shopify", "custom app token (shpca_)")
    f.s("  DO_SPACES_OAUTH: %s" % (v := do(r, "doo_v1_")), v, "digitalocean", "OAuth token (doo_v1_)")
    f.s("  SLACK_ALERTS_WEBHOOK: %s" % (v := slackhook(r)), v, "slack", "incoming webhook")
    f.s("  STRIPE_RESTRICTED_KEY: %s" % (v := sk_live(r, "rk_live_")), v, "stripe", "restricted key")
    f.n("  STRIPE_TEST_KEY: sk_test_51EXAMPLE000000000000000000000000", "sk_test_51EXAMPLE000000000000000000000000", "stripe", "documented-fake test key", "placeholder")
    out.append(f)

    # 8. notebook
    f = F("files/notebooks/eval_llms.ipynb")
    r = f.r
    f.add('{', ' "cells": [', '  {', '   "cell_type": "code",', '   "execution_count": 3,', '   "metadata": {},', '   "outputs": [],', '   "source": [')
    f.add('    "import os\\n",', '    "from openai import OpenAI\\n",')
    f.s('    "client = OpenAI(api_key=\\"%s\\")\\n",' % (v := sk_proj(r, "sk-svcacct-")), v, "openai", "service-account key (sk-svcacct-)")
    f.s('    "admin = \\"%s\\"\\n",' % (v := sk_proj(r, "sk-admin-")), v, "openai", "admin key (sk-admin-)")
    f.s('    "os.environ[\\"ANTHROPIC_ADMIN_KEY\\"] = \\"%s\\"\\n",' % (v := ant(r, "sk-ant-admin01-")), v, "anthropic", "admin key")
    f.s('    "login(token=\\"%s\\")\\n"' % (v := hf(r)), v, "huggingface", "HF token via huggingface_hub.login")
    f.add('   ]', '  }', ' ],', ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},', ' "nbformat": 4,', ' "nbformat_minor": 5', '}')
    out.append(f)

    # 9. shell history
    f = F("files/home/deploy/.bash_history")
    r = f.r
    f.add("cd ~/src/acme", "git pull --rebase")
    f.s("gh auth login --with-token <<< %s" % (v := gh(r, "gho_")), v, "github", "OAuth token (gho_)")
    f.s("curl -H 'Authorization: token %s' https://api.github.com/installation/repositories" % (v := gh(r, "ghs_")), v, "github", "installation token (ghs_)")
    f.s("export GH_USER_TOKEN=%s" % (v := gh(r, "ghu_")), v, "github", "user-to-server token (ghu_)")
    f.s("curl -u %s:%s https://api.twilio.com/2010-04-01/Accounts.json" % (sid := "SK" + hexs(r, 32), sec := pick(r, ALNUM, 32)), sec, "twilio", "API key secret (with SK sid)")
    f.s("twilio api:core:accounts:list --api-key %s" % sid, sid, "twilio", "API key SID", pair=True)
    f.s("curl https://api.stripe.com/v1/charges -u %s:" % (v := sk_live(r)), v, "stripe", "live secret key in curl")
    f.s("curl -H 'Authorization: Bearer %s' https://slack.com/api/users.list" % (v := xoxp(r)), v, "slack", "user token (xoxp)")
    f.s("docker login -u acmebot -p %s" % (v := dckr(r)), v, "dockerhub", "PAT on docker login")
    f.s("npm config set //registry.npmjs.org/:_authToken %s" % (v := gh(r, "npm_")), v, "npm", "npm token")
    f.n("export GITHUB_TOKEN=%s" % (v := gh(r, "ghp_", bad=True)), v, "github", "ghp_ token whose CRC32 checksum is wrong", "near-miss")
    f.add("ls -la", "exit")
    out.append(f)

    # 10. GitHub OAuth app, python
    f = F("files/services/auth/settings.py")
    r = f.r
    f.add("# Django settings for github login", "SOCIAL_AUTH_GITHUB_SCOPE = ['read:user']")
    f.s('SOCIAL_AUTH_GITHUB_KEY = "%s"' % (v := "Ov23li" + pick(r, ALNUM, 14)), v, "github", "OAuth app client id", pair=True)
    f.s('SOCIAL_AUTH_GITHUB_SECRET = "%s"' % (v := hexs(r, 40)), v, "github", "OAuth app client secret")
    f.s('GITHUB_APP_CLIENT_ID = "%s"' % (v := "Iv1." + hexs(r, 16)), v, "github", "GitHub App client id", pair=True)
    f.s('GITHUB_APP_CLIENT_SECRET = "%s"' % (v := hexs(r, 40)), v, "github", "GitHub App client secret")
    f.s('GITHUB_REFRESH = "%s"' % (v := "ghr_" + pick(r, ALNUM, 76)), v, "github", "refresh token (ghr_)")
    f.n('GITHUB_WEBHOOK_DELIVERY = "%s"' % (v := uuid(r)), v, "github", "X-GitHub-Delivery id", "hash-or-id")
    out.append(f)

    # 11. tests with fakes
    f = F("files/services/auth/tests/test_redaction.py")
    r = f.r
    f.add("import pytest", "from auth.redact import redact", "", "# fakes: these are documented test values or broken on purpose", "")
    f.n('BAD_CRC = "%s"' % (v := gh(r, "ghp_", bad=True)), v, "github", "ghp_ with wrong CRC32 checksum", "near-miss")
    f.n('BAD_CRC_NPM = "%s"' % (v := gh(r, "npm_", bad=True)), v, "npm", "npm_ token with wrong CRC32 checksum", "near-miss")
    f.n('SHORT_PAT = "%s"' % (v := gh(r, "ghp_")[:-2]), v, "github", "ghp_ two chars short", "wrong-format")
    f.n('OPENAI_FAKE = "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "openai", "placeholder", "placeholder")
    f.n('SG_FAKE = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sendgrid", "placeholder", "placeholder")
    f.n('HF_FAKE = "hf_%s"' % (v := pick(r, ALNUM, 20)), "hf_" + v, "huggingface", "hf_ with 20 chars, too short", "wrong-format")
    f.n('AWS_FAKE = "AKIA%s"' % (v := pick(r, "ABCDEFGHIJ01890", 16)), "AKIA" + v, "aws", "AKIA with digits 0/1/8/9 outside base32", "wrong-format")
    f.n('DOCKER_FAKE = "dckr_pat_<token>"', "dckr_pat_<token>", "dockerhub", "template", "placeholder")
    f.add("", "def test_redacts():", "    assert redact(BAD_CRC) == '[REDACTED]'")
    out.append(f)

    # 12. JWTs in logs and config
    f = F("files/logs/api-gateway-2025-06-11.log")
    r = f.r
    for i in range(6):
        f.add("2025-06-11T08:%02d:%02dZ INFO req_id=%s GET /v1/orders 200 %dms" % (i * 7, r.randrange(60), uuid(r), r.randrange(5, 400)))
    f.s("2025-06-11T08:44:12Z DEBUG upstream auth header Authorization: Bearer %s" % (v := myjwt(r, "https://auth.acme.example")), v, "jwt", "service JWT logged")
    f.add("2025-06-11T08:44:13Z INFO req_id=%s POST /v1/refunds 201 88ms" % uuid(r))
    f.s("2025-06-11T08:45:01Z WARN retrying with token=%s" % (v := myjwt(r, "supabase")), v, "jwt", "supabase service_role-like JWT")
    f.n("2025-06-11T08:45:02Z INFO etag=%s cached" % (v := hexs(r, 32)), v, "jwt", "ETag MD5", "hash-or-id")
    out.append(f)

    # 13. private keys
    f = F("files/home/deploy/.ssh/id_ed25519")
    r = f.r
    k = keys.openssh_ed25519(r, "deploy@build-01")
    f.s(k.splitlines()[0], k.splitlines()[0], "private-key", "OpenSSH ed25519 private key")
    f.add(*k.rstrip("\n").splitlines()[1:])
    out.append(f)
    f = F("files/deploy/nginx/tls/shop.key")
    r = f.r
    k = keys.rsa_pem(r, 2048)
    f.s(k.splitlines()[0], k.splitlines()[0], "private-key", "PEM RSA private key (PKCS#1)")
    f.add(*k.rstrip("\n").splitlines()[1:])
    out.append(f)
    f = F("files/firmware/certs/device-ec.pem")
    r = f.r
    k = keys.ec_pem(r)
    f.s(k.splitlines()[0], k.splitlines()[0], "private-key", "PEM EC private key (SEC1)")
    f.add(*k.rstrip("\n").splitlines()[1:])
    out.append(f)
    f = F("files/docs/security/key-rotation.md")
    r = f.r
    f.add("# Key rotation", "", "Never commit keys like the block below (this one is a truncated placeholder):", "", "```")
    f.n("-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----", "private-key", "placeholder block with no key body", "placeholder")
    f.add("...", "-----END RSA PRIVATE KEY-----", "```")
    out.append(f)

    # 14. docker-compose
    f = F("files/docker-compose.override.yml")
    r = f.r
    f.add("services:", "  worker:", "    image: acme/worker:1.42", "    environment:")
    f.s("      - OPENAI_API_KEY=%s" % (v := "sk-" + pick(r, ALNUM, 20) + "T3BlbkFJ" + pick(r, ALNUM, 20)), v, "openai", "legacy user key")
    f.s("      - ANTHROPIC_API_KEY=%s" % (v := ant(r)), v, "anthropic", "API key")
    f.s("      - HUGGING_FACE_HUB_TOKEN=%s" % (v := hf(r)), v, "huggingface", "HF token")
    f.s("      - SENDGRID_API_KEY=%s" % (v := sg(r)), v, "sendgrid", "API key")
    f.s("      - TWILIO_ACCOUNT_SID=%s" % (v := "AC" + hexs(r, 32)), v, "twilio", "account SID", pair=True)
    f.s("      - TWILIO_AUTH_TOKEN=%s" % (v := hexs(r, 32)), v, "twilio", "auth token")
    f.n("      - TWILIO_API_SECRET=${TWILIO_API_SECRET}", "${TWILIO_API_SECRET}", "twilio", "env reference", "template")
    f.s("      - PYPI_TOKEN=%s" % (v := pypi(r)), v, "pypi", "upload token")
    out.append(f)
    return out
