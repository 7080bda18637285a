"""Infrastructure repos: Ansible, Salt, Chef, Puppet, Terraform, Helm, Kubernetes, Vagrant, Packer, provisioning."""
import base64
import json

import keys
from keys import bcrypt_shape, crypt_salt, pg_md5, sha_crypt, yescrypt_shape
from lib import (F, T, aws_id, aws_secret, b64bytes, dckr, do_pat, entra_secret, gh, gh_badcrc, gldt, glpat, hexs,
                 human_pw, openai_proj, pw, rand_pw, rs, slack_app, slack_hook, stripe_rk, upw, uuid4, ALNUM,
                 jwt_hs, rng_for, aws_session)

A = "ops-ansible/"


def vault_blob(r, n):
    """An Ansible Vault 1.1 payload: header line + n lines of 80 hex characters (ciphertext, HMAC, salt)."""
    return ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs(r, 80) for _ in range(n)]


def ansible():
    f = F(A + "inventory/production.ini"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[web]
web01 ansible_host=10.0.1.11
web02 ansible_host=10.0.1.12

[db]
db01 ansible_host=10.0.2.11 ansible_become_pass=⟨a⟩
db02 ansible_host=10.0.2.12 ansible_become_pass=⟨b⟩

[legacy]
erp01 ansible_host=10.0.5.40 ansible_user=root ansible_password=⟨c⟩

[win]
win-dc01 ansible_host=10.0.6.10 ansible_password=⟨d⟩

[win:vars]
ansible_user=Administrator
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore

[all:vars]
ansible_user=deploy
ansible_ssh_pass="⟨e⟩"
ansible_python_interpreter=/usr/bin/python3
""", a=S(rand_pw(r, 23, ALNUM), "password", "ansible_become_pass in inventory"),
        b=N("{{ vault_db02_become_pass }}", "generic", "Jinja vault variable", "template"),
        c=S(human_pw(r), "password", "ansible_password in inventory (root)"),
        d=S(human_pw(r), "password", "WinRM ansible_password in inventory"),
        e=N("{{ vault_deploy_ssh_pass }}", "generic", "Jinja vault variable", "template")))

    f = F(A + "inventory/staging.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
all:
  vars:
    ansible_user: deploy
    ansible_become_password: "⟨a⟩"
  children:
    web:
      hosts:
        stg-web01:
          ansible_host: 10.10.1.11
    db:
      hosts:
        stg-db01:
          ansible_host: 10.10.2.11
          ansible_become_password: "⟨b⟩"
    monitoring:
      hosts:
        stg-mon01:
          ansible_host: 10.10.4.2
          ansible_password: ⟨c⟩
""", a=N("{{ lookup('env', 'STAGING_BECOME_PW') }}", "generic", "lookup('env') reference", "env-ref"),
        b=S(upw(r), "password", "ansible_become_password in YAML inventory"),
        c=N("!vault |", "generic", "start of an inline-vault block (ciphertext follows)", "ciphertext")))
    # the inline vault body continues the last key; add it as plain continuation lines
    f.body = f.body + "".join("            " + l + "\n" for l in vault_blob(r, 4))

    f = F(A + "group_vars/all/main.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
---
timezone: Europe/Berlin
ntp_servers:
  - 0.de.pool.ntp.org
  - 1.de.pool.ntp.org

admin_users:
  - name: dmitri
    groups: [sudo, docker]
    password: "{{ '⟨a⟩' | password_hash('sha512') }}"
  - name: carla
    groups: [docker]
    password: "⟨b⟩"
  - name: ops-break-glass
    groups: [sudo]
    password: "⟨c⟩"

ldap_bind_dn: "cn=ansible,ou=services,dc=corp-internal,dc=net"
ldap_bind_password: "⟨d⟩"

smtp_relay_host: smtp.office365.com
smtp_relay_user: relay@corp-internal.net
smtp_relay_password: ⟨e⟩

password_min_length: ⟨g⟩
password_max_age_days: 90
""", a=S(human_pw(r), "password", "plaintext inside password_hash() filter"),
        b=S(yescrypt_shape(r), "shadow-hash", "yescrypt hash for a user account (group_vars)"),
        c=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "sha512-crypt hash for a user account (group_vars)"),
        d=N("{{ vault_ldap_bind_password }}", "ldap", "Jinja vault variable", "template"),
        e=S(pw(r), "password", "SMTP relay password in group_vars"),
        g=N("14", "generic", "password policy setting", "policy")))

    f = F(A + "group_vars/all/vault.yml"); r = f.r; N = f.n
    body = vault_blob(r, 9)
    f.set(N(body[0], "generic", "Ansible Vault file header (ciphertext)", "ciphertext") + "\n" + "\n".join(body[1:]) + "\n")

    f = F(A + "group_vars/dbservers.yml"); r = f.r; S, N = f.s, f.n
    rep = vault_blob(r, 3)
    f.set(T("""\
---
mysql_root_password: "⟨a⟩"
mysql_users:
  - name: shop
    host: "10.0.1.%"
    password: "⟨b⟩"
    priv: "shop.*:ALL"
  - name: exporter
    host: localhost
    password: "⟨c⟩"
    priv: "*.*:PROCESS,REPLICATION CLIENT,SELECT"

postgresql_users:
  - name: grafana_ro
    password: "⟨d⟩"
    encrypted: true
  - name: app
    password: "⟨e⟩"

postgresql_replication_password: ⟨v⟩
  ⟨v1⟩
  ⟨v2⟩
  ⟨v3⟩
""", a=S(pw(r), "mysql", "MySQL root password in group_vars"), b=S(upw(r), "mysql", "MySQL user password in group_vars"),
        c=N("{{ vault_mysql_exporter_password }}", "mysql", "Jinja vault variable", "template"),
        d=S(pg_md5(pw(r), "grafana_ro"), "postgres", "PostgreSQL md5 password hash in group_vars"),
        e=N("{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/pg/app:password') }}", "hashicorpvault",
            "Vault lookup", "secret-ref"),
        v=N("!vault |", "generic", "inline vault tag (ciphertext below)", "ciphertext"),
        v1=rep[0], v2=rep[1], v3=rep[2]))

    f = F(A + "host_vars/web01.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
---
nginx_vhosts:
  - server_name: shop.kovalenko.dev
    root: /srv/shop/public
nginx_basic_auth:
  - user: ops
    password: "⟨a⟩"
  - user: partner-preview
    password: "⟨b⟩"
certbot_email: ops@kovalenko.dev
""", a=S(human_pw(r), "password", "nginx basic-auth password in host_vars"),
        b=N("{{ partner_preview_password | default(omit) }}", "generic", "Jinja variable with default(omit)", "template")))

    f = F(A + "roles/app/defaults/main.yml"); r = f.r; N = f.n
    f.set(T("""\
---
# Defaults for role 'app'. Override in group_vars / vault.
app_user: shop
app_db_host: localhost
app_db_name: shop
app_db_user: shop
app_db_password: ⟨a⟩
app_secret_key: ⟨b⟩
app_admin_password: "⟨c⟩"
app_api_token: "⟨d⟩"
app_password_min_length: ⟨e⟩
app_password_reset_timeout: 3600
app_session_cookie_name: shop_session
""", a=N("changeme", "generic", "placeholder default", "placeholder"),
        b=N('""', "generic", "empty default", "empty"),
        c=N("{{ undef(hint='Set app_admin_password in the vault') }}", "generic", "Jinja undef() placeholder", "template"),
        d=N("__APP_API_TOKEN__", "generic", "token placeholder replaced at deploy", "placeholder"),
        e=N("12", "generic", "password policy setting", "policy")))

    f = F(A + "roles/app/templates/app.env.j2"); r = f.r; N = f.n
    f.set(T("""\
# {{ ansible_managed }}
DATABASE_HOST={{ app_db_host }}
DATABASE_NAME={{ app_db_name }}
DATABASE_USER={{ app_db_user }}
DATABASE_PASSWORD=⟨a⟩
SECRET_KEY=⟨b⟩
ADMIN_PASSWORD=⟨c⟩
API_TOKEN={{ app_api_token }}
""", a=N("{{ app_db_password }}", "generic", "Jinja template variable", "template"),
        b=N("{{ app_secret_key | quote }}", "generic", "Jinja template variable", "template"),
        c=N("{{ app_admin_password | b64encode }}", "generic", "Jinja template variable", "template")))

    f = F(A + "roles/app/tasks/main.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
---
- name: Create app database user
  community.mysql.mysql_user:
    name: "{{ app_db_user }}"
    password: "⟨a⟩"
    priv: "{{ app_db_name }}.*:ALL"
    state: present
  no_log: true

- name: Create service account
  ansible.builtin.user:
    name: svc-report
    password: "⟨b⟩"
    shell: /usr/sbin/nologin

- name: Register instance with the license server
  ansible.builtin.uri:
    url: https://license.vendor-example.com/api/v2/activate
    method: POST
    url_username: kovlab
    url_password: "⟨c⟩"
    force_basic_auth: true
    body_format: json
    body:
      host: "{{ inventory_hostname }}"

- name: Read the API token from the controller
  ansible.builtin.set_fact:
    app_api_token: "⟨d⟩"
""", a=N("{{ app_db_password }}", "generic", "Jinja template variable", "template"),
        b=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "sha512-crypt hash in user task"),
        c=S(pw(r), "password", "literal url_password in uri task"),
        d=N("{{ lookup('ansible.builtin.file', '~/.secrets/app_api_token') }}", "generic", "file lookup", "function-call")))

    f = F(A + "roles/win/tasks/main.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
---
- name: Local backup operator
  ansible.windows.win_user:
    name: backup-op
    password: "⟨a⟩"
    groups: [Backup Operators]
    password_never_expires: true

- name: Join domain
  microsoft.ad.membership:
    dns_domain_name: corp-internal.net
    domain_admin_user: svc-join@corp-internal.net
    domain_admin_password: "⟨b⟩"
    state: domain
  register: join

- name: Install agent with license key
  ansible.windows.win_package:
    path: C:\\temp\\agent.msi
    arguments: LICENSE_KEY={{ agent_license }} SERVER_PASSWORD=⟨c⟩
""", a=S(pw(r), "password", "win_user password literal"),
        b=N("{{ vault_domain_join_password }}", "generic", "Jinja vault variable", "template"),
        c=S(upw(r), "password", "installer SERVER_PASSWORD literal")))

    k = keys.rsa_key("ansible-deploy")
    f = F(A + "files/ssh/deploy_id_rsa"); S = f.s
    body = keys.pem(k).split("\n")
    f.set(S(body[0], "private-key", "RSA private key (PKCS#1) committed to the Ansible repo") + "\n" + "\n".join(body[1:]))
    f = F(A + "files/ssh/deploy_id_rsa.pub"); N = f.n
    f.set(N(keys.pub_openssh(k, "deploy@ansible"), "private-key", "SSH public key", "public") + "\n")

    f = F(A + "ansible.cfg"); N = f.n
    f.set(T("""\
[defaults]
inventory = inventory/production.ini
roles_path = roles
vault_password_file = ⟨a⟩
host_key_checking = True
retry_files_enabled = False
stdout_callback = yaml
forks = 20

[privilege_escalation]
become = True
become_method = sudo
become_ask_pass = False

[ssh_connection]
pipelining = True
""", a=N(".vault_pass.txt", "generic", "path of the vault password file (the file itself is labelled)", "secret-ref")))

    f = F(A + ".vault_pass.txt"); r = f.r
    f.set(f.s(human_pw(r), "password", "Ansible Vault password file committed to the repo") + "\n")


