"""Platform repository: CI (GitHub Actions, GitLab, Jenkins, CircleCI, Travis, Azure Pipelines, AppVeyor, Bitrise,
Concourse, TeamCity), Docker, Kubernetes, Helm, Terraform, SQL dumps, shell scripts, logs."""
import base64, json
from lib import *
import keys

P = "platform-infra/"


def build():
    # ------------------------------------------------------------ CI
    f = new(P + ".github/workflows/release.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: write
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-22.04
    env:
      NODE_AUTH_TOKEN: {f.p(npm(r), 'npm', 'npm automation token hard-coded in workflow env')}
      GH_TOKEN: {N('${{ secrets.GITHUB_TOKEN }}', 'github', 'Actions secrets expression', 'secret-ref')}
      TWINE_PASSWORD: {N('${{ secrets.PYPI_TOKEN }}', 'pypi', 'Actions secrets expression', 'secret-ref')}
    steps:
      - uses: actions/checkout@{N(hexs(r, 40), 'github', 'pinned action commit SHA', 'hash-nonsecret')} # v4.1.1
      - uses: actions/setup-node@{hexs(r, 40)} # v4.0.1
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish --access public
      - name: Login to Docker Hub
        uses: docker/login-action@v3
        with:
          username: fabrikambot
          password: {f.p(dckr(r), 'dockerhub', 'Docker Hub PAT hard-coded in workflow')}
      - name: Upload to PyPI
        run: twine upload dist/* -u __token__ -p {f.p(pypi(r), 'pypi', 'PyPI API token on twine command line')}
      - name: Notify
        run: |
          curl -sS -X POST -H "Authorization: token {f.p(gh(r), 'github', 'classic PAT in curl header in workflow')}" \\
            https://api.github.com/repos/fabrikam/platform-infra/dispatches -d '{{"event_type":"released"}}'
""")

    f = new(P + ".github/workflows/integration.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""name: integration
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-22.04
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: {N('postgres', 'postgres', 'throwaway CI service container password', 'test-value')}
        ports: ["5432:5432"]
      rabbitmq:
        image: rabbitmq:3-management
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
      STAGING_DB_PASSWORD: {S(pw_sym(r), 'postgres', 'staging DB password hard-coded in workflow env')}
      AWS_ROLE_ARN: {N('arn:aws:iam::' + str(r.randint(10**11, 10**12)) + ':role/gha-integration', 'aws', 'role ARN for OIDC, no secret', 'identifier')}
      AZURE_CLIENT_ID: {N(uuid4(r), 'azure', 'federated-credential client id, no secret', 'identifier')}
    steps:
      - uses: actions/checkout@v4
      - run: make test
      - run: echo "::add-mask::{N('${{ secrets.STAGING_TOKEN }}', 'github', 'Actions secrets expression', 'secret-ref')}"
""")
    f.n("postgres://postgres:postgres@localhost:5432/test", "postgres", "CI service-container default credentials", "test-value")

    f = new(P + ".gitlab-ci.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  GITLAB_API_TOKEN: "{f.p(glpat(r), 'gitlab', 'GitLab PAT in .gitlab-ci.yml variables')}"
  DEPLOY_PASSWORD: "{S(pw_word(r), 'ssh', 'deploy password in CI variables')}"
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD
build:
  stage: build
  image: docker:24
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
deploy:
  stage: deploy
  script:
    - sshpass -p "$DEPLOY_PASSWORD" ssh -o StrictHostKeyChecking=no deploy@app01.corp.example "sudo systemctl restart hub"
    - 'curl --header "PRIVATE-TOKEN: {f.p(glpat(r), 'gitlab', 'GitLab PAT in curl header in CI script')}" "https://gitlab.corp.example/api/v4/projects/42/pipeline_schedules"'
  only: [main]
""")
    f.n("$CI_REGISTRY_PASSWORD", "gitlab", "predefined CI variable reference", "env-ref", anchor="REGISTRY_PASSWORD:")
    f.n('"$DEPLOY_PASSWORD"', "ssh", "shell variable expansion", "env-ref", anchor="sshpass")

    f = new(P + "Jenkinsfile"); r = f.r; S, N = f.s, f.n
    f.done(f"""pipeline {{
  agent {{ label 'linux' }}
  environment {{
    NEXUS = credentials('{N('nexus-deployer', 'jenkins', 'Jenkins credentials id', 'secret-ref')}')
    GITHUB_PAT = '{f.p(github_pat(r), 'github', 'fine-grained PAT in Jenkinsfile environment')}'
  }}
  stages {{
    stage('Build') {{
      steps {{ sh './gradlew build' }}
    }}
    stage('Deploy') {{
      steps {{
        withCredentials([usernamePassword(credentialsId: 'app01-ssh', usernameVariable: 'U', passwordVariable: '{N('P', 'jenkins', 'binding variable name', 'identifier', anchor='passwordVariable')}')]) {{
          sh 'sshpass -p "$P" scp build/libs/hub.jar $U@app01.corp.example:/opt/hub/'
        }}
        sh "sshpass -p '{S(pw_sym(r), 'ssh', 'sshpass -p literal in Jenkinsfile')}' ssh deploy@app02.corp.example 'sudo systemctl restart hub'"
      }}
    }}
  }}
}}
""")

    f = new(P + ".circleci/config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""version: 2.1
executors:
  builder:
    docker:
      - image: fabrikam/ci-builder:2024.02
        auth:
          username: fabrikambot
          password: {N('$DOCKERHUB_PASSWORD', 'dockerhub', 'CircleCI context variable', 'env-ref')}
jobs:
  deploy-do:
    executor: builder
    environment:
      DIGITALOCEAN_ACCESS_TOKEN: {f.p(dop(r), 'digitalocean', 'DigitalOcean token in CircleCI job environment')}
    steps:
      - checkout
      - run: doctl kubernetes cluster kubeconfig save fab-prod && kubectl apply -f k8s/
workflows:
  main:
    jobs: [deploy-do]
""")

    f = new(P + ".travis.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""language: python
python: ["3.11"]
env:
  global:
    - secure: "{N(b64b(r, 256), 'travis', 'Travis-encrypted variable (repo RSA key)', 'ciphertext')}"
    - SLACK_TOKEN={f.p(slack_bot(r), 'slack', 'Slack bot token in .travis.yml env')}
script: pytest
notifications:
  slack:
    secure: {b64b(r, 256)}
""")

    f = new(P + "azure-pipelines.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""trigger: [main]
pool:
  vmImage: ubuntu-22.04
variables:
  - group: hub-prod
  - name: sqlPassword
    value: {S(pw_sym(r), 'sqlserver', 'SQL password as plain pipeline variable')}
  - name: storageConn
    value: "DefaultEndpointsProtocol=https;AccountName=fabhubartifacts;AccountKey={f.p(azure_key(r), 'azure', 'storage AccountKey in pipeline variable')};EndpointSuffix=core.windows.net"
steps:
  - script: sqlcmd -S erp-sql01 -U deploy -P "$(sqlPassword)" -i migrate.sql
    displayName: migrate
  - task: AzureCLI@2
    inputs:
      azureSubscription: {N('hub-prod-connection', 'azure-devops', 'service connection name', 'secret-ref')}
      scriptType: bash
      inlineScript: az storage blob upload-batch -d drops -s out --connection-string "$(storageConn)"
""")
    f.n('"$(sqlPassword)"', "sqlserver", "pipeline macro reference", "env-ref")

    f = new(P + "appveyor.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""version: 1.0.{{build}}
image: Visual Studio 2022
environment:
  NUGET_API_KEY:
    secure: {N(b64b(r, 48), 'appveyor', 'AppVeyor-encrypted value', 'ciphertext')}
  CODESIGN_PASSWORD: {S(pw_word(r), 'codesign', 'PFX password in plain AppVeyor env')}
build_script:
  - dotnet build -c Release
""")

    f = new(P + "bitrise.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""format_version: "13"
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
app:
  envs:
    - BITRISE_PROJECT_PATH: ios/Courier.xcworkspace
    - MATCH_PASSWORD: {N('$MATCH_PASSWORD', 'fastlane-match', 'Bitrise secret env var', 'env-ref')}
    - FIREBASE_TOKEN: "1//0{f.p(rs(r, 100, URLSAFE), 'google', 'Google OAuth refresh token (firebase login:ci)')}"
workflows:
  deploy:
    steps:
      - fastlane@3: {{inputs: [{{lane: beta}}]}}
""")

    f = new(P + "ci/concourse/pipeline.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""resources:
  - name: repo
    type: git
    source:
      uri: git@github.com:fabrikam/platform-infra.git
      private_key: {N('((github-deploy-key))', 'concourse', 'credential-manager interpolation', 'secret-ref')}
  - name: image
    type: registry-image
    source:
      repository: harbor.corp.example/platform/hub
      username: robot$platform
      password: {N('((harbor-robot-secret))', 'harbor', 'credential-manager interpolation', 'secret-ref')}
jobs:
  - name: build
    plan:
      - get: repo
        trigger: true
      - put: image
""")

    f = new(P + ".teamcity/settings.kts"); r = f.r; S, N = f.s, f.n
    f.done(f"""import jetbrains.buildServer.configs.kotlin.*

version = "2023.11"
project {{
    params {{
        password("env.NEXUS_PASSWORD", "{N('credentialsJSON:' + uuid4(r), 'teamcity', 'TeamCity secure token reference', 'secret-ref')}")
        param("env.DEPLOY_HOST", "app01.corp.example")
        param("env.DEPLOY_PASSWORD", "{N('%env.DEPLOY_PASSWORD_SECURE%', 'ssh', 'TeamCity parameter reference', 'template')}")
    }}
}}
""")

    # ------------------------------------------------------------ Docker / k8s / helm / terraform
    f = new(P + "docker/hub/Dockerfile"); r = f.r; S, N = f.s, f.n
    f.done(f"""FROM python:3.11-slim
ARG PIP_INDEX_URL=https://pypi:{S(pw_url(r), 'url-credentials', 'private index password in Dockerfile ARG default')}@nexus.corp.example/repository/pypi/simple
ENV HUB_DB_PASSWORD={S(pw_alnum(r, 20), 'postgres', 'DB password baked into image ENV')}
ENV HUB_SECRET_KEY=""
RUN useradd -m hub && echo 'hub:{S(pw_word(r), 'linux-user', 'chpasswd in Dockerfile RUN')}' | chpasswd
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=hub . /app
USER hub
CMD ["gunicorn", "hub.wsgi", "-b", "0.0.0.0:8000"]
""")
    f.n('""', "hub", "empty ENV default", "empty", anchor="HUB_SECRET_KEY")

    f = new(P + "docker/compose.prod.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""services:
  hub:
    image: harbor.corp.example/platform/hub:2024.02.3
    environment:
      DATABASE_URL: postgres://hub:{S(pw_url(r), 'postgres', 'compose DATABASE_URL password')}@db:5432/hub
      REDIS_URL: redis://default:{N('${REDIS_PASSWORD}', 'redis', 'compose substitution', 'env-ref')}@redis:6379/0
      SENTRY_DSN: ${{SENTRY_DSN}}
    secrets: [hub_jwt_key]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: {N('/run/secrets/pg_password', 'postgres', 'Docker secrets file path', 'secret-ref')}
  mq:
    image: rabbitmq:3.12-management
    environment:
      RABBITMQ_DEFAULT_USER: hub
      RABBITMQ_DEFAULT_PASS: {N('guest', 'rabbitmq', 'RabbitMQ default account', 'test-value')}
secrets:
  hub_jwt_key:
    file: ./secrets/jwt.key
""")

    f = new(P + "k8s/hub/secret.yaml"); r = f.r; S, N = f.s, f.n
    b = lambda s: base64.b64encode(s.encode()).decode()
    f.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: hub-secrets
  namespace: hub
type: Opaque
stringData:
  STRIPE_SECRET_KEY: {f.p(stripe(r, 'rk_live_'), 'stripe', 'Stripe restricted key in k8s stringData')}
  TWILIO_ACCOUNT_SID: {f.p(twilio_sid(r), 'twilio', 'Twilio account SID', pair=True)}
  TWILIO_AUTH_TOKEN: {f.p(hexs(r, 32), 'twilio', 'Twilio auth token in k8s Secret')}
data:
  DB_PASSWORD: {S(b(pw_alnum(r, 20)), 'postgres', 'base64 DB password in k8s Secret data')}
  SENDGRID_API_KEY: {f.p(b(sendgrid(r)), 'sendgrid', 'base64-encoded SendGrid key in k8s Secret data')}
""")
    f = new(P + "k8s/hub/deployment.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: hub
  namespace: hub
spec:
  replicas: 3
  selector: {{matchLabels: {{app: hub}}}}
  template:
    metadata:
      labels: {{app: hub}}
      annotations:
        checksum/config: {N(hexs(r, 64), 'helm', 'config hash annotation', 'hash-nonsecret')}
    spec:
      containers:
        - name: hub
          image: harbor.corp.example/platform/hub@sha256:{N(hexs(r, 64), 'docker', 'image digest', 'hash-nonsecret')}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {{name: hub-secrets, key: {N('DB_PASSWORD', 'kubernetes', 'secretKeyRef key name', 'secret-ref', anchor='secretKeyRef')}}}
            - name: LEGACY_API_PASSWORD
              value: "{S(pw_sym(r), 'http-basic', 'password as plain env value in Deployment')}"
            - name: PASSWORD_MIN_LENGTH
              value: "{N('12', 'hub', 'policy setting', 'policy', anchor='value: "12"')}"
""")
    f = new(P + "k8s/hub/externalsecret.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: hub-aws
spec:
  secretStoreRef: {{name: aws-sm, kind: ClusterSecretStore}}
  target: {{name: hub-aws}}
  data:
    - secretKey: AWS_SECRET_ACCESS_KEY
      remoteRef:
        key: {N('arn:aws:secretsmanager:eu-central-1:' + str(r.randint(10**11, 10**12)) + ':secret:hub/aws-' + rs(r, 6), 'aws', 'Secrets Manager ARN', 'secret-ref')}
    - secretKey: OP_TOKEN
      remoteRef:
        key: {N('op://Platform/hub-1password/credential', 'onepassword', '1Password secret reference', 'secret-ref')}
    - secretKey: VAULT_DB
      remoteRef:
        key: {N('vault:secret/data/hub#db_password', 'hashicorp-vault', 'Vault reference', 'secret-ref')}
""")
    f = new(P + "k8s/monitoring/kustomization.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""resources:
  - grafana.yaml
secretGenerator:
  - name: grafana-admin
    literals:
      - admin-user=admin
      - admin-password={S(pw_word(r), 'grafana', 'kustomize secretGenerator literal')}
  - name: grafana-oauth
    envs: [oauth.env]
""")
    f = new(P + "k8s/sealed/hub-sealed.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: hub-oauth
  namespace: hub
spec:
  encryptedData:
    client_secret: {N('AgB' + b64b(r, 360), 'sealed-secrets', 'SealedSecret ciphertext (controller key)', 'ciphertext')}
""")
    f = new(P + "helm/hub/values.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""image:
  repository: harbor.corp.example/platform/hub
  tag: ""
postgresql:
  auth:
    username: hub
    password: "{S(pw_alnum(r, 20), 'postgres', 'Helm values postgresql.auth.password')}"
    existingSecret: ""
redis:
  auth:
    existingSecret: {N('hub-redis', 'redis', 'existing Secret name', 'secret-ref')}
    password: {N('""', 'redis', 'empty, existingSecret used', 'empty', anchor='password: ""')}
keycloak:
  clientSecret: {N('"{{ .Values.global.keycloakSecret }}"', 'keycloak', 'unrendered Helm template', 'template')}
smtp:
  password: {N('"<set-me>"', 'smtp', 'placeholder', 'placeholder')}
ingress:
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: basic-auth
""")
    f = new(P + "terraform/envs/prod/terraform.tfvars"); r = f.r; S, N = f.s, f.n
    f.done(f"""region            = "eu-central-1"
aws_access_key    = "{f.p(aws_id(r), 'aws', 'access key in terraform.tfvars', pair=True)}"
aws_secret_key    = "{f.p(aws_secret(r), 'aws', 'secret key in terraform.tfvars')}"
do_token          = "{f.p(dop(r), 'digitalocean', 'DigitalOcean token in tfvars')}"
db_admin_password = "{S(pw_sym(r), 'postgres', 'RDS master password in tfvars')}"
cloudflare_zone   = "{N(hexs(r, 32), 'cloudflare', 'zone id', 'identifier')}"
""")
    f = new(P + "terraform/modules/rds/main.tf"); r = f.r; S, N = f.s, f.n
    f.done(f"""resource "aws_db_instance" "hub" {{
  identifier        = "hub-prod"
  engine            = "postgres"
  engine_version    = "16.1"
  instance_class    = "db.t4g.medium"
  username          = "hubadmin"
  password          = {N('var.db_admin_password', 'postgres', 'Terraform variable reference', 'template')}
  manage_master_user_password = false
}}

resource "random_password" "app" {{
  length           = {N('24', 'terraform', 'generator length setting', 'policy', anchor='length')}
  special          = true
  override_special = "!#$%&*()-_=+[]{{}}<>:?"
}}

output "app_password" {{
  value     = {N('random_password.app.result', 'terraform', 'resource attribute reference', 'function-call')}
  sensitive = true
}}
""")

    # ------------------------------------------------------------ SQL
    f = new(P + "db/postgres/roles.sql"); r = f.r; S, N = f.s, f.n
    p1 = pw_word(r)
    f.done(f"""--
-- PostgreSQL database cluster dump (roles)
--
SET default_transaction_read_only = off;
CREATE ROLE hub;
ALTER ROLE hub WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '{S(keys.pg_scram(r, pw_alnum(r)), 'postgres', 'SCRAM-SHA-256 verifier in pg_dumpall')}';
CREATE ROLE reporting;
ALTER ROLE reporting WITH LOGIN PASSWORD '{S(keys.pg_md5(p1, 'reporting'), 'postgres', 'md5 password hash in pg_dumpall')}';
CREATE ROLE migrator;
ALTER ROLE migrator WITH LOGIN PASSWORD '{S(pw_sym(r), 'postgres', 'clear-text password in ALTER ROLE')}' VALID UNTIL '2025-01-01';
CREATE ROLE readonly NOLOGIN;
ALTER ROLE readonly WITH PASSWORD {N('NULL', 'postgres', 'no password', 'empty', anchor='readonly WITH PASSWORD')};
""")
    f = new(P + "db/mysql/01-users.sql"); r = f.r; S, N = f.s, f.n
    f.done(f"""CREATE USER IF NOT EXISTS 'hub'@'10.0.%' IDENTIFIED BY '{S(pw_sym(r), 'mysql', 'CREATE USER IDENTIFIED BY literal')}';
CREATE USER IF NOT EXISTS 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '{S(keys.mysql_native(pw_word(r)), 'mysql', 'mysql_native_password hash')}';
ALTER USER 'root'@'localhost' IDENTIFIED BY '{S(pw_rand(r, 18, '!#%*'), 'mysql', 'ALTER USER root password')}';
CREATE USER 'etl'@'%' IDENTIFIED BY RANDOM PASSWORD;
GRANT SELECT ON crm.* TO 'etl'@'%';
SET PASSWORD FOR 'reporting'@'%' = {N("'" + '*' * 8 + "'", 'mysql', 'masked in exported script', 'masked', anchor='SET PASSWORD')};
""")
    f = new(P + "db/oracle/create_schema_users.sql"); r = f.r; S, N = f.s, f.n
    f.done(f"""CREATE USER erp_app IDENTIFIED BY "{S(pw_alnum(r, 16), 'oracle', 'Oracle CREATE USER IDENTIFIED BY')}" DEFAULT TABLESPACE erp_data QUOTA UNLIMITED ON erp_data;
CREATE USER erp_export IDENTIFIED BY &export_password DEFAULT TABLESPACE erp_data;
ALTER USER erp_report IDENTIFIED BY VALUES '{S('S:' + hexs(r, 60).upper(), 'oracle', 'Oracle 11g S: verifier')}';
ALTER PROFILE app_profile LIMIT PASSWORD_LIFE_TIME {N('180', 'oracle', 'password policy', 'policy', anchor='PASSWORD_LIFE_TIME')};
""")
    f.n("&export_password", "oracle", "SQL*Plus substitution variable", "template")
    f = new(P + "db/mssql/logins.sql"); r = f.r; S, N = f.s, f.n
    f.done(f"""USE [master]
GO
CREATE LOGIN [hub_app] WITH PASSWORD = N'{S(pw_sym(r), 'sqlserver', 'CREATE LOGIN WITH PASSWORD literal')}', DEFAULT_DATABASE = [Hub], CHECK_POLICY = ON
GO
CREATE LOGIN [legacy_sync] WITH PASSWORD = {S('0x0200' + hexs(r, 136).upper(), 'sqlserver', 'SQL Server password hash (HASHED)')} HASHED, CHECK_POLICY = OFF
GO
CREATE LOGIN [CORP\\SQL-Admins] FROM WINDOWS
GO
""")
    f = new(P + "db/mongo/init-mongo.js"); r = f.r; S, N = f.s, f.n
    f.done(f"""db = db.getSiblingDB("hub");
db.createUser({{
  user: "hub",
  pwd: "{S(pw_alnum(r, 20), 'mongodb', 'mongosh createUser pwd')}",
  roles: [{{ role: "readWrite", db: "hub" }}]
}});
db.createUser({{ user: "backup", pwd: {N('passwordPrompt()', 'mongodb', 'interactive prompt', 'function-call')}, roles: ["backup"] }});
""")

    # ------------------------------------------------------------ shell / logs
    f = new(P + "scripts/provision-host.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/usr/bin/env bash
set -euo pipefail
useradd -m -s /bin/bash deploy
echo 'deploy:{S(pw_word(r), 'linux-user', 'chpasswd in provisioning script')}' | chpasswd
useradd -m -p "$(openssl passwd -6 '{S(pw_sym(r), 'linux-user', 'openssl passwd input in useradd -p')}')" ops
htpasswd -b -c /etc/nginx/.htpasswd monitoring '{S(pw_alnum(r, 14), 'htpasswd', 'htpasswd -b password')}'
mysql -uroot -p'{N('$MYSQL_ROOT_PASSWORD', 'mysql', 'shell variable', 'env-ref')}' -e "CREATE DATABASE IF NOT EXISTS hub"
curl -fsSL -u admin:{N('$NEXUS_PW', 'nexus', 'shell variable', 'env-ref')} https://nexus.corp.example/service/rest/v1/status
read -rsp "Vault unseal key: " UNSEAL_KEY
vault operator unseal {N('"$UNSEAL_KEY"', 'hashicorp-vault', 'shell variable', 'env-ref')}
""")
    f = new(P + "scripts/rotate-db-password.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/usr/bin/env bash
# Rotates the hub DB password and stores it in Vault. Never prints it.
NEW=$(openssl rand -base64 24)
psql -h pg-hub.corp.example -U postgres -c "ALTER ROLE hub PASSWORD '$NEW'"
vault kv put secret/hub db_password="$NEW"
echo "rotated; password={N('<redacted>', 'postgres', 'redaction marker', 'masked')}"
PGPASSWORD={N('"$(vault kv get -field=db_password secret/hub)"', 'postgres', 'command substitution from Vault', 'secret-ref')} psql -h pg-hub.corp.example -U hub -c 'select 1'
""")
    f = new(P + "logs/hub-api.2024-02-12.log"); r = f.r; S, N = f.s, f.n
    tok = jwt(r, {"sub": "svc-billing", "iss": "https://sso.fabrikam.example/realms/ops", "exp": 1893456000, "scope": "billing:write"})
    basic = base64.b64encode(("billing:" + pw_alnum(r, 16)).encode()).decode()
    f.done(f"""2024-02-12T08:00:01.004Z INFO  hub.api startup version=2024.02.3
2024-02-12T08:00:01.210Z INFO  hub.db connecting url=postgres://hub:{N('****', 'postgres', 'password masked by logger', 'masked')}@pg-hub.corp.example:5432/hub
2024-02-12T08:03:44.918Z DEBUG hub.http request headers={{"authorization": "Bearer {f.p(tok, 'jwt', 'signed bearer JWT printed by debug logging')}"}}
2024-02-12T08:03:45.002Z DEBUG hub.http upstream auth="Basic {S(basic, 'http-basic', 'Basic auth header (base64 user:password) in debug log')}"
2024-02-12T08:05:12.331Z WARN  hub.auth login failed user=ines reason="{N('invalid password', 'hub', 'log message text', 'ui-label')}"
2024-02-12T08:05:12.332Z INFO  hub.auth token issued token={N('ghp_****************', 'github', 'masked token', 'masked')}
2024-02-12T08:06:00.000Z INFO  hub.jobs request_id={N(uuid4(r), 'hub', 'request id', 'identifier')} status=200
""")
    f = new(P + "logs/redis-monitor.txt"); r = f.r; S, N = f.s, f.n
    f.done(f"""OK
1707725001.103392 [0 10.0.30.11:51244] "AUTH" "{S(pw_alnum(r, 32), 'redis', 'AUTH command captured by redis-cli MONITOR')}"
1707725001.103911 [0 10.0.30.11:51244] "SELECT" "2"
1707725001.104201 [2 10.0.30.11:51244] "GET" "session:{hexs(r, 32)}"
1707725002.551120 [0 10.0.30.12:40112] "AUTH" "(redacted)"
""")
    f.n("(redacted)", "redis", "redacted by newer redis MONITOR", "masked")
