"""Added after the repair: the dotfiles the first pass lacked (.aws/credentials, .npmrc, .pypirc, .pgpass, .s3cfg,
.sentryclirc, ngrok), SQL dumps and migrations, docker-compose, web.config, more CI files, runbooks and helper
scripts full of references, lockfiles and checksum files, test fixtures with look-alike tokens, public material,
password-policy files, logs with masked values, and plain project files (README, Makefile, package.json)."""
import base64
import hashlib
import json

import keys
from keys import bcrypt_shape, mysql_native
from lib import (F, T, ALNUM, B62, HEX, aws_id, aws_secret, b64bytes, gh, gh_badcrc, gh_fine, hexs, human_pw,
                 jwt_hs, npm_badcrc, npm_tok, pw, pypi_tok, rand_pw, rs, stripe_sk, upw, uuid4)

H = "home/dmitri/"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def dotfiles():
    f = F(H + ".aws/credentials"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[default]
aws_access_key_id = ⟨a⟩
aws_secret_access_key = ⟨b⟩

[lab-admin]
# SSO profile, see ~/.aws/config - nothing stored here

[docs-example]
# copied from the AWS CLI user guide while setting up the profile layout
aws_access_key_id = ⟨c⟩
aws_secret_access_key = ⟨d⟩
""", a=S(aws_id(r), "aws", "AWS access key id (~/.aws/credentials)", pair=True),
        b=S(aws_secret(r), "aws", "AWS secret access key (~/.aws/credentials)"),
        c=N("AKIAIOSFODNN7EXAMPLE", "aws", "AWS documentation example key id", "placeholder"),
        d=N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws", "AWS documentation example secret", "placeholder")))

    f = F(H + ".npmrc"); r = f.r; S, N = f.s, f.n
    ident = base64.b64encode(f"dkovalenko:{upw(r)}".encode()).decode()
    f.set(T("""\
init-author-name=Dmitri Kovalenko
init-license=MIT
save-exact=true
@kovlab:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟨a⟩
//registry.npmjs.org/:_authToken=⟨b⟩
//nexus.lab.kovalenko.dev/repository/npm-private/:_auth=⟨c⟩
//nexus.lab.kovalenko.dev/repository/npm-private/:always-auth=true
""", a=N("${GITHUB_TOKEN}", "github", "environment reference (npm expands ${VAR} in .npmrc)", "env-ref"),
        b=S(npm_tok(r), "npm", "npm access token in ~/.npmrc"),
        c=S(ident, "npmrc", "npmrc _auth (base64 user:password)")))

    f = F(H + ".pypirc"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[distutils]
index-servers =
    pypi
    testpypi
    nexus

[pypi]
username = __token__
password = ⟨a⟩

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ⟨b⟩

[nexus]
repository = https://nexus.lab.kovalenko.dev/repository/pypi-internal/
username = dkovalenko
password = ⟨c⟩
""", a=S(pypi_tok(r), "pypi", "PyPI API token in ~/.pypirc"),
        b=N("<paste-your-testpypi-token>", "pypi", "angle-bracket placeholder", "placeholder"),
        c=S(pw(r), "pypirc", "private index password in ~/.pypirc")))

    f = F(H + ".pgpass"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# hostname:port:database:username:password
db01.lab:5432:shop:shop_rw:⟨a⟩
db01.lab:6432:*:reporting:⟨b⟩
*:*:*:replicator:⟨c⟩
#staging-db.lab.kovalenko.dev:5432:shop:shop_rw:⟨d⟩
""", a=S(upw(r), "pgpass", ".pgpass password"), b=S(pw(r).replace(":", "-"), "pgpass", ".pgpass password (pgbouncer)"),
        c=S(rand_pw(r, 24, ALNUM), "pgpass", ".pgpass wildcard replication password"),
        d=N("CHANGEME", "generic", "commented template line with a placeholder", "placeholder")))

    f = F(H + ".s3cfg"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[default]
access_key = ⟨a⟩
secret_key = ⟨b⟩
host_base = s3.nas.lab.kovalenko.dev
host_bucket = s3.nas.lab.kovalenko.dev/%(bucket)
bucket_location = us-east-1
use_https = True
signature_v2 = False
gpg_command = /usr/bin/gpg
gpg_passphrase = ⟨c⟩
encrypt = False
""", a=S(rs(r, 20, UP + "0123456789"), "s3cfg", "S3-compatible access key id (MinIO, .s3cfg)", pair=True),
        b=S(rs(r, 40, ALNUM), "s3cfg", "S3-compatible secret key (MinIO, .s3cfg)"),
        c=N("", "generic", "empty gpg passphrase (encryption off)", "empty")))

    f = F(H + ".sentryclirc"); r = f.r; S = f.s
    f.set(T("""\
[defaults]
url = https://sentry.io/
org = kovlab
project = gateway

[auth]
token = ⟨a⟩
""", a=S("sntryu_" + hexs(r, 64), "sentry", "Sentry user auth token in ~/.sentryclirc")))

    f = F(H + ".config/ngrok/ngrok.yml"); r = f.r; S = f.s
    f.set(T("""\
version: 3
agent:
  authtoken: ⟨a⟩
  log_level: warn
endpoints:
  - name: shop-dev
    url: https://dmitri-shop.ngrok.app
    upstream:
      url: 8080
""", a=S("2" + rs(r, 26, B62) + "_" + rs(r, 21, B62), "ngrok", "ngrok agent authtoken")))

    f = F(H + ".pulumi/credentials.json"); r = f.r; S = f.s
    tok = "pul-" + hexs(r, 40)
    f.set(T("""\
{
    "current": "https://api.pulumi.com",
    "accessTokens": {
        "https://api.pulumi.com": "⟨a⟩"
    },
    "accounts": {
        "https://api.pulumi.com": {
            "accessToken": "⟨b⟩",
            "username": "dmitri-kov",
            "lastValidatedAt": "2026-01-12T09:41:07.118233+01:00"
        }
    }
}
""", a=S(tok, "pulumi", "Pulumi access token (credentials.json)"), b=S(tok, "pulumi", "Pulumi access token (account entry)")))

    f = F(H + ".ssh/known_hosts"); N = f.n
    lines = []
    for host, name in (("github.com", "kh-github"), ("bastion.lab.kovalenko.dev", "kh-bastion"),
                       ("[nas.lab.kovalenko.dev]:2222", "kh-nas")):
        pub = keys.pub_openssh(keys.ed_key(name), "").strip()
        lines.append(f"{host} " + N(pub, "private-key", "known_hosts host public key", "public"))
    f.set("\n".join(lines) + "\n")


