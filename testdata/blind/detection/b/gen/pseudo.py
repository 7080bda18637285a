"""Pseudo-services (config credentials, private keys, JWTs, passwords), custom-format provider services,
and generic near-miss negatives."""
import base64
import crypt
import datetime
import hashlib
import json
import os
import warnings

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID

from render import new_entry, M
from services import BYKEY
from tokens import *  # noqa
from writer import write_file

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def P(service, klabel, value, written=None, role="secret", note=""):
    e = new_entry(service=service, klabel=klabel, value=value, role=role, kind_note=note)
    if written is not None:
        e["written"] = written
    return M(e)


def ID(service, klabel, value):
    return P(service, klabel, value, role="id")


def N(service, why, text):
    e = new_entry(service=service, klabel="", value=text, role="neg", why=why)
    return M(e)


def pw(n=14):
    base = alnum(n)
    return base[:4] + rng.choice("!#%*-_.+") + base[4:] + str(rng.randint(10, 99))


CRYPT_ALPHA = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase


def sha512crypt(p):
    return crypt.crypt(p, "$6$" + pick(CRYPT_ALPHA, 16))


def yescrypt():
    return "$y$j9T$" + pick(CRYPT_ALPHA, 22) + "$" + pick(CRYPT_ALPHA, 43)


def bcrypt_hash(p, prefix="$2y$"):
    h = crypt.crypt(p, "$2b$10$" + pick(CRYPT_ALPHA, 22))
    return prefix + h[4:]


def apr1(p):
    salt = pick(string.ascii_letters + string.digits, 8)
    return os.popen(f"openssl passwd -apr1 -salt {salt} '{p}'").read().strip()


def sha_htpasswd(p):
    return "{SHA}" + base64.b64encode(hashlib.sha1(p.encode()).digest()).decode()


# ------------------------------------------------------------------ key material (generated locally, fake)

def gen_keys():
    K = {}
    rsa_k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    K["rsa_trad"] = rsa_k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                         serialization.NoEncryption()).decode()
    rsa2 = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    K["pkcs8"] = rsa2.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    rsa3 = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    K["pkcs8_b"] = rsa3.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    rsa4 = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    K["pkcs8_c"] = rsa4.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    K["pkcs8_d"] = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    eck = ec.generate_private_key(ec.SECP256R1())
    K["ec"] = eck.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode()
    ed = ed25519.Ed25519PrivateKey.generate()
    K["openssh"] = ed.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()).decode()
    K["openssh_pub"] = ed.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    K["openssh2"] = open(os.path.join(HERE, "tmp", "id_work")).read()  # ssh-keygen -t ed25519 -N ... (passphrase-protected)
    K["enc_pkcs8"] = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"s3cret-pass")).decode()
    K["enc_trad"] = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.BestAvailableEncryption(b"s3cret-pass")).decode()
    K["rsa_pub"] = rsa2.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "api.acme.example"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Acme Corp")])
    now = datetime.datetime(2024, 11, 1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(rsa2.public_key())
            .serial_number(rng.getrandbits(64)).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=397))
            .sign(rsa2, hashes.SHA256()))
    K["cert"] = cert.public_bytes(serialization.Encoding.PEM).decode()
    csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(rsa3, hashes.SHA256())
    K["csr"] = csr.public_bytes(serialization.Encoding.PEM).decode()
    K["pgp_secret"] = open(os.path.join(HERE, "tmp", "pgp_secret.asc")).read()
    K["pgp_public"] = open(os.path.join(HERE, "tmp", "pgp_public.asc")).read()
    return K


def ppk(version=3, alg="ssh-ed25519", enc=False, comment="deploy@acme"):
    pub = base64.b64encode(rbytes(51 if alg == "ssh-ed25519" else 279)).decode()
    priv = base64.b64encode(rbytes(48 if alg == "ssh-ed25519" else 660)).decode()

    def wrap(s):
        return [s[i:i + 64] for i in range(0, len(s), 64)]
    L = [f"PuTTY-User-Key-File-{version}: {alg}", f"Encryption: {'aes256-cbc' if enc else 'none'}", f"Comment: {comment}"]
    pl = wrap(pub)
    L += [f"Public-Lines: {len(pl)}"] + pl
    if version == 3 and enc:
        L += ["Key-Derivation: Argon2id", "Argon2-Memory: 8192", "Argon2-Passes: 21", "Argon2-Parallelism: 1", "Argon2-Salt: " + hexs(32)]
    vl = wrap(priv)
    L += [f"Private-Lines: {len(vl)}"] + vl
    L += ["Private-MAC: " + hexs(64 if version == 3 else 40)]
    return "\n".join(L)


def pypi_token(location=b"pypi.org"):
    ident = json.dumps({"version": 1, "permissions": "user"}).encode()
    raw = b"\x02\x01" + bytes([len(location)]) + location + b"\x02\x20" + rbytes(32) + b"\x00\x02" + bytes([len(ident) + 2]) + \
        b"\x00\x00" + ident + b"\x00\x00\x06\x20" + rbytes(32)
    return "pypi-" + b64u_nopad(raw)


def django_key(insecure=False):
    alpha = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"
    k = pick(alpha, 50)
    return ("django-insecure-" + k) if insecure else k


def wp_salt():
    alpha = string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|"
    return pick(alpha, 64)


def app_jwt(alg="HS256"):
    claims = {"iss": "https://auth.acme.example", "sub": uuid4(), "aud": "acme-api", "iat": 1730600000, "exp": 1893456000,
              "scope": "orders:read orders:write", "email": "jdoe@acme.example"}
    return jwt(claims, alg=alg, sig_bytes=32 if alg.startswith("HS") else 256)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def jesc(s):
    return json.dumps(s)[1:-1]


# ------------------------------------------------------------------ writers

