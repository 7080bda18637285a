"""Dotfiles of three users: a Linux developer (dmitri), a macOS data person (carla), a Windows admin (jkowalski)."""
import base64

import keys
from lib import (F, T, rng_for, aws_id, aws_secret, azdo_pat, azure_key, b64bytes, dckr, do_pat, gh, gh_badcrc, glpat,
                 gocspx, google_refresh, hexs, human_pw, jwt_hs, npm_tok, openai_proj, pw, rand_pw, rs, upw, ALNUM,
                 B64URL, uuid4, anthropic, hf_tok)

H = "home/dmitri/"


def my_cnf():
    f = F(H + ".my.cnf"); r = f.r; S, N = f.s, f.n
    p1, p2 = pw(r), rand_pw(r, 20)
    f.set(T("""\
[client]
user=dmitri
password=⟨a⟩
host=127.0.0.1
default-character-set=utf8mb4

[mysqldump]
user=backup_ro
password="⟨b⟩"
single-transaction
quick

[mysql]
prompt="\\u@\\h [\\d]> "
# ssl-mode=REQUIRED once the staging proxy has a cert
""", a=S(p1, "mysql", "MySQL client password (~/.my.cnf)"), b=S(p2, "mysql", "mysqldump password (~/.my.cnf)")))


def git_credentials():
    f = F(H + ".git-credentials"); r = f.r; S = f.s
    f.set(T("""\
https://dmitri-kov:⟨a⟩@github.com
https://oauth2:⟨b⟩@gitlab.com
https://dmitri:⟨c⟩@git.lab.kovalenko.dev
""", a=S(gh(r), "github", "classic PAT in git credential store"),
        b=S(glpat(r), "gitlab", "personal access token in git credential store"),
        c=S(upw(r), "url-credentials", "self-hosted Gitea password in git credential store")))


def gitconfig():
    f = F(H + ".gitconfig"); r = f.r; N = f.n
    f.set(T("""\
[user]
	name = Dmitri Kovalenko
	email = dmitri@kovalenko.dev
	signingkey = ⟨k⟩
[commit]
	gpgsign = true
[credential]
	helper = store
[credential "https://dev.azure.com"]
	useHttpPath = true
	helper = ⟨h⟩
[alias]
	lg = log --graph --oneline --decorate
	amend = commit --amend --no-edit
[pull]
	rebase = true
[init]
	defaultBranch = main
""", k=N(hexs(r, 16).upper(), "generic", "GPG key id (public identifier)", "identifier"),
        h=N("!/usr/local/bin/git-credential-manager", "azure", "credential helper program, no credential", "function-call")))


def gh_hosts():
    f = F(H + ".config/gh/hosts.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
github.com:
    users:
        dmitri-kov:
            oauth_token: ⟨a⟩
    git_protocol: https
    oauth_token: ⟨b⟩
    user: dmitri-kov
ghe.corp-internal.net:
    git_protocol: ssh
    user: dkovalenko
    oauth_token: ⟨c⟩
""", a=S(gh(r, "gho_"), "github", "gh CLI OAuth token (hosts.yml)"),
        b=S(gh(r, "gho_"), "github", "gh CLI OAuth token (hosts.yml, legacy key)"),
        c=N("", "github", "empty: token kept in the system keyring", "empty")))


def hub_config():
    f = F(H + ".config/hub"); r = f.r; S = f.s
    f.set(T("""\
github.com:
- user: dmitri-kov
  oauth_token: ⟨a⟩
  protocol: https
""", a=S(hexs(r, 40), "github", "legacy 40-hex OAuth token in hub config")))


def podman():
    f = F(H + ".config/containers/auth.json"); r = f.r; S = f.s
    robot = "kovlab+ci_robot:" + rs(r, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    f.set(T("""\
{
	"auths": {
		"quay.io": {
			"auth": "⟨a⟩"
		}
	}
}
""", a=S(base64.b64encode(robot.encode()).decode(), "docker-config", "podman auth.json (base64 robot:token)")))


def vault_token():
    f = F(H + ".vault-token"); r = f.r
    f.set(f.s("hvs.CAESI" + rs(r, 86, ALNUM + "-_"), "hashicorpvault", "Vault token file"))


def openvpn():
    f = F(H + ".config/openvpn/corp.auth"); r = f.r
    f.set("dkovalenko\n" + f.s(rand_pw(r, 18), "openvpn", "OpenVPN auth-user-pass file password") + "\n")


def wgetrc():
    f = F(H + ".wgetrc"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# wget defaults
timestamping = on
tries = 3
user = dkovalenko
password = ⟨a⟩
# http_proxy = http://proxy.lab.kovalenko.dev:3128/
check_certificate = on
""", a=S(pw(r), "password", "wget password (~/.wgetrc)")))