def sql():
    f = F("shop-laravel/database/dumps/shop_2026-01-15.sql"); r = f.r; S, N = f.s, f.n
    rp = pw(r)
    f.set(T("""\
-- MySQL dump 10.13  Distrib 8.4.3, for Linux (x86_64)
--
-- Host: db01.lab    Database: shop
-- ------------------------------------------------------
-- Server version	8.4.3

/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

CREATE USER IF NOT EXISTS 'report'@'10.0.5.%' IDENTIFIED BY '⟨cu⟩';
CREATE USER IF NOT EXISTS 'backup'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT ON shop.* TO 'report'@'10.0.5.%';

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'⟨u1⟩','Admin','admin@kovalenko.dev','⟨h1⟩',NULL);
INSERT INTO `users` VALUES (2,'⟨u2⟩','Marta Lis','marta@kovalenko.dev','⟨h2⟩',NULL);
INSERT INTO `users` VALUES (3,'⟨u3⟩','Shop API','api@kovalenko.dev','⟨h3⟩',NULL);
UNLOCK TABLES;

--
-- Table structure for table `personal_access_tokens`
--

DROP TABLE IF EXISTS `personal_access_tokens`;
CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `personal_access_tokens` WRITE;
INSERT INTO `personal_access_tokens` VALUES (1,3,'erp-sync','⟨t1⟩');
UNLOCK TABLES;

--
-- mysql.user excerpt (from --all-databases run)
--
INSERT INTO `mysql`.`user` (`Host`,`User`,`plugin`,`authentication_string`) VALUES ('%','legacy_erp','mysql_native_password','⟨m1⟩');
INSERT INTO `mysql`.`user` (`Host`,`User`,`plugin`,`authentication_string`) VALUES ('localhost','mysql.sys','caching_sha2_password','⟨m2⟩');

-- Dump completed on 2026-01-15  2:15:04
""", cu=S(rp, "mysql", "CREATE USER ... IDENTIFIED BY in a dump"),
        u1=uuid4(r),
        h1=S(bcrypt_shape(r, 12, "2y"), "shadow-hash", "Laravel bcrypt password hash in a dump"),
        u2=uuid4(r),
        h2=S(bcrypt_shape(r, 12, "2y"), "shadow-hash", "Laravel bcrypt password hash in a dump"),
        u3=uuid4(r),
        h3=N("!", "generic", "locked account marker, no hash", "empty"),
        t1=N(hashlib.sha256(rs(r, 40).encode()).hexdigest(), "generic",
             "Sanctum stores only the SHA-256 of the token (not usable as a credential)", "hash-nonsecret"),
        m1=S(mysql_native(human_pw(r)), "shadow-hash", "mysql_native_password hash in mysql.user dump"),
        m2=N("$A$005$THISISACOMBINATIONOFINVALIDSALTANDPASSWORDTHATMUSTNEVERBRBEUSED", "mysql",
             "MySQL's built-in invalid-password marker for locked system accounts", "placeholder")))

    f = F("platform-db/migrations/V7__service_roles.sql"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
-- Flyway migration: service roles for the reporting stack
SET password_encryption = ⟨p⟩;

CREATE ROLE reporting_ro LOGIN PASSWORD '⟨a⟩' VALID UNTIL '2026-12-31';
GRANT CONNECT ON DATABASE shop TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;

-- the ETL role gets its password from Flyway placeholders (flyway.placeholders.etl_password)
CREATE ROLE etl LOGIN PASSWORD ⟨b⟩;

-- retired account: keep the role for ownership, disable password login
ALTER ROLE legacy_batch PASSWORD ⟨c⟩ NOLOGIN;

CREATE TABLE api_clients (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    secret_sha256 bytea NOT NULL
);
INSERT INTO api_clients (id, name, secret_sha256) VALUES (
    '⟨u⟩',
    'erp-sync',
    '\\x⟨h⟩');
""", p=N("'scram-sha-256'", "postgres", "hashing method setting", "policy"),
        a=S(upw(r), "postgres", "CREATE ROLE ... PASSWORD literal in a migration"),
        b=N("'${etl_password}'", "postgres", "Flyway placeholder", "template"),
        c=N("NULL", "postgres", "password removed (NULL)", "empty"),
        u=N(uuid4(r), "generic", "client UUID (identifier)", "identifier"),
        h=N(hexs(r, 64), "generic", "SHA-256 digest of a client secret (not the secret)", "hash-nonsecret")))

    f = F("portal-rails/db/seeds.rb"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# frozen_string_literal: true

# Seeds for development and review apps only.
User.find_or_create_by!(email: "admin@example.com") do |u|
  u.password = ⟨a⟩
  u.role = :admin
end

User.find_or_create_by!(email: "support@kovalenko.dev") do |u|
  u.password = "⟨b⟩"
  u.role = :support
end

ApiClient.find_or_create_by!(name: "review-app") do |c|
  c.secret = ⟨c⟩
end
""", a=N('"password"', "generic", "seed placeholder word", "placeholder"),
        b=S(pw(r), "password", "real support account password in seeds.rb"),
        c=N("SecureRandom.hex(32)", "generic", "generated at seed time", "function-call")))


