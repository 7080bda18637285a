"""Group 4: near misses, each on its own line, in realistic files."""
from lib import *
from g_providers import openai, anthropic, slack_bot, google_api_key

NEGF = "negative"


def placeholders():
    f = F("apps/saas-web/.env.example")
    f("# Copy to .env.local and fill in real values")
    rows = [
        ("OPENAI_API_KEY", "<your-api-key>", "openai", "placeholder"),
        ("ANTHROPIC_API_KEY", "sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx", "anthropic", "placeholder of x"),
        ("STRIPE_SECRET_KEY", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "stripe", "placeholder of X"),
        ("STRIPE_WEBHOOK_SECRET", "whsec_...", "stripe", "placeholder ellipsis"),
        ("DATABASE_URL", "postgres://user:password@localhost:5432/app", "postgres", "template credentials user:password"),
        ("REDIS_PASSWORD", "", "redis", "empty value"),
        ("SESSION_SECRET", "changeme", "generic", "changeme placeholder"),
        ("JWT_SECRET", "replace-me-with-a-long-random-string", "generic", "placeholder text"),
        ("GITHUB_TOKEN", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "github", "placeholder of x"),
        ("SLACK_BOT_TOKEN", "xoxb-your-bot-token", "slack", "placeholder"),
        ("SENDGRID_API_KEY", "SG.xxxxxxxx.yyyyyyyy", "sendgrid", "placeholder"),
        ("AWS_ACCESS_KEY_ID", "AKIA" + rs(9, UPALNUM) + "EXAMPLE", "aws", "EXAMPLE marker"),
        ("AWS_SECRET_ACCESS_KEY", "your-secret-access-key", "aws", "placeholder"),
        ("TWILIO_AUTH_TOKEN", "your_auth_token", "twilio", "placeholder"),
        ("HF_TOKEN", "hf_...", "huggingface", "placeholder ellipsis"),
        ("DOCKERHUB_TOKEN", "dckr_pat_<token>", "dockerhub", "placeholder"),
        ("DIGITALOCEAN_TOKEN", "${DO_TOKEN}", "digitalocean", "variable reference"),
        ("SMTP_PASSWORD", "********", "password", "masked value"),
        ("ADMIN_PASSWORD", "password", "password", "the literal word password"),
        ("DB_PASSWORD", "secret", "password", "generic placeholder word"),
        ("API_KEY", "TODO", "generic", "TODO placeholder"),
        ("NPM_TOKEN", "npm_" + "0" * 36, "npm", "all-zero placeholder"),
        ("AZURE_CLIENT_SECRET", "<client-secret>", "azure", "placeholder"),
        ("GOOGLE_CLIENT_SECRET", "GOCSPX-REPLACE_ME", "gcp", "placeholder"),
        ("PYPI_TOKEN", "pypi-<token>", "pypi", "placeholder"),
        ("SHOPIFY_ADMIN_ACCESS_TOKEN", "shpat_" + "x" * 32, "shopify", "placeholder of x"),
    ]
    for var, val, svc, why in rows:
        if val == "":
            f.neg("%s=" % var, "%s=" % var, svc, why)
        else:
            f.neg("%s=%s" % (var, val), val, svc, why)
    f("NEXT_PUBLIC_APP_URL=http://localhost:3000")

    f = F("docs/configuration.md")
    f("# Configuration reference")
    f("")
    f("| key | default | description |")
    f("|-----|---------|-------------|")
    rows = [
        ("`db.password`", "`%(password)s`", "%(password)s", "password", "Python %-format placeholder"),
        ("`db.password`", "`{{ db_password }}`", "{{ db_password }}", "password", "Jinja placeholder"),
        ("`smtp.password`", "`${SMTP_PASSWORD}`", "${SMTP_PASSWORD}", "password", "env placeholder"),
        ("`api.key`", "`<YOUR_API_KEY>`", "<YOUR_API_KEY>", "generic", "placeholder"),
        ("`api.token`", "`$API_TOKEN`", "$API_TOKEN", "generic", "env reference"),
        ("`auth.secret`", "`{secret}`", "{secret}", "generic", "format placeholder"),
        ("`ldap.bind_password`", "`#{LDAP_PASSWORD}`", "#{LDAP_PASSWORD}", "password", "Ruby interpolation placeholder"),
        ("`vault.token`", "`hvs.EXAMPLE`", "hvs.EXAMPLE", "hashicorpvault", "EXAMPLE placeholder"),
        ("`password_min_length`", "`12`", "12", "generic", "password policy setting"),
        ("`password_max_age_days`", "`90`", "90", "generic", "password policy setting"),
        ("`password_history`", "`5`", "5", "generic", "password policy setting"),
        ("`password_require_symbols`", "`true`", "true", "generic", "password policy setting"),
        ("`token_ttl`", "`3600`", "3600", "generic", "token lifetime setting"),
        ("`secret_name`", "`orders-db-credentials`", "orders-db-credentials", "generic", "name of a secret, not its value"),
        ("`api_key_header`", "`X-Api-Key`", "X-Api-Key", "generic", "header name"),
        ("`kms_key_id`", "`alias/orders-prod`", "alias/orders-prod", "aws", "KMS key alias, not a secret"),
        ("`password_reset_url`", "`https://app.northwind.io/reset`", "https://app.northwind.io/reset", "generic", "URL without credentials"),
        ("`auth.method`", "`password`", "`password`", "generic", "auth method name"),
    ]
    for k, d, v, svc, why in rows:
        f.neg("| %s | %s | see below |" % (k, d), v, svc, why)
    f("")
    f("Example (do not use in production):")
    f("")
    f("```yaml")
    f("database:")
    f.neg("  password: example-password", "example-password", "password", "documented example value")
    f.neg("  password: <your-password-here>", "<your-password-here>", "password", "placeholder")
    f.neg("  password: \"\"", "\"\"", "password", "empty value")
    f.neg("  password: ~", "~", "password", "YAML null")
    f.neg("  password: null", "null", "password", "null value")
    f.neg("  password: !vault |", "!vault |", "password", "Ansible vault tag, ciphertext follows")
    f("```")

    f = F("deploy/helm/common/values.schema.yaml")
    f("# rendered defaults, real values come from SealedSecrets")
    for k, v, why in [
        ("db.password", "{{ .Values.db.password }}", "Helm template reference"),
        ("db.passwordSecretRef", "orders-db", "secret reference name"),
        ("redis.password", "{{ .Values.redis.auth.password | b64enc }}", "Helm template reference"),
        ("smtp.password", "{{ env \"SMTP_PASSWORD\" }}", "template env reference"),
        ("oauth.clientSecret", "$(OAUTH_CLIENT_SECRET)", "k8s env var expansion"),
        ("api.token", "{{ required \"token\" .Values.api.token }}", "Helm template reference"),
        ("sops.data", "ENC[AES256_GCM,data:" + b64(rbytes(24)) + ",iv:" + b64(rbytes(32)) + ",tag:" + b64(rbytes(16)) + ",type:str]", "SOPS-encrypted value"),
        ("sealed.password", "AgB" + rs(120, B64), "SealedSecret ciphertext"),
    ]:
        f.neg("%s: %s" % (k, v), v, "password", why)