def curlrc():
    f = F(H + ".curlrc"); r = f.r; S = f.s
    u = upw(r)
    f.set(T("""\
# ~/.curlrc
--silent
--show-error
--location
user = "dkovalenko:⟨a⟩"
connect-timeout = 10
""", a=S(u, "curl", "curl user:password in ~/.curlrc")))


def msmtprc():
    f = F(H + ".msmtprc"); r = f.r; S, N = f.s, f.n
    app = " ".join(rs(r, 4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4))
    f.set(T("""\
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        gmail
host           smtp.gmail.com
port           587
from           dmitri.kovalenko@gmail.com
user           dmitri.kovalenko@gmail.com
password       ⟨a⟩

account        work
host           mail.kovalenko.dev
port           465
tls_starttls   off
from           dmitri@kovalenko.dev
user           dmitri
passwordeval   ⟨b⟩

account default : gmail
""", a=S(app, "password", "Gmail app password in ~/.msmtprc"),
        b=N('"gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-work.gpg"', "generic",
            "passwordeval command, no literal", "function-call")))


def muttrc():
    f = F(H + ".config/mutt/muttrc"); r = f.r; S, N = f.s, f.n
    p = pw(r)
    f.set(T("""\
set realname = "Dmitri Kovalenko"
set from = "dmitri@kovalenko.dev"
set imap_user = "dmitri"
set imap_pass = "⟨a⟩"
set folder = "imaps://mail.kovalenko.dev:993"
set spoolfile = "+INBOX"
set smtp_url = "smtps://dmitri@mail.kovalenko.dev:465/"
set smtp_pass = "⟨b⟩"
set ssl_force_tls = yes
set header_cache = "~/.cache/mutt"
set message_cachedir = "~/.cache/mutt"
# the old account, password moved to pass(1)
source ⟨c⟩
""", a=S(p, "password", "IMAP password in muttrc"), b=S(p, "password", "SMTP password in muttrc"),
        c=N('"pass show mail/old-account | sed s/^/set\\ imap_pass=/ |"', "generic",
            "password read from pass(1) at runtime", "function-call")))


def fetchmailrc():
    f = F(H + ".fetchmailrc"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
set daemon 300
set logfile ~/.fetchmail.log

poll imap.posteo.de with proto IMAP
    user 'dkovalenko@posteo.net' there with password '⟨a⟩' is 'dmitri' here
    options ssl keep

poll pop.uni-example.edu with proto POP3
    user 'dk2291' there with password ⟨b⟩ is 'dmitri' here
    options ssl fetchall
""", a=S(human_pw(r), "password", "fetchmail IMAP password"),
        b=N('""', "generic", "empty password (fetchmail prompts)", "empty")))


def rclone():
    f = F(H + ".config/rclone/rclone.conf"); r = f.r; S, N = f.s, f.n
    obsc = b64bytes(r, 30, urlsafe=True, pad=False)
    refresh = google_refresh(r)
    f.set(T("""\
[s3-backup]
type = s3
provider = AWS
access_key_id = ⟨a⟩
secret_access_key = ⟨b⟩
region = eu-central-1
acl = private

[gdrive]
type = drive
scope = drive
token = {"access_token":"","token_type":"Bearer","refresh_token":"⟨c⟩","expiry":"2026-02-03T11:02:41.117+01:00"}
team_drive =

[nas]
type = sftp
host = nas.lab.kovalenko.dev
user = dmitri
pass = ⟨d⟩
shell_type = unix

[azure-archive]
type = azureblob
account = kovarchive01
key = ⟨e⟩

[crypt-photos]
type = crypt
remote = s3-backup:photos-enc
password = ⟨g⟩
""", a=S(aws_id(r), "aws", "AWS access key id (rclone)", pair=True), b=S(aws_secret(r), "aws", "AWS secret access key (rclone)"),
        c=S(refresh, "google", "Google OAuth refresh token (rclone drive)"),
        d=S(obsc, "password", "rclone obscured SFTP password (reversible)"),
        e=S(azure_key(r), "azurestorage", "Azure storage account key (rclone)"),
        g=S(b64bytes(r, 33, urlsafe=True, pad=False), "password", "rclone crypt password (obscured, reversible)")))


def boto():
    f = F(H + ".boto"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[Credentials]
aws_access_key_id = ⟨a⟩
aws_secret_access_key = ⟨b⟩
gs_oauth2_refresh_token = ⟨c⟩

[Boto]
https_validate_certificates = True
num_retries = 5

[GSUtil]
default_project_id = kov-lab-412208
parallel_composite_upload_threshold = 150M
""", a=S(aws_id(r), "aws", "AWS access key id (.boto)", pair=True), b=S(aws_secret(r), "aws", "AWS secret access key (.boto)"),
        c=S(google_refresh(r), "google", "gsutil OAuth2 refresh token (.boto)")))