def compose_webconfig():
    f = F("shop-laravel/docker-compose.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
services:
  app:
    build: .
    image: registry.gitlab.com/kovlab/shop@⟨dg⟩
    env_file: .env
    depends_on: [mysql, redis, meilisearch]
    ports: ["8080:80"]

  mysql:
    image: mysql:8.4
    environment:
      MYSQL_DATABASE: shop
      MYSQL_USER: shop
      MYSQL_PASSWORD: ⟨a⟩
      MYSQL_ROOT_PASSWORD: ⟨b⟩
    volumes: [mysql-data:/var/lib/mysql]

  redis:
    image: redis:7.4-alpine
    command: ["redis-server", "--requirepass", "⟨c⟩"]

  meilisearch:
    image: getmeili/meilisearch:v1.12
    environment:
      MEILI_MASTER_KEY: ⟨d⟩
      MEILI_ENV: production

  mailpit:
    image: axllent/mailpit
    environment:
      MP_SMTP_AUTH_ALLOW_INSECURE: "true"
      MP_SMTP_AUTH_ACCEPT_ANY: ⟨e⟩

  adminer:
    image: adminer
    environment:
      ADMINER_DEFAULT_SERVER: mysql
    secrets: [adminer_password]

secrets:
  adminer_password:
    file: ⟨g⟩

volumes:
  mysql-data:
""", dg=N("sha256:" + hexs(r, 64), "generic", "image digest", "hash-nonsecret"),
        a=S(upw(r), "mysql", "MYSQL_PASSWORD literal in docker-compose"),
        b=N("${MYSQL_ROOT_PASSWORD:?set MYSQL_ROOT_PASSWORD}", "mysql", "compose variable with required-check", "env-ref"),
        c=S(rand_pw(r, 28, ALNUM), "redis", "redis --requirepass in compose command"),
        d=S(rs(r, 32, ALNUM + "-_"), "password", "Meilisearch master key in compose"),
        e=N('"true"', "generic", "test SMTP sink accepts any credentials (setting)", "policy"),
        g=N("./secrets/adminer_password.txt", "generic", "compose secret file path", "secret-ref")))

    f = F("gateway-node/docker-compose.override.yml"); r = f.r; N = f.n
    f.set(T("""\
# local development only
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: gateway
      POSTGRES_PASSWORD: ⟨a⟩
      POSTGRES_HOST_AUTH_METHOD: ⟨b⟩
  redis:
    image: redis:7.4
    environment:
      ALLOW_EMPTY_PASSWORD: ⟨c⟩
""", a=N("${POSTGRES_PASSWORD:-gateway}", "postgres", "compose variable with a local default", "env-ref"),
        b=N("trust", "postgres", "auth method setting (no password)", "policy"),
        c=N('"yes"', "redis", "empty password explicitly allowed (setting)", "empty")))

    f = F("intranet-aspnet/legacy/Web.config"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="IntranetDb" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql01.corp-internal.net;Initial Catalog=IntranetLegacy;User Id=intranet_legacy;Password=⟨a⟩;" />
    <add name="AuditDb" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql01.corp-internal.net;Initial Catalog=Audit;Integrated Security=SSPI;" />
  </connectionStrings>
  <appSettings>
    <add key="ida:ClientId" value="⟨ci⟩" />
    <add key="ida:Tenant" value="⟨tn⟩" />
    <add key="Recaptcha:SiteKey" value="⟨rk⟩" />
    <add key="Smtp:Password" value="⟨sp⟩" />
    <add key="Payroll:ApiKey" value="⟨pk⟩" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="⟨vk⟩"
                decryptionKey="⟨dk⟩" validation="HMACSHA256" decryption="AES" />
    <membership defaultProvider="SqlProvider">
      <providers>
        <add name="SqlProvider" type="System.Web.Security.SqlMembershipProvider" connectionStringName="IntranetDb"
             minRequiredPasswordLength="⟨ml⟩" passwordFormat="Hashed" />
      </providers>
    </membership>
  </system.web>
</configuration>
""", a=S(pw(r).replace(";", "!"), "sqlserver", "SQL Server password in Web.config connectionString"),
        ci=N(uuid4(r), "azure", "Entra client id alone, no secret in the file (public identifier)", "identifier"),
        tn=N("corp-internal.net", "azure", "tenant domain", "identifier"),
        rk=N("6L" + rs(r, 38, ALNUM + "-_"), "google", "reCAPTCHA site key (public by design)", "public"),
        sp=N("#{SmtpPassword}#", "generic", "release-pipeline token replacement placeholder", "template"),
        pk=N("__PAYROLL_API_KEY__", "generic", "deploy-time placeholder", "placeholder"),
        vk=S(hexs(r, 128).upper(), "password", "ASP.NET machineKey validationKey"),
        dk=N("AutoGenerate,IsolateApps", "generic", "machineKey generated per app (setting)", "placeholder"),
        ml=N("12", "generic", "password policy setting", "policy")))