def env_refs():
    f = F("src/misc/env_refs.py")
    f("import os")
    for var, expr in [("DB_PASSWORD", 'os.environ["DB_PASSWORD"]'), ("STRIPE_KEY", 'os.getenv("STRIPE_SECRET_KEY")'),
                      ("OPENAI_KEY", "os.environ.get('OPENAI_API_KEY', '')"), ("TOKEN", 'settings.GITHUB_TOKEN'),
                      ("AWS_SECRET", 'config("AWS_SECRET_ACCESS_KEY")'), ("PW", 'keyring.get_password("orders", "db")'),
                      ("SECRET", "secrets_manager.get_secret_value(SecretId='prod/orders')['SecretString']"),
                      ("API_KEY", 'vault_client.secrets.kv.read_secret_version(path="slack")["data"]["data"]["token"]')]:
        f.neg("%s = %s" % (var, expr), expr, "generic", "read from environment / secret store at runtime")
    f = F("src/misc/envRefs.js")
    for var, expr in [("dbPassword", "process.env.DB_PASSWORD"), ("stripeKey", "process.env['STRIPE_SECRET_KEY']"),
                      ("token", "import.meta.env.VITE_API_TOKEN"), ("apiKey", "Deno.env.get('API_KEY')"),
                      ("secret", "await getSecret('prod/jwt')"), ("slack", "config.get('slack.botToken')")]:
        f.neg("const %s = %s;" % (var, expr), expr, "generic", "read from environment at runtime")
    f = F("src/misc/EnvRefs.java")
    f("class EnvRefs {")
    for var, expr in [("dbPassword", 'System.getenv("DB_PASSWORD")'), ("apiKey", 'System.getProperty("api.key")'),
                      ("token", '@Value("${github.token}") String'), ("secret", 'env.getRequiredProperty("jwt.secret")')]:
        f.neg("    String %s = %s;" % (var, expr), expr, "generic", "read from environment / Spring property")
    f("}")
    f = F("src/misc/env_refs.go")
    f("package misc")
    for var, expr in [("dbPassword", 'os.Getenv("DB_PASSWORD")'), ("token", 'viper.GetString("github.token")'),
                      ("key", 'mustEnv("STRIPE_SECRET_KEY")')]:
        f.neg("var %s = %s" % (var, expr), expr, "generic", "read from environment at runtime")
    f = F("src/misc/env_refs.rb")
    for var, expr in [("DB_PASSWORD", "ENV['DB_PASSWORD']"), ("TOKEN", "Rails.application.credentials.github_token"),
                      ("KEY", "ENV.fetch('STRIPE_SECRET_KEY')")]:
        f.neg("%s = %s" % (var, expr), expr, "generic", "read from environment / Rails credentials")
    f = F("src/misc/env_refs.sh")
    f("#!/bin/sh")
    for expr in ['mysql -u app -p"$MYSQL_PASSWORD" -h db', 'curl -u "$USER:$PASS" https://nexus/', 'docker login -u "$DOCKER_USER" -p "$DOCKER_PASS"',
                 'PGPASSWORD="$PG_PASS" psql -h db', 'sshpass -p "$SSH_PASS" ssh deploy@app01', 'export GITHUB_TOKEN="$(gh auth token)"']:
        v = expr.split('"')[1]
        f.neg(expr, v, "password", "shell variable, no literal value")
    f = F("repo-api/.github/workflows/ci.yml")
    f("name: ci")
    f("on: [push, pull_request]")
    f("jobs:")
    f("  test:")
    f("    runs-on: ubuntu-latest")
    f("    env:")
    for var in ["NPM_TOKEN", "DOCKERHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_WEBHOOK_URL", "OPENAI_API_KEY", "PYPI_API_TOKEN"]:
        v = "${{ secrets.%s }}" % var
        f.neg("      %s: %s" % (var, v), v, "generic", "GitHub Actions secret reference")
    f("    steps:")
    f("      - uses: actions/checkout@v4")
    f.neg("      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8 # v4.0.2", "60edb5dd545a775178f52524783378180af0d1f8", "github", "action pinned to a commit SHA")
    f.neg("      - uses: docker/login-action@9780b0c442fbb1117ed29e0efdff1e18412f7567", "9780b0c442fbb1117ed29e0efdff1e18412f7567", "github", "action pinned to a commit SHA")
    f("        with:")
    f("          username: northwindci")
    f.neg("          password: ${{ secrets.DOCKERHUB_TOKEN }}", "${{ secrets.DOCKERHUB_TOKEN }}", "dockerhub", "GitHub Actions secret reference")
    f.neg("          token: ${{ github.token }}", "${{ github.token }}", "github", "GitHub Actions context reference")