def gem_credentials():
    f = F(H + ".gem/credentials"); r = f.r; S = f.s
    f.set(T("""\
---
:rubygems_api_key: ⟨a⟩
:github: Bearer ⟨b⟩
""", a=S("rubygems_" + hexs(r, 48), "rubygems", "RubyGems API key"),
        b=S(gh(r), "github", "GitHub Packages token in ~/.gem/credentials")))


def cargo_credentials():
    f = F(H + ".cargo/credentials.toml"); r = f.r; S = f.s
    f.set(T("""\
[registry]
token = "⟨a⟩"

[registries.kellnr]
token = "⟨b⟩"
""", a=S("cio" + rs(r, 32), "cratesio", "crates.io API token"),
        b=S(rs(r, 32), "password", "private Cargo registry (kellnr) token")))


def yarnrc():
    f = F(H + "src/webshop/.yarnrc.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
nodeLinker: node-modules
enableTelemetry: false

npmScopes:
  kovlab:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "⟨a⟩"

npmRegistries:
  "https://registry.npmjs.org":
    npmAuthToken: ⟨b⟩
  "https://nexus.lab.kovalenko.dev/repository/npm-private/":
    npmAlwaysAuth: true
    npmAuthIdent: "⟨c⟩"

yarnPath: .yarn/releases/yarn-4.6.0.cjs
""", a=N("${GITHUB_TOKEN}", "github", "environment variable reference", "env-ref"),
        b=S(npm_tok(r), "npm", "npm automation token in .yarnrc.yml"),
        c=S(base64.b64encode(f"dmitri:{upw(r)}".encode()).decode(), "npmrc", "npmAuthIdent base64 user:password")))


def pip_conf():
    f = F(H + ".config/pip/pip.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[global]
index-url = https://dmitri:⟨a⟩@nexus.lab.kovalenko.dev/repository/pypi-all/simple
extra-index-url = ⟨b⟩
timeout = 60

[install]
trusted-host = nexus.lab.kovalenko.dev
""", a=S(upw(r), "url-credentials", "password in pip index-url"),
        b=N("https://${PIP_CI_USER}:${PIP_CI_PASSWORD}@pkgs.corp-internal.net/pypi/simple", "generic",
            "credentials are environment references", "env-ref")))


def composer_auth():
    f = F(H + ".config/composer/auth.json"); r = f.r; S = f.s
    f.set(T("""\
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "⟨a⟩"
        }
    },
    "github-oauth": {
        "github.com": "⟨b⟩"
    },
    "gitlab-token": {
        "gitlab.com": "⟨c⟩"
    },
    "bitbucket-oauth": {
        "bitbucket.org": {
            "consumer-key": "⟨d⟩",
            "consumer-secret": "⟨e⟩"
        }
    }
}
""", a=S(hexs(r, 40), "password", "Private Packagist token in composer auth.json"),
        b=S(gh(r), "github", "GitHub token in composer auth.json"),
        c=S(glpat(r), "gitlab", "GitLab token in composer auth.json"),
        d=S(rs(r, 18), "bitbucket", "Bitbucket OAuth consumer key", pair=True),
        e=S(rs(r, 32), "bitbucket", "Bitbucket OAuth consumer secret")))