def ci_more():
    f = F("api-flask/.github/workflows/ci.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-24.04
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ⟨p⟩
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgresql+psycopg://postgres:postgres@localhost:5432/postgres
      SECRET_KEY: ⟨k⟩
    steps:
      - uses: actions/checkout@⟨s1⟩ # v4.2.2
      - uses: actions/setup-python@⟨s2⟩ # v5.3.0
        with:
          python-version: "3.12"
      - run: pip install -e .[test]
      - run: pytest --cov=app -q
      - uses: codecov/codecov-action@⟨s3⟩ # v5.1.2
        with:
          token: ⟨c⟩
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-24.04
    environment: production
    steps:
      - uses: actions/checkout@⟨s4⟩ # v4.2.2
      - run: ./deploy.sh
        env:
          DEPLOY_KEY: ⟨d⟩
          SENTRY_AUTH_TOKEN: ⟨e⟩
""", p=N("postgres", "postgres", "throwaway CI service password (image default)", "placeholder"),
        k=N("ci-not-secret", "generic", "self-describing CI placeholder", "placeholder"),
        s1=N(hexs(r, 40), "generic", "pinned action commit SHA", "hash-nonsecret"),
        s2=N(hexs(r, 40), "generic", "pinned action commit SHA", "hash-nonsecret"),
        s3=N(hexs(r, 40), "generic", "pinned action commit SHA", "hash-nonsecret"),
        c=S(uuid4(r), "codecov", "Codecov upload token literal in workflow"),
        s4=N(hexs(r, 40), "generic", "pinned action commit SHA", "hash-nonsecret"),
        d=N("${{ secrets.DEPLOY_KEY }}", "generic", "GitHub Actions secret expression", "secret-ref"),
        e=N("${{ secrets.SENTRY_AUTH_TOKEN }}", "sentry", "GitHub Actions secret expression", "secret-ref")))

    f = F("portal-rails/.circleci/config.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
version: 2.1
orbs:
  ruby: circleci/ruby@2.3.1
  heroku: circleci/heroku@2.0.0
jobs:
  test:
    docker:
      - image: cimg/ruby:3.3-node
        auth:
          username: kovlabci
          password: ⟨a⟩
      - image: cimg/postgres:16.4
        environment:
          POSTGRES_USER: portal
          POSTGRES_PASSWORD: ⟨b⟩
    environment:
      RAILS_ENV: test
      DATABASE_URL: postgres://portal@localhost:5432/portal_test
      RAILS_MASTER_KEY: ⟨c⟩
    steps:
      - checkout
      - ruby/install-deps
      - run: bin/rails db:schema:load && bin/rspec
workflows:
  build-deploy:
    jobs:
      - test:
          context: [dockerhub-readonly]
      - heroku/deploy-via-git:
          requires: [test]
          api-key: ⟨d⟩
          app-name: kovlab-portal
""", a=N("$DOCKERHUB_PASSWORD", "dockerhub", "context environment variable", "env-ref"),
        b=N('""', "postgres", "empty password for the throwaway test database", "empty"),
        c=N("$RAILS_MASTER_KEY", "rails-secret", "project environment variable", "env-ref"),
        d=N("HEROKU_API_KEY", "generic", "orb parameter naming an environment variable", "env-ref")))

    f = F("worker-go/.gitlab-ci.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
stages: [test, release]

variables:
  GOFLAGS: -mod=readonly
  DOCKER_AUTH_CONFIG: ⟨a⟩

test:
  stage: test
  image: golang:1.23
  script:
    - go test ./...

release:
  stage: release
  image: goreleaser/goreleaser:v2.5.0
  variables:
    GITLAB_TOKEN: ⟨b⟩
    GITHUB_TOKEN: ⟨c⟩
  script:
    - goreleaser release --clean
  rules:
    - if: $CI_COMMIT_TAG
""", a=N("$DOCKER_AUTH_CONFIG_JSON", "docker-config", "masked CI/CD variable reference", "env-ref"),
        b=N("$CI_JOB_TOKEN", "gitlab", "predefined CI variable", "env-ref"),
        c=S(gh(r), "github", "GitHub token literal in GitLab CI variables")))

    f = F("platform-terraform/.github/workflows/plan.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
name: terraform-plan
on: pull_request
permissions:
  id-token: write
  contents: read
  pull-requests: write
jobs:
  plan:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: ⟨ci⟩
          tenant-id: ⟨tn⟩
          subscription-id: ⟨sb⟩
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ⟨ro⟩
          aws-region: eu-central-1
      - uses: hashicorp/setup-terraform@v3
        with:
          cli_config_credentials_token: ⟨tf⟩
      - run: terraform init -backend-config=environments/prod/backend.hcl && terraform plan -no-color
""", ci=N(uuid4(r), "azure", "OIDC federated login: client id without a secret (identifier)", "identifier"),
        tn=N(uuid4(r), "azure", "tenant id (identifier)", "identifier"),
        sb=N(uuid4(r), "azure", "subscription id (identifier)", "identifier"),
        ro=N(f"arn:aws:iam::{r.randrange(10**11, 10**12)}:role/gha-terraform-plan", "aws", "IAM role ARN (OIDC, no key)",
             "identifier"),
        tf=N("${{ secrets.TF_API_TOKEN }}", "terraformcloud", "GitHub Actions secret expression", "secret-ref")))