def write_pseudo():
    K = gen_keys()
    H = "home/jdoe"

    # ---------------- netrc
    p1, p2, p3 = pw(), pw(16), pw(12)
    write_file(f"{H}/.netrc", "\n".join([
        "machine nexus.acme.example",
        "  login deploy",
        f"  password {P('netrc', 'password for nexus.acme.example', p1)}",
        "",
        "machine ftp.partner-logistics.example login acme_upload password " + P("netrc", "password (single-line entry)", p2),
        "",
        "machine ftp.gnu.org",
        "  login anonymous",
        "  " + N("netrc", "anonymous FTP convention: the 'password' is an e-mail address, not a secret", "password jdoe@acme.example"),
        "",
        "# default entry for everything else: no password, prompts instead",
        N("netrc", "default entry with login only, no password", "default login jdoe"), ""]))
    write_file("home/jdoe-win/_netrc", "machine git.acme.example login jdoe password " + P("netrc", "password in Windows _netrc", p3) + "\n")
    p4 = pw()
    write_file("acme-platform/docker/build-base.Dockerfile", "\n".join([
        "FROM python:3.12-slim",
        "ARG PIP_INDEX=https://pypi.acme.example/simple/",
        "RUN apt-get update && apt-get install -y --no-install-recommends git curl && rm -rf /var/lib/apt/lists/*",
        "# private artifacts need auth",
        f'RUN echo "machine artifacts.acme.example login ci password {P("netrc", "password written to .netrc in Dockerfile", p4)}" > /root/.netrc && chmod 600 /root/.netrc',
        "WORKDIR /app", "COPY requirements.txt .", "RUN pip install -r requirements.txt", ""]))
    p5 = pw()
    write_file("acme-platform/scripts/bootstrap-runner.sh", "\n".join([
        "#!/usr/bin/env bash", "set -euo pipefail", "# one-off bootstrap for self-hosted runners", "",
        "cat > \"$HOME/.netrc\" <<'EOF'", "machine registry.acme.example", "login runner",
        "password " + P("netrc", "password in heredoc writing ~/.netrc", p5), "EOF", "chmod 600 \"$HOME/.netrc\"", "",
        "# CI variant uses the job token instead",
        'echo ' + N("netrc", "netrc line filled from a CI variable at run time", '"machine gitlab.acme.example login gitlab-ci-token password ${CI_JOB_TOKEN}"') + ' >> "$HOME/.netrc"', ""]))
    p6 = pw()
    write_file("acme-platform/backend/tools/write_netrc.py", "\n".join([
        '"""Write credentials for the legacy FTP drop (temporary, see OPS-1182)."""', "from pathlib import Path", "",
        "def main():",
        '    netrc = Path.home() / ".netrc"',
        f'    netrc.write_text("machine drop.acme.example login batch password {P("netrc", "netrc content in Python string", p6)}\\n")',
        "    netrc.chmod(0o600)", "", "", 'if __name__ == "__main__":', "    main()", ""]))
    write_file("acme-platform/ops/templates/netrc.j2", "\n".join([
        "machine {{ nexus_host }}", "  login {{ nexus_user }}",
        "  " + N("netrc", "Jinja template, password injected by Ansible", "password {{ nexus_password }}"), ""]))

    # ---------------- pgpass
    write_file(f"{H}/.pgpass", "\n".join([
        N("pgpass", "comment documenting the .pgpass field order", "# hostname:port:database:username:password"),
        P("pgpass", "pgpass entry", f"db-primary.acme.internal:5432:orders:orders_app:{pw()}", ),
        P("pgpass", "pgpass entry (wildcard db)", f"analytics.acme.internal:5432:*:readonly:{pw()}"),
        N("pgpass", "empty password field (uses peer/trust auth)", "localhost:5432:*:postgres:"), ""]))
    write_file("acme-platform/docker/pg-tools.Dockerfile", "\n".join([
        "FROM postgres:16", "RUN apt-get update && apt-get install -y cron",
        f'RUN echo "pg-replica.acme.internal:5432:*:backup:{P("pgpass", "pgpass line echoed in Dockerfile", pw(), written=None)}" > /root/.pgpass && chmod 0600 /root/.pgpass',
        'COPY backup.sh /usr/local/bin/backup.sh', 'CMD ["cron", "-f"]', ""]))
    write_file("acme-platform/deploy/k8s/base/pgpass-secret.yaml", "\n".join([
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: pgpass", "  namespace: data", "type: Opaque", "stringData:", "  .pgpass: |",
        "    " + P("pgpass", "pgpass content in Kubernetes Secret stringData", f"warehouse.acme.internal:5432:dwh:etl:{pw()}"),
        "    " + P("pgpass", "pgpass content in Kubernetes Secret stringData", f"warehouse.acme.internal:5432:staging:etl:{pw()}"), ""]))
    write_file("acme-platform/ops/ansible/roles/pg-client/tasks/main.yml", "\n".join([
        "- name: install psql", "  apt:", "    name: postgresql-client", "    state: present", "",
        "- name: write pgpass", "  copy:", "    dest: /home/etl/.pgpass", "    mode: '0600'",
        '    content: "' + P("pgpass", "pgpass line in Ansible task", f"dwh.acme.internal:5432:*:etl_loader:{pw()}") + '"', "",
        "- name: write pgpass for reports", "  lineinfile:", "    path: /home/reports/.pgpass",
        '    line: "' + N("pgpass", "template variable, not a literal password", "{{ pg_host }}:5432:*:{{ pg_user }}:{{ pg_password }}") + '"',
        "    create: yes", ""]))
    write_file("acme-platform/ops/setup-pg.sh", "\n".join([
        "#!/bin/sh", 'PGHOST=db-primary.acme.internal',
        "printf '%s\\n' '" + P("pgpass", "pgpass line in shell printf", f"db-primary.acme.internal:5432:billing:billing:{pw()}") + "' >> ~/.pgpass",
        "chmod 600 ~/.pgpass", "psql -h \"$PGHOST\" -U billing -d billing -c 'select 1'", ""]))

    # ---------------- npmrc
    t1 = npm_token()
    write_file(f"{H}/.npmrc", "\n".join([
        "registry=https://registry.npmjs.org/",
        "//registry.npmjs.org/:_authToken=" + P("npmrc", "npm granular access token (npm_, CRC32 checksum)", t1),
        "@acme:registry=https://npm.pkg.acme.example/",
        "//npm.pkg.acme.example/:_authToken=" + P("npmrc", "legacy UUID auth token", uuid4()),
        "save-exact=true", ""]))
    write_file("acme-platform/web/.npmrc", "\n".join([
        "@acme:registry=https://npm.pkg.acme.example/",
        "//npm.pkg.acme.example/:_authToken=" + N("npmrc", "token taken from the environment by npm at run time", "${NPM_TOKEN}"),
        "//registry.npmjs.org/:_authToken=" + N("npmrc", "npm_ token with a broken CRC32 checksum (last 6 chars)", npm_token(broken=True)),
        "engine-strict=true", ""]))
    user_pass = f"ci-publisher:{pw()}"
    write_file("acme-shop-php/.npmrc", "\n".join([
        "registry=https://nexus.acme.example/repository/npm-group/",
        "always-auth=true",
        "_auth=" + P("npmrc", "_auth base64(user:password)", b64(user_pass)),
        "email=ci@acme.example", ""]))
    write_file("acme-platform/tools/nexus.npmrc", "\n".join([
        "//nexus.acme.example/repository/npm-private/:username=deployer",
        "//nexus.acme.example/repository/npm-private/:_password=" + P("npmrc", "_password base64(password)", b64(pw())),
        "//nexus.acme.example/repository/npm-private/:email=ops@acme.example",
        "//nexus.acme.example/repository/npm-private/:always-auth=true",
        "//registry.npmjs.org/:_authToken=" + N("npmrc", "empty auth token", ""), ""]))
    write_file("acme-platform/web/Dockerfile", "\n".join([
        "FROM node:20-alpine AS build", "WORKDIR /src", "COPY package*.json ./",
        'RUN echo "//registry.npmjs.org/:_authToken=' + P("npmrc", "npm token written into .npmrc in Dockerfile", npm_token()) + '" > .npmrc && npm ci && rm .npmrc',
        "COPY . .", "RUN npm run build", "", "FROM nginx:1.27-alpine", "COPY --from=build /src/dist /usr/share/nginx/html", ""]))
    write_file("acme-platform/.github/workflows/publish-npm.yml", "\n".join([
        "name: publish", "on:", "  release:", "    types: [published]", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:",
        "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
        "      - run: echo \"//registry.npmjs.org/:_authToken=" + P("npmrc", "npm token echoed to ~/.npmrc in workflow", npm_token()) + "\" >> ~/.npmrc",
        "      - run: npm publish --access public",
        "      - run: echo \"//registry.npmjs.org/:_authToken=" + N("npmrc", "GitHub Actions secret reference", "${{ secrets.NPM_TOKEN }}") + "\" > .npmrc", ""]))
    write_file("acme-platform/web/.yarnrc.yml", "\n".join([
        "nodeLinker: node-modules", "npmScopes:", "  acme:", '    npmRegistryServer: "https://npm.pkg.acme.example"',
        '    npmAuthToken: "' + P("npmrc", "yarn berry npmAuthToken (npm_ token)", npm_token()) + '"', ""]))

    # ---------------- pypirc
    write_file(f"{H}/.pypirc", "\n".join([
        "[distutils]", "index-servers =", "    pypi", "    testpypi", "    acme", "",
        "[pypi]", "username = __token__", "password = " + P("pypirc", "PyPI API token (macaroon)", pypi_token()), "",
        "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__",
        "password = " + P("pypirc", "TestPyPI API token", pypi_token(b"test.pypi.org")), "",
        "[acme]", "repository = https://pypi.acme.example/", "username = deploy", "password = " + P("pypirc", "private index password", pw()), ""]))
    write_file("acme-platform/backend/.pypirc.example", "\n".join([
        "[pypi]", "username = __token__", N("pypirc", "placeholder in example pypirc", "password = <your PyPI API token>"), "",
        "[acme]", "repository = https://pypi.acme.example/", "username = deploy",
        N("pypirc", "environment reference, not a literal", "password = ${ACME_PYPI_PASSWORD}"), ""]))
    write_file("acme-platform/backend/Makefile", "\n".join([
        ".PHONY: release", "release:", "\tpython -m build",
        "\tprintf '[pypi]\\nusername = __token__\\npassword = %s\\n' '" + P("pypirc", "PyPI token printed into ~/.pypirc by Makefile", pypi_token()) + "' > ~/.pypirc",
        "\ttwine upload dist/*", ""]))
    write_file("acme-platform/ci/gitlab/pypi-release.gitlab-ci.yml", "\n".join([
        "release:", "  stage: deploy", "  image: python:3.12", "  script:", "    - |", "      cat > ~/.pypirc <<EOF", "      [acme]",
        "      repository = https://pypi.acme.example/", "      username = gitlab-ci",
        "      password = " + P("pypirc", "password in pypirc heredoc inside CI job", pw()), "      EOF",
        "    - twine upload -r acme dist/*", ""]))
    write_file("acme-platform/docker/publisher.Dockerfile", "\n".join([
        "FROM python:3.12-slim", "RUN pip install twine build",
        "RUN printf '[pypi]\\nusername = __token__\\npassword = " + P("pypirc", "PyPI token in Dockerfile printf to .pypirc", pypi_token()) + "\\n' > /root/.pypirc",
        'ENTRYPOINT ["twine", "upload"]', ""]))
    write_file("acme-platform/tools/release_helper.py", "\n".join([
        "import configparser", "from pathlib import Path", "", "cfg = configparser.ConfigParser()",
        'cfg["pypi"] = {"username": "__token__", "password": "' + P("pypirc", "PyPI token set via configparser", pypi_token()) + '"}',
        'with open(Path.home() / ".pypirc", "w") as fh:', "    cfg.write(fh)", ""]))

    # ---------------- docker-config
    a1 = b64(f"acmebot:{pw()}")
    a2 = b64(f"_json_key_base64:{base64.b64encode(rbytes(60)).decode()}")
    write_file(f"{H}/.docker/config.json", json.dumps({
        "auths": {"https://index.docker.io/v1/": {"auth": "@@A1@@"}, "registry.acme.example": {"auth": "@@A2@@"},
                  "quay.io": {}}, "credHelpers": {"gcr.io": "gcloud"}, "currentContext": "default"}, indent="\t")
               .replace("@@A1@@", P("docker-config", "auths[].auth base64(user:password)", a1))
               .replace("@@A2@@", P("docker-config", "auths[].auth for private registry", a2)) + "\n")
    write_file("home/ci/.docker/config.json", json.dumps({
        "auths": {"acmeprod.azurecr.io": {"auth": "@@E@@", "identitytoken": "@@T@@"}}}, indent=2)
               .replace('"auth": "@@E@@"', N("docker-config", "empty auth field", '"auth": ""'))
               .replace("@@T@@", P("docker-config", "identitytoken (ACR refresh token)", jwt({"jti": uuid4(), "sub": "0000-0000", "grant_type": "refresh_token", "exp": 1893456000, "iss": "Azure Container Registry", "aud": "acmeprod.azurecr.io"}, alg="RS256", sig_bytes=256))) + "\n")
    write_file("home/ops/.docker/config.json", json.dumps({"auths": {"https://index.docker.io/v1/": {}}, "credsStore": "desktop"}, indent="\t")
               .replace('"credsStore": "desktop"', N("docker-config", "credential store reference: no secret in the file", '"credsStore": "desktop"')) + "\n")
    dcj = json.dumps({"auths": {"registry.acme.example": {"username": "k8s-puller", "password": pw(), "auth": b64("k8s-puller:" + pw())}}})
    write_file("acme-platform/deploy/k8s/base/regcred.yaml", "\n".join([
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: regcred", "  namespace: acme-prod", "type: kubernetes.io/dockerconfigjson", "data:",
        "  .dockerconfigjson: " + P("docker-config", "base64 .dockerconfigjson in imagePullSecret", b64(dcj)), ""]))
    write_file("acme-platform/ci/docker-login.sh", "\n".join([
        "#!/usr/bin/env bash", "mkdir -p ~/.docker",
        "echo '{\"auths\":{\"registry.acme.example\":{\"auth\":\"" + P("docker-config", "docker config.json written by script", b64("ci:" + pw())) + "\"}}}' > ~/.docker/config.json",
        "# preferred: docker login --password-stdin",
        N("docker-config", "reads the password from stdin, nothing stored", 'echo "$REGISTRY_PASSWORD" | docker login registry.acme.example -u ci --password-stdin'), ""]))
    write_file("acme-platform/deploy/helm/acme-api/values-registry.yaml", "\n".join([
        "imagePullSecrets:", "  - name: acme-registry", "registry:", "  create: true",
        "  dockerconfigjson: " + P("docker-config", "base64 dockerconfigjson in Helm values", b64(json.dumps({"auths": {"ghcr.io": {"auth": b64("acme-bot:" + pw())}}}))), ""]))
    write_file("acme-platform/deploy/terraform/registry.tf", "\n".join([
        'resource "kubernetes_secret" "pull" {', "  metadata {", '    name = "pull-secret"', "  }", '  type = "kubernetes.io/dockerconfigjson"', "  data = {",
        '    ".dockerconfigjson" = jsonencode({', "      auths = {", '        "registry.acme.example" = {',
        '          auth = "' + P("docker-config", "auth inside jsonencode dockerconfigjson", b64("terraform:" + pw())) + '"', "        }", "      }", "    })", "  }", "}", ""]))

    # ---------------- s3cfg
    akid = "AKIA" + pick(B32, 16)
    write_file(f"{H}/.s3cfg", "\n".join([
        "[default]", "access_key = " + ID("s3cfg", "id (pair of s3cfg access_key / secret_key)", akid),
        "secret_key = " + P("s3cfg", "s3cmd secret_key", pick(B64, 40)), "bucket_location = EU", "host_base = s3.amazonaws.com",
        "host_bucket = %(bucket)s.s3.amazonaws.com", N("s3cfg", "empty gpg passphrase", "gpg_passphrase = "), "use_https = True", ""]))
    write_file("acme-platform/ops/backup/spaces.s3cfg", "\n".join([
        "[default]", "access_key = " + ID("s3cfg", "id (pair of s3cfg access_key / secret_key)", "DO00" + pick(UALNUM, 16)),
        "secret_key = " + P("s3cfg", "s3cmd secret_key (DigitalOcean Spaces)", b64url(43)),
        "host_base = fra1.digitaloceanspaces.com", "host_bucket = %(bucket)s.fra1.digitaloceanspaces.com", ""]))
    write_file("acme-platform/ops/backup/minio.s3cfg", "\n".join([
        "[default]", "access_key = " + ID("s3cfg", "id (pair of s3cfg access_key / secret_key)", "backup-svc"),
        "secret_key = " + P("s3cfg", "s3cmd secret_key (MinIO)", alnum(40)), "host_base = minio.acme.internal:9000",
        "host_bucket = minio.acme.internal:9000", "use_https = False", "signature_v2 = False", ""]))
    write_file("acme-platform/ops/backup/s3cfg.template", "\n".join([
        "[default]", N("s3cfg", "empty access_key in template", "access_key = "), N("s3cfg", "empty secret_key in template", "secret_key = "),
        "host_base = s3.amazonaws.com", ""]))
    write_file("acme-platform/docker/backup.Dockerfile", "\n".join([
        "FROM alpine:3.20", "RUN apk add --no-cache s3cmd postgresql16-client",
        "RUN printf '[default]\\naccess_key = backup-svc\\nsecret_key = " + P("s3cfg", "s3cfg secret written in Dockerfile", alnum(40)) + "\\nhost_base = minio.acme.internal:9000\\n' > /root/.s3cfg",
        'COPY backup.sh /backup.sh', 'CMD ["/backup.sh"]', ""]))
    write_file("acme-platform/deploy/k8s/base/s3cfg-configmap.yaml", "\n".join([
        "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: s3cmd-config", "data:", "  .s3cfg: |", "    [default]",
        "    " + ID("s3cfg", "id (pair of s3cfg access_key / secret_key)", "access_key = " + "DO00" + pick(UALNUM, 16)),
        "    " + P("s3cfg", "s3cfg secret_key in ConfigMap", "secret_key = " + b64url(43)), "    host_base = ams3.digitaloceanspaces.com", ""]))

    # ---------------- django
    write_file("acme-platform/backend/acme/settings/base.py", "\n".join([
        "from pathlib import Path", "import os", "", "BASE_DIR = Path(__file__).resolve().parent.parent.parent", "",
        "# SECURITY WARNING: keep the secret key used in production secret!",
        "SECRET_KEY = '" + P("django-secret-key", "Django SECRET_KEY (django-insecure- prefix)", django_key(True)) + "'", "",
        "DEBUG = True", 'ALLOWED_HOSTS = ["localhost", "127.0.0.1"]', "", "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",',
        '    "orders",', "]", "", N("django-secret-key", "empty list of fallback keys", "SECRET_KEY_FALLBACKS = []"), ""]))
    write_file("acme-platform/backend/acme/settings/production.py", "\n".join([
        "from .base import *  # noqa", "", 'SECRET_KEY = "' + P("django-secret-key", "Django SECRET_KEY (50 chars)", django_key()) + '"',
        "DEBUG = False", 'ALLOWED_HOSTS = ["api.acme.example"]', "SECURE_HSTS_SECONDS = 31536000", ""]))
    write_file("acme-platform/backend/acme/settings/staging.py", "\n".join([
        "import os", "from django.core.management.utils import get_random_secret_key", "from .base import *  # noqa", "",
        N("django-secret-key", "read from the environment", 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]'),
        "# local throwaway instances", N("django-secret-key", "generated at start-up, never stored", "EPHEMERAL_SECRET_KEY = get_random_secret_key()"), ""]))
    write_file("acme-platform/backend/.env.django", "\n".join([
        "DJANGO_SETTINGS_MODULE=acme.settings.production", "DJANGO_SECRET_KEY='" + P("django-secret-key", "DJANGO_SECRET_KEY in .env", django_key()) + "'",
        "DJANGO_ALLOWED_HOSTS=api.acme.example", ""]))
    write_file("acme-platform/backend/docker-compose.django.yml", "\n".join([
        "services:", "  web:", "    build: .", "    command: gunicorn acme.wsgi", "    environment:",
        '      DJANGO_SECRET_KEY: "' + P("django-secret-key", "DJANGO_SECRET_KEY in docker-compose", django_key(True)) + '"',
        "      DJANGO_DEBUG: \"false\"", ""]))
    write_file("acme-platform/deploy/k8s/base/django-deployment.yaml", "\n".join([
        "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: backend", "spec:", "  template:", "    spec:", "      containers:",
        "        - name: web", "          image: registry.acme.example/backend:1.42.0", "          env:", "            - name: DJANGO_SECRET_KEY",
        '              value: "' + P("django-secret-key", "DJANGO_SECRET_KEY in Kubernetes Deployment env", django_key()) + '"', ""]))
    write_file("acme-platform/.github/workflows/django-tests.yml", "\n".join([
        "name: django-tests", "on: [pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    env:",
        "      DJANGO_SECRET_KEY: " + P("django-secret-key", "DJANGO_SECRET_KEY in GitHub Actions env", django_key()),
        "    steps:", "      - uses: actions/checkout@v4", "      - run: python manage.py test", ""]))

    # ---------------- rails
    write_file("acme-rails/config/secrets.yml", "\n".join([
        "development:", "  secret_key_base: " + P("rails-secret", "secret_key_base (development)", hexs(128)), "",
        "test:", "  secret_key_base: " + P("rails-secret", "secret_key_base (test)", hexs(128)), "",
        "production:", "  " + N("rails-secret", "ERB reads the value from the environment", 'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>'), ""]))
    write_file("acme-rails/config/master.key", P("rails-secret", "Rails master.key (credentials encryption key)", hexs(32)) + "\n")
    write_file("acme-rails/config/credentials/production.key", P("rails-secret", "Rails per-environment credentials key", hexs(32)) + "\n")
    write_file("acme-rails/.env.production", "\n".join([
        "RAILS_ENV=production", "RAILS_LOG_TO_STDOUT=1", "SECRET_KEY_BASE=" + P("rails-secret", "SECRET_KEY_BASE in .env", hexs(128)), ""]))
    write_file("acme-rails/Dockerfile", "\n".join([
        "FROM ruby:3.3-slim", "WORKDIR /rails", "COPY Gemfile Gemfile.lock ./", "RUN bundle install", "COPY . .",
        N("rails-secret", "dummy value used only for asset precompilation", "RUN SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile"),
        "ENV SECRET_KEY_BASE=" + P("rails-secret", "SECRET_KEY_BASE baked into Docker image", hexs(128)),
        'CMD ["bin/rails", "server", "-b", "0.0.0.0"]', ""]))
    write_file("acme-rails/docker-compose.yml", "\n".join([
        "services:", "  web:", "    build: .", "    environment:", "      RAILS_ENV: production",
        "      RAILS_MASTER_KEY: " + P("rails-secret", "RAILS_MASTER_KEY in docker-compose", hexs(32)), "    ports:", '      - "3000:3000"', ""]))

    # ---------------- wordpress
    wl = ["<?php", "/** The base configuration for WordPress */", "", "define( 'DB_NAME', 'wp_acme' );", "define( 'DB_USER', 'wp_acme' );",
          "define( 'DB_PASSWORD', '" + P("wordpress", "DB_PASSWORD in wp-config.php", pw()) + "' );", "define( 'DB_HOST', 'mysql.acme.internal' );",
          "define( 'DB_CHARSET', 'utf8mb4' );", ""]
    for k in ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]:
        s = wp_salt().replace("'", "").replace("\\", "")
        wl.append(f"define( '{k}',{' ' * (17 - len(k))}'" + P("wordpress", f"{k} authentication unique key/salt", s) + "' );")
    wl += ["", "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}",
           "require_once ABSPATH . 'wp-settings.php';", ""]
    write_file("acme-wordpress/wp-config.php", "\n".join(wl))
    write_file("acme-wordpress/wp-config-sample.php", "\n".join([
        "<?php", "define( 'DB_NAME', 'database_name_here' );", "define( 'DB_USER', 'username_here' );",
        N("wordpress", "sample placeholder password", "define( 'DB_PASSWORD', 'password_here' );"), "define( 'DB_HOST', 'localhost' );",
        N("wordpress", "sample placeholder salt phrase", "define( 'AUTH_KEY',         'put your unique phrase here' );"),
        N("wordpress", "sample placeholder salt phrase", "define( 'NONCE_SALT',       'put your unique phrase here' );"), ""]))
    write_file("acme-wordpress/wp-config-docker.php", "\n".join([
        "<?php", N("wordpress", "value read from the environment", "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );"),
        "define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'db' );", ""]))
    write_file("acme-wordpress/docker-compose.yml", "\n".join([
        "services:", "  wordpress:", "    image: wordpress:6.6-php8.3-apache", "    environment:", "      WORDPRESS_DB_HOST: db",
        "      WORDPRESS_DB_USER: wp", "      WORDPRESS_DB_PASSWORD: " + P("wordpress", "WORDPRESS_DB_PASSWORD in docker-compose", pw()),
        "      WORDPRESS_DB_NAME: wp", "  db:", "    image: mariadb:11", "    environment:",
        "      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root", ""]))
    write_file("acme-wordpress/.env", "\n".join([
        "WORDPRESS_DB_HOST=db:3306", "WORDPRESS_DB_USER=wp", "WORDPRESS_DB_PASSWORD=" + P("wordpress", "WORDPRESS_DB_PASSWORD in .env", pw()),
        "WORDPRESS_AUTH_KEY=" + P("wordpress", "WORDPRESS_AUTH_KEY salt in .env", wp_salt().replace("'", "").replace("\\", "").replace("#", "").replace(" ", "").replace('"', "").replace("$", "")), ""]))
    write_file("acme-wordpress/k8s/wordpress-secret.yaml", "\n".join([
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: wordpress-db", "type: Opaque", "stringData:",
        '  WORDPRESS_DB_PASSWORD: "' + P("wordpress", "WORDPRESS_DB_PASSWORD in Kubernetes Secret", pw()) + '"', ""]))

    # ---------------- htpasswd
    write_file("acme-platform/deploy/nginx/.htpasswd", "\n".join([
        P("htpasswd", "htpasswd entry (apr1 MD5)", "admin:" + apr1(pw())),
        P("htpasswd", "htpasswd entry (bcrypt)", "grafana:" + bcrypt_hash(pw())),
        P("htpasswd", "htpasswd entry ({SHA})", "metrics:" + sha_htpasswd(pw())), ""]))
    write_file("acme-platform/deploy/k8s/base/ingress-basic-auth.yaml", "\n".join([
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: staging-basic-auth", "type: Opaque", "data:",
        "  auth: " + P("htpasswd", "base64 htpasswd file for ingress-nginx basic auth", b64("qa:" + apr1(pw()) + "\n")), ""]))
    write_file("acme-platform/deploy/traefik/docker-compose.traefik.yml", "\n".join([
        "services:", "  traefik:", "    image: traefik:v3.1", "    labels:", '      - "traefik.enable=true"',
        '      - "traefik.http.middlewares.dash-auth.basicauth.users=' + P("htpasswd", "htpasswd user in Traefik label ($$-escaped)", "ops:" + apr1(pw()).replace("$", "$$")) + '"', ""]))
    write_file("acme-platform/ops/ansible/group_vars/monitoring.yml", "\n".join([
        "prometheus_basic_auth_users:", '  - "' + P("htpasswd", "htpasswd line in Ansible vars", "prom:" + bcrypt_hash(pw())) + '"', ""]))
    write_file("acme-platform/deploy/caddy/Caddyfile", "\n".join([
        "admin.acme.example {", "\tbasicauth /admin/* {", "\t\t" + P("htpasswd", "Caddy basicauth bcrypt hash", "admin " + bcrypt_hash(pw(), "$2a$")), "\t}",
        "\treverse_proxy backend:8000", "}", ""]))
    write_file("acme-platform/deploy/nginx/nginx.conf", "\n".join([
        "server {", "  listen 80;", "  location /internal/ {", '    auth_basic "Restricted";',
        "    " + N("htpasswd", "path to the htpasswd file, no hash", "auth_basic_user_file /etc/nginx/.htpasswd;"), "    proxy_pass http://backend;", "  }", "}", ""]))
    write_file("acme-platform/deploy/nginx/Dockerfile", "\n".join([
        "FROM nginx:1.27-alpine", "COPY nginx.conf /etc/nginx/conf.d/default.conf",
        "RUN echo '" + P("htpasswd", "htpasswd line echoed in Dockerfile", "partner:" + apr1(pw())) + "' > /etc/nginx/.htpasswd", ""]))

    # ---------------- shadow-hash
    sh_lines = ["root:" + P("shadow-hash", "sha512crypt root hash", sha512crypt(pw())) + ":19675:0:99999:7:::",
                N("shadow-hash", "locked account marker, no hash", "daemon:*:19675:0:99999:7:::"),
                N("shadow-hash", "disabled password marker", "nobody:!:19675:0:99999:7:::"),
                "deploy:" + P("shadow-hash", "yescrypt hash", yescrypt()) + ":19680:0:99999:7:::",
                "backup:" + P("shadow-hash", "sha512crypt hash", sha512crypt(pw())) + ":19702:0:99999:7:::", ""]
    write_file("acme-platform/forensics/vm-snapshot/etc/shadow", "\n".join(sh_lines))
    write_file("acme-platform/deploy/cloud-init/user-data.yaml", "\n".join([
        "#cloud-config", "users:", "  - name: ops", "    groups: sudo", "    shell: /bin/bash", "    lock_passwd: false",
        "    passwd: " + P("shadow-hash", "hashed password in cloud-init", sha512crypt(pw())), "ssh_pwauth: false", ""]))
    write_file("acme-platform/deploy/kickstart/base.ks", "\n".join([
        "lang en_US.UTF-8", "keyboard us", "timezone UTC --utc", "rootpw --iscrypted " + P("shadow-hash", "kickstart rootpw --iscrypted", sha512crypt(pw())),
        "bootloader --location=mbr", "%packages", "@core", "%end", ""]))
    write_file("acme-platform/deploy/preseed/preseed.cfg", "\n".join([
        "d-i passwd/user-fullname string Ops User", "d-i passwd/username string ops",
        "d-i passwd/user-password-crypted password " + P("shadow-hash", "preseed user-password-crypted", sha512crypt(pw())),
        "d-i pkgsel/include string openssh-server", ""]))
    write_file("acme-platform/docker/legacy-app.Dockerfile", "\n".join([
        "FROM debian:12", "RUN useradd -m app && usermod -p '" + P("shadow-hash", "usermod -p with sha512crypt hash", sha512crypt(pw())) + "' app",
        "USER app", ""]))
    write_file("acme-platform/ops/ansible/roles/users/tasks/main.yml", "\n".join([
        "- name: create break-glass user", "  user:", "    name: breakglass",
        '    password: "' + P("shadow-hash", "Ansible user password hash", sha512crypt(pw())) + '"', "    groups: wheel", "",
        "- name: create svc user", "  user:", "    name: svc-report",
        "    " + N("shadow-hash", "hash computed from a vaulted variable at run time", "password: \"{{ svc_report_password | password_hash('sha512') }}\""), ""]))
    write_file("acme-platform/dist/SHA512SUMS", "\n".join([
        N("shadow-hash", "file checksum (sha512 of a release tarball), not a password hash", hashlib.sha512(rbytes(64)).hexdigest() + "  acme-cli-2.4.1-linux-amd64.tar.gz"),
        N("shadow-hash", "file checksum, not a password hash", hashlib.sha512(rbytes(64)).hexdigest() + "  acme-cli-2.4.1-darwin-arm64.tar.gz"), ""]))

    # ---------------- putty-ppk
    k1 = ppk(3, "ssh-ed25519", False, "deploy@acme-bastion")
    write_file("acme-platform/ops/keys/bastion-deploy.ppk", P("putty-ppk", "PuTTY v3 ed25519 private key (unencrypted)", k1) + "\n")
    k2 = ppk(2, "ssh-rsa", False, "rsa-key-20190312")
    write_file("acme-platform/ops/keys/legacy-sftp.ppk", P("putty-ppk", "PuTTY v2 RSA private key", k2) + "\n")
    k3 = ppk(3, "ssh-ed25519", True, "jdoe@laptop")
    write_file(f"{H}/Documents/putty/jdoe-laptop.ppk", P("putty-ppk", "PuTTY v3 private key (aes256-cbc encrypted)", k3) + "\n")
    k4 = ppk(3, "ssh-ed25519", False, "winscp-sync")
    write_file("acme-platform/ops/ansible/host_vars/winjump.yml", "\n".join([
        "winscp_sync_user: sync", "winscp_sync_key: |"] + ["  " + P("putty-ppk", "PuTTY key in Ansible YAML block scalar", k4.replace("\n", "\n  "))] + [""]))
    k5 = ppk(3, "ssh-ed25519", False, "sftp-partner")
    write_file("acme-platform/tools/sftp-profiles.json", json.dumps({"profiles": [{"name": "partner", "host": "sftp.partner.example", "user": "acme",
                                                                                      "ppk": "@@PPK@@"}]}, indent=2)
               .replace("@@PPK@@", P("putty-ppk", "PuTTY key JSON-escaped in a string", k5, written=jesc(k5))) + "\n")
    k6 = ppk(2, "ssh-rsa", False, "imported-openssh-key")
    write_file("acme-platform/tools/provision_winscp.py", "\n".join([
        '"""Drop the partner SFTP key where WinSCP expects it."""', "from pathlib import Path", "", 'PPK = """' + P("putty-ppk", "PuTTY key in Python triple-quoted string", k6) + '"""',
        "", 'Path("C:/Users/sync/.ssh/partner.ppk").write_text(PPK)', ""]))
    write_file("acme-platform/docs/putty-keys.md", "\n".join([
        "# Converting keys for Windows hosts", "", "PuTTY key files are plain text. They start with a header like:", "", "```",
        N("putty-ppk", "documentation of the header format, no key material", "PuTTY-User-Key-File-3: <algorithm>"), "Encryption: none | aes256-cbc",
        "```", "", "Never commit the `.ppk` file; keep it in the vault.", ""]))
    write_file("acme-platform/ops/keys/bastion-deploy.pub", "\n".join([
        N("putty-ppk", "SSH2 public key file (RFC 4716), not private", "---- BEGIN SSH2 PUBLIC KEY ----"), 'Comment: "deploy@acme-bastion"',
        base64.b64encode(rbytes(51)).decode(), "---- END SSH2 PUBLIC KEY ----", ""]))

    # ---------------- private-key
    write_file("acme-platform/ops/keys/legacy-signing.pem", P("private-key", "RSA private key (PKCS#1 PEM)", K["rsa_trad"]))
    write_file("acme-platform/deploy/tls/api.acme.example.key", P("private-key", "PKCS#8 PEM private key", K["pkcs8"]))
    write_file("acme-platform/deploy/tls/api.acme.example.crt", N("private-key", "X.509 certificate, public", K["cert"].split("\n")[0]) + "\n" + "\n".join(K["cert"].split("\n")[1:]))
    write_file("acme-platform/deploy/tls/api.acme.example.csr", N("private-key", "certificate signing request, public", K["csr"].split("\n")[0]) + "\n" + "\n".join(K["csr"].split("\n")[1:]))
    write_file("acme-platform/deploy/tls/jwt-public.pem", N("private-key", "public key, not private", K["rsa_pub"].split("\n")[0]) + "\n" + "\n".join(K["rsa_pub"].split("\n")[1:]))
    write_file("acme-platform/services/notifier/keys/apns-ec.pem", P("private-key", "EC private key (SEC1 PEM)", K["ec"]))
    write_file(f"{H}/.ssh/id_ed25519", P("private-key", "OpenSSH private key (unencrypted)", K["openssh"]))
    write_file(f"{H}/.ssh/id_ed25519.pub", N("private-key", "OpenSSH public key", K["openssh_pub"]) + "\n")
    write_file(f"{H}/.ssh/authorized_keys", N("private-key", "authorized_keys entry (public key)", K["openssh_pub"].replace(" ", " ", 1) + " jdoe@laptop") + "\n")
    write_file(f"{H}/.ssh/id_ed25519_work", P("private-key", "OpenSSH private key (passphrase-protected)", K["openssh2"]))
    write_file("acme-platform/jvm/billing/src/main/resources/keys/saml-sp.key", P("private-key", "encrypted PKCS#8 private key", K["enc_pkcs8"]))
    write_file("acme-platform/ops/keys/vpn-client.key", P("private-key", "encrypted PKCS#1 private key (Proc-Type: 4,ENCRYPTED)", K["enc_trad"]))
    write_file("acme-platform/ops/release/release-bot.asc", P("private-key", "PGP private key block", K["pgp_secret"]))
    write_file("acme-platform/ops/release/release-bot.pub.asc", N("private-key", "PGP public key block", K["pgp_public"].split("\n")[0]) + "\n" + "\n".join(K["pgp_public"].split("\n")[1:]))
    write_file("acme-platform/deploy/k8s/secrets/tls-api.yaml", "\n".join([
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: api-tls", "type: kubernetes.io/tls", "data:",
        "  tls.crt: " + N("private-key", "base64 of a certificate (public)", b64(K["cert"])),
        "  tls.key: " + P("private-key", "base64 of PEM private key in TLS Secret", b64(K["pkcs8_b"])), ""]))
    sa = {"type": "service_account", "project_id": "acme-analytics-prod", "private_key_id": hexs(40), "private_key": "@@PK@@",
          "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com", "client_id": digits(21),
          "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40acme-analytics-prod.iam.gserviceaccount.com",
          "universe_domain": "googleapis.com"}
    write_file("acme-platform/backend/credentials/bq-loader.json", json.dumps(sa, indent=2).replace(
        "@@PK@@", P("private-key", "JSON-escaped PEM in GCP service-account key file", K["pkcs8_c"], written=jesc(K["pkcs8_c"]))) + "\n")
    lines = K["pkcs8_d"].strip().split("\n")
    js = ["// signing key for webhook payloads (TODO: move to KMS)", "const SIGNING_KEY ="]
    js.append("  '" + P("private-key", "PEM split across JS string concatenation", lines[0]) + "\\n' +")
    for ln in lines[1:-1]:
        js.append(f"  '{ln}\\n' +")
    js.append(f"  '{lines[-1]}\\n';")
    js += ["", "module.exports = { SIGNING_KEY };", ""]
    write_file("acme-platform/web/server/webhooks/signing-key.js", "\n".join(js))
    kk = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode().strip().split("\n")
    jv = ["package com.acme.billing.security;", "", "final class EmbeddedKeys {", "    static final String PRIVATE_KEY_PEM ="]
    jv.append('        "' + P("private-key", "PEM split across Java string concatenation", kk[0]) + '\\n" +')
    for ln in kk[1:-1]:
        jv.append(f'        "{ln}\\n" +')
    jv += [f'        "{kk[-1]}\\n";', "", '    static final String HEADER_CHECK = ' + N("private-key", "string constant used to detect PEM headers, no key", '"-----BEGIN PRIVATE KEY-----";'), "}", ""]
    write_file("acme-platform/jvm/billing/src/main/java/com/acme/billing/security/EmbeddedKeys.java", "\n".join(jv))
    kh = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode().strip()
    write_file("acme-platform/deploy/helm/acme-api/values-saml.yaml", "\n".join([
        "saml:", "  entityId: https://api.acme.example/saml", "  spPrivateKey: |", "    " + P("private-key", "PEM in Helm values block scalar", kh.replace("\n", "\n    ")), ""]))
    kt = ec.generate_private_key(ec.SECP384R1()).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption()).decode().strip()
    write_file("acme-platform/deploy/terraform/cdn-keys.tf", "\n".join([
        'resource "aws_cloudfront_public_key" "signer" {', '  name        = "signer"', '  encoded_key = file("keys/signer.pub")', "}", "",
        'locals {', "  signer_private_key = <<-EOT", "    " + P("private-key", "PEM in Terraform heredoc", kt.replace("\n", "\n    ")), "  EOT", "}", ""]))
    ke = ec.generate_private_key(ec.SECP256R1()).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption()).decode()
    write_file("acme-platform/services/notifier/.env.apns", "\n".join([
        "APNS_TEAM_ID=9ABCDE1234", 'APNS_PRIVATE_KEY="' + P("private-key", "PEM with \\n escapes in .env", ke, written=ke.replace("\n", "\\n")) + '"', ""]))
    write_file("acme-platform/docs/sso-setup.md", "\n".join([
        "# SSO setup", "", "Paste the SP key into the vault in this form:", "", "```",
        N("private-key", "documentation placeholder: header with elided body", "-----BEGIN PRIVATE KEY-----"), "MIIEv...(elided)...", "-----END PRIVATE KEY-----", "```", ""]))
    b64pem = b64(K["rsa_trad"])
    write_file("acme-platform/.github/workflows/sign-release.yml", "\n".join([
        "name: sign", "on: [workflow_dispatch]", "jobs:", "  sign:", "    runs-on: ubuntu-latest", "    env:",
        "      SIGNING_KEY_B64: " + P("private-key", "base64 of PEM private key in workflow env", b64(rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode())),
        "    steps:", "      - run: echo \"$SIGNING_KEY_B64\" | base64 -d > key.pem && ./sign.sh", ""]))

    # ---------------- jwt
    write_file("acme-platform/logs/gateway-access.log", "\n".join([
        '10.2.0.14 - - [03/Nov/2024:10:14:07 +0000] "GET /v2/orders?limit=50 HTTP/1.1" 200 5123 "-" "acme-ios/5.2"',
        "2024-11-03T10:14:07.412Z DEBUG gateway upstream request headers:",
        "    Authorization: Bearer " + P("jwt", "bearer JWT in request dump", app_jwt()),
        "    X-Request-Id: " + N("generic", "request id (UUID), not a credential", uuid4()),
        "2024-11-03T10:14:09.003Z DEBUG gateway cookie: session=" + P("jwt", "session JWT in cookie", app_jwt()),
        "2024-11-03T10:14:11.871Z WARN  gateway rejected token: " + N("jwt", "header and payload only, no signature segment", app_jwt().rsplit(".", 1)[0]), ""]))
    write_file("acme-platform/tools/postman/acme-staging.postman_environment.json", json.dumps({
        "id": uuid4(), "name": "acme-staging", "values": [
            {"key": "baseUrl", "value": "https://staging-api.acme.example", "enabled": True},
            {"key": "accessToken", "value": "@@J@@", "enabled": True},
            {"key": "refreshToken", "value": "", "enabled": True}]}, indent=2)
        .replace("@@J@@", P("jwt", "JWT in Postman environment", app_jwt("RS256")))
        .replace('"key": "refreshToken",\n      "value": ""', '"key": "refreshToken",\n      ' + N("jwt", "empty token value", '"value": ""')) + "\n")
    write_file("acme-platform/web/tests/e2e/auth.spec.ts", "\n".join([
        "import { test, expect } from '@playwright/test';", "",
        "const ADMIN_TOKEN = '" + P("jwt", "JWT hard-coded in test", app_jwt()) + "';", "",
        "test('admin can list users', async ({ request }) => {",
        "  const res = await request.get('/api/users', { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });",
        "  expect(res.ok()).toBeTruthy();", "});", ""]))
    write_file("acme-platform/docs/api-auth.md", "\n".join([
        "# API authentication", "", "Get a token from the auth service, then:", "", "```bash",
        "curl -H " + N("jwt", "documentation placeholder", '"Authorization: Bearer <token>"') + " https://api.acme.example/v2/orders", "```", "",
        "Tokens look like `" + N("jwt", "truncated example, not a usable token", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ...") + "`.", "",
        "Example with a real staging token (rotated 2024-11):", "", "```bash",
        "curl -H \"Authorization: Bearer " + P("jwt", "JWT in README curl", app_jwt()) + "\" https://staging-api.acme.example/v2/orders", "```", ""]))
    write_file("acme-mobile/ios/Acme/Resources/DebugSession.plist", "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">', "<dict>", "\t<key>AccessToken</key>", "\t<string>" + P("jwt", "JWT in plist", app_jwt("RS256")) + "</string>",
        "\t<key>Environment</key>", "\t<string>staging</string>", "</dict>", "</plist>", ""]))
    write_file("acme-platform/backend/tests/fixtures/har/checkout.har", json.dumps({"log": {"entries": [{"request": {
        "method": "POST", "url": "https://api.acme.example/v2/checkout", "headers": [
            {"name": "authorization", "value": "@@J@@"}, {"name": "content-type", "value": "application/json"}]}}]}}, indent=2)
        .replace("@@J@@", "Bearer " + P("jwt", "JWT in HAR capture", app_jwt())) + "\n")

    # ---------------- password
    write_file("acme-platform/services/ingest/config/database.yml", "\n".join([
        "database:", "  host: pg.acme.internal", "  port: 5432", "  user: ingest", "  password: " + P("password", "password in YAML config", pw()),
        "  pool: 10", "cache:", "  host: redis.acme.internal",
        "  " + N("password", "environment reference", "password: ${REDIS_PASSWORD}"), "replica:", "  " + N("password", "empty password", 'password: ""'), ""]))
    write_file("acme-platform/jvm/reports/src/main/resources/application-prod.yml", "\n".join([
        "spring:", "  datasource:", "    url: jdbc:postgresql://reports-db.acme.internal:5432/reports", "    username: reports",
        "    password: " + P("password", "spring.datasource.password", pw()), "  mail:", "    host: smtp.acme.example", "    username: reports@acme.example",
        "    " + N("password", "Spring placeholder resolved from env", "password: ${MAIL_PASSWORD:}"), ""]))
    write_file("acme-platform/backend/app/db.py", "\n".join([
        "import os", "import getpass", "import psycopg2", "", "def connect_prod():",
        '    return psycopg2.connect(host="pg.acme.internal", dbname="orders", user="orders_rw", password="' + P("password", "password kwarg in psycopg2.connect", pw()) + '")',
        "", "def connect_interactive():", '    ' + N("password", "interactive password prompt", 'pwd = getpass.getpass("Password: ")'),
        '    return psycopg2.connect(host="pg.acme.internal", dbname="orders", user=getpass.getuser(), password=pwd)', "",
        "def connect_env():", "    " + N("password", "read from environment", 'return psycopg2.connect(os.environ["DATABASE_DSN"], password=os.environ.get("DB_PASSWORD"))'), ""]))
    write_file("home/jdoe/.m2/settings.xml", "\n".join([
        "<settings>", "  <servers>", "    <server>", "      <id>acme-releases</id>", "      <username>deployer</username>",
        "      <password>" + P("password", "Maven settings.xml server password", pw()) + "</password>", "    </server>", "    <server>",
        "      <id>acme-snapshots</id>", "      <username>${env.MAVEN_USER}</username>",
        "      " + N("password", "Maven env placeholder", "<password>${env.MAVEN_PASSWORD}</password>"), "    </server>", "  </servers>", "</settings>", ""]))
    write_file("acme-platform/ops/ansible/inventory/prod.ini", "\n".join([
        "[web]", "web01.acme.internal", "web02.acme.internal", "", "[web:vars]", "ansible_user=deploy",
        "ansible_become_password=" + P("password", "ansible_become_password in inventory", pw()), ""]))
    write_file("acme-platform/dotnet/Acme.Legacy/MailSender.cs", "\n".join([
        "using System.Net;", "using System.Net.Mail;", "", "namespace Acme.Legacy", "{", "    public static class MailSender", "    {",
        "        public static SmtpClient Create() => new SmtpClient(\"smtp.acme.example\", 587)", "        {",
        "            Credentials = new NetworkCredential(\"noreply@acme.example\", \"" + P("password", "password in NetworkCredential", pw()) + "\"),",
        "            EnableSsl = true,", "        };", "    }", "}", ""]))
    write_file("acme-platform/services/geo-worker/internal/store/config.go", "\n".join([
        "package store", "", "var defaultConfig = Config{", '\tHost:     "mysql.acme.internal",', '\tUser:     "geo",',
        '\tPassword: "' + P("password", "Password field in Go struct literal", pw()) + '",', '\tDatabase: "geo",', "}", ""]))
    write_file("acme-platform/ops/redis/redis.conf", "\n".join([
        "bind 0.0.0.0", "port 6379", "requirepass " + P("password", "redis requirepass", pw(20)), "maxmemory 2gb", "maxmemory-policy allkeys-lru", ""]))
    write_file("acme-platform/docs/configuration.md", "\n".join([
        "# Configuration reference", "", "| key | description |", "|---|---|",
        N("password", "documentation of the password field", "| `database.password` | Password for the database user. Set it via `DB_PASSWORD`. |"),
        N("password", "policy setting, not a password", "| `auth.password_min_length` | Minimum length, default `12`. |"), "", "Example:", "", "```yaml",
        N("password", "placeholder in docs", "password: <your-db-password>"), "```", ""]))
    write_file("acme-platform/scripts/db-shell.sh", "\n".join([
        "#!/usr/bin/env bash", N("password", "silent password prompt", 'read -r -s -p "Password: " DB_PASS'), "echo",
        'mysql -h mysql.acme.internal -u admin -p"$DB_PASS" shop', "", "# legacy cron still uses this",
        "mysql -h mysql-legacy.acme.internal -u root -p'" + P("password", "password on mysql command line", pw()) + "' -e 'SELECT 1' legacy", ""]))
    write_file("acme-platform/web/src/config/masked.json", "\n".join([
        "{", '  "smtp": {', '    "user": "alerts@acme.example",', "    " + N("password", "masked value in exported config", '"password": "********"') + ",",
        "    " + N("password", "null password", '"password_reset_url": null'), "  }", "}", ""]))
    write_file("acme-platform/services/notifier/config/smtp.json", "\n".join([
        "{", '  "smtp": {', '    "host": "smtp.mailgun.example",', '    "port": 587,', '    "user": "postmaster@mg.acme.example",',
        '    "password": "' + P("password", "password in JSON config", pw()) + '"', "  }", "}", ""]))

    # ---------------- url-credentials
    write_file("acme-platform/backend/.env.database", "\n".join([
        "DATABASE_URL=" + P("url-credentials", "postgres URL with password", f"postgres://orders_app:{pw()}@db-primary.acme.internal:5432/orders?sslmode=require"),
        "READONLY_DATABASE_URL=" + N("url-credentials", "URL with user but no password", "postgres://readonly@db-replica.acme.internal:5432/orders"),
        "TEST_DATABASE_URL=" + N("url-credentials", "password taken from another variable", "postgres://test:${TEST_DB_PASSWORD}@localhost:5432/test"),
        "REDIS_URL=" + N("url-credentials", "no credentials in URL", "redis://localhost:6379/0"), ""]))
    write_file("acme-shop-php/docker-compose.db.yml", "\n".join([
        "services:", "  app:", "    image: registry.acme.example/shop:3.1", "    environment:",
        '      DATABASE_URL: "' + P("url-credentials", "mysql URL with password", f"mysql://shop:{pw()}@mysql:3306/shop?serverVersion=8.0") + '"', ""]))
    write_file("acme-platform/web/server/db/mongo.js", "\n".join([
        "const mongoose = require('mongoose');", "",
        "mongoose.connect('" + P("url-credentials", "mongodb+srv URL with password", f"mongodb+srv://catalog:{pw()}@cluster0.x7k2q.mongodb.net/catalog?retryWrites=true") + "');", "",
        "// docs: " + N("url-credentials", "placeholder credentials in comment", "mongodb://<username>:<password>@host:27017/db"), ""]))
    write_file("acme-platform/backend/app/cache.py", "\n".join([
        "import redis", "", 'cache = redis.Redis.from_url("' + P("url-credentials", "redis URL with password", f"rediss://:{pw()}@cache.acme.internal:6380/0") + '")', ""]))
    write_file("acme-platform/services/notifier/internal/queue/amqp.go", "\n".join([
        "package queue", "", 'import amqp "github.com/rabbitmq/amqp091-go"', "", "func Dial() (*amqp.Connection, error) {",
        '\treturn amqp.Dial("' + P("url-credentials", "amqp URL with password", f"amqps://notifier:{pw()}@mq.acme.internal:5671/prod") + '")', "}", ""]))
    write_file("acme-platform/jvm/billing/src/main/resources/application-legacy.properties", "\n".join([
        "spring.datasource.url=" + P("url-credentials", "JDBC URL with password parameter", f"jdbc:postgresql://billing-db.acme.internal:5432/billing?user=billing&password={pw()}"),
        "spring.datasource.hikari.maximum-pool-size=20", "legacy.mssql.url=" + P("url-credentials", "JDBC SQL Server URL with password", f"jdbc:sqlserver://mssql.acme.internal:1433;databaseName=erp;user=erp_reader;password={pw()}"), ""]))
    write_file("acme-platform/dotnet/Acme.Api/appsettings.Development.json", json.dumps({"ConnectionStrings": {
        "Default": "@@C1@@", "Reporting": "@@C2@@", "Local": "@@C3@@"}}, indent=2)
        .replace("@@C1@@", P("url-credentials", "ADO.NET connection string with Password", f"Server=tcp:sql.acme.internal,1433;Database=shop;User Id=shop_app;Password={pw()};Encrypt=True;"))
        .replace("@@C2@@", P("url-credentials", "ODBC connection string with Pwd", f"Driver={{ODBC Driver 18 for SQL Server}};Server=dw.acme.internal;Database=dw;Uid=report;Pwd={pw()};"))
        .replace('"@@C3@@"', N("url-credentials", "integrated security, no password", '"Server=(localdb)\\\\mssqllocaldb;Database=shop;Trusted_Connection=True;"')) + "\n")
    write_file("acme-platform/services/notifier/config/mailer.yaml", "\n".join([
        "mailer:", "  dsn: " + P("url-credentials", "SMTP URL with password", f"smtps://postmaster%40mg.acme.example:{pw()}@smtp.mailgun.example:465"),
        "  from: noreply@acme.example", ""]))
    write_file("acme-platform/scripts/push-backups.sh", "\n".join([
        "#!/bin/sh", "DATE=$(date +%F)", "curl -T /var/backups/db-$DATE.sql.gz " + P("url-credentials", "ftp URL with password", f"ftp://backup:{pw()}@ftp.acme.example/backups/"), ""]))
    write_file("acme-platform/.git-config-copy/config", "\n".join([
        "[core]", "\trepositoryformatversion = 0", "\tbare = false", '[remote "origin"]',
        "\turl = " + P("url-credentials", "git https remote with token", f"https://deploy-bot:{alnum(32)}@git.acme.example/acme/platform.git"),
        "\tfetch = +refs/heads/*:refs/remotes/origin/*", '[remote "mirror"]', "\t" + N("url-credentials", "https remote without credentials", "url = https://git.acme.example/acme/platform-mirror.git"), ""]))
    write_file("home/jdoe/.config/pip/pip.conf", "\n".join([
        "[global]", "index-url = https://pypi.org/simple", "extra-index-url = " + P("url-credentials", "pip extra-index-url with password", f"https://deploy:{pw()}@pypi.acme.example/simple/"), ""]))
    write_file("acme-platform/db/dumps/integrations-2024-10-30.sql", "\n".join([
        "-- PostgreSQL database dump", "-- Dumped from database version 16.4", "SET statement_timeout = 0;", "",
        "CREATE TABLE public.integrations (id integer NOT NULL, name text, dsn text, updated_at timestamptz);", "",
        "COPY public.integrations (id, name, dsn, updated_at) FROM stdin;",
        "1\tcrm\t" + P("url-credentials", "postgres URL with password in SQL dump", f"postgresql://crm_sync:{pw()}@crm-db.acme.internal:5432/crm") + "\t2024-10-30 11:02:00+00",
        "2\tlegacy\t" + N("url-credentials", "DSN without password", "postgresql://legacy@legacy-db.acme.internal/legacy") + "\t2024-10-30 11:02:00+00", "\\.", "",
        "CREATE USER MAPPING FOR etl SERVER erp_srv OPTIONS (user 'erp_ro', password '" + P("password", "password in CREATE USER MAPPING (SQL dump)", pw()) + "');", ""]))

    # ---------------- shell history (mixed pseudo-services)
    write_file(f"{H}/.bash_history", "\n".join([
        "ls -la", "cd ~/src/acme-platform", "git pull",
        "git clone " + P("url-credentials", "git clone URL with password in shell history", f"https://jdoe:{pw()}@git.acme.example/acme/infra.git"),
        "npm config set //registry.npmjs.org/:_authToken " + P("npmrc", "npm token set via npm config in shell history", npm_token()),
        "echo 'machine nexus.acme.example login jdoe password " + P("netrc", "netrc line appended in shell history", pw()) + "' >> ~/.netrc",
        "psql -h db-primary.acme.internal -U orders_app orders", "export PGPASSWORD=" + P("password", "PGPASSWORD exported in shell history", pw()),
        "wp config set DB_PASSWORD '" + P("wordpress", "wp-cli config set DB_PASSWORD in history", pw()) + "'",
        "docker login registry.acme.example -u jdoe", "htpasswd -B -c /etc/nginx/.htpasswd admin",
        "s3cmd --access_key=DO00" + pick(UALNUM, 16) + " --secret_key=" + P("s3cfg", "s3cmd --secret_key on command line", b64url(43)) + " ls s3://acme-backups",
        "history -c", ""]))
    write_file(f"{H}/.zsh_history", "\n".join([
        ": 1730600012:0;kubectl get pods -n acme-prod", ": 1730600044:0;kubectl logs deploy/acme-api -n acme-prod --tail=100",
        ": 1730600101:0;export DATABASE_URL=" + P("url-credentials", "postgres URL exported in zsh history", f"postgres://admin:{pw()}@db-primary.acme.internal:5432/orders"),
        ": 1730600140:0;" + N("password", "mysql -p with no value: prompts for the password", "mysql -u root -p"), ": 1730600200:0;" + N("password", "sudo prompt invocation, no password", "sudo -S true"), ""]))

    write_custom_services()
    write_generic_negatives()
    write_more_negatives()