def m2_settings():
    f = F(H + ".m2/settings.xml"); r = f.r; S, N = f.s, f.n
    enc = "{" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode() + "}"
    f.set(T("""\
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>dkovalenko</username>
      <password>⟨a⟩</password>
    </server>
    <server>
      <id>github</id>
      <username>dmitri-kov</username>
      <password>⟨b⟩</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>dkov</username>
      <password>⟨c⟩</password>
    </server>
    <server>
      <id>ci-deploy</id>
      <username>${env.DEPLOY_USER}</username>
      <password>⟨d⟩</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.lab.kovalenko.dev/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", a=S(upw(r), "password", "Maven server password (settings.xml)"),
        b=S(gh(r), "github", "GitHub Packages token as Maven server password"),
        c=N(enc, "generic", "Maven-encrypted password {...} (ciphertext)", "ciphertext"),
        d=N("${env.DEPLOY_PASSWORD}", "generic", "environment reference", "env-ref")))


def gradle_props():
    f = F(H + ".gradle/gradle.properties"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true

ossrhUsername=dkov
ossrhPassword=⟨a⟩

signing.keyId=⟨b⟩
signing.password=⟨c⟩
signing.secretKeyRingFile=/home/dmitri/.gnupg/secring.gpg

artifactory_user=dkovalenko
artifactory_password=⟨d⟩
artifactory_contextUrl=https://kovlab.jfrog.io/artifactory
""", a=S(pw(r), "password", "Sonatype OSSRH password (gradle.properties)"),
        b=N(hexs(r, 8).upper(), "generic", "short GPG key id (public)", "identifier"),
        c=S(human_pw(r), "password", "GPG signing key passphrase (gradle.properties)"),
        d=S("AKCp" + rs(r, 69), "artifactory", "Artifactory API key (gradle.properties)")))


def terraformrc():
    f = F(H + ".terraformrc"); r = f.r; S = f.s
    f.set(T("""\
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "⟨a⟩"
}
""", a=S(rs(r, 14) + ".atlasv1." + rs(r, 67), "terraformcloud", "Terraform Cloud user token")))


def doctl():
    f = F(H + ".config/doctl/config.yaml"); r = f.r; S = f.s
    f.set(T("""\
access-token: ⟨a⟩
auth-contexts:
  lab: ⟨b⟩
context: default
output: text
""", a=S(do_pat(r), "digitalocean", "DigitalOcean PAT (doctl)"), b=S(do_pat(r), "digitalocean", "DigitalOcean PAT (doctl context)")))


def docker_config():
    f = F(H + ".docker/config.json"); r = f.r; S, N = f.s, f.n
    a1 = base64.b64encode(f"dmitri-kov:{glpat(r)}".encode()).decode()
    a2 = base64.b64encode(f"dmitri-kov:{gh(r)}".encode()).decode()
    f.set(T("""\
{
	"auths": {
		"https://index.docker.io/v1/": {},
		"registry.gitlab.com": {
			"auth": "⟨a⟩"
		},
		"ghcr.io": {
			"auth": "⟨b⟩"
		}
	},
	"credsStore": "desktop",
	"currentContext": "default"
}
""", a=S(a1, "docker-config", "docker auth (base64 user:GitLab PAT)"),
        b=S(a2, "docker-config", "docker auth (base64 user:GitHub PAT)")))


def kubeconfig():
    f = F(H + ".kube/config"); r = f.r; S, N = f.s, f.n
    tok = jwt_hs(r, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                     "kubernetes.io/serviceaccount/service-account.name": "deployer",
                     "sub": "system:serviceaccount:ci:deployer"}, "HS256")
    cert = base64.b64encode(keys.self_signed_cert_pem("kube-ca", "kubernetes").encode()).decode()
    f.set(T("""\
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ⟨ca⟩
    server: https://k8s-lab.kovalenko.dev:6443
  name: lab
- cluster:
    server: https://35.198.110.21
  name: gke_kov-lab-412208_europe-west3_main
contexts:
- context:
    cluster: lab
    namespace: ci
    user: deployer
  name: lab
- context:
    cluster: gke_kov-lab-412208_europe-west3_main
    user: gke-user
  name: gke
current-context: lab
users:
- name: deployer
  user:
    token: ⟨t⟩
- name: gke-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: ⟨e⟩
      provideClusterInfo: true
""", ca=N(cert, "kubernetes", "cluster CA certificate (public)", "public"),
        t=S(tok, "kubernetes", "service-account bearer token in kubeconfig"),
        e=N("gke-gcloud-auth-plugin", "gcp", "exec credential plugin, no stored token", "function-call")))


def ssh_files():
    k = keys.ed_key("dmitri-laptop")
    f = F(H + ".ssh/id_ed25519"); S = f.s
    body = keys.openssh_ed25519(k, "dmitri@thinkpad", "dmitri-laptop").split("\n")
    f.set(S(body[0], "private-key", "OpenSSH ed25519 private key") + "\n" + "\n".join(body[1:]))
    f = F(H + ".ssh/id_ed25519.pub"); N = f.n
    f.set(N(keys.pub_openssh(k, "dmitri@thinkpad"), "private-key", "SSH public key", "public") + "\n")
    f = F(H + ".ssh/config"); N = f.n
    f.set(T("""\
Host *
    AddKeysToAgent yes
    IdentitiesOnly yes
    ServerAliveInterval 30
    # never PasswordAuthentication; the bastion only takes keys
    PasswordAuthentication ⟨a⟩
    PubkeyAuthentication yes

Host bastion
    HostName bastion.lab.kovalenko.dev
    User dmitri
    IdentityFile ~/.ssh/id_ed25519

Host db01 db02 app01
    ProxyJump bastion
    User deploy
    IdentityFile ~/.ssh/id_ed25519
    StrictHostKeyChecking accept-new

Host nas
    HostName nas.lab.kovalenko.dev
    Port 2222
    KbdInteractiveAuthentication no
""", a=N("no", "generic", "password authentication disabled (setting)", "policy")))