def docs_scripts():
    f = F("ops-tools/docs/credential-rotation.md"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# Credential rotation runbook

Rotate every credential listed here at least once a year and immediately after someone leaves.
Never paste real values into this file; use the placeholders as shown.

## GitHub release bot

1. Create a fine-grained token for `kovlab-bot` (contents: write, metadata: read).
2. Store it: `vault kv put secret/ci/github token=<new-token>`
3. Test it:

   ```sh
   export GITHUB_TOKEN=⟨a⟩
   gh auth status
   ```

## OpenAI / Anthropic

OpenAI project keys look like `⟨b⟩`,
Anthropic keys like `⟨c⟩`. Keys are stored in 1Password, vault "Ops", item "LLM keys";
read them with `op read "⟨d⟩"`.

## AWS

Old keys show up in CloudTrail as `⟨e⟩`. Deactivate first, delete a week later:

```sh
aws iam update-access-key --user-name shop-media --access-key-id ⟨g⟩ --status Inactive
```

## Database passwords

```sh
PGPASSWORD=⟨h⟩ psql -h db01.lab -U postgres -c "ALTER ROLE app PASSWORD '<generated>'"
```

The role defaults in `roles/app/defaults/main.yml` are `⟨i⟩` on purpose: a host that still has that value
is not configured. The Stripe dashboard shows keys masked like `⟨j⟩`.

## Slack

Bot tokens start with `xoxb-`; a token in a ticket would look like `⟨k⟩`.
""", a=N("ghp_" + "X" * 36, "github", "X-filled placeholder token", "placeholder"),
        b=N("sk-proj-...", "openai", "truncated prefix example", "placeholder"),
        c=N("sk-ant-api03-<key>", "anthropic", "angle-bracket placeholder", "placeholder"),
        d=N("op://Ops/LLM keys/openai", "1password", "1Password secret reference", "secret-ref"),
        e=N("AKIA" + "*" * 16, "aws", "masked access key id", "masked"),
        g=N("AKIA" + "X" * 16, "aws", "X-filled placeholder key id", "placeholder"),
        h=N("$(vault kv get -field=password secret/pg/postgres)", "hashicorpvault", "command substitution from Vault",
            "function-call"),
        i=N("changeme", "generic", "placeholder default", "placeholder"),
        j=N("sk_live_" + "•" * 8 + rs(r, 4), "stripe", "masked Stripe key (dashboard display)", "masked"),
        k=N("xoxb-REPLACE-ME", "slack", "placeholder token", "placeholder")))

    f = F("ops-tools/fetch-secrets.sh"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
#!/usr/bin/env bash
# Populate /etc/shop/env from the secret stores at boot. Nothing secret is kept in this script.
set -euo pipefail

export VAULT_ADDR=https://vault.corp-internal.net:8200
export VAULT_TOKEN=⟨a⟩

DB_PASSWORD=⟨b⟩
SMTP_PASSWORD=⟨c⟩
STRIPE_SECRET_KEY=⟨d⟩
GITHUB_TOKEN=⟨e⟩
SENDGRID_API_KEY=⟨g⟩
GCS_HMAC_SECRET=⟨h⟩

install -m 0600 /dev/null /etc/shop/env
cat > /etc/shop/env <<EOF
DB_PASSWORD=${DB_PASSWORD}
SMTP_PASSWORD=${SMTP_PASSWORD}
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
GITHUB_TOKEN=${GITHUB_TOKEN}
SENDGRID_API_KEY=${SENDGRID_API_KEY}
GCS_HMAC_SECRET=${GCS_HMAC_SECRET}
EOF
""", a=N("$(vault write -field=token auth/approle/login role_id=\"$ROLE_ID\" secret_id=\"$SECRET_ID\")",
         "hashicorpvault", "token obtained at runtime (AppRole login)", "function-call"),
        b=N("$(aws ssm get-parameter --name /shop/prod/db_password --with-decryption --query Parameter.Value --output text)",
            "aws", "SSM Parameter Store reference", "secret-ref"),
        c=N("$(aws secretsmanager get-secret-value --secret-id shop/prod/smtp --query SecretString --output text)", "aws",
            "Secrets Manager reference", "secret-ref"),
        d=N('$(op read "op://Ops/Stripe live/secret key")', "1password", "1Password CLI reference", "secret-ref"),
        e=N("$(vault kv get -field=token secret/ci/github)", "hashicorpvault", "Vault KV reference", "secret-ref"),
        g=N("$(az keyvault secret show --vault-name kv-shop-prod --name sendgrid-api-key --query value -o tsv)",
            "azure", "Key Vault reference", "secret-ref"),
        h=N("$(gcloud secrets versions access latest --secret=gcs-hmac-secret)", "gcp", "Secret Manager reference",
            "secret-ref")))

    f = F("platform-cfn/rds.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
AWSTemplateFormatVersion: "2010-09-09"
Description: Reporting replica for the shop database
Parameters:
  MasterUsername:
    Type: String
    Default: reporting_admin
  MasterPassword:
    Type: String
    NoEcho: true
    MinLength: ⟨ml⟩
    Default: ⟨df⟩
Resources:
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      MasterUsername: !Ref MasterUsername
      MasterUserPassword: ⟨a⟩
  LegacyDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.small
      MasterUsername: admin
      MasterUserPassword: ⟨b⟩
  SmtpParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /reporting/smtp-user
      Type: String
      Value: reports@kovalenko.dev
  AppSecretRef:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          SMTP_PASSWORD: ⟨c⟩
""", ml=N("16", "generic", "password length constraint", "policy"),
        df=N('""', "generic", "empty default", "empty"),
        a=N("!Ref MasterPassword", "aws", "CloudFormation parameter reference", "env-ref"),
        b=N("'{{resolve:secretsmanager:shop/legacy/db:SecretString:password}}'", "aws", "Secrets Manager dynamic reference",
            "secret-ref"),
        c=N("'{{resolve:ssm-secure:/reporting/smtp-password:3}}'", "aws", "SSM SecureString dynamic reference",
            "secret-ref")))


def lockfiles():
    f = F("gateway-node/package-lock.json"); r = f.r; N = f.n

    def integ():
        return "sha512-" + b64bytes(r, 64)
    pkgs = [("bcryptjs", "2.4.3"), ("express", "4.21.2"), ("jsonwebtoken", "9.0.2"), ("config", "3.3.12"),
            ("ioredis", "5.4.2")]
    out = ['{', '  "name": "gateway",', '  "version": "1.9.0",', '  "lockfileVersion": 3,', '  "requires": true,',
           '  "packages": {']
    for i, (name, ver) in enumerate(pkgs):
        out += [f'    "node_modules/{name}": {{', f'      "version": "{ver}",',
                f'      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",',
                '      "integrity": "' + N(integ(), "npm", "npm package integrity hash (SRI)", "hash-nonsecret") + '",',
                '      "license": "MIT"', '    }' + ("," if i < len(pkgs) - 1 else "")]
    out += ['  }', '}']
    f.set("\n".join(out) + "\n")

    f = F("worker-go/go.sum"); r = f.r; N = f.n
    mods = [("github.com/google/go-github/v66", "v66.0.0"), ("github.com/lib/pq", "v1.10.9"),
            ("github.com/redis/go-redis/v9", "v9.7.0"), ("golang.org/x/crypto", "v0.31.0"),
            ("golang.org/x/oauth2", "v0.24.0")]
    lines = []
    for m, v in mods:
        lines.append(f"{m} {v} h1:" + N(b64bytes(r, 32), "generic", "go.sum module hash (h1:)", "hash-nonsecret"))
        lines.append(f"{m} {v}/go.mod h1:{b64bytes(r, 32)}")
    f.set("\n".join(lines) + "\n")

    f = F("shop-laravel/composer.lock"); r = f.r; N = f.n
    f.set(T("""\
{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "⟨ch⟩",
    "packages": [
        {
            "name": "laravel/framework",
            "version": "v11.36.1",
            "source": {
                "type": "git",
                "url": "https://github.com/laravel/framework.git",
                "reference": "⟨r1⟩"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/laravel/framework/zipball/⟨r2⟩",
                "shasum": ""
            }
        },
        {
            "name": "stripe/stripe-php",
            "version": "v16.4.0",
            "source": {
                "type": "git",
                "url": "https://github.com/stripe/stripe-php.git",
                "reference": "⟨r3⟩"
            }
        }
    ]
}
""", ch=N(hexs(r, 32), "generic", "composer content-hash (md5 of composer.json)", "hash-nonsecret"),
        r1=N(hexs(r, 40), "generic", "git commit SHA of a dependency", "hash-nonsecret"),
        r2=N(hexs(r, 40), "generic", "git commit SHA in a zipball URL", "hash-nonsecret"),
        r3=N(hexs(r, 40), "generic", "git commit SHA of a dependency", "hash-nonsecret")))

    f = F("ingest-rust/dist/SHA256SUMS"); r = f.r; N = f.n
    lines = []
    for name in ("ingest-x86_64-unknown-linux-musl.tar.gz", "ingest-aarch64-unknown-linux-musl.tar.gz",
                 "ingest-x86_64-apple-darwin.tar.gz"):
        lines.append(N(hexs(r, 64), "generic", "release artefact SHA-256 checksum", "hash-nonsecret") + "  " + name)
    f.set("\n".join(lines) + "\n")

    f = F("gateway-node/.git-blame-ignore-revs"); r = f.r; N = f.n
    f.set(T("""\
# prettier 3 reformat
⟨a⟩
# eslint flat config migration
⟨b⟩
# rename src/lib -> src/util
⟨c⟩
""", a=N(hexs(r, 40), "generic", "git commit SHA", "hash-nonsecret"), b=N(hexs(r, 40), "generic", "git commit SHA", "hash-nonsecret"),
        c=N(hexs(r, 40), "generic", "git commit SHA", "hash-nonsecret")))


def tests_nearmiss():
    f = F("ops-tools/tests/test_token_patterns.py"); r = f.r; N = f.n
    f.set(T("""\
\"\"\"Unit tests for ops-tools/scan_logs.py: strings that look like tokens but must NOT be reported.\"\"\"
import pytest

from scan_logs import classify

NOT_TOKENS = [
    "⟨a⟩",  # ghp_ with a broken checksum
    "⟨b⟩",  # gho_ with a broken checksum
    "⟨c⟩",  # npm_ with a broken checksum
    "⟨d⟩",  # fine-grained PAT cut short
    "⟨e⟩",  # lower-case access key id
    "⟨g⟩",  # GitLab PAT too short
    "⟨h⟩",  # Anthropic key truncated
    "⟨i⟩",  # AIza too long
    "⟨j⟩",  # ghp_ with a hyphen
]


@pytest.mark.parametrize("value", NOT_TOKENS)
def test_lookalikes_are_ignored(value):
    assert classify(value) is None
""", a=N(gh_badcrc(r, "ghp_"), "github", "ghp_ token with wrong CRC32 checksum", "near-miss-token"),
        b=N(gh_badcrc(r, "gho_"), "github", "gho_ token with wrong CRC32 checksum", "near-miss-token"),
        c=N(npm_badcrc(r), "npm", "npm_ token with wrong CRC32 checksum", "near-miss-token"),
        d=N("github_pat_" + rs(r, 22, B62) + "_" + rs(r, 31, B62), "github", "github_pat_ with 31 chars after the _ instead of 59",
            "near-miss-token"),
        e=N("AKIA" + rs(r, 16, "abcdefghijklmnopqrstuvwxyz234567"), "aws", "AKIA id in lower case (wrong alphabet)",
            "near-miss-token"),
        g=N("glpat-" + rs(r, 12, ALNUM), "gitlab", "glpat- with 12 chars (too short)", "near-miss-token"),
        h=N("sk-ant-api03-" + rs(r, 24, ALNUM), "anthropic", "Anthropic key cut to 24 chars", "near-miss-token"),
        i=N("AIza" + rs(r, 42, ALNUM), "google", "AIza + 42 chars (too long)", "near-miss-token"),
        j=N("ghp_" + rs(r, 17, B62) + "-" + rs(r, 18, B62), "github", "ghp_ containing '-' (outside base62)",
            "near-miss-token")))

    f = F("shop-laravel/tests/Feature/AuthTest.php"); r = f.r; N = f.n
    f.set(T("""\
<?php

namespace Tests\\Feature;

use App\\Models\\User;
use Illuminate\\Foundation\\Testing\\RefreshDatabase;
use Tests\\TestCase;

class AuthTest extends TestCase
{
    use RefreshDatabase;

    public function test_user_can_log_in(): void
    {
        $user = User::factory()->create(['password' => bcrypt(⟨a⟩)]);

        $this->post('/login', ['email' => $user->email, 'password' => ⟨b⟩])
            ->assertRedirect('/dashboard');
    }

    public function test_api_rejects_bad_token(): void
    {
        $this->withToken(⟨c⟩)->getJson('/api/orders')->assertUnauthorized();
    }

    public function test_stripe_is_faked(): void
    {
        config(['services.stripe.secret' => ⟨d⟩]);
        $this->assertStringStartsWith('sk_test_', config('services.stripe.secret'));
    }
}
""", a=N("'password'", "generic", "Laravel factory default test password", "placeholder"),
        b=N("'password'", "generic", "Laravel factory default test password", "placeholder"),
        c=N("'not-a-real-token'", "generic", "self-describing test value", "placeholder"),
        d=N("'sk_test_fake_for_unit_tests'", "stripe", "fake test key (marked as such)", "placeholder")))

    f = F("api-flask/tests/conftest.py"); r = f.r; N = f.n
    f.set(T("""\
import os

import pytest

os.environ.setdefault("OPENAI_API_KEY", ⟨a⟩)
os.environ.setdefault("DATABASE_URL", "sqlite://")

TEST_USER = {"email": "alice@example.com", "password": ⟨b⟩}


@pytest.fixture
def app():
    from app import create_app

    app = create_app("testing")
    app.config.update(SECRET_KEY=⟨c⟩, WTF_CSRF_ENABLED=False)
    yield app


@pytest.fixture
def auth_header():
    return {"Authorization": ⟨d⟩}
""", a=N('"sk-test-not-a-real-key"', "openai", "self-describing test value", "placeholder"),
        b=N('"correct-horse-battery-staple"', "generic", "test-only fixture password on example.com", "placeholder"),
        c=N('"test"', "generic", "test placeholder", "placeholder"),
        d=N('"Bearer test-token"', "generic", "test placeholder bearer", "placeholder")))

    f = F("gateway-node/src/util/redact.ts"); r = f.r; N = f.n
    f.set(T("""\
// Masks credentials before log lines leave the process.
const PATTERNS: RegExp[] = [
  /gh[pousr]_[A-Za-z0-9]{36}/g,
  /github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}/g,
  /xox[abpr]-[A-Za-z0-9-]{10,}/g,
  /sk-(proj|ant)-[A-Za-z0-9_-]{20,}/g,
  /AKIA[A-Z2-7]{16}/g,
];