def write_custom_services():
    # ---- wireguard
    wgk = b64bytes(32)
    write_file("acme-platform/ops/wireguard/wg0.conf", "\n".join([
        "[Interface]", "Address = 10.8.0.1/24", "ListenPort = 51820", "PrivateKey = " + P("wireguard", "interface PrivateKey", wgk), "",
        "[Peer]", "# laptop-jdoe", N("wireguard", "peer PublicKey, public by design", "PublicKey = " + b64bytes(32)),
        "PresharedKey = " + P("wireguard", "peer PresharedKey", b64bytes(32)), "AllowedIPs = 10.8.0.2/32", ""]))
    write_file("acme-platform/ops/ansible/host_vars/vpn-gw.yml", "\n".join([
        "wireguard_address: 10.9.0.1/24", 'wireguard_private_key: "' + P("wireguard", "WireGuard private key in Ansible vars", b64bytes(32)) + '"',
        "wireguard_peers:", "  - name: office", "    " + N("wireguard", "peer public key", "public_key: " + b64bytes(32)), "    allowed_ips: 10.9.0.0/24", ""]))
    write_file("acme-platform/ops/wireguard/office.nmconnection", "\n".join([
        "[connection]", "id=office", "type=wireguard", "interface-name=wg-office", "", "[wireguard]",
        "private-key=" + P("wireguard", "NetworkManager wireguard private-key", b64bytes(32)), "", "[ipv4]", "method=manual", ""]))
    # ---- rabbitmq
    write_file("acme-platform/ops/rabbitmq/rabbitmq.conf", "\n".join([
        "listeners.tcp.default = 5672", "management.tcp.port = 15672", "default_user = acme", "default_pass = " + P("rabbitmq", "default_pass in rabbitmq.conf", pw()),
        "loopback_users.guest = true", ""]))
    write_file("acme-platform/ops/rabbitmq/docker-compose.yml", "\n".join([
        "services:", "  rabbitmq:", "    image: rabbitmq:3.13-management", "    environment:", "      RABBITMQ_DEFAULT_USER: acme",
        "      RABBITMQ_DEFAULT_PASS: " + P("rabbitmq", "RABBITMQ_DEFAULT_PASS in docker-compose", pw()), "  rabbitmq-test:", "    image: rabbitmq:3.13",
        "    environment:", "      " + N("rabbitmq", "reference to a secrets file, not the password", "RABBITMQ_DEFAULT_PASS_FILE: /run/secrets/rabbitmq_pass"), ""]))
    # ---- snowflake
    write_file("acme-platform/backend/app/warehouse.py", "\n".join([
        "import snowflake.connector", "", "def connect():", "    return snowflake.connector.connect(", '        account="xy12345.eu-west-1",',
        '        user="ETL_LOADER",', '        password="' + P("snowflake", "Snowflake user password in connector call", BYKEY["snowflake"].kinds[0].gen()) + '",',
        '        warehouse="LOAD_WH",', '        database="RAW",', "    )", ""]))
    write_file("acme-platform/analytics/dbt/profiles.yml", "\n".join([
        "acme:", "  target: prod", "  outputs:", "    prod:", "      type: snowflake", "      account: xy12345.eu-west-1", "      user: DBT_PROD",
        "      password: " + P("snowflake", "Snowflake password in dbt profiles.yml", BYKEY["snowflake"].kinds[0].gen()), "      role: TRANSFORMER",
        "    dev:", "      type: snowflake", "      account: xy12345.eu-west-1", "      user: \"{{ env_var('DBT_USER') }}\"",
        "      " + N("snowflake", "dbt env_var reference", "password: \"{{ env_var('SNOWFLAKE_PASSWORD') }}\""), ""]))
    # ---- psexec
    write_file("acme-platform/scripts/windows/deploy-web.bat", "\r\n".join([
        "@echo off", "REM push the new build to the IIS boxes",
        "psexec \\\\web01 -u ACME\\svc_deploy -p " + P("psexec", "PsExec -p password", BYKEY["psexec"].kinds[0].gen()) + " -h cmd /c \"C:\\deploy\\update.cmd\"",
        N("psexec", "no -p: PsExec prompts for the password", "psexec \\\\web02 -u ACME\\svc_deploy -h cmd /c \"C:\\deploy\\update.cmd\""), ""]))
    write_file("home/jdoe-win/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", "\n".join([
        "Get-Service w3svc", "cd C:\\tools\\SysinternalsSuite",
        ".\\PsExec.exe \\\\db01 -u ACME\\Administrator -p " + P("psexec", "PsExec password in PowerShell history", BYKEY["psexec"].kinds[0].gen()) + " powershell -c \"Restart-Service MSSQLSERVER\"",
        "Get-EventLog -LogName System -Newest 20", ""]))
    # ---- ftp (FileZilla) and odbc (odbc.ini) as provider-specific formats
    write_file("home/jdoe-win/AppData/Roaming/FileZilla/sitemanager.xml", "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.67.0" platform="windows">', "  <Servers>", "    <Server>",
        "      <Host>ftp.partner-logistics.example</Host>", "      <Port>21</Port>", "      <Protocol>0</Protocol>", "      <Type>0</Type>",
        "      <User>acme_upload</User>",
        '      <Pass encoding="base64">' + P("ftp", "FileZilla saved password (base64)", b64(pw())) + "</Pass>", "      <Logontype>1</Logontype>",
        "      <Name>partner drop</Name>", "    </Server>", "    <Server>", "      <Host>ftp.mirror.example</Host>", "      <User>anonymous</User>",
        "      " + N("ftp", "ask-for-password logon type, nothing stored", "<Logontype>3</Logontype>"), "    </Server>", "  </Servers>", "</FileZilla3>", ""]))
    write_file("acme-platform/ops/lftp/mirror.lftp", "\n".join([
        "set ftp:ssl-force true", "open -u acme_mirror," + P("ftp", "lftp open -u user,password", pw()) + " ftps://ftp.acme.example",
        "mirror -R /srv/www/static /static", "bye", ""]))
    write_file("home/jdoe/.odbc.ini", "\n".join([
        "[acme-dw]", "Driver = ODBC Driver 18 for SQL Server", "Server = dw.acme.internal", "Database = dw", "UID = analyst",
        "PWD = " + P("odbc", "PWD in odbc.ini DSN", pw()), "", "[acme-pg]", "Driver = PostgreSQL Unicode", "Servername = pg.acme.internal",
        "Username = report", "Password = " + P("odbc", "Password in odbc.ini DSN", pw()), "", "[acme-local]", "Driver = SQLite3", "Database = /tmp/dev.db",
        N("odbc", "empty password", "Password ="), ""]))
    write_file("acme-platform/analytics/r/weekly_kpis.R", "\n".join([
        "library(DBI)", "library(odbc)", "", "con <- dbConnect(", "  odbc::odbc(),", '  Driver   = "ODBC Driver 18 for SQL Server",',
        '  Server   = "dw.acme.internal",', '  Database = "dw",', '  UID      = "analyst",',
        '  PWD      = "' + P("odbc", "PWD argument to odbc::dbConnect in R", pw()) + '"', ")", "",
        'kpis <- dbGetQuery(con, "SELECT * FROM kpi.weekly")', ""]))