def bad_checksums_and_shapes():
    f = F("repo-api/tests/test_token_redaction.py")
    f('"""Redaction tests: these strings must be masked in logs. None of them is a live credential:')
    f('each fails the provider checksum or has the wrong length/alphabet on purpose."""')
    f("import pytest")
    f("")
    f("CASES = [")
    for p in ["ghp_", "ghp_", "ghp_", "gho_", "gho_", "ghu_", "ghu_", "ghs_", "ghs_", "ghr_", "ghr_", "ghp_", "gho_", "ghs_", "ghp_"]:
        v = gh_token(p, bad_crc=True)
        f.neg('    "%s",  # bad crc' % v, v, "github", "CRC32 checksum does not match")
    for _ in range(5):
        v = gh_token("npm_", bad_crc=True)
        f.neg('    "%s",  # bad crc' % v, v, "npm", "CRC32 checksum does not match")
    # truncated
    tr = [
        ("github", "ghp_" + rs(20), "truncated (24 chars after prefix needs 36)"),
        ("github", "github_pat_" + rs(22) + "_" + rs(30), "fine-grained token truncated (second part 30 of 59)"),
        ("gitlab", "glpat-" + rs(9, ALNUM), "truncated (9 chars)"),
        ("slack", "xoxb-" + rs(11, DIG), "truncated bot token"),
        ("slack", "xoxp-" + rs(11, DIG) + "-" + rs(5, DIG), "truncated user token"),
        ("stripe", "sk_live_" + rs(6), "truncated secret key"),
        ("aws", "AKIA" + rs(10, UPALNUM), "key id too short (14 of 16)"),
        ("openai", "sk-proj-" + rs(12), "truncated project key"),
        ("anthropic", "sk-ant-api03-" + rs(16, ALNUM), "truncated key"),
        ("huggingface", "hf_" + rs(12, string.ascii_letters), "truncated token"),
        ("sendgrid", "SG." + rs(22, B64U), "only first part, secret part missing"),
        ("twilio", "AC" + hexs(20), "SID too short"),
        ("shopify", "shpat_" + hexs(16), "truncated token"),
        ("digitalocean", "dop_v1_" + hexs(20), "truncated token"),
        ("dockerhub", "dckr_pat_" + rs(8), "truncated token"),
        ("npm", "npm_" + rs(16), "truncated token"),
        ("pypi", "pypi-AgEIcHlwaS5vcmc", "macaroon header only, truncated"),
        ("gcp", "AIza" + rs(12, ALNUM), "truncated API key"),
        ("azure", "AccountKey=" + b64(rbytes(12)), "truncated account key"),
    ]
    for svc, v, why in tr:
        f.neg('    "%s",' % v, v, svc, why)
    # overlong
    ol = [
        ("github", "ghp_" + rs(50), "too long for a classic token (54 after prefix), wrong shape"),
        ("aws", "AKIA" + rs(24, UPALNUM), "key id too long (24)"),
        ("stripe", "whsec_" + rs(80) + "_" + rs(20), "wrong shape, underscore inside"),
        ("slack", "xoxb-" + rs(11, DIG) + "-" + rs(13, DIG) + "-" + rs(24) + "-" + rs(24), "extra segment"),
        ("npm", "npm_" + rs(60), "too long for npm token"),
        ("dockerhub", "dckr_pat_" + rs(60), "too long"),
        ("gitlab", "glpat-" + rs(70, ALNUM), "too long"),
        ("digitalocean", "dop_v1_" + hexs(96), "too long (96 hex)"),
        ("shopify", "shpat_" + hexs(48), "too long (48 hex)"),
        ("twilio", "SK" + hexs(48), "too long"),
    ]
    for svc, v, why in ol:
        f.neg('    "%s",' % v, v, svc, why)
    # wrong alphabet
    wa = [
        ("github", "ghp_" + rs(30, ALNUM + "!@") [:30] + "!!!!!!", "non-base62 characters"),
        ("aws", "AKIA" + rs(16, LO), "lower-case key id (AWS ids are upper-case)"),
        ("aws", "AKIA" + rs(15, UP) + "1", "digit 1 not in AWS key id alphabet (A-Z, 2-7)"),
        ("shopify", "shpat_" + rs(32, "ghijklmnopqrstuvwxyz"), "not hex"),
        ("digitalocean", "dop_v1_" + rs(64, "GHIJKLMNOPQRSTUVWXYZ"), "not lower-case hex"),
        ("twilio", "AC" + rs(32, "ghijklmnopqrstuvwxyz"), "not hex"),
        ("slack", "xoxb-" + rs(11, LO) + "-" + rs(13, LO) + "-" + rs(24), "numeric parts contain letters"),
        ("gitlab", "glpat-" + rs(20, "!$%&*"), "symbols not in token alphabet"),
        ("stripe", "sk_live_" + rs(24, "-+/=!"), "symbols not in key alphabet"),
        ("sendgrid", "SG." + rs(22, "!$%&") + "." + rs(43, "!$%&"), "wrong alphabet"),
        ("huggingface", "hf_" + rs(34, DIG), "digits only (hf tokens are letters)"),
        ("age", "AGE-SECRET-KEY-1" + rs(58, "BIO"), "characters not in bech32 alphabet"),
    ]
    for svc, v, why in wa:
        f.neg('    "%s",' % v, v, svc, why)
    # masked / redacted
    for svc, v in [("github", "ghp_************************************"), ("openai", "sk-proj-...Wx3k"), ("aws", "AKIA****************"),
                   ("stripe", "sk_live_****************4242"), ("slack", "xoxb-***-***-***"), ("anthropic", "sk-ant-api03-[REDACTED]"),
                   ("gitlab", "glpat-[MASKED]"), ("generic", "[REDACTED]"), ("password", "<redacted>"), ("twilio", "AC********************************")]:
        f.neg('    "%s",' % v, v, svc, "masked / redacted value")
    f("]")
    f("")
    f("@pytest.mark.parametrize('raw', CASES)")
    f("def test_masked(raw):")
    f("    assert redact(raw) != raw or raw.startswith('[')")