/** redact("token=ghp_abc") -> "token=ghp_***" */
export function redact(line: string): string {
  let out = line;
  for (const re of PATTERNS) {
    out = out.replace(re, (m) => m.slice(0, 4) + ⟨a⟩);
  }
  return out;
}

// example output kept for the docs:
//   before: Authorization: Bearer eyJhbGciOi...
//   after:  Authorization: Bearer ⟨b⟩
export const MASK = ⟨c⟩;
""", a=N('"***"', "generic", "mask string", "masked"), b=N("[REDACTED]", "generic", "redacted marker", "masked"),
        c=N('"********"', "generic", "mask string", "masked")))


def public_material():
    f = F("hosts/edge01/etc/ssl/certs/erp.crt"); N = f.n
    cert = keys.self_signed_cert_pem("erp-edge", "erp.corp-internal.net").split("\n")
    f.set(N(cert[0], "private-key", "X.509 certificate (public)", "public") + "\n" + "\n".join(cert[1:]))

    f = F("ops-ansible/files/ssh/authorized_keys"); N = f.n
    lines = ["# managed by ansible - role base"]
    for name, who in (("ak-dmitri", "dmitri@thinkpad"), ("ak-carla", "carla@mbp"), ("ak-ci", "deploy@ci01")):
        lines.append(N(keys.pub_openssh(keys.ed_key(name), who), "private-key", "authorized_keys public key", "public"))
    f.set("\n".join(lines) + "\n")

    f = F("platform-k8s/secrets/jwt-public.yaml"); N = f.n
    pub = keys.pub_pem(keys.rsa_key("gateway-jwt")).rstrip("\n").split("\n")
    body = "\n".join("    " + l for l in pub[1:])
    f.set(T("""\