def salt_chef_puppet():
    f = F("ops-salt/pillar/postgres.sls"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
postgres:
  version: 16
  users:
    app:
      ensure: present
      password: '⟨a⟩'
      createdb: False
    airflow:
      ensure: present
      password: '⟨b⟩'
    readonly:
      ensure: present
      password: ⟨c⟩
  databases:
    app:
      owner: app
""", a=S(pw(r), "postgres", "PostgreSQL password in Salt pillar"), b=S(upw(r), "postgres", "PostgreSQL password in Salt pillar"),
        c=N("{{ salt['vault'].read_secret('secret/pg/readonly', 'password') }}", "hashicorpvault",
            "Salt vault execution-module call", "secret-ref")))

    f = F("ops-salt/pillar/mail.sls"); r = f.r; S, N = f.s, f.n
    pgp = "hQEMA" + base64.b64encode(bytes(r.randrange(256) for _ in range(45))).decode()
    f.set(T("""\
#!yaml|gpg
postfix:
  relayhost: '[smtp.mailgun.org]:587'
  sasl_user: postmaster@mg.kovalenko.dev
  sasl_password: |
    ⟨g⟩

    ⟨g1⟩
    ⟨g2⟩
    =⟨g3⟩
    -----END PGP MESSAGE-----
  backup_relay_password: ⟨a⟩
""", g=N("-----BEGIN PGP MESSAGE-----", "generic", "GPG-encrypted pillar value (ciphertext)", "ciphertext"),
        g1=pgp, g2=base64.b64encode(bytes(r.randrange(256) for _ in range(45))).decode(), g3=rs(r, 4),
        a=S(pw(r), "password", "SMTP relay password in plain Salt pillar")))

    f = F("ops-chef/data_bags/secrets/payment.json"); r = f.r; N = f.n
    f.set(T("""\
{
  "id": "payment",
  "stripe_key": {
    "encrypted_data": "⟨a⟩",
    "iv": "⟨b⟩",
    "auth_tag": "⟨c⟩",
    "version": 3,
    "cipher": "aes-256-gcm"
  }
}
""", a=N(b64bytes(r, 90), "stripe", "Chef encrypted data bag value (ciphertext)", "ciphertext"),
        b=N(b64bytes(r, 12), "generic", "IV of an encrypted data bag item", "ciphertext"),
        c=N(b64bytes(r, 16), "generic", "GCM auth tag of an encrypted data bag item", "ciphertext")))

    f = F("ops-chef/cookbooks/shop/attributes/default.rb"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
default['shop']['user'] = 'shop'
default['shop']['db']['host'] = 'db01.lab'
default['shop']['db']['name'] = 'shop'
default['shop']['db']['username'] = 'shop'
default['shop']['db']['password'] = '⟨a⟩'
default['shop']['redis']['password'] = ⟨b⟩
default['shop']['admin']['password'] = ⟨c⟩
default['shop']['session']['secret'] = '⟨d⟩'
""", a=S(pw(r), "password", "DB password in Chef attributes"),
        b=N("chef_vault_item('shop', 'redis')['password']", "generic", "chef-vault lookup", "secret-ref"),
        c=N("ENV['SHOP_ADMIN_PASSWORD']", "generic", "environment reference", "env-ref"),
        d=S(hexs(r, 64), "password", "session secret in Chef attributes")))

    f = F("ops-chef/.chef/config.rb"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
current_dir = File.dirname(__FILE__)
log_level                :info
node_name                'dmitri'
client_key               "#{current_dir}/dmitri.pem"
chef_server_url          'https://chef.corp-internal.net/organizations/kovlab'
cookbook_path            ["#{current_dir}/../cookbooks"]
knife[:aws_access_key_id]     = '⟨a⟩'
knife[:aws_secret_access_key] = '⟨b⟩'
knife[:vault_mode] = 'client'
""", a=S(aws_id(r), "aws", "AWS access key id (knife config)", pair=True),
        b=S(aws_secret(r), "aws", "AWS secret access key (knife config)")))

    f = F("ops-puppet/data/common.yaml"); r = f.r; S, N = f.s, f.n
    enc = lambda: "ENC[PKCS7," + base64.b64encode(bytes(r.randrange(256) for _ in range(140))).decode() + "]"
    f.set(T("""\
---
profile::base::ntp_servers:
  - 0.de.pool.ntp.org
profile::db::root_password: '⟨a⟩'
profile::db::app_password: ⟨b⟩
profile::monitoring::snmp_community: '⟨c⟩'
profile::app::secret_key_base: ⟨d⟩
profile::ldap::bind_password: "%{alias('profile::ldap::bind_password_enc')}"
lookup_options:
  '^profile::.+::.*password$':
    convert_to: Sensitive
""", a=S(pw(r), "password", "DB root password in Hiera"),
        b=N(enc(), "generic", "hiera-eyaml PKCS7 ciphertext", "ciphertext"),
        c=S(rand_pw(r, 16, ALNUM), "password", "SNMP community in Hiera"),
        d=N(enc(), "generic", "hiera-eyaml PKCS7 ciphertext", "ciphertext")))

    f = F("ops-puppet/manifests/site.pp"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
node 'db01.lab' {
  class { 'mysql::server':
    root_password           => lookup('profile::db::root_password'),
    remove_default_accounts => true,
  }
  mysql::db { 'wiki':
    user     => 'wiki',
    password => '⟨a⟩',
    host     => '10.0.1.%',
    grant    => ['ALL'],
  }
}

node 'app01.lab' {
  user { 'deploy':
    ensure   => present,
    shell    => '/bin/bash',
    password => '⟨b⟩',
  }
  file { '/etc/shop/env':
    content => epp('shop/env.epp', { 'db_password' => ⟨c⟩ }),
    mode    => '0600',
  }
}
""", a=S(upw(r), "mysql", "MySQL password in Puppet manifest"),
        b=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "sha512-crypt hash in Puppet user resource"),
        c=N("Sensitive(lookup('profile::db::app_password'))", "generic", "Hiera lookup wrapped in Sensitive", "secret-ref")))

    f = F("ops-puppet/modules/shop/templates/env.epp"); r = f.r; N = f.n
    f.set(T("""\
<%- | Sensitive[String] $db_password, String $db_host = 'db01.lab' | -%>
DB_HOST=<%= $db_host %>
DB_PASSWORD=⟨a⟩
""", a=N("<%= $db_password.unwrap %>", "generic", "EPP template expression", "template")))