def hashes():
    f = F("apps/saas-web/package-lock.json")
    f("{")
    f('  "name": "saas-web",')
    f('  "lockfileVersion": 3,')
    f('  "packages": {')
    for name, ver in [("next", "14.2.15"), ("react", "18.3.1"), ("zod", "3.23.8"), ("stripe", "16.12.0"), ("openai", "4.67.3"),
                      ("@aws-sdk/client-s3", "3.670.0"), ("jsonwebtoken", "9.0.2"), ("dotenv", "16.4.5")]:
        f('    "node_modules/%s": {' % name)
        f('      "version": "%s",' % ver)
        f('      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (name, name.split("/")[-1], ver))
        v = "sha512-" + b64(rbytes(64))
        f.neg('      "integrity": "%s",' % v, v, "generic", "lockfile integrity hash")
        f('      "license": "MIT"')
        f("    },")
    f('    "": { "name": "saas-web" }')
    f("  }")
    f("}")
    f = F("src/go/go.sum")
    for mod, ver in [("github.com/redis/go-redis/v9", "v9.6.1"), ("github.com/jackc/pgx/v5", "v5.7.1"),
                     ("golang.org/x/crypto", "v0.28.0"), ("github.com/stripe/stripe-go/v79", "v79.12.0")]:
        v = "h1:" + b64(rbytes(32))
        f.neg("%s %s %s" % (mod, ver, v), v, "generic", "go.sum module hash")
        v = "h1:" + b64(rbytes(32))
        f.neg("%s %s/go.mod %s" % (mod, ver, v), v, "generic", "go.sum module hash")
    f = F("deploy/Dockerfile")
    v = "sha256:" + hexs(64)
    f.neg("FROM node:20-alpine@%s AS build" % v, v, "generic", "image digest")
    f("WORKDIR /app")
    f("COPY package*.json ./")
    f("RUN npm ci --omit=dev")
    v = "sha256:" + hexs(64)
    f.neg("FROM gcr.io/distroless/nodejs20-debian12@%s" % v, v, "generic", "image digest")
    f("COPY --from=build /app /app")
    v = hexs(64)
    f.neg("ARG TINI_SHA256=%s" % v, v, "generic", "download checksum")
    f("ENV NODE_ENV=production")
    f.neg("ENV PASSWORD_MIN_LENGTH=12", "12", "generic", "password policy setting")
    f('CMD ["server.js"]')
    f = F("CHANGELOG.md")
    f("# Changelog")
    f("")
    for ver in ["2.14.1", "2.14.0", "2.13.2", "2.13.0", "2.12.4"]:
        f("## %s" % ver)
        c = hexs(40)
        f.neg("- Fix token refresh race (%s)" % c, c, "generic", "git commit id")
        c = hexs(7)
        f.neg("- Rotate signing keys on deploy ([%s](https://github.com/northwind/platform/commit/%s))" % (c, c), c, "generic", "short commit id")
        f("")
    f = F("web/src/styles/theme.css")
    f(":root {")
    for name in ["primary", "secondary", "accent", "danger", "token-bg", "secret-badge"]:
        c = "#" + hexs(6)
        f.neg("  --color-%s: %s;" % (name, c), c, "generic", "CSS colour")
    f("}")
    f(".api-key-field { font-family: monospace; letter-spacing: 0.02em; }")
    f = F("releases/SHA256SUMS")
    for fn in ["tokenscope-linux-amd64.tar.gz", "tokenscope-linux-arm64.tar.gz", "tokenscope-darwin-arm64.tar.gz", "tokenscope-windows-amd64.zip"]:
        v = hexs(64)
        f.neg("%s  %s" % (v, fn), v, "generic", "file checksum")
    f = F("apps/billing/fixtures/plans.json")
    f("[")
    for name in ["starter", "team", "business", "enterprise"]:
        u = uuid4()
        f.neg('  {"id": "%s", "name": "%s", "seats": 5},' % (u, name), u, "generic", "plan UUID, not a secret")
    f('  {"id": null, "name": "legacy"}')
    f("]")
    f = F("requirements.txt")
    for pkg in ["requests==2.32.3", "boto3==1.35.40", "psycopg2-binary==2.9.9"]:
        v = "sha256:" + hexs(64)
        f.neg("%s --hash=%s" % (pkg, v), v, "generic", "pip hash-checking hash")
    f = F("infra/terraform/.terraform.lock.hcl")
    f('provider "registry.terraform.io/hashicorp/aws" {')
    f('  version     = "5.72.1"')
    f("  hashes = [")
    for _ in range(3):
        v = "h1:" + b64(rbytes(32))
        f.neg('    "%s",' % v, v, "generic", "provider lock hash")
        v = "zh:" + hexs(64)
        f.neg('    "%s",' % v, v, "generic", "provider lock hash")
    f("  ]")
    f("}")
    f = F("logs/http-cache.log")
    for _ in range(4):
        v = '"%s"' % hexs(32)
        f.neg("HTTP/1.1 304 Not Modified ETag: %s Cache-Control: max-age=600" % v, v, "generic", "ETag")
    f = F("web/index.html")
    f("<!doctype html>")
    f("<html><head>")
    v = "sha384-" + b64(rbytes(48))
    f.neg('<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="%s" crossorigin="anonymous"></script>' % v, v, "generic", "subresource integrity hash")
    v = "G-" + rs(10, UPALNUM)
    f.neg("<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>" % v, v, "gcp", "analytics measurement id, public")
    v = hexs(24)
    f.neg('<meta name="csrf-token" content="%s">' % v, v, "generic", "per-session CSRF token rendered into page (ephemeral, not a credential)")
    f("</head><body></body></html>")
    f = F("data/git-lfs/model.bin")
    f("version https://git-lfs.github.com/spec/v1")
    v = "sha256:" + hexs(64)
    f.neg("oid %s" % v, v, "generic", "Git LFS object id")
    f("size 48213377")


def far_keyword():
    f = F("config/legacy/app.ini")
    f("[stripe]")
    f("; the api_key is injected at deploy time by the vault agent, see ops/vault/agent.hcl.")
    f("; historical note: before 2023 this section also configured retries, idempotency behaviour, the webhook")
    f("; endpoint list and the reporting exports; all of that moved to the billing service configuration.")
    f("; nothing of that lives in this file any more; the values below are build metadata for the support page.")
    f("")
    for _ in range(5):
        v = hexs(40)
        f.neg("build_commit = %s" % v, v, "generic", "unrelated hex >200 bytes away from the service keyword")
    f("")
    f("[support_page]")
    f("title = Northwind platform status and build information for customer support staff")
    f("contact = support-escalations@northwind.io (business hours, Monday to Friday, CET)")
    f("refresh_interval_minutes = 15")
    f("show_maintenance_banner = false")
    f("")
    f("[github]")
    f("; mirror settings for the public repository. the token is read from GITHUB_TOKEN at runtime; the lines")
    f("; below are the tree ids of the last mirrored snapshots, kept for the audit trail of the mirroring job")
    f("; that compliance asked for in Q3. each value below is simply the SHA-1 name of a git tree object on main.")
    f("")
    for _ in range(5):
        v = hexs(40)
        f.neg("snapshot_tree = %s" % v, v, "github", "unrelated hex >200 bytes away from the service keyword")
    f("")
    f("[support_page.mirror]")
    f("title = Northwind platform status and build information for customer support staff")
    f("contact = support-escalations@northwind.io (business hours, Monday to Friday, CET)")
    f("refresh_interval_minutes = 15")
    f("show_maintenance_banner = false")
    f("")
    f("[aws]")
    f("; S3 exports are handled by the IAM role attached to the instance profile; there are no static access keys.")
    f("; the values below are object version ids returned by S3 for the last three exports, used to detect drift")
    f("; when the export bucket is replicated to the DR region. they are opaque identifiers assigned by S3.")
    f("")
    for _ in range(3):
        v = rs(32, ALNUM + "._")
        f.neg("last_export_version = %s" % v, v, "aws", "S3 object version id >200 bytes away from keyword")


def misc_negatives():
    f = F("docs/security/rotation.md")
    f("# Credential rotation")
    f("")
    f("The following identifiers are safe to share; they identify credentials but are not secret:")
    f("")
    v = "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    f("")
    v = uuid4()
    f.neg("- Entra application (client) id of the deploy app, no secret alongside: `%s`" % v, v, "azure", "client id alone (no secret nearby)")
    v = "arn:aws:iam::%s:role/deploy" % rs(12, DIG)
    f.neg("- deploy role: `%s`" % v, v, "aws", "role ARN, not a credential")
    v = "projects/nw-prod/secrets/db-password/versions/7"
    f.neg("- GCP Secret Manager path: `%s`" % v, v, "gcp", "secret reference path")
    v = "vault:secret/data/orders#password"
    f.neg("- Vault reference: `%s`" % v, v, "hashicorpvault", "secret reference path")
    v = "op://Production/orders-db/password"
    f.neg("- 1Password reference: `%s`" % v, v, "1password", "secret reference URI")
    v = "SHA256:" + b64(rbytes(32)).rstrip("=")
    f.neg("- deploy key fingerprint: `%s`" % v, v, "private-key", "SSH key fingerprint")
    v = "1:%s:web:%s" % (rs(12, DIG), hexs(22))
    f.neg("- Firebase app id: `%s`" % v, v, "gcp", "Firebase app id, public")
    v = "%s-%s.apps.googleusercontent.com" % (rs(12, DIG), rs(32, LOALNUM))
    f.neg("- Google OAuth client id of the SPA (public client, PKCE, no secret): `%s`" % v, v, "gcp", "public OAuth client id without secret")
    v = "Iv1." + hexs(16)
    f.neg("- GitHub App client id: `%s`" % v, v, "github", "client id alone")
    v = "pk_live_" + rs(24)
    f.neg("- Stripe publishable key used by checkout.js: `%s`" % v, v, "stripe", "publishable key, public by design")
    f("")
    f("Test vectors from the password hashing unit tests (hash of the published test password 'correct horse'):")
    f("")
    v = "$2b$04$" + "." * 53
    f.neg("    %s" % v, v, "shadow-hash", "malformed bcrypt (all dots), test vector")
    f("")
    f("Strings the DLP tool flagged that turned out to be harmless:")
    f("")
    for v, svc, why in [
        ("sk-" + "-".join(rs(4, LO) for _ in range(4)), "openai", "kebab-case slug, not an API key"),
        ("AIzaSy" + "-" * 33, "gcp", "dash filler, not a key"),
        ("ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "github", "alphabet sequence, fails CRC"),
        ("xoxb-0000000000-0000000000000-000000000000000000000000", "slack", "all-zero placeholder"),
        ("0123456789abcdef0123456789abcdef", "generic", "sequential hex placeholder"),
        ("deadbeefdeadbeefdeadbeefdeadbeefdeadbeef", "generic", "repeated hex placeholder"),
        ("AKIAIOSFODNN7" + "EXAMPLE", "aws", "AWS documentation example key id"),
        ("00000000-0000-0000-0000-000000000000", "generic", "nil UUID"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " ops@bastion", "private-key", "SSH public key"),
        ("-----BEGIN CERTIFICATE-----", "private-key", "certificate, public"),
        ("-----BEGIN PGP PUBLIC KEY BLOCK-----", "private-key", "PGP public key"),
        ("-----BEGIN RSA PUBLIC KEY-----", "private-key", "public key"),
        ("-----BEGIN OPENSSH PRIVATE KEY----- (truncated in this doc)", "private-key", "header text in prose, no key material"),
    ]:
        f.neg("- `%s`" % v, v, svc, why)

    f = F("config/app/feature-flags.yaml")
    f("flags:")
    for k, v in [("require_password_change", "true"), ("password_login_enabled", "false"), ("token_rotation_days", "30"),
                 ("api_key_length", "40"), ("secret_scanning", "enabled"), ("max_password_attempts", "5"),
                 ("use_secret_manager", "yes"), ("password_hash_algorithm", "argon2id"), ("jwt_algorithm", "RS256"),
                 ("auth_token_header", "Authorization"), ("session_secret_rotation", "weekly"), ("api_key_prefix", "nw_live_")]:
        f.neg("  %s: %s" % (k, v), v, "generic", "configuration flag next to a secret-sounding name")

    f = F("config/app/empty-values.ini")
    f("[credentials]")
    for k in ["password", "api_key", "secret", "token", "client_secret", "aws_secret_access_key", "private_key"]:
        f.neg("%s =" % k, "%s =" % k, "generic", "empty value")
    f.neg('github_token = ""', '""', "github", "empty string")
    f.neg("stripe_key = ''", "''", "stripe", "empty string")
    f.neg("db_password = None", "None", "password", "None value")

    f = F("src/python/password_policy.py")
    f("from dataclasses import dataclass")
    f("")
    f("@dataclass")
    f("class PasswordPolicy:")
    for k, v in [("min_length", "12"), ("max_length", "128"), ("require_upper", "True"), ("require_digit", "True"),
                 ("require_symbol", "False"), ("max_age_days", "365"), ("history", "10"), ("lockout_threshold", "5")]:
        f.neg("    %s: int = %s" % (k, v), v, "generic", "password policy setting")
    f("")
    f.neg("PASSWORD_FIELD = 'password'", "'password'", "generic", "field name")
    f.neg("TOKEN_TYPE = 'Bearer'", "'Bearer'", "generic", "token type name")
    f.neg("SECRET_KEY_ENV = 'DJANGO_SECRET_KEY'", "'DJANGO_SECRET_KEY'", "django-secret-key", "name of env var")
    f.neg("def check(password: str) -> bool: return len(password) >= PasswordPolicy.min_length", "password", "generic", "parameter name")

    f = F("web/src/components/LoginForm.tsx")
    f("export function LoginForm() {")
    f("  return (")
    f("    <form>")
    f.neg('      <input type="password" name="password" placeholder="Password" autoComplete="current-password" />', 'placeholder="Password"', "password", "form field placeholder")
    f.neg('      <input name="apiKey" placeholder="sk-..." />', "sk-...", "openai", "placeholder")
    f.neg('      <label htmlFor="token">Personal access token (starts with ghp_)</label>', "ghp_", "github", "prefix in help text")
    f("    </form>")
    f("  );")
    f("}")

    f = F("ops/k8s/sealed-secret.yaml")
    f("apiVersion: bitnami.com/v1alpha1")
    f("kind: SealedSecret")
    f("metadata:")
    f("  name: orders-db")
    f("spec:")
    f("  encryptedData:")
    for k in ["password", "username", "DATABASE_URL"]:
        v = "AgB" + rs(180, B64) + "=="
        f.neg("    %s: %s" % (k, v), v, "password", "SealedSecret ciphertext (encrypted)")

    f = F("home/deploy/.ssh/known_hosts")
    for h in ["github.com", "gitlab.com", "bastion.northwind.io"]:
        v = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64)
        f.neg("%s ssh-ed25519 %s" % (h, v), v, "private-key", "host public key")
    f = F("home/deploy/.ssh/authorized_keys")
    for u in ["alice@laptop", "bob@workstation"]:
        v = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64)
        f.neg("ssh-ed25519 %s %s" % (v, u), v, "private-key", "authorized public key")

    f = F("docs/api/webhooks.md")
    f("# Webhooks")
    f("")
    f("We sign each delivery with HMAC-SHA256. The signature header looks like this:")
    f("")
    v = "t=1762160000,v1=" + hexs(64)
    f.neg("    Northwind-Signature: %s" % v, v, "generic", "per-request signature, not a secret")
    f("")
    f("Request ids and idempotency keys are opaque and safe to log:")
    f("")
    v = "req_" + rs(14)
    f.neg("    Request-Id: %s" % v, v, "stripe", "request id")
    v = uuid4()
    f.neg("    Idempotency-Key: %s" % v, v, "generic", "idempotency key")
    v = "ch_" + rs(24)
    f.neg("    charge: %s" % v, v, "stripe", "object id, not a key")
    v = "cus_" + rs(14)
    f.neg("    customer: %s" % v, v, "stripe", "object id, not a key")
    v = "evt_" + rs(24)
    f.neg("    event: %s" % v, v, "stripe", "object id, not a key")
    v = "pi_" + rs(24)
    f.neg("    payment_intent: %s" % v, v, "stripe", "object id, not a key")
    v = "acct_" + rs(16)
    f.neg("    account: %s" % v, v, "stripe", "connected account id")
    v = "whsec_test_secret"
    f.neg("    # local testing: stripe listen prints a whsec_ value; never paste it here", "whsec_ value", "stripe", "prose mention of prefix")


def build():
    placeholders()
    env_refs()
    bad_checksums_and_shapes()
    hashes()
    far_keyword()
    misc_negatives()