apiVersion: v1
kind: ConfigMap
metadata:
  name: gateway-jwt-public
  namespace: shop
data:
  jwt.pub: |
    ⟨a⟩
⟨body⟩
""", a=N(pub[0], "private-key", "RSA public key (JWT verification, public)", "public"), body=body))

    f = F("field-app-ios/Sources/Config/GoogleService-Info.plist"); r = f.r; N = f.n
    f.set(T("""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>⟨a⟩</string>
	<key>GCM_SENDER_ID</key>
	<string>⟨b⟩</string>
	<key>BUNDLE_ID</key>
	<string>dev.kovalenko.field</string>
	<key>PROJECT_ID</key>
	<string>kov-field-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>⟨c⟩</string>
	<key>CLIENT_ID</key>
	<string>⟨d⟩</string>
</dict>
</plist>
""", a=N("AIza" + rs(r, 35, ALNUM + "-_"), "google", "Firebase iOS API key (public by design, restricted by bundle id)",
         "public"),
        b=N(str(r.randrange(10**11, 10**12)), "google", "FCM sender id (identifier)", "identifier"),
        c=N(f"1:{r.randrange(10**11, 10**12)}:ios:{hexs(r, 22)}", "google", "Firebase app id (identifier)", "identifier"),
        d=N(f"{r.randrange(10**11, 10**12)}-{rs(r, 32, '0123456789abcdefghijklmnopqrstuvwxyz')}.apps.googleusercontent.com",
            "google", "iOS OAuth client id alone (public client, no secret)", "public")))

    f = F("shop-laravel/resources/js/checkout.js"); r = f.r; N = f.n
    f.set(T("""\
import { loadStripe } from "@stripe/stripe-js";

const stripe = await loadStripe(⟨a⟩);

export function paypalScriptUrl() {
  return "https://www.paypal.com/sdk/js?client-id=⟨b⟩&currency=EUR";
}

window.recaptchaSiteKey = ⟨c⟩;
export const POSTHOG_KEY = ⟨d⟩;
""", a=N('"pk_live_51' + rs(r, 97) + '"', "stripe", "Stripe publishable key in browser code (public by design)", "public"),
        b=N("A" + rs(r, 79, ALNUM + "-_"), "paypal", "PayPal JS SDK client id (public)", "public"),
        c=N('"6L' + rs(r, 38, ALNUM + "-_") + '"', "google", "reCAPTCHA site key (public)", "public"),
        d=N('"phc_' + rs(r, 43, ALNUM) + '"', "posthog", "PostHog project API key (public, write-only)", "public")))


def policy_files():
    f = F("hosts/app01/etc/security/pwquality.conf"); N = f.n
    f.set(T("""\
# Configuration for systemwide password quality limits
difok = 4
minlen = ⟨a⟩
dcredit = ⟨b⟩
ucredit = -1
ocredit = -1
minclass = ⟨c⟩
maxrepeat = 3
dictcheck = 1
enforce_for_root
""", a=N("14", "generic", "password policy: minimum length", "policy"),
        b=N("-1", "generic", "password policy: digit credit", "policy"),
        c=N("3", "generic", "password policy: character classes", "policy")))

    f = F("platform-keycloak/realm-corp.json"); r = f.r; N = f.n
    f.set(T("""\
{
  "realm": "corp",
  "enabled": true,
  "passwordPolicy": ⟨a⟩,
  "bruteForceProtected": true,
  "failureFactor": 5,
  "clients": [
    {
      "clientId": "grafana",
      "protocol": "openid-connect",
      "publicClient": false,
      "secret": ⟨b⟩,
      "redirectUris": ["https://grafana.corp-internal.net/login/generic_oauth"]
    },
    {
      "clientId": "portal-spa",
      "publicClient": true,
      "redirectUris": ["https://portal.kovalenko.dev/*"]
    }
  ],
  "smtpServer": {
    "host": "smtp.office365.com",
    "auth": "true",
    "user": "sso@corp-internal.net",
    "password": ⟨c⟩
  }
}
""", a=N('"length(12) and digits(1) and upperCase(1) and notUsername and passwordHistory(5)"', "generic",
         "Keycloak password policy string", "policy"),
        b=N('"**********"', "generic", "secret masked by Keycloak's partial export", "masked"),
        c=N('"**********"', "generic", "secret masked by Keycloak's partial export", "masked")))


def logs_misc():
    f = F("hosts/app01/var/log/shop/app.log"); r = f.r; S, N = f.s, f.n
    basic = base64.b64encode(f"erp-sync:{upw(r)}".encode()).decode()
    tok = jwt_hs(r, {"sub": "svc-erp", "scope": "orders:read", "iat": 1768471200, "exp": 1799999999}, "HS256")
    f.set(T("""\