def zsh_history():
    f = F(H + ".zsh_history"); r = f.r; S, N = f.s, f.n
    t = 1767225600 + r.randrange(10**6)
    lines = []

    def h(cmd):
        nonlocal t
        t += r.randrange(5, 4000)
        lines.append(f": {t}:0;{cmd}")
    h("cd ~/src/webshop")
    h("git pull --rebase")
    h("docker compose up -d db")
    h(f"mysql -h 127.0.0.1 -u root -p'{S(pw(r), 'mysql', 'MySQL root password on command line (history)')}' shop")
    h("make test")
    h(f"export OPENAI_API_KEY={S(openai_proj(r), 'openai', 'OpenAI project key exported in shell history')}")
    h("python scripts/summarize.py --limit 20")
    h(f"sshpass -p '{S(upw(r), 'password', 'sshpass password (history)')}' ssh -o StrictHostKeyChecking=no pi@192.168.1.44")
    h("read -rs PGPASSWORD && export PGPASSWORD")
    h("psql -h db01 -U app app -c 'select count(*) from orders'")
    h(f"curl -s -H \"Authorization: Bearer {N('$TOKEN', 'generic', 'shell variable', 'env-ref')}\" https://api.lab.kovalenko.dev/health")
    h("kubectl -n ci get pods")
    h(f"htpasswd -bB /etc/nginx/.htpasswd ops '{S(human_pw(r), 'htpasswd', 'htpasswd -b password on command line')}'")
    h("history | tail")
    f.set("\n".join(lines) + "\n")