def terraform():
    T_ = "platform-terraform/"
    f = F(T_ + "environments/prod/terraform.tfvars"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
project          = "kovlab"
environment      = "prod"
region           = "fra1"
db_username      = "shop_admin"
db_password      = "⟨a⟩"
do_token         = "⟨b⟩"
cloudflare_api_token = "⟨c⟩"
azure_tenant_id      = "⟨t⟩"
azure_client_id      = "⟨ci⟩"
azure_client_secret  = "⟨cs⟩"
datadog_api_key  = "⟨dd⟩"
alert_emails     = ["ops@kovalenko.dev"]
""", a=S(pw(r), "password", "DB password in terraform.tfvars"), b=S(do_pat(r), "digitalocean", "DigitalOcean token in tfvars"),
        c=S(rs(r, 40, ALNUM + "_-"), "cloudflare", "Cloudflare API token in tfvars"),
        t=N(uuid4(r), "azure", "tenant id alone (identifier)", "identifier"),
        ci=S(uuid4(r), "azure", "Entra application (client) id", pair=True),
        cs=S(entra_secret(r), "azure", "Entra client secret in tfvars"),
        dd=S(hexs(r, 32), "datadog", "Datadog API key in tfvars")))

    f = F(T_ + "environments/prod/secrets.auto.tfvars"); r = f.r; S = f.s
    f.set(T("""\
aws_access_key = "⟨a⟩"
aws_secret_key = "⟨b⟩"
github_token   = "⟨c⟩"
""", a=S(aws_id(r), "aws", "AWS access key id (auto.tfvars)", pair=True), b=S(aws_secret(r), "aws", "AWS secret key (auto.tfvars)"),
        c=S(gh(r), "github", "GitHub token in auto.tfvars")))

    f = F(T_ + "environments/prod/providers.tf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
terraform {
  required_version = ">= 1.7"
  required_providers {
    aws          = { source = "hashicorp/aws", version = "~> 5.80" }
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.46" }
    vault        = { source = "hashicorp/vault", version = "~> 4.5" }
    postgresql   = { source = "cyrilgdn/postgresql", version = "~> 1.25" }
    github       = { source = "integrations/github", version = "~> 6.4" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = var.aws_access_key
  secret_key = ⟨a⟩
}

provider "digitalocean" {
  token = var.do_token
}

provider "vault" {
  address = "https://vault.corp-internal.net:8200"
  token   = "⟨b⟩"
}

provider "postgresql" {
  host     = digitalocean_database_cluster.shop.host
  port     = digitalocean_database_cluster.shop.port
  username = "doadmin"
  password = ⟨c⟩
  sslmode  = "require"
}

provider "github" {
  owner = "kovlab"
  token = ⟨d⟩
}
""", a=N("var.aws_secret_key", "aws", "Terraform variable reference", "env-ref"),
        b=S("hvs." + rs(r, 24), "hashicorpvault", "Vault token in provider block"),
        c=N("digitalocean_database_cluster.shop.password", "generic", "resource attribute reference", "env-ref"),
        d=N('data.aws_secretsmanager_secret_version.github.secret_string', "github", "Secrets Manager data source", "secret-ref")))

    f = F(T_ + "environments/staging/providers.tf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
provider "aws" {
  region     = "eu-central-1"
  access_key = "⟨a⟩"
  secret_key = "⟨b⟩"
  token      = "⟨c⟩"
}

provider "azurerm" {
  features {}
  subscription_id = "⟨sub⟩"
  use_oidc        = true
}
""", a=S(aws_id(r, "ASIA"), "aws", "AWS temporary access key id", pair=True),
        b=S(aws_secret(r), "aws", "AWS temporary secret key"),
        c=S(aws_session(r), "aws", "AWS session token"),
        sub=N(uuid4(r), "azure", "subscription id (identifier)", "identifier")))

    f = F(T_ + "modules/database/variables.tf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
variable "db_username" {
  type    = string
  default = "shop_admin"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ⟨a⟩

  validation {
    condition     = length(var.db_password) >= ⟨b⟩
    error_message = "The db_password must be at least 16 characters."
  }
}

variable "replica_password" {
  type      = string
  sensitive = true
  default   = "⟨c⟩"
}

variable "maintenance_window" {
  type    = string
  default = "sun:02:00-sun:03:00"
}
""", a=N('""', "generic", "empty default", "empty"), b=N("16", "generic", "password length validation", "policy"),
        c=S(pw(r), "password", "literal default of a sensitive variable")))

    f = F(T_ + "modules/database/main.tf"); r = f.r; N = f.n
    f.set(T("""\
resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "shop" {
  identifier                  = "shop-${var.environment}"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.m6g.large"
  username                    = var.db_username
  password                    = ⟨a⟩
  manage_master_user_password = ⟨b⟩
  storage_encrypted           = true
  deletion_protection         = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "shop/${var.environment}/db"
}

data "aws_secretsmanager_secret_version" "legacy" {
  secret_id = ⟨c⟩
}
""", a=N("random_password.db.result", "generic", "generated password reference", "env-ref"),
        b=N("false", "aws", "setting, not a credential", "policy"),
        c=N('"arn:aws:secretsmanager:eu-central-1:' + str(r.randrange(10**11, 10**12)) + ':secret:shop/legacy/db-' + rs(r, 6) + '"',
            "aws", "Secrets Manager ARN (reference)", "secret-ref")))

    f = F(T_ + "modules/k8s-app/main.tf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
resource "kubernetes_secret" "app" {
  metadata {
    name      = "shop-app"
    namespace = "shop"
  }
  data = {
    DATABASE_PASSWORD = "⟨a⟩"
    SESSION_SECRET    = "⟨b⟩"
    SMTP_PASSWORD     = ⟨c⟩
  }
}

resource "kubernetes_config_map" "app" {
  metadata {
    name      = "shop-config"
    namespace = "shop"
  }
  data = {
    PASSWORD_RESET_TTL = "3600"
    LOG_LEVEL          = "info"
  }
}
""", a=S(pw(r), "password", "literal in kubernetes_secret data"), b=S(hexs(r, 64), "password", "session secret in kubernetes_secret"),
        c=N("var.smtp_password", "generic", "Terraform variable reference", "env-ref")))

    f = F(T_ + "environments/prod/backend.hcl"); r = f.r; S = f.s
    f.set(T("""\
bucket                      = "kovlab-tfstate"
key                         = "prod/terraform.tfstate"
region                      = "us-east-1"
endpoints                   = { s3 = "https://fra1.digitaloceanspaces.com" }
access_key                  = "⟨a⟩"
secret_key                  = "⟨b⟩"
skip_credentials_validation = true
skip_requesting_account_id  = true
skip_region_validation      = true
use_path_style              = true
""", a=S("DO00" + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "digitalocean", "Spaces access key id", pair=True),
        b=S(rs(r, 43, ALNUM + "+/"), "digitalocean", "Spaces secret key (S3-compatible backend)")))

    f = F(T_ + ".terraform.lock.hcl"); r = f.r; N = f.n
    f.set(T("""\
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.46.1"
  constraints = "~> 2.46"
  hashes = [
    "⟨a⟩",
    "⟨b⟩",
    "zh:⟨c⟩",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.82.2"
  constraints = "~> 5.80"
  hashes = [
    "⟨d⟩",
    "zh:⟨e⟩",
  ]
}
""", a=N("h1:" + b64bytes(r, 32), "generic", "provider package hash (h1:)", "hash-nonsecret"),
        b=N("h1:" + b64bytes(r, 32), "generic", "provider package hash (h1:)", "hash-nonsecret"),
        c=N(hexs(r, 64), "generic", "provider zip checksum (zh:)", "hash-nonsecret"),
        d=N("h1:" + b64bytes(r, 32), "generic", "provider package hash (h1:)", "hash-nonsecret"),
        e=N(hexs(r, 64), "generic", "provider zip checksum (zh:)", "hash-nonsecret")))


def helm():
    H = "platform-helm/charts/"
    f = F(H + "shop/values.yaml"); r = f.r; N = f.n
    f.set(T("""\
replicaCount: 2
image:
  repository: registry.gitlab.com/kovlab/shop
  tag: "2.14.0"
  digest: ⟨dg⟩
  pullPolicy: IfNotPresent

postgresql:
  enabled: true
  auth:
    username: shop
    database: shop
    password: ⟨a⟩
    postgresPassword: ⟨b⟩
    existingSecret: ⟨c⟩

redis:
  enabled: true
  auth:
    enabled: true
    password: ⟨d⟩

app:
  secretKey: ⟨e⟩
  adminEmail: ops@kovalenko.dev
  passwordPolicy:
    minLength: ⟨g⟩
    requireSymbols: true

ingress:
  enabled: true
  hosts:
    - host: shop.kovalenko.dev
      paths: ["/"]
""", dg=N("sha256:" + hexs(r, 64), "generic", "container image digest", "hash-nonsecret"),
        a=N('""', "postgres", "empty: supplied per environment", "empty"),
        b=N('""', "postgres", "empty: supplied per environment", "empty"),
        c=N('""', "generic", "empty existingSecret name", "empty"),
        d=N('"<set-in-values-prod>"', "redis", "angle-bracket placeholder", "placeholder"),
        e=N("~", "generic", "YAML null", "empty"),
        g=N("12", "generic", "password policy setting", "policy")))

    f = F(H + "shop/values-prod.yaml"); r = f.r; S, N = f.s, f.n
    dcj = base64.b64encode(json.dumps({"auths": {"registry.gitlab.com": {"auth": base64.b64encode(
        f"gitlab+deploy-token-1481:{gldt(r)}".encode()).decode()}}}, separators=(",", ":")).encode()).decode()
    f.set(T("""\
replicaCount: 4

postgresql:
  auth:
    password: "⟨a⟩"
    postgresPassword: "⟨b⟩"

redis:
  auth:
    password: ⟨c⟩

imageCredentials:
  registry: registry.gitlab.com
  username: gitlab+deploy-token-1481
  password: ⟨d⟩

imagePullSecret:
  dockerconfigjson: ⟨e⟩

env:
  - name: OPENAI_API_KEY
    value: "⟨f⟩"
  - name: SLACK_APP_TOKEN
    value: ⟨g⟩
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: shop-db
        key: ⟨h⟩
  - name: FEATURE_PASSWORDLESS_LOGIN
    value: "⟨i⟩"
""", a=S(upw(r), "postgres", "PostgreSQL password in Helm values-prod"),
        b=S(pw(r), "postgres", "postgres superuser password in Helm values-prod"),
        c=S(rand_pw(r, 32, ALNUM), "redis", "Redis password in Helm values-prod"),
        d=S(gldt(r), "gitlab", "GitLab deploy token in Helm values"),
        e=S(dcj, "docker-config", "base64 .dockerconfigjson in Helm values"),
        f=S(openai_proj(r), "openai", "OpenAI key in Helm env values"),
        g=S(slack_app(r), "slack", "Slack app-level token in Helm env values"),
        h=N("password", "generic", "secretKeyRef key name", "secret-ref"),
        i=N("true", "generic", "feature flag value", "policy")))

    f = F(H + "shop/templates/secret.yaml"); r = f.r; N = f.n
    f.set(T("""\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "shop.fullname" . }}
  labels:
    {{- include "shop.labels" . | nindent 4 }}