2026-01-15T08:00:01.112Z INFO  boot config loaded DATABASE_URL=postgres://shop:⟨a⟩@db01.lab:6432/shop
2026-01-15T08:00:01.230Z INFO  boot stripe key=⟨b⟩
2026-01-15T08:00:02.004Z INFO  http GET /health 200 1ms
2026-01-15T08:03:17.581Z DEBUG erp request headers={"Authorization": "Basic ⟨c⟩", "Accept": "application/json"}
2026-01-15T08:03:17.902Z WARN  erp retrying after 502 request_id=⟨d⟩
2026-01-15T08:11:40.015Z DEBUG auth inbound Authorization: Bearer ⟨e⟩
2026-01-15T08:11:40.017Z INFO  auth login ok user=marta@kovalenko.dev password=⟨g⟩
2026-01-15T08:12:02.440Z INFO  github sync token=⟨h⟩ repos=14
""", a=N("****", "postgres", "password masked by the logger", "masked"),
        b=N("sk_live_****" + rs(r, 4), "stripe", "masked key in a log line", "masked"),
        c=S(basic, "http", "HTTP Basic header logged at DEBUG (base64 user:password)"),
        d=N(uuid4(r), "generic", "request id (identifier)", "identifier"),
        e=S(tok, "jwt", "signed bearer JWT logged at DEBUG"),
        g=N("[FILTERED]", "generic", "filtered parameter", "masked"),
        h=N("ghp_****", "github", "masked token", "masked")))

    f = F("gateway-node/config/tenants.json"); r = f.r; N = f.n
    f.set(T("""\
{
  "tenants": [
    {
      "id": "⟨a⟩",
      "name": "kovlab-shop",
      "plan": "⟨p1⟩"
    },
    {
      "id": "⟨b⟩",
      "name": "olimp",
      "plan": "⟨p2⟩"
    }
  ],
  "webhookSigningAlgorithm": "HMAC-SHA256",
  "defaultTenant": "⟨c⟩"
}
""", a=N(uuid4(r), "generic", "tenant UUID (identifier)", "identifier"), p1=N(uuid4(r), "generic", "plan UUID", "identifier"),
        b=N(uuid4(r), "generic", "tenant UUID (identifier)", "identifier"), p2=N(uuid4(r), "generic", "plan UUID", "identifier"),
        c=N(uuid4(r), "generic", "tenant UUID (identifier)", "identifier")))


def services_more():
    f = F("shop-laravel/config/services.php"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.kovalenko.dev'),
        'secret' => env('MAILGUN_SECRET', '⟨a⟩'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN', ⟨b⟩),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => ['secret' => env('STRIPE_WEBHOOK_SECRET'), 'tolerance' => ⟨c⟩],
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#shop'),
        ],
    ],
];
""", a=S("key-" + hexs(r, 32), "mailgun", "Mailgun private API key as env() fallback"),
        b=N("'POSTMARK_API_TEST'", "postmark", "Postmark's documented test token (sends nothing)", "placeholder"),
        c=N("300", "generic", "webhook tolerance setting", "policy")))

    f = F("portal-rails/config/environments/production.rb"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# frozen_string_literal: true

require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info
  config.filter_parameters += ⟨f⟩

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "⟨a⟩" }
  config.action_mailer.default_url_options = { host: "portal.kovalenko.dev" }

  config.active_record.encryption.primary_key = ⟨b⟩
end
""", f=N("[:passw, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn]", "generic",
         "parameter filter list (names only)", "ui-label"),
        a=S(uuid4(r), "postmark", "Postmark server API token in production.rb"),
        b=N("Rails.application.credentials.active_record_encryption&.primary_key", "rails-secret", "credentials lookup",
            "secret-ref")))

    f = F("ops-tools/backup-notify.sh"); r = f.r; S, N = f.s, f.n
    bot = f"{r.randrange(10**9, 8 * 10**9)}:AA{rs(r, 33, ALNUM + '_-')}"
    f.set(T("""\
#!/bin/sh
# called by restic-backup.service on completion
STATUS="$1"
HOST="$(hostname -s)"
TG_BOT_TOKEN="⟨a⟩"
TG_CHAT_ID="⟨c⟩"
curl -fsS "https://api.telegram.org/bot${TG_BOT_TOKEN}/sendMessage" \\
  -d chat_id="$TG_CHAT_ID" -d text="backup on $HOST: $STATUS" >/dev/null
export RESTIC_PASSWORD_FILE=⟨b⟩
restic snapshots --latest 1 --host "$HOST"
""", a=S(bot, "telegrambottoken", "Telegram bot token in a shell script"),
        c=N(str(-1000000000000 - r.randrange(10**9, 10**10)), "telegrambottoken", "chat id (identifier)", "identifier"),
        b=N("/etc/restic/password", "generic", "password file path", "secret-ref")))

    f = F("hosts/app01/etc/newrelic-infra.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
license_key: ⟨a⟩
display_name: app01
log:
  level: info
proxy: ⟨b⟩
custom_attributes:
  environment: production
""", a=S(hexs(r, 36) + "NRAL", "newrelic", "New Relic ingest license key (newrelic-infra.yml)"),
        b=N("http://proxy.corp-internal.net:3128", "generic", "proxy URL without credentials", "empty")))


def plain_files():
    f = F("gateway-node/README.md"); f.plain = True
    f.set("""\
# gateway

Edge API for the shop: authentication, rate limiting and request routing to the backend services.

## Development

```sh
cp config/local.example.json config/local.json   # then fill in your own values
docker compose up -d postgres redis
npm ci
npm run dev
```

Configuration is read with [node-config](https://github.com/node-config/node-config): `config/default.json`
holds safe defaults, `config/custom-environment-variables.json` maps settings to environment variables, and
production values come from the deployment's secret store. Do not commit `config/local.json`.

## Tests

`npm test` runs the unit tests (vitest) and `npm run test:e2e` the end-to-end suite against a local stack.
""")

    f = F("worker-go/Makefile"); f.plain = True
    f.set("""\
GO      ?= go
BIN     := bin/worker
VERSION := $(shell git describe --tags --always --dirty)
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: all build test lint clean

all: build

build:
\t$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/worker

test:
\t$(GO) test -race -count=1 ./...

lint:
\tgolangci-lint run ./...

clean:
\trm -rf bin/
""")

    f = F("gateway-node/package.json"); f.plain = True
    f.set(json.dumps({
        "name": "gateway", "version": "1.9.0", "private": True, "type": "module",
        "scripts": {"dev": "tsx watch src/index.ts", "build": "tsc -p .", "test": "vitest run",
                    "test:e2e": "vitest run --config vitest.e2e.config.ts", "lint": "eslint ."},
        "dependencies": {"bcryptjs": "2.4.3", "config": "3.3.12", "express": "4.21.2", "ioredis": "5.4.2",
                         "jsonwebtoken": "9.0.2"},
        "devDependencies": {"@types/express": "5.0.0", "eslint": "9.17.0", "tsx": "4.19.2", "typescript": "5.7.2",
                            "vitest": "2.1.8"},
        "engines": {"node": ">=22"}}, indent=2) + "\n")

    f = F("ops-salt/pillar/top.sls"); f.plain = True
    f.set("""\
base:
  '*':
    - mail
  'db*':
    - postgres
""")


def build():
    dotfiles(); sql(); compose_webconfig(); ci_more(); docs_scripts(); lockfiles(); tests_nearmiss()
    public_material(); policy_files(); logs_misc(); services_more(); plain_files()
