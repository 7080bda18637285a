"""Dotfiles of one developer, a storefront app, token-pattern test fixtures, checksums, policy files."""
import base64, json
from lib import *
import keys

U = "dotfiles-ines/"
SF = "shop-storefront/"


def build():
    b = lambda s: base64.b64encode(s.encode()).decode()
    # ------------------------------------------------------------ dotfiles
    f = new(U + ".bashrc"); r = f.r; S, N = f.s, f.n
    f.done(f"""# ~/.bashrc
[ -z "$PS1" ] && return
HISTCONTROL=ignoreboth
shopt -s histappend
export EDITOR=nvim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"
export OPENAI_API_KEY="{f.p(openai(r), 'openai', 'OpenAI key exported in .bashrc')}"
export ANTHROPIC_API_KEY={f.p(anthropic(r), 'anthropic', 'Anthropic key exported in .bashrc')}
export HF_TOKEN={f.p(hf(r), 'huggingface', 'HF token exported in .bashrc')}
export GITHUB_TOKEN={f.p(gh(r), 'github', 'classic PAT exported in .bashrc')}
export VAULT_TOKEN="$(cat ~/.vault-token 2>/dev/null)"
export PGPASSWORD={N('"$(pass show work/pg-replica)"', 'postgres', 'password-store lookup', 'secret-ref')}
alias k=kubectl
""")
    f = new(U + ".zsh_history"); r = f.r; S, N = f.s, f.n
    kid = aws_id(r)
    f.done(f""": 1707301001:0;cd ~/src/platform-infra
: 1707301044:0;export AWS_ACCESS_KEY_ID={f.p(kid, 'aws', 'key id exported in shell history', pair=True)}
: 1707301050:0;export AWS_SECRET_ACCESS_KEY={f.p(aws_secret(r), 'aws', 'secret key exported in shell history')}
: 1707301061:0;aws s3 ls s3://nw-raw/
: 1707301200:0;curl https://api.openai.com/v1/models -H "Authorization: Bearer {f.p(openai(r), 'openai', 'OpenAI key in curl in history')}"
: 1707301350:0;psql "postgresql://analyst_ines:{S(pw_url(r), 'postgres', 'password in psql URI in history')}@replica.prod.internal/billing"
: 1707301400:0;read -s PW && export PW
: 1707301420:0;gh auth status
""")
    f.n("read -s PW", "shell", "interactive read, nothing stored", "function-call")

    f = new(U + ".git-credentials"); r = f.r; S, N = f.s, f.n
    f.done(f"""https://ines-w:{f.p(gh(r), 'github', 'PAT in git credential store')}@github.com
https://oauth2:{f.p(glpat(r), 'gitlab', 'PAT in git credential store')}@gitlab.corp.example
""")
    f = new(U + ".config/gh/hosts.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""github.com:
    users:
        ines-w:
            oauth_token: {f.p(gh(r, 'gho_'), 'github', 'gh CLI OAuth token')}
    git_protocol: ssh
    user: ines-w
""")
    f = new(U + ".npmrc"); r = f.r; S, N = f.s, f.n
    f.done(f"""//registry.npmjs.org/:_authToken={f.p(npm(r), 'npm', 'npm token in .npmrc')}
@fabrikam:registry=https://nexus.corp.example/repository/npm-private/
//nexus.corp.example/repository/npm-private/:_auth={S(b('ines:' + pw_word(r)), 'npmrc', 'base64 user:password _auth in .npmrc')}
always-auth=true
""")
    f = new(U + ".pypirc"); r = f.r; S, N = f.s, f.n
    f.done(f"""[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = {f.p(pypi(r), 'pypi', 'PyPI token in .pypirc')}

[nexus]
repository = https://nexus.corp.example/repository/pypi-internal/
username = ines
password = {N('', 'nexus', 'empty; keyring used', 'empty', anchor='password = ')}
""")
    f = new(U + ".aws/credentials"); r = f.r; S, N = f.s, f.n
    f.done(f"""[default]
aws_access_key_id = {f.p(aws_id(r), 'aws', 'default profile key id', pair=True)}
aws_secret_access_key = {f.p(aws_secret(r), 'aws', 'default profile secret key')}

[nw-sandbox]
aws_access_key_id = {f.p(aws_id(r, 'ASIA'), 'aws', 'temporary key id (ASIA)', pair=True)}
aws_secret_access_key = {f.p(aws_secret(r), 'aws', 'temporary secret key')}
aws_session_token = {S(b64b(r, 300), 'aws', 'STS session token')}

[docs-example]
aws_access_key_id = {N('AKIAIOSFODNN7EXAMPLE', 'aws', 'AWS documentation example key id', 'test-value')}
aws_secret_access_key = {N('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws', 'AWS documentation example secret', 'test-value')}
""")
    f = new(U + ".docker/config.json"); r = f.r; S, N = f.s, f.n
    f.done(json.dumps({"auths": {
        "https://index.docker.io/v1/": {"auth": f.p(b("inesw:" + dckr(r)), "dockerhub", "base64 user:PAT in docker config.json")},
        "harbor.corp.example": {"auth": S(b("ines:" + pw_sym(r)), "docker-config", "base64 user:password in docker config.json")},
        "ghcr.io": {}},
        "credsStore": N("desktop", "docker", "credential helper name", "secret-ref")}, indent=2))
    f = new(U + ".cache/huggingface/token"); r = f.r
    f.done(f.p(hf(r), 'huggingface', 'HF CLI token file'))
    f = new(U + ".config/doctl/config.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""access-token: {f.p(dop(r), 'digitalocean', 'doctl access-token')}
context: default
output: text
""")
    f = new(U + ".config/stripe/config.toml"); r = f.r; S, N = f.s, f.n
    f.done(f"""color = ""
[default]
  account_id = "{N('acct_' + rs(r, 16), 'stripe', 'account id', 'identifier')}"
  device_name = "ines-mbp"
  live_mode_api_key = "{f.p(stripe(r, 'rk_live_'), 'stripe', 'Stripe CLI live restricted key')}"
  live_mode_pub_key = "{N('pk_live_' + rs(r, 99), 'stripe', 'publishable key is public by design', 'public')}"
  test_mode_api_key = "{N('', 'stripe', 'not logged in to test mode', 'empty', anchor='test_mode_api_key')}"
""")
    f = new(U + ".netrc"); r = f.r; S, N = f.s, f.n
    f.done(f"""machine api.github.com
  login ines-w
  password {f.p(gh(r), 'github', 'PAT as .netrc password')}
machine ftp.partner.example login fabrikam password {S(pw_sym(r), 'netrc', '.netrc FTP password')}
""")
    f = new(U + ".config/twilio-cli/config.json"); r = f.r; S, N = f.s, f.n
    f.done(json.dumps({"profiles": {"courier-prod": {
        "accountSid": f.p(twilio_sid(r), "twilio", "Twilio account SID", pair=True),
        "apiKey": f.p(twilio_sid(r, "SK"), "twilio", "Twilio API key SID", pair=True),
        "apiSecret": f.p(rs(r, 32), "twilio", "Twilio API key secret")}}, "activeProfile": "courier-prod"}, indent=2))
    f = new(U + ".kube/config"); r = f.r; S, N = f.s, f.n
    k = keys.pem(keys.ec_key(r), "trad")
    f.done(f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {N(b64b(r, 600), 'kubernetes', 'cluster CA certificate (public)', 'public')}
    server: https://k8s-api.corp.example:6443
  name: corp
contexts:
- context: {{cluster: corp, user: ines}}
  name: corp
current-context: corp
users:
- name: ines
  user:
    client-certificate-data: {N(b64b(r, 500), 'kubernetes', 'client certificate (public half)', 'public')}
    client-key-data: {S(b(k), 'private-key', 'base64-wrapped EC private key PEM in kubeconfig')}
""")
    f = new(U + ".ssh/id_ed25519"); r = f.r
    k = keys.openssh(r, keys.ed_key(r), "ines@mbp")
    f.s(k.splitlines()[0], 'private-key', 'OpenSSH ed25519 private key (unencrypted)')
    f.done(k)
    f = new(U + ".ssh/deploy_rsa"); r = f.r
    k = keys.openssh(r, keys.rsa_key(r, 2048), "deploy@platform")
    f.s(k.splitlines()[0], 'private-key', 'OpenSSH RSA private key (unencrypted)')
    f.done(k)
    f = new(U + "Documents/putty/jump01.ppk"); r = f.r
    k = keys.putty_ed25519(r, "ines@jump01")
    f.s(k.splitlines()[0], 'putty-ppk', 'PuTTY v3 private key (unencrypted)')
    f.done(k)
    f = new(U + "Documents/keys/ines-signing-secret.asc"); r = f.r
    k = keys.pgp_secret(r, "Ines Weber <ines@corp.example>", 1690000000)
    f.s(k.splitlines()[0], 'pgp-private-key', 'armored OpenPGP secret key (unprotected)')
    f.done(k)
    f = new(U + ".ssh/config"); r = f.r; S, N = f.s, f.n
    f.done(f"""Host jump
  HostName jump01.corp.example
  User ines
  IdentityFile {N('~/.ssh/id_ed25519', 'ssh', 'path to key file', 'secret-ref')}
Host *.prod.internal
  ProxyJump jump
""")

    # ------------------------------------------------------------ storefront app
    f = new(SF + ".env"); r = f.r; S, N = f.s, f.n
    f.done(f"""NODE_ENV=production
PORT=3000
SESSION_SECRET={S(hexs(r, 64), 'express-session', 'session secret')}
TWILIO_ACCOUNT_SID={f.p(twilio_sid(r), 'twilio', 'Twilio account SID', pair=True)}
TWILIO_AUTH_TOKEN={f.p(hexs(r, 32), 'twilio', 'Twilio auth token in .env')}
SENDGRID_API_KEY={f.p(sendgrid(r), 'sendgrid', 'SendGrid key in .env')}
SHOPIFY_API_KEY={f.p(hexs(r, 32), 'shopify', 'Shopify app API key', pair=True)}
SHOPIFY_API_SECRET={f.p(shopify(r, 'shpss_'), 'shopify', 'Shopify app shared secret')}
SLACK_BOT_TOKEN={f.p(slack_bot(r), 'slack', 'Slack bot token in .env')}
SLACK_USER_TOKEN={f.p(slack_user(r), 'slack', 'Slack user token in .env')}
STRIPE_WEBHOOK_SECRET={f.p('whsec_' + rs(r, 32), 'stripe', 'Stripe webhook signing secret')}
GOOGLE_PLACES_KEY={f.p(gapi(r), 'google', 'server-side Places key')}
COSMOS_CONNECTION=AccountEndpoint=https://nw-store.documents.azure.com:443/;AccountKey={f.p(azure_key(r), 'azure', 'Cosmos DB AccountKey in connection string')};
SENTRY_DSN={N('https://' + hexs(r, 32) + '@o' + str(r.randint(100000, 999999)) + '.ingest.sentry.io/' + str(r.randint(10**6, 10**7)), 'sentry', 'DSN is public by design', 'public')}
JWT_PUBLIC_KEY_PATH=./keys/jwt.pub
""")
    f = new(SF + ".yarnrc.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""nodeLinker: node-modules
npmScopes:
  fabrikam:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "{f.p(npm(r), 'npm', 'npm token in .yarnrc.yml')}"
yarnPath: .yarn/releases/yarn-4.1.0.cjs
""")
    f = new(SF + "api-tests/storefront.http"); r = f.r; S, N = f.s, f.n
    admin = jwt(r, {"sub": "1", "role": "admin", "iat": 1707300000, "exp": 1893456000})
    f.done(f"""@host = https://api.storefront.example

### list orders (admin)
GET {{{{host}}}}/admin/orders
Authorization: Bearer {f.p(admin, 'jwt', 'signed admin JWT in .http request file')}

### create checkout
POST {{{{host}}}}/checkout
Content-Type: application/json
Authorization: Bearer {{{{token}}}}

{{"sku": "BRD-001", "qty": 2}}
""")
    f.n("{{token}}", "jwt", "REST-client variable", "template")
    f = new(SF + "config/default.json"); r = f.r; S, N = f.s, f.n
    f.done(json.dumps({"server": {"port": 3000},
                       "auth": {"jwtSecret": S(rs(r, 48), "jwt-secret", "HS256 signing secret in config/default.json"),
                                "passwordMinLength": N("10", "storefront", "password policy", "policy", anchor="passwordMinLength") and 10,
                                "bcryptRounds": 12},
                       "github": {"appId": 412233, "webhookSecret": S(hexs(r, 40), "github", "GitHub App webhook secret"),
                                  "installationToken": f.p(gh(r, 'ghs_'), "github", "GitHub App installation token cached in config")},
                       "gitlabRunner": {"token": f.p("glrt-" + rs(r, 20, URLSAFE), "gitlab", "GitLab runner authentication token")},
                       "claude": {"apiKey": f.p(anthropic(r), "anthropic", "Anthropic key in app config")}}, indent=2))
    f = new(SF + "docker-compose.override.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""services:
  web:
    environment:
      DOCKERHUB_TOKEN: {f.p(dckr(r), 'dockerhub', 'Docker Hub PAT in compose override')}
      DEBUG: "storefront:*"
""")

    # ------------------------------------------------------------ fixtures / near misses
    f = new(SF + "test/fixtures/token-shapes.test.ts"); r = f.r; S, N = f.s, f.n
    ghbody = rs(r, 30, B62)
    f.done(f"""import {{ looksLikeSecret }} from "../../src/security/scan";

// Each of these must NOT be reported: wrong checksum, wrong length or wrong alphabet.
const notSecrets = [
  "{N(gh_badcrc(r), 'github', 'ghp_ with wrong CRC32 checksum', 'near-miss-token')}",
  "{N(gh_badcrc(r, 'gho_'), 'github', 'gho_ with wrong CRC32 checksum', 'near-miss-token')}",
  "{N(gh_badcrc(r, 'ghs_'), 'github', 'ghs_ with wrong CRC32 checksum', 'near-miss-token')}",
  "{N(gh_badcrc(r, 'npm_'), 'npm', 'npm_ with wrong CRC32 checksum', 'near-miss-token')}",
  "{N(gh_badcrc(r, 'npm_'), 'npm', 'npm_ with wrong CRC32 checksum', 'near-miss-token')}",
  "{N('ghp_' + ghbody[:24], 'github', 'ghp_ too short (28 chars)', 'near-miss-token')}",
  "{N('glpat-' + rs(r, 11, URLSAFE), 'gitlab', 'glpat- too short', 'near-miss-token')}",
  "{N(aws_id(r).lower(), 'aws', 'lowercase akia id (wrong alphabet)', 'near-miss-token')}",
  "{N('AIza' + rs(r, 20, URLSAFE), 'google', 'AIza too short', 'near-miss-token')}",
  "{N('xoxb-' + str(r.randint(10**10, 10**11)) + '-', 'slack', 'truncated xoxb token', 'near-miss-token')}",
  "{N('sk_live_' + 'x' * 24, 'stripe', 'x-filled stripe key', 'placeholder')}",
  "{N('hf_' + rs(r, 10, ALNUM), 'huggingface', 'hf_ too short', 'near-miss-token')}",
  "{N('eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0In0.', 'jwt', 'unsigned alg=none JWT in a test', 'near-miss-token')}",
];

it.each(notSecrets)("ignores %s", (s) => expect(looksLikeSecret(s)).toBe(false));
""")

    f = new(SF + "SHA256SUMS"); r = f.r; S, N = f.s, f.n
    f.done("\n".join(f"{N(hexs(r, 64), 'release', 'sha256 of a published download', 'hash-nonsecret')}  storefront-{v}-linux-amd64.tar.gz" for v in ("2.3.0", "2.3.1", "2.4.0")))
    f = new(SF + "yarn.lock"); r = f.r; S, N = f.s, f.n
    f.done(f"""# This file is generated by running "yarn install" inside your project.
__metadata:
  version: 8
  cacheKey: 10

"bcryptjs@npm:^2.4.3":
  version: 2.4.3
  resolution: "bcryptjs@npm:2.4.3"
  checksum: 10/{N(hexs(r, 128), 'yarn', 'package integrity hash', 'hash-nonsecret')}
  languageName: node
  linkType: hard

"dotenv@npm:^16.4.1":
  version: 16.4.1
  resolution: "dotenv@npm:16.4.1"
  checksum: 10/{N(hexs(r, 128), 'yarn', 'package integrity hash', 'hash-nonsecret')}
  languageName: node
  linkType: hard
""")
    f = new(SF + ".git-blame-ignore-revs"); r = f.r; S, N = f.s, f.n
    f.done(f"""# prettier 3 reformat
{N(hexs(r, 40), 'git', 'commit SHA', 'hash-nonsecret')}
# eslint --fix
{N(hexs(r, 40), 'git', 'commit SHA', 'hash-nonsecret')}
""")
    f = new(SF + "src/security/passwordPolicy.ts"); r = f.r; S, N = f.s, f.n
    f.done(f"""export const PASSWORD_POLICY = {{
  minLength: {N('10', 'storefront', 'password policy', 'policy', anchor='minLength')},
  requireDigit: true,
  maxAgeDays: {N('365', 'storefront', 'password policy', 'policy', anchor='maxAgeDays')},
  denylist: ["{N('password123', 'storefront', 'denylisted weak password', 'policy')}", "letmein", "qwertyuiop"],
}};

export function validatePassword(password: string): string[] {{
  const errors: string[] = [];
  if (password.length < PASSWORD_POLICY.minLength) errors.push("{N('Password is too short', 'storefront', 'validation message', 'ui-label')}");
  if (!/[0-9]/.test(password)) errors.push("Password needs a digit");
  return errors;
}}
""")
    f = new(SF + "src/settings/django_compat.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""# settings for the legacy Django admin that still fronts the catalogue DB
import os
SECRET_KEY = {N('os.environ["DJANGO_SECRET_KEY"]', 'django', 'environment lookup', 'env-ref')}
PASSWORD_HASHERS = [
    {N('"django.contrib.auth.hashers.Argon2PasswordHasher"', 'django', 'hasher class path', 'policy')},
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {{"min_length": {N('12', 'django', 'password policy', 'policy', anchor='min_length')}}}}},
    {{"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"}},
]
DATABASES = {{"default": {{"ENGINE": "django.db.backends.postgresql", "NAME": "catalogue", "USER": "catalogue",
                         "PASSWORD": {N('os.getenv("CATALOGUE_DB_PASSWORD", "")', 'postgres', 'environment lookup with empty default', 'env-ref')}, "HOST": "pg-cat"}}}}
""")
    f = new(SF + "fixtures/admin_user.json"); r = f.r; S, N = f.s, f.n
    f.done(json.dumps([{"model": "auth.user", "pk": 1, "fields": {
        "username": "catalogue-admin",
        "password": S(keys.django_pbkdf2(r, pw_sym(r), 600000), "shadow-hash", "Django pbkdf2_sha256 hash in fixture"),
        "is_superuser": True, "email": "catalogue@corp.example"}},
        {"model": "auth.user", "pk": 2, "fields": {"username": "disabled", "password": N("!" + rs(r, 40), "django", "unusable-password marker", "placeholder"),
                                                      "is_superuser": False}}], indent=2))
    f = new(U + "Documents/ldap/export.ldif"); r = f.r; S, N = f.s, f.n
    f.done(f"""dn: uid=ines,ou=people,dc=corp,dc=example
objectClass: inetOrgPerson
uid: ines
cn: Ines Weber
userPassword: {S(keys.ssha(r, pw_word(r)), 'shadow-hash', 'LDAP {SSHA} userPassword')}

dn: uid=svc_backup,ou=services,dc=corp,dc=example
objectClass: account
uid: svc_backup
userPassword:: {S(b(keys.sha512crypt(r, pw_alnum(r)).replace('$6$', '{CRYPT}$6$', 1)), 'shadow-hash', 'base64 {CRYPT} sha512 userPassword (LDIF ::)')}
""")
    f = new(U + "Documents/backup/shadow.bak"); r = f.r; S, N = f.s, f.n
    f.done(f"""root:{S(keys.yescrypt(r, pw_sym(r)), 'shadow-hash', 'yescrypt root hash in /etc/shadow backup')}:19700:0:99999:7:::
daemon:*:19600:0:99999:7:::
ines:{S(keys.sha512crypt(r, pw_word(r)), 'shadow-hash', 'sha512-crypt user hash')}:19710:0:99999:7:::
backup:{N('!', 'shadow', 'locked account marker', 'placeholder', anchor='backup:')}:19600:0:99999:7:::
sshd:{N('!*', 'shadow', 'locked account marker', 'placeholder', anchor='sshd:')}:19600::::::
""")
    f = new(U + "Documents/notes/onboarding.md"); r = f.r; S, N = f.s, f.n
    f.done(f"""# Onboarding notes

* VPN: import `corp.ovpn`, username is your AD login, password is your AD password
* Replica access: ask #data-platform, they create `analyst_<name>` with password `{N('<ask-in-slack>', 'postgres', 'doc placeholder', 'placeholder')}`
* AWS: SSO only. `aws configure sso` with start URL https://fabrikam.awsapps.com/start
* Wifi guest password is printed on the kitchen whiteboard (rotated weekly)
* Example from the wiki: `mysql -u app -p{N('YOUR_PASSWORD', 'mysql', 'doc placeholder', 'placeholder')} -h db`
""")