type: Opaque
data:
  secret-key: ⟨a⟩
  admin-password: ⟨b⟩
stringData:
  database-url: "postgresql://{{ .Values.postgresql.auth.username }}:⟨c⟩@{{ .Release.Name }}-postgresql:5432/shop"
  session-secret: ⟨d⟩
""", a=N('{{ .Values.app.secretKey | b64enc | quote }}', "generic", "Helm template expression", "template"),
        b=N('{{ required "app.adminPassword is required" .Values.app.adminPassword | b64enc }}', "generic",
            "Helm required() template", "template"),
        c=N("{{ .Values.postgresql.auth.password | urlquery }}", "generic", "Helm template in URL password slot", "template"),
        d=N("{{ randAlphaNum 48 | quote }}", "generic", "Helm random generator call", "function-call")))

    f = F(H + "shop/templates/deployment.yaml"); r = f.r; N = f.n
    f.set(T("""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: shop
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "shop.fullname" . }}
                  key: secret-key
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Release.Name }}-redis
                  key: ⟨a⟩
            - name: ADMIN_PASSWORD_FILE
              value: ⟨b⟩
          volumeMounts:
            - name: secrets
              mountPath: /run/secrets/shop
              readOnly: true
""", a=N("redis-password", "redis", "secretKeyRef key name", "secret-ref"),
        b=N("/run/secrets/shop/admin-password", "generic", "path to a mounted secret", "secret-ref")))

    f = F(H + "monitoring/values.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
grafana:
  adminUser: admin
  adminPassword: "⟨a⟩"
  grafana.ini:
    server:
      root_url: https://grafana.kovalenko.dev
prometheus:
  prometheusSpec:
    remoteWrite:
      - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
        basicAuth:
          username:
            name: grafana-cloud
            key: username
          password:
            name: grafana-cloud
            key: ⟨b⟩
alertmanager:
  config:
    global:
      slack_api_url: ⟨c⟩
    route:
      receiver: slack
    receivers:
      - name: slack
        slack_configs:
          - channel: "#alerts"
""", a=S(pw(r), "password", "Grafana adminPassword in Helm values"),
        b=N("password", "generic", "secret key name reference", "secret-ref"),
        c=S(slack_hook(r), "slackwebhook", "Slack webhook in Helm values")))

    k = keys.rsa_key("keycloak-tls")
    pem_lines = keys.pem(k, "pkcs8").rstrip("\n").split("\n")
    f = F(H + "keycloak/values-prod.yaml"); r = f.r; S, N = f.s, f.n
    kc = "\n".join("      " + l for l in pem_lines[1:])
    f.set(T("""\
auth:
  adminUser: admin
  adminPassword: "⟨a⟩"
externalDatabase:
  host: db01.lab
  user: keycloak
  password: "⟨b⟩"
  database: keycloak
tls:
  enabled: true
  certificate: |
    ⟨c⟩
  key: |
      ⟨d⟩
⟨body⟩
""", a=S(pw(r), "password", "Keycloak adminPassword in Helm values"), b=S(upw(r), "postgres", "Keycloak DB password in Helm values"),
        c=N("-----BEGIN CERTIFICATE-----", "generic", "TLS certificate in a YAML block scalar (public)", "public"),
        d=S(pem_lines[0], "private-key", "PKCS#8 private key in a YAML block scalar"), body=kc))
    # certificate body: a real public certificate, inserted right after the 'certificate: |' line
    cert = keys.self_signed_cert_pem("keycloak", "sso.kovalenko.dev").rstrip("\n").split("\n")
    lines = f.body.split("\n")
    i = next(j for j, l in enumerate(lines) if "certificate: |" in l)
    lines[i + 1:i + 2] = [lines[i + 1]] + ["    " + l for l in cert[1:]]
    f.body = "\n".join(lines)