def vscode_settings():
    f = F(H + ".config/Code/User/settings.json"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
{
    "editor.fontSize": 14,
    "editor.formatOnSave": true,
    "files.trimTrailingWhitespace": true,
    "http.proxy": "http://dkovalenko:⟨a⟩@proxy.corp-internal.net:3128",
    "http.proxyStrictSSL": false,
    "sqltools.connections": [
        {
            "name": "shop-staging",
            "driver": "PostgreSQL",
            "server": "staging-db.lab.kovalenko.dev",
            "port": 5432,
            "database": "shop",
            "username": "shop_rw",
            "password": "⟨b⟩"
        },
        {
            "name": "local",
            "driver": "PostgreSQL",
            "server": "localhost",
            "database": "shop",
            "username": "postgres",
            "askForPassword": true,
            "password": ⟨c⟩
        }
    ],
    "terminal.integrated.env.linux": {
        "ANTHROPIC_API_KEY": "⟨d⟩"
    },
    "workbench.colorTheme": "Default Dark Modern"
}
""", a=S(upw(r), "url-credentials", "proxy password in VS Code http.proxy"),
        b=S(pw(r), "postgres", "SQLTools saved connection password"),
        c=N("null", "generic", "null password, prompt instead", "empty"),
        d=S(anthropic(r), "anthropic", "Anthropic key in VS Code terminal env")))


def adc():
    f = F(H + ".config/gcloud/application_default_credentials.json"); r = f.r; S = f.s
    f.set(T("""\
{
  "account": "",
  "client_id": "⟨a⟩",
  "client_secret": "⟨b⟩",
  "quota_project_id": "kov-lab-412208",
  "refresh_token": "⟨c⟩",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}
""", a=S(f"{r.randrange(10**11, 10**12)}-{rs(r, 32, '0123456789abcdefghijklmnopqrstuvwxyz')}.apps.googleusercontent.com",
         "google", "OAuth client id (custom ADC client)", pair=True),
        b=S(gocspx(r), "google", "OAuth client secret in ADC file"),
        c=S(google_refresh(r), "google", "ADC refresh token")))


def aws_config():
    f = F(H + ".aws/config"); r = f.r; N = f.n
    f.set(T("""\
[default]
region = eu-central-1
output = json

[profile lab-admin]
sso_session = kovlab
sso_account_id = ⟨a⟩
sso_role_name = AdministratorAccess
region = eu-central-1

[sso-session kovlab]
sso_start_url = https://d-99670a2b1c.awsapps.com/start
sso_region = eu-central-1
sso_registration_scopes = sso:account:access

[profile ci-readonly]
credential_process = ⟨b⟩
""", a=N(str(r.randrange(10**11, 10**12)), "aws", "AWS account id (identifier)", "identifier"),
        b=N("/usr/local/bin/aws-vault export --format=json ci-readonly", "aws",
            "credential_process command, no stored key", "function-call")))


def smbcred():
    f = F(H + ".smbcredentials"); r = f.r; S = f.s
    f.set(T("""\
username=dkovalenko
password=⟨a⟩
domain=CORP
""", a=S(pw(r), "password", "CIFS credentials file password")))


def filezilla_linux():
    f = F(H + ".config/filezilla/sitemanager.xml"); r = f.r; S, N = f.s, f.n
    p1 = base64.b64encode(pw(r).encode()).decode()
    f.set(T("""\
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.1" platform="*nix">
	<Servers>
		<Server>
			<Host>ftp.kovalenko.dev</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>deploy</User>
			<Pass encoding="base64">⟨a⟩</Pass>
			<Logontype>1</Logontype>
			<Name>website</Name>
			<SyncBrowsing>0</SyncBrowsing>
		</Server>
		<Server>
			<Host>sftp.partner-logistics.example</Host>
			<Port>22</Port>
			<Protocol>1</Protocol>
			<User>kovlab</User>
			<Logontype>⟨b⟩</Logontype>
			<Name>partner drop (asks for password)</Name>
		</Server>
	</Servers>
</FileZilla3>
""", a=S(p1, "ftp", "FileZilla saved password (base64)"),
        b=N("2", "ftp", "Logontype 2 = ask for password, nothing stored", "policy")))


def carla():
    C = "home/carla/"
    f = F(C + ".Renviron"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
R_LIBS_USER=~/Library/R/arm64/4.4/library
GITHUB_PAT=⟨a⟩
SNOWFLAKE_USER=CARLA_M
SNOWFLAKE_PASSWORD=⟨b⟩
CENSUS_API_KEY=⟨c⟩
""", a=S(gh_fine_local(r), "github", "fine-grained PAT in .Renviron"),
        b=S(pw(r), "snowflake", "Snowflake password in .Renviron"),
        c=N("", "generic", "empty value", "empty")))

    f = F(C + ".config/huggingface/token"); r = f.r
    f.set(f.s(hf_tok(r), "huggingface", "Hugging Face token file") + "\n")

    p8pass = human_pw(rng_for("carla-p8-pass"))
    f = F(C + ".snowsql/config"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[connections]
accountname = xy12345.eu-central-1
username = CARLA_M
password = ⟨a⟩
dbname = ANALYTICS
warehousename = REPORTING_WH

[connections.svc]
accountname = xy12345.eu-central-1
username = SVC_DBT
authenticator = SNOWFLAKE_JWT
private_key_path = ~/.snowsql/rsa_key.p8
private_key_passphrase = ⟨b⟩

[options]
log_level = INFO
""", a=S(pw(r), "snowflake", "SnowSQL password"), b=S(p8pass, "snowflake", "passphrase of the Snowflake key-pair key")))

    k = keys.rsa_key("carla-snowflake")
    f = F(C + ".snowsql/rsa_key.p8"); S = f.s
    body = keys.encrypted_pkcs8(k, p8pass, "carla-snowflake").split("\n")
    f.set(S(body[0], "private-key", "encrypted PKCS#8 private key (Snowflake key pair)") + "\n" + "\n".join(body[1:]))

    f = F(C + ".dbt/profiles.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: xy12345.eu-central-1
      user: CARLA_M
      password: "⟨a⟩"
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: TRANSFORMING
      schema: dbt_carla
      threads: 8
    prod:
      type: snowflake
      account: xy12345.eu-central-1
      user: SVC_DBT
      password: "⟨b⟩"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 16
    pg_legacy:
      type: postgres
      host: legacy-dwh.internal
      user: dbt
      pass: ⟨c⟩
      port: 5432
      dbname: dwh
      schema: public
""", a=N("{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}", "snowflake", "dbt env_var() reference", "env-ref"),
        b=N("{{ env_var('DBT_PROD_PASSWORD') }}", "snowflake", "dbt env_var() reference", "env-ref"),
        c=S(pw(r), "postgres", "dbt postgres profile password")))

    f = F(C + ".zprofile"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
eval "$(/opt/homebrew/bin/brew shellenv)"
export PATH="$HOME/.local/bin:$PATH"
export HOMEBREW_NO_ANALYTICS=1
export HOMEBREW_GITHUB_API_TOKEN=⟨a⟩
export AWS_PROFILE=analytics
export MAPBOX_PUBLIC_TOKEN=⟨b⟩
export DATABRICKS_TOKEN=⟨c⟩
""", a=S(gh(r), "github", "Homebrew GitHub token in .zprofile"),
        b=N("pk.eyJ1IjoiY2FybGFtIiwiYSI6I" + rs(r, 20) + "." + rs(r, 22), "mapbox",
            "Mapbox public token (pk., public by design)", "public"),
        c=S("dapi" + hexs(r, 32), "databricks", "Databricks PAT in .zprofile")))

    f = F(C + ".netrc"); r = f.r; S = f.s
    f.set(T("""\
machine urs.earthdata.nasa.gov
    login carla.m
    password ⟨a⟩

machine api.kaggle.example
    login carlam
    password ⟨b⟩
""", a=S(human_pw(r), "netrc", "NASA Earthdata password (.netrc)"), b=S(hexs(r, 32), "netrc", "API key as .netrc password")))


def gh_fine_local(r):
    from lib import gh_fine
    return gh_fine(r)


def windows_user():
    W = "win/Users/jkowalski/"
    f = F(W + "AppData/Roaming/FileZilla/sitemanager.xml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.5" platform="windows">
	<Servers>
		<Folder expanded="1">Kunden
			<Server>
				<Host>ftp.baeckerei-nowak.example</Host>
				<Port>21</Port>
				<Protocol>0</Protocol>
				<Type>0</Type>
				<User>nowak_web</User>
				<Pass encoding="base64">⟨a⟩</Pass>
				<Logontype>1</Logontype>
				<Name>Bäckerei Nowak</Name>
			</Server>
			<Server>
				<Host>files.kanzlei-berger.example</Host>
				<Port>22</Port>
				<Protocol>1</Protocol>
				<User>upload</User>
				<Pass encoding="base64">⟨b⟩</Pass>
				<Logontype>1</Logontype>
				<Name>Kanzlei Berger</Name>
			</Server>
			<Server>
				<Host>192.168.20.5</Host>
				<Port>21</Port>
				<Protocol>0</Protocol>
				<User>anonymous</User>
				<Pass encoding="base64">⟨c⟩</Pass>
				<Logontype>0</Logontype>
				<Name>Scanner</Name>
			</Server>
		</Folder>
	</Servers>
</FileZilla3>
""", a=S(base64.b64encode(pw(r).encode()).decode(), "ftp", "FileZilla saved password (base64)"),
        b=S(base64.b64encode(upw(r).encode()).decode(), "ftp", "FileZilla saved SFTP password (base64)"),
        c=N(base64.b64encode(b"anonymous@example.com").decode(), "ftp",
            "anonymous FTP login (base64 of an e-mail address)", "placeholder")))

    f = F(W + "AppData/Roaming/WinSCP.ini"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[Configuration\\Interface]
Theme=light
ShowFullAddress=0

[Sessions\\admin@nas-buero]
HostName=nas-buero.local
UserName=admin
Password=⟨a⟩
FSProtocol=2

[Sessions\\deploy@web-kunden]
HostName=web01.kowalski-it.example
PortNumber=2222
UserName=deploy
Password=⟨b⟩
PublicKeyFile=C:%5CUsers%5Cjkowalski%5C.ssh%5Cdeploy.ppk

[SshHostKeys]
ssh-ed25519@2222:web01.kowalski-it.example=⟨c⟩
""", a=S("A35C4" + rs(r, 58, "0123456789ABCDEF"), "password", "WinSCP obfuscated password (reversible)"),
        b=S("A35C4" + rs(r, 74, "0123456789ABCDEF"), "password", "WinSCP obfuscated password (reversible)"),
        c=N("0x" + hexs(r, 64) + ",0x" + hexs(r, 64), "generic", "cached SSH host key (public)", "public")))

    k = keys.ed_key("jkowalski-deploy")
    f = F(W + ".ssh/deploy.ppk"); S = f.s
    body = keys.putty_v2_ed25519(k, "deploy@kowalski-it").split("\n")
    f.set(S(body[0], "putty-ppk", "PuTTY v2 private key (unencrypted)") + "\n" + "\n".join(body[1:]))

    f = F(W + "AppData/Roaming/NuGet/NuGet.Config"); r = f.r; S, N = f.s, f.n
    dpapi = "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + base64.b64encode(bytes(r.randrange(256) for _ in range(120))).decode()
    f.set(T("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="kowalski-feed" value="https://pkgs.dev.azure.com/kowalski-it/_packaging/internal/nuget/v3/index.json" />
    <add key="telerik" value="https://nuget.telerik.com/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kowalski-feed>
      <add key="Username" value="jkowalski@kowalski-it.example" />
      <add key="ClearTextPassword" value="⟨a⟩" />
    </kowalski-feed>
    <telerik>
      <add key="Username" value="api-key" />
      <add key="Password" value="⟨b⟩" />
    </telerik>
  </packageSourceCredentials>
</configuration>
""", a=S(azdo_pat(r), "azure", "Azure DevOps PAT as NuGet ClearTextPassword"),
        b=N(dpapi, "nuget", "DPAPI-encrypted password (ciphertext, machine-bound)", "ciphertext")))

    f = F(W + "Documents/WindowsPowerShell/Microsoft.PowerShell_profile.ps1"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
Import-Module posh-git
Set-PSReadLineOption -PredictionSource History

$env:AZURE_DEVOPS_EXT_PAT = '⟨a⟩'

function Connect-Kunde {
    param([string]$Server = 'srv-kunde01.kunde.local')
    $user = 'KUNDE\\adm_jkowalski'
    $pass = ConvertTo-SecureString '⟨b⟩' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($user, $pass)
    Enter-PSSession -ComputerName $Server -Credential $cred
}

function Connect-Lab {
    $cred = ⟨c⟩
    Enter-PSSession -ComputerName lab-dc01 -Credential $cred
}
""", a=S(azdo_pat(r), "azure", "Azure DevOps PAT in PowerShell profile"),
        b=S(pw(r), "password", "password in ConvertTo-SecureString -AsPlainText"),
        c=N("Get-Credential -UserName 'LAB\\administrator' -Message 'lab'", "generic", "interactive prompt", "function-call")))

    f = F(W + "Desktop/server-notizen.txt", crlf=True); r = f.r; S, N = f.s, f.n
    f.set(T("""\
Kunde Nowak
  NAS admin / ⟨a⟩
  Router FritzBox Kennwort: ⟨b⟩
  WLAN Gast: siehe Aufkleber am Router

Kanzlei Berger
  DC01 Administrator: ⟨c⟩
  altes Passwort wurde im März geändert, neues liegt im Tresor (Bitwarden)
  Drucker-Webinterface: ⟨d⟩

TODO: Passwörter in Bitwarden übertragen und diese Datei löschen!
""", a=S(pw(r), "password", "NAS admin password in a notes file"),
        b=S(human_pw(r), "password", "router password in a notes file"),
        c=S(pw(r), "password", "domain admin password in a notes file"),
        d=N("Standard (admin/admin)", "generic", "factory default mentioned, not a chosen secret", "placeholder")))

    f = F(W + "AppData/Roaming/mRemoteNG/confCons.xml"); r = f.r; N = f.n
    blob = lambda: base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()
    f.set(T("""\
<?xml version="1.0" encoding="utf-8"?>
<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="10000" FullFileEncryption="false" Protected="⟨p⟩" ConfVersion="2.6">
    <Node Name="Kanzlei DC01" Type="Connection" Descr="" Username="Administrator" Domain="BERGER" Password="⟨a⟩" Hostname="10.20.0.10" Protocol="RDP" Port="3389" />
    <Node Name="Nowak NAS" Type="Connection" Descr="" Username="admin" Domain="" Password="⟨b⟩" Hostname="192.168.20.2" Protocol="SSH2" Port="22" />
</mrng:Connections>
""", p=N(blob(), "generic", "mRemoteNG 'Protected' check value (ciphertext)", "ciphertext"),
        a=N(blob(), "generic", "mRemoteNG AES-GCM encrypted password (ciphertext)", "ciphertext"),
        b=N(blob(), "generic", "mRemoteNG AES-GCM encrypted password (ciphertext)", "ciphertext")))


def build():
    for fn in (my_cnf, git_credentials, gitconfig, gh_hosts, hub_config, podman, vault_token, openvpn, wgetrc, curlrc, msmtprc, muttrc,
               fetchmailrc, rclone, boto, gem_credentials, cargo_credentials, yarnrc, pip_conf, composer_auth,
               m2_settings, gradle_props, terraformrc, doctl, docker_config, kubeconfig, ssh_files, zsh_history,
               vscode_settings, adc, aws_config, smbcred, filezilla_linux,
               carla, windows_user):
        fn()