def write_generic_negatives():
    # service names near unrelated hex / ids
    write_file("acme-platform/CHANGELOG.md", "\n".join([
        "# Changelog", "", "## 2.4.1", "",
        "- pipedrive: retry on 429 (" + N("pipedrive", "git commit SHA, not an API token", hexs(40)) + ")",
        "- todoist sync: handle archived projects (" + N("todoist", "git commit SHA next to the service name", hexs(40)) + ")",
        "- virustotal: bump client to 2.3 (" + N("virustotal", "short commit SHA", hexs(7)) + ")", "",
        "## 2.4.0", "", "- Merged PR #812 " + N("generic", "merge commit SHA", hexs(40)), ""]))
    write_file("acme-platform/web/package-lock.json", json.dumps({"name": "acme-web", "lockfileVersion": 3, "packages": {
        "node_modules/axios": {"version": "1.7.7", "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
                               "integrity": "@@I1@@"},
        "node_modules/uuid": {"version": "9.0.1", "resolved": "https://registry.npmjs.org/uuid/-/uuid-9.0.1.tgz", "integrity": "@@I2@@"}}}, indent=2)
        .replace('"@@I1@@"', N("generic", "lockfile content hash (sha512 integrity)", '"sha512-' + base64.b64encode(rbytes(64)).decode() + '"'))
        .replace('"@@I2@@"', N("generic", "lockfile content hash (sha512 integrity)", '"sha512-' + base64.b64encode(rbytes(64)).decode() + '"')) + "\n")
    write_file("acme-platform/services/geo-worker/go.sum", "\n".join([
        N("generic", "go.sum module hash", "github.com/rabbitmq/amqp091-go v1.10.0 h1:" + base64.b64encode(rbytes(32)).decode()),
        "github.com/rabbitmq/amqp091-go v1.10.0/go.mod h1:" + base64.b64encode(rbytes(32)).decode(), ""]))
    write_file("acme-platform/services/ingest/Dockerfile", "\n".join([
        N("generic", "image digest (sha256), not a secret", "FROM golang:1.23@sha256:" + hexs(64) + " AS build"), "WORKDIR /src", "COPY . .",
        "RUN go build -o /ingest ./cmd/ingest", "FROM gcr.io/distroless/static@sha256:" + hexs(64), "COPY --from=build /ingest /ingest", ""]))
    write_file("acme-platform/web/src/styles/theme.css", "\n".join([
        ":root {", "  " + N("generic", "CSS colour", "--brand-primary: #1f6feb;"), "  --brand-accent: #f778ba;", "}", "",
        "/* mapquest map widget */", ".mq-map { border: 1px solid " + N("mapquest", "CSS colour near a service name", "#d0d7de") + "; }", ""]))
    vt = {"data": {"type": "file", "id": hexs(64), "attributes": {
        "md5": hexs(32), "sha1": hexs(40), "sha256": "@@S@@", "last_analysis_stats": {"malicious": 0, "harmless": 63}}}}
    write_file("acme-platform/backend/tests/fixtures/virustotal_file_report.json", json.dumps(vt, indent=2).replace(
        '"@@S@@"', N("virustotal", "file sha256 in a VirusTotal report, not the 64-hex API key", '"' + hexs(64) + '"')) + "\n")
    write_file("acme-platform/web/src/lib/public-ids.ts", "\n".join([
        "// Public identifiers: safe to ship in the bundle.",
        "export const SENTRY_DSN = " + N("sentrytoken", "Sentry DSN public key: Sentry documents the DSN as not secret", f"'https://{hexs(32)}@o{digits(6)}.ingest.us.sentry.io/{digits(7)}';"),
        "export const ONESIGNAL_APP_ID = " + N("onesignal", "OneSignal App ID is a public UUID", f"'{uuid4()}';"),
        "export const SWIFTYPE_SEARCH_KEY = " + N("swiftype", "public search key (search-), read-only, meant for the browser", f"'search-{lalnum(24)}';"),
        "export const IMAGEKIT_PUBLIC_KEY = " + N("imagekit", "ImageKit public key (public_)", f"'public_{b64bytes(20)}';"),
        "export const FLW_PUBLIC_KEY = " + N("flutterwave", "Flutterwave public key, safe for client-side use", f"'FLWPUBK_TEST-{hexs(32)}-X';"),
        "export const TWITCH_CLIENT_ID = " + N("twitchaccesstoken", "client id alone, no token", f"'{lalnum(30)}';"),
        "export const GOOGLE_OAUTH_CLIENT_ID = " + N("googleoauth2", "OAuth client id alone", f"'{digits(12)}-{lalnum(32)}.apps.googleusercontent.com';"), ""]))
    write_file("acme-platform/ops/zerotier/networks.md", "\n".join([
        "# ZeroTier networks", "", "| name | network id |", "|---|---|",
        "| office | " + N("zerotier", "ZeroTier network ID (16 hex), public identifier", hexs(16)) + " |",
        "| lab | " + N("zerotier", "ZeroTier network ID", hexs(16)) + " |", ""]))
    write_file("acme-platform/logs/api-requests.log", "\n".join([
        "2024-11-03T09:00:01Z INFO request_id=" + N("generic", "request id (UUID)", uuid4()) + " method=GET path=/health status=200",
        "2024-11-03T09:00:02Z INFO opsgenie alert created alertId=" + N("opsgenie", "Opsgenie alert id (UUID), not the GenieKey", uuid4()) + " requestId=" + uuid4(),
        "2024-11-03T09:00:03Z INFO snyk test finished projectId=" + N("snyk", "Snyk project id (UUID), not the API token", uuid4()),
        "2024-11-03T09:00:05Z INFO telegram send ok chat_id=" + N("telegrambottoken", "Telegram chat id, no token", "-100" + digits(10)), ""]))
    write_file("acme-platform/backend/app/integrations/hunter_cache.py", "\n".join([
        '"""Cache wrapper around the Hunter domain-search API."""', "import hashlib", "", "from app.integrations.base import get_key", "",
        N("hunter", "key obtained from a function call", 'HUNTER_API_KEY = get_key("hunter")'), "", "", "def cache_key(domain):",
        '    """Stable cache key for a domain lookup."""', "    return hashlib.sha1(domain.encode()).hexdigest()", "", "",
        "# example cache key for acme.example:", "EXAMPLE_CACHE_KEY = " + N("hunter", "sha1 digest used as a cache key, 40 hex like a Hunter key", '"' + hexs(40) + '"'), ""]))
    write_file("acme-platform/deploy/terraform/terraform.tfstate.backup", json.dumps({"version": 4, "terraform_version": "1.9.5", "serial": 42,
                                                                                        "lineage": "@@L@@", "outputs": {}, "resources": []}, indent=2)
               .replace('"@@L@@"', N("generic", "Terraform state lineage UUID", '"' + uuid4() + '"')) + "\n")
    write_file("acme-platform/dist/checksums.md5", "\n".join([
        N("generic", "md5 file checksum", hexs(32) + "  acme-agent-1.8.0.msi"), N("generic", "md5 file checksum", hexs(32) + "  acme-agent-1.8.0.pkg"), ""]))
    write_file("acme-platform/web/public/manifest.webmanifest", json.dumps({"name": "Acme", "icons": [{"src": "/icons/192.png", "sizes": "192x192"}],
                                                                          "theme_color": "#0d1117", "id": "/?source=pwa"}, indent=2)
               .replace('"theme_color": "#0d1117"', N("generic", "theme colour", '"theme_color": "#0d1117"')) + "\n")
    write_file("acme-platform/backend/app/integrations/maxmind_notes.txt", "\n".join([
        "GeoLite2 downloads are tied to our MaxMind account.",
        N("maxmindlicense", "account id alone, the license key is in the vault", "MaxMind account ID: " + digits(6)),
        "License key: stored in vault at secret/maxmind/license (never commit it)", ""]))
    write_file("acme-platform/backend/app/integrations/plivo_numbers.py", "\n".join([
        "# Plivo application and number identifiers (no credentials here)",
        N("plivo", "Plivo application id (numeric), not the auth token", 'PLIVO_APP_ID = "' + digits(20) + '"'),
        'PLIVO_NUMBERS = ["+14155550100", "+14155550101"]', ""]))
    write_file("acme-platform/web/src/api/uptime.ts", "\n".join([
        "// status page widget: monitor ids are public in the status page URL",
        "export const UPTIMEROBOT_MONITOR_IDS = " + N("uptimerobot", "monitor ids, not API keys", "[" + digits(9) + ", " + digits(9) + "];"), ""]))
    write_file("acme-platform/docs/k8s-bootstrap.md", "\n".join([
        "# Joining nodes", "", "```bash", "kubeadm token create --print-join-command", "kubeadm join 10.0.0.10:6443 --token "
        + N("kubernetes", "documentation placeholder in the bootstrap-token shape", "abcdef.0123456789abcdef") + " \\",
        "    --discovery-token-ca-cert-hash sha256:" + N("kubernetes", "CA cert hash, public pin", hexs(64)), "```", ""]))
    write_file("acme-platform/web/src/assets/inline-images.ts", "\n".join([
        "export const SPINNER = " + N("generic", "base64 image data URI", "'data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(90)).decode() + "';"), ""]))


def write_more_negatives():
    """Extra near misses for config credentials, public keys/certificates and non-password hashes."""
    write_file("acme-platform/config/defaults.yaml", "\n".join([
        "# defaults shipped with the image; real values come from the environment", "database:", "  host: localhost", "  user: app",
        "  " + N("password", "empty string", 'password: ""'),
        "  " + N("password", "null value", "password_file: null"),
        "  " + N("password", "points to a mounted secret file", "password_file: /run/secrets/db_password"),
        "analytics_db:", "  " + N("password", "Ansible/Jinja vault variable reference", 'password: "{{ vault_analytics_db_password }}"'),
        "redis:", "  " + N("url-credentials", "URL with empty password", "url: redis://:@localhost:6379/0"),
        "mongo:", "  " + N("url-credentials", "URL without credentials", "url: mongodb://localhost:27017/app"),
        "jdbc:", "  " + N("url-credentials", "JDBC URL with empty password parameter", "url: jdbc:mysql://db:3306/app?user=app&password="),
        "auth:", "  " + N("password", "policy setting", "password_policy: strong"), "  " + N("password", "length setting", "password_min_length: 12"),
        "  " + N("password", "feature flag about passwords", "allow_password_login: false"),
        "smtp:", "  user: alerts@acme.example", "  " + N("password", "redacted in export", 'password: "<redacted>"'), ""]))
    write_file("acme-platform/config/.env.defaults", "\n".join([
        N("password", "empty assignment", "DB_PASSWORD="), N("url-credentials", "placeholder credentials (literal words user/password)", "DATABASE_URL=postgres://user:password@localhost:5432/app"),
        N("password", "placeholder", "SMTP_PASSWORD=changeme"), N("password", "placeholder", "ADMIN_PASSWORD=<set-me>"),
        N("django-secret-key", "placeholder Django key", "DJANGO_SECRET_KEY=replace-me-in-production"),
        N("rails-secret", "placeholder", "SECRET_KEY_BASE=dummy"), N("wordpress", "empty", "WORDPRESS_DB_PASSWORD="), ""]))
    write_file("acme-platform/backend/app/auth/passwords.py", "\n".join([
        '"""Password handling helpers."""', "from django.contrib.auth.hashers import make_password", "",
        N("password", "list of hasher class names", 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]'), "",
        "def set_password(user, raw):", "    " + N("password", "function parameter, no literal", "user.password = make_password(raw)"), "    user.save()", "",
        "def reset_link(user):", "    " + N("password", "URL path mentioning password", 'return f"https://acme.example/accounts/password/reset/{user.pk}/"'), ""]))
    write_file("acme-platform/docs/runbooks/db-access.md", "\n".join([
        "# Database access", "", "Connect with psql; it will prompt:", "", "```", "$ psql -h db-primary.acme.internal -U orders_app orders",
        N("password", "interactive prompt shown in docs", "Password for user orders_app:"), "```", "",
        "The `password` field in `config/database.yml` must never be committed; use `DB_PASSWORD`.", "",
        "Log in to the registry without storing anything:", "", "```",
        N("docker-config", "password piped from a variable, not stored", "cat ~/registry-token | docker login registry.acme.example -u jdoe --password-stdin"), "```", "",
        "Create a basic-auth user (htpasswd prompts for the password):", "", "```",
        N("htpasswd", "htpasswd command, prompts for the password", "htpasswd -B /etc/nginx/.htpasswd newuser"), "```", "",
        "Generate a shadow hash for cloud-init:", "", "```", N("shadow-hash", "command that prompts, no hash", "mkpasswd --method=SHA-512"), "```", ""]))
    write_file("acme-platform/logs/auth-service.log", "\n".join([
        "2024-11-03T08:01:12Z INFO  login attempt user=jdoe " + N("password", "masked in log", "password=********"),
        "2024-11-03T08:01:12Z WARN  login failed user=jdoe reason=bad_password attempts=3",
        "2024-11-03T08:02:40Z INFO  " + N("jwt", "token hash logged instead of the token", "issued token sha256=" + hexs(64)), ""]))
    # public keys / certificates / JWKS
    n = b64u_nopad(rbytes(256))
    write_file("acme-platform/web/public/.well-known/jwks.json", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": hexs(16), "alg": "RS256",
                                                                                 "n": "@@N@@", "e": "AQAB"}]}, indent=2)
               .replace('"@@N@@"', N("private-key", "JWKS public modulus, no private parameters (d, p, q)", '"' + n + '"')) + "\n")
    write_file("acme-platform/deploy/terraform/bastion.tf", "\n".join([
        'resource "aws_key_pair" "bastion" {', '  key_name   = "bastion-2024"',
        "  " + N("private-key", "SSH public key in aws_key_pair", 'public_key = "ssh-ed25519 ' + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32)).decode() + ' ops@acme"'), "}", ""]))
    write_file(f"home/jdoe/.ssh/known_hosts", "\n".join([
        N("private-key", "known_hosts host key (public)", "git.acme.example ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32)).decode()),
        N("private-key", "hashed known_hosts entry (public host key)", "|1|" + b64bytes(20) + "|" + b64bytes(20) + " ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + b64bytes(48)), ""]))
    write_file("acme-platform/backend/config/saml/idp-metadata.xml", "\n".join([
        '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.acme.example">', "  <IDPSSODescriptor>",
        "    <KeyDescriptor use=\"signing\"><ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:X509Data>",
        "      " + N("private-key", "X.509 certificate body in SAML metadata (public)", "<ds:X509Certificate>MIIC" + b64bytes(300) + "</ds:X509Certificate>"),
        "    </ds:X509Data></ds:KeyInfo></KeyDescriptor>", "  </IDPSSODescriptor>", "</EntityDescriptor>", ""]))
    write_file("acme-platform/services/notifier/.env.jwt", "\n".join([
        N("private-key", "public key with \\n escapes", 'JWT_PUBLIC_KEY="-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + b64bytes(200) + '\\n-----END PUBLIC KEY-----"'),
        N("jwt", "issuer URL, no token", "JWT_ISSUER=https://auth.acme.example"), ""]))
    # hashes that are not password hashes
    write_file("acme-platform/web/public/index.html", "\n".join([
        "<!doctype html>", "<html>", "<head>",
        '  ' + N("generic", "Subresource Integrity hash", '<script src="https://cdn.acme.example/app.js" integrity="sha384-' + base64.b64encode(rbytes(48)).decode() + '" crossorigin="anonymous"></script>'),
        "</head>", "<body><div id=\"root\"></div></body>", "</html>", ""]))
    write_file("acme-platform/assets/hero.psd", "\n".join([
        "version https://git-lfs.github.com/spec/v1", N("generic", "Git LFS object id (sha256)", "oid sha256:" + hexs(64)), "size 48211934", ""]))
    write_file("acme-platform/crates/api/Cargo.lock", "\n".join([
        "version = 3", "", "[[package]]", 'name = "reqwest"', 'version = "0.12.8"', 'source = "registry+https://github.com/rust-lang/crates.io-index"',
        N("generic", "crate checksum (sha256)", 'checksum = "' + hexs(64) + '"'), ""]))
    write_file("acme-platform/backend/requirements.lock", "\n".join([
        "requests==2.32.3 \\", "    " + N("generic", "pip hash-checking digest", "--hash=sha256:" + hexs(64)), ""]))
    write_file("acme-platform/web/yarn.lock", "\n".join([
        '"axios@^1.7.0":', '  version "1.7.7"', '  resolved "https://registry.yarnpkg.com/axios/-/axios-1.7.7.tgz#' + hexs(40) + '"',
        "  " + N("generic", "yarn.lock integrity hash", "integrity sha512-" + base64.b64encode(rbytes(64)).decode()), ""]))
    write_file("acme-platform/logs/s3-sync.log", "\n".join([
        "2024-11-03T03:00:04Z INFO upload ok key=backups/orders-2024-11-03.sql.gz " + N("generic", "S3 ETag (md5)", 'etag="' + hexs(32) + '"'),
        "2024-11-03T03:00:05Z INFO upload ok key=backups/crm-2024-11-03.sql.gz etag=\"" + hexs(32) + "-12\"", ""]))