def k8s():
    K = "platform-k8s/"
    f = F(K + "secrets/shop-app.yaml"); r = f.r; S, N = f.s, f.n
    jwt_key = rs(r, 48)
    f.set(T("""\
apiVersion: v1
kind: Secret
metadata:
  name: shop-app
  namespace: shop
type: Opaque
stringData:
  DATABASE_URL: "postgres://shop:⟨a⟩@shop-db.shop.svc:5432/shop?sslmode=require"
  STRIPE_RESTRICTED_KEY: "⟨b⟩"
  JWT_SIGNING_KEY: "⟨c⟩"
  SMTP_PASSWORD: ""
""", a=S(upw(r), "postgres", "DB URL password in Secret stringData"), b=S(stripe_rk(r), "stripe", "Stripe restricted key in Secret"),
        c=S(jwt_key, "password", "JWT signing key in Secret stringData")))

    f = F(K + "secrets/registry-pull.yaml"); r = f.r; S = f.s
    dcj = base64.b64encode(json.dumps({"auths": {"https://index.docker.io/v1/": {"username": "kovlabci", "password": dckr(r),
                                                                                  "auth": ""}}}, separators=(",", ":")).encode()).decode()
    f.set(T("""\
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ⟨a⟩
""", a=S(dcj, "docker-config", "base64 .dockerconfigjson (Docker Hub PAT inside)")))

    k = keys.ec_key("shop-tls")
    cert = keys.self_signed_cert_pem("shop-tls", "shop.kovalenko.dev")
    f = F(K + "secrets/shop-tls.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: ⟨a⟩
  tls.key: ⟨b⟩
""", a=N(base64.b64encode(cert.encode()).decode(), "generic", "base64 certificate (public)", "public"),
        b=S(base64.b64encode(keys.pem(k).encode()).decode(), "private-key", "base64-wrapped EC private key (tls.key)")))

    gk = keys.rsa_key("gcp-sa-loader")
    pk = keys.pem(gk, "pkcs8").replace("\n", "\\n")
    f = F(K + "secrets/gcp-loader-sa.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
apiVersion: v1
kind: Secret
metadata:
  name: gcp-loader-sa
  namespace: etl
type: Opaque
stringData:
  key.json: |
    {
      "type": "service_account",
      "project_id": "kov-lab-412208",
      "private_key_id": "⟨a⟩",
      "private_key": "⟨b⟩",
      "client_email": "bq-loader@kov-lab-412208.iam.gserviceaccount.com",
      "client_id": "⟨c⟩",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40kov-lab-412208.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
""", a=S(hexs(r, 40), "gcp", "service-account private_key_id", pair=True),
        b=S(pk, "gcp", "service-account private key (escaped PEM in JSON)"),
        c=N(str(r.randrange(10**20, 10**21)), "gcp", "service-account numeric client id (identifier)", "identifier")))

    f = F(K + "sealed/shop-db-sealed.yaml"); r = f.r; N = f.n
    f.set(T("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-db
  namespace: shop
spec:
  encryptedData:
    password: ⟨a⟩
    replication-password: ⟨b⟩
  template:
    metadata:
      name: shop-db
""", a=N("AgB" + b64bytes(r, 300).rstrip("="), "generic", "SealedSecret ciphertext", "ciphertext"),
        b=N("AgC" + b64bytes(r, 300).rstrip("="), "generic", "SealedSecret ciphertext", "ciphertext")))

    f = F(K + "external/shop-external-secret.yaml"); r = f.r; N = f.n
    f.set(T("""\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-payment
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: shop-payment
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: ⟨a⟩
        property: stripe_secret_key
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/shop/db
        property: ⟨b⟩
---
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: shop-kv
spec:
  provider: azure
  parameters:
    keyvaultName: kv-shop-prod
    objects: |
      array:
        - |
          objectName: ⟨c⟩
          objectType: secret
    tenantId: ⟨t⟩
""", a=N("prod/shop/payment", "aws", "Secrets Manager key reference", "secret-ref"),
        b=N("password", "generic", "property name", "secret-ref"),
        c=N("shop-smtp-password", "azure", "Key Vault object name", "secret-ref"),
        t=N(uuid4(r), "azure", "tenant id (identifier)", "identifier")))

    f = F(K + "deploy/worker.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-worker
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels: {app: shop-worker}
  template:
    metadata:
      labels: {app: shop-worker}
    spec:
      containers:
        - name: worker
          image: registry.gitlab.com/kovlab/shop-worker@⟨dg⟩
          env:
            - name: REDIS_PASSWORD
              value: "⟨a⟩"
            - name: API_TOKEN
              valueFrom:
                secretKeyRef: {name: shop-app, key: ⟨b⟩}
            - name: AWS_ACCESS_KEY_ID
              value: ⟨c⟩
            - name: AWS_SECRET_ACCESS_KEY
              value: ⟨d⟩
""", dg=N("sha256:" + hexs(r, 64), "generic", "image digest", "hash-nonsecret"),
        a=S(rand_pw(r, 24, ALNUM), "redis", "literal Redis password in a Deployment env"),
        b=N("API_TOKEN", "generic", "secretKeyRef key name", "secret-ref"),
        c=S(aws_id(r), "aws", "AWS access key id in Deployment env", pair=True),
        d=S(aws_secret(r), "aws", "AWS secret key in Deployment env")))

    f = F(K + "argocd/repo-shop.yaml"); r = f.r; S = f.s
    f.set(T("""\
apiVersion: v1
kind: Secret
metadata:
  name: repo-shop
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/kovlab/shop-deploy.git
  username: kovlab-bot
  password: ⟨a⟩
""", a=S(gh(r), "github", "GitHub PAT in Argo CD repository secret")))

    f = F(K + "kustomization.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop
resources:
  - deploy/worker.yaml
  - secrets/shop-app.yaml
secretGenerator:
  - name: shop-reporting
    literals:
      - db-user=reporting
      - db-password=⟨a⟩
  - name: shop-smtp
    envs:
      - ⟨b⟩
configMapGenerator:
  - name: shop-flags
    literals:
      - PASSWORD_MIN_LENGTH=⟨c⟩
""", a=S(pw(r), "password", "literal in kustomize secretGenerator"), b=N("secrets/smtp.env", "generic", "env file reference", "secret-ref"),
        c=N("12", "generic", "password policy setting", "policy")))

    f = F(K + "schema/shop-values.schema.json"); N = f.n
    f.set(T("""\
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "shop chart values",
  "type": "object",
  "properties": {
    "postgresql": {
      "type": "object",
      "properties": {
        "auth": {
          "type": "object",
          "properties": {
            "username": {"type": "string", "default": "shop"},
            "password": {"type": "string", "format": ⟨a⟩, "writeOnly": true,
                         "description": "Password of the application user. Leave empty to generate one."},
            "existingSecret": {"type": "string", "description": "Name of a Secret holding the password"}
          }
        }
      }
    },
    "app": {
      "type": "object",
      "properties": {
        "secretKey": {"type": ["string", "null"], "minLength": ⟨b⟩},
        "passwordPolicy": {
          "type": "object",
          "properties": {
            "minLength": {"type": "integer", "minimum": 8, "default": 12},
            "requireSymbols": {"type": "boolean", "default": true}
          }
        }
      }
    }
  }
}
""", a=N('"password"', "generic", "JSON-schema format keyword", "ui-label"),
        b=N("32", "generic", "length constraint", "policy")))


def vagrant_packer_provisioning():
    f = F("vagrant-lab/Vagrantfile"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.define "lab-db" do |db|
    db.vm.box = "bento/ubuntu-24.04"
    db.vm.network "private_network", ip: "192.168.56.20"
    db.ssh.username = "vagrant"
    db.ssh.password = ⟨x⟩
    db.vm.provision "shell", inline: <<-SHELL
      apt-get update -qq && apt-get install -y -qq postgresql
      echo 'root:⟨a⟩' | chpasswd
      sudo -u postgres psql -c "ALTER USER postgres PASSWORD '⟨b⟩';"
    SHELL
  end

  config.vm.define "lab-win" do |win|
    win.vm.box = "gusztavvargadr/windows-server-2022-standard"
    win.vm.communicator = "winrm"
    win.winrm.username = "Administrator"
    win.winrm.password = "⟨c⟩"
    win.vm.synced_folder ".", "/vagrant", type: "smb",
      smb_username: ENV["VAGRANT_SMB_USERNAME"], smb_password: ⟨d⟩
  end
end
""", x=N('"vagrant"', "generic", "Vagrant's well-known default box password", "placeholder"),
        a=S(human_pw(r), "password", "root password set via chpasswd in Vagrantfile"),
        b=S(upw(r), "postgres", "postgres password set in Vagrant provisioner"),
        c=S(pw(r), "password", "WinRM password in Vagrantfile"),
        d=N('ENV["VAGRANT_SMB_PASSWORD"]', "generic", "environment reference", "env-ref")))

    f = F("packer-images/ubuntu-2404.pkr.hcl"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
packer {
  required_plugins {
    proxmox = { version = ">= 1.2.1", source = "github.com/hashicorp/proxmox" }
  }
}

variable "proxmox_token" {
  type      = string
  sensitive = true
}

source "proxmox-iso" "ubuntu" {
  proxmox_url              = "https://pve01.lab:8006/api2/json"
  username                 = "packer@pve!build"
  token                    = var.proxmox_token
  insecure_skip_tls_verify = true
  node                     = "pve01"
  iso_file                 = "local:iso/ubuntu-24.04.1-live-server-amd64.iso"
  http_directory           = "http"
  ssh_username             = "packer"
  ssh_password             = "⟨a⟩"
  ssh_timeout              = "30m"
}

source "proxmox-iso" "windows" {
  proxmox_url    = "https://pve01.lab:8006/api2/json"
  username       = "packer@pve!build"
  token          = var.proxmox_token
  node           = "pve01"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = ⟨b⟩
}

build {
  sources = ["source.proxmox-iso.ubuntu"]
}
""", a=S(upw(r), "password", "Packer ssh_password"), b=N('"${var.winrm_password}"', "generic", "HCL variable interpolation", "template")))

    f = F("packer-images/http/user-data"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
#cloud-config
autoinstall:
  version: 1
  locale: en_US.UTF-8
  keyboard:
    layout: de
  identity:
    hostname: ubuntu-template
    username: packer
    password: "⟨a⟩"
  ssh:
    install-server: true
    allow-pw: true
  late-commands:
    - echo 'packer ALL=(ALL) NOPASSWD:ALL' > /target/etc/sudoers.d/packer
""", a=S(sha_crypt(upw(r), crypt_salt(r)), "shadow-hash", "sha512-crypt hash in autoinstall identity")))

    f = F("provisioning/cloud-init/edge-user-data.yaml"); r = f.r; S, N = f.s, f.n
    pub = keys.pub_openssh(keys.ed_key("dmitri-laptop"), "dmitri@thinkpad")
    f.set(T("""\
#cloud-config
hostname: edge02
users:
  - name: ops
    groups: [sudo]
    shell: /bin/bash
    lock_passwd: false
    passwd: ⟨a⟩
    ssh_authorized_keys:
      - ⟨k⟩
chpasswd:
  expire: false
  users:
    - name: root
      password: ⟨b⟩
      type: text
    - name: ubuntu
      password: ⟨c⟩
      type: RANDOM
ssh_pwauth: false
""", a=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "sha512-crypt hash in cloud-init passwd"),
        k=N(pub, "private-key", "authorized SSH public key", "public"),
        b=S(human_pw(r), "password", "cloud-init chpasswd plaintext"),
        c=N("RANDOM", "generic", "cloud-init generates a random password", "placeholder")))

    f = F("provisioning/kickstart/rocky9-db.ks"); r = f.r; S, N = f.s, f.n
    gp = "grub.pbkdf2.sha512.10000." + hexs(r, 128).upper() + "." + hexs(r, 128).upper()
    f.set(T("""\
#version=RHEL9
text
lang en_US.UTF-8
keyboard --xlayouts='de'
timezone Europe/Berlin --utc
network --bootproto=static --ip=10.0.2.13 --netmask=255.255.255.0 --gateway=10.0.2.1 --hostname=db03.lab
rootpw --iscrypted ⟨a⟩
user --name=admin --groups=wheel --password=⟨b⟩ --plaintext
bootloader --location=mbr --iscrypted --password=⟨c⟩
selinux --enforcing
firewall --enabled --service=ssh
%packages
@^minimal-environment
%end
""", a=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "kickstart rootpw --iscrypted hash"),
        b=S(pw(r), "password", "kickstart user --plaintext password"),
        c=S(gp, "shadow-hash", "GRUB2 PBKDF2 password hash")))

    f = F("provisioning/preseed/debian12.cfg"); r = f.r; S, N = f.s, f.n
    rp = human_pw(r)
    f.set(T("""\
d-i debian-installer/locale string en_US.UTF-8
d-i keyboard-configuration/xkb-keymap select de
d-i netcfg/get_hostname string backup01
d-i mirror/country string manual
d-i mirror/http/hostname string deb.debian.org
d-i mirror/http/directory string /debian
d-i mirror/http/proxy string http://preseed:⟨p⟩@proxy.lab:3128/
d-i passwd/root-password password ⟨a⟩
d-i passwd/root-password-again password ⟨b⟩
d-i passwd/user-fullname string Backup Operator
d-i passwd/username string backupop
d-i passwd/user-password-crypted password ⟨c⟩
#d-i passwd/user-password password ⟨x⟩
d-i clock-setup/utc boolean true
d-i partman-auto/method string lvm
""", p=S(upw(r), "url-credentials", "proxy password in preseed mirror URL"),
        a=S(rp, "password", "preseed root password"), b=S(rp, "password", "preseed root password (again)"),
        c=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "preseed user-password-crypted"),
        x=N("insecure", "generic", "commented-out example value from the stock preseed", "placeholder")))

    f = F("provisioning/windows/autounattend.xml"); r = f.r; S, N = f.s, f.n
    ap, ao, lp = pw(r), pw(r), human_pw(r)
    f.set(T("""\
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>⟨a⟩</Value>
          <PlainText>false</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
            <Name>labadmin</Name>
            <Group>Administrators</Group>
            <Password>
              <Value>⟨c⟩</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>labadmin</Username>
        <Password>
          <Value>⟨b⟩</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
    </component>
  </settings>
</unattend>
""", a=S(base64.b64encode((ap + "AdministratorPassword").encode("utf-16-le")).decode(), "password",
         "unattend AdministratorPassword (base64, PlainText=false is only encoding)"),
        c=S(lp, "password", "unattend LocalAccount password (plain)"),
        b=S(lp, "password", "unattend AutoLogon password (plain)")))


def build():
    ansible(); salt_chef_puppet(); terraform(); helm(); k8s(); vagrant_packer_provisioning()
