"""Write NOTES.md from the service specs and the built labels. Run after build.py."""
import collections
import json
import os
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from services import SERVICES  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SLICE_TSV = "/work/shared/reference/services.tsv"

PSEUDO_SRC = [
    ("url-credentials", "user:password in postgres/mysql/mongodb+srv/rediss/amqps/jdbc (postgresql, sqlserver)/ADO.NET/ODBC/smtps/ftp/git-https/pip index URLs, incl. SQL dump and shell history",
     "RFC 3986 userinfo; https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING ; https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute"),
    ("netrc", "machine/login/password (multi-line and single-line), Windows _netrc, Dockerfile/heredoc/Python/shell-history writers",
     "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html ; https://everything.curl.dev/usingcurl/netrc"),
    ("pgpass", "hostname:port:database:username:password lines (~/.pgpass, Dockerfile, k8s Secret, Ansible, shell)",
     "https://www.postgresql.org/docs/current/libpq-pgpass.html"),
    ("npmrc", "//registry/:_authToken=npm_<30 base62><6 CRC32-base62> (checksum computed), legacy UUID _authToken, _auth=base64(user:pass), _password=base64, yarn npmAuthToken",
     "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc ; checksum facts from shared/reference/provider-permissions.md"),
    ("pypirc", "[pypi] username=__token__ password=pypi-<base64url macaroon starting AgEIcHlwaS5vcmc>; private index password; Makefile/Dockerfile/CI writers",
     "https://packaging.python.org/en/latest/specifications/pypirc/ ; macaroon prefix facts from shared/reference/provider-permissions.md"),
    ("docker-config", "~/.docker/config.json auths[].auth = base64(user:password), identitytoken, .dockerconfigjson (base64) in k8s/Helm/Terraform",
     "https://docs.docker.com/reference/cli/docker/login/#credential-stores ; https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets"),
    ("s3cfg", "s3cmd [default] access_key (pair id) / secret_key for AWS, DigitalOcean Spaces, MinIO; s3cmd --secret_key",
     "https://s3tools.org/kb/item14.htm ; https://docs.digitalocean.com/products/spaces/reference/s3cmd/"),
    ("django-secret-key", "SECRET_KEY: 50 chars from get_random_secret_key alphabet, optional 'django-insecure-' prefix; settings.py, .env, compose, k8s, GitHub Actions",
     "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key"),
    ("rails-secret", "secret_key_base (128 hex), config/master.key and credentials/<env>.key (32 hex), SECRET_KEY_BASE / RAILS_MASTER_KEY env",
     "https://guides.rubyonrails.org/security.html#custom-credentials"),
    ("wordpress", "wp-config.php DB_PASSWORD and the 8 AUTH_KEY..NONCE_SALT 64-char salts; WORDPRESS_DB_PASSWORD in compose/.env/k8s; wp-cli history",
     "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/"),
    ("htpasswd", "user:$apr1$..., user:$2y$ bcrypt, user:{SHA}base64; ingress-nginx auth Secret (base64), Traefik label ($$-escaped), Caddy basicauth",
     "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html"),
    ("shadow-hash", "$6$ sha512crypt (real crypt(3) output), $y$ yescrypt-shaped; /etc/shadow, cloud-init passwd, kickstart rootpw --iscrypted, preseed, usermod -p, Ansible",
     "https://man7.org/linux/man-pages/man5/shadow.5.html ; https://man7.org/linux/man-pages/man5/crypt.5.html"),
    ("putty-ppk", "PuTTY-User-Key-File-2/3 (none and aes256-cbc + Argon2id), also embedded in YAML, JSON (escaped) and Python",
     "https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html"),
    ("private-key", "PKCS#1 RSA, PKCS#8, SEC1 EC, OpenSSH (plain and passphrase), encrypted PKCS#8, Proc-Type encrypted PEM, PGP private block, base64 PEM (k8s tls.key, CI env), JSON-escaped (GCP SA key), JS/Java string concatenation, Helm block scalar, Terraform heredoc, .env with \\n",
     "RFC 7468 ; https://cloud.google.com/iam/docs/keys-create-delete ; keys generated locally with python cryptography / ssh-keygen / gpg"),
    ("jwt", "HS256/RS256 JWTs in request dumps, cookies, Postman env, Playwright test, README curl, plist, HAR",
     "RFC 7519"),
    ("password", "password in YAML/Spring/psycopg2/Maven settings.xml/Ansible inventory/NetworkCredential/Go struct/redis requirepass/mysql -p/SQL USER MAPPING/shell history",
     "(generic)"),
]

OVERLAP = {"netrc": "pseudo-service netrc", "pem": "covered by pseudo-service private-key", "uri": "covered by pseudo-service url-credentials"}


def main():
    lab = tomllib.load(open(os.path.join(ROOT, "labels.toml"), "rb"))
    stats = json.load(open(os.path.join(ROOT, "gen", "stats.json")))
    sec, neg = lab["secret"], lab["negative"]
    pos_by = collections.Counter(L["service"] for L in sec)
    neg_by = collections.Counter(L["service"] for L in neg)
    slice_keys = []
    for line in open(SLICE_TSV):
        if line.startswith("#") or line.startswith("key\t"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) > 2 and f[2] == "2" and "f" <= f[0][0] <= "z":
            slice_keys.append(f[0])
    covered = {s.key for s in SERVICES} | {"ftp", "odbc"}
    skipped = [k for k in slice_keys if k not in covered and k not in OVERLAP]
    provider_keys = sorted(k for k in pos_by if k in covered)
    files = stats["files"]
    exts = stats["extensions"]
    langs = ["Python", "JavaScript", "TypeScript", "Go", "Java", "Kotlin", "C#", "Ruby", "PHP", "Rust", "Swift", "Bash/sh", "PowerShell", "R", "Windows batch"]
    out = []
    out += ["# det-b: blind secret-scanner corpus, slice B", "",
            "Slice: services of `shared/reference/services.tsv` with `catalogs = 2` and key f..z, plus all pseudo-services of the brief.",
            "Everything under `files/` is generated by `gen/` (`python3 gen/build.py && python3 gen/check.py && python3 gen/notes.py`).",
            "All token values are random, generated by `gen/tokens.py` (seeded RNG); none was copied from anywhere. Keys (RSA/EC/Ed25519/PGP)",
            "were generated locally (python `cryptography`, `ssh-keygen`, `gpg`), shadow/htpasswd hashes with `crypt(3)` / `openssl passwd`.",
            "No scanner's rules, tests or fixtures were read or used.",
            "Scan only `files/`: `gen/tmp/` holds the locally generated PGP and passphrase-protected OpenSSH key that `gen/pseudo.py` embeds (unlabelled there).",
            "RSA/EC keys are regenerated on every build (not seeded); everything else is reproducible from the seed.", "",
            "## Counts", "",
            f"- provider services with positives: **{len(provider_keys)}** (of {len(slice_keys)} in the slice)",
            f"- pseudo-services: **16** (each with >= 6 positives in >= 4 file types)",
            f"- `[[secret]]` labels: **{len(sec)}** (of which {sum(1 for L in sec if L.get('pair'))} are `pair = true` ids of a key pair; "
            f"{len(sec) - sum(1 for L in sec if L.get('pair'))} secrets proper)",
            f"- `[[negative]]` labels: **{len(neg)}**",
            f"- files: **{files}**; languages: {', '.join(langs)}; formats: .env, YAML, JSON, TOML, INI/cfg, XML (app/web.config, plist, FileZilla, Maven), "
            "Java properties, Terraform (.tf), Helm values, docker-compose, Kubernetes Secret (base64 `data:` and `stringData:`), Deployment env, ConfigMap, "
            "GitHub Actions, GitLab CI, CircleCI, Jenkinsfile, Jupyter notebooks (JSON-escaped source), logs (HTTP request dumps, error traces), Markdown (curl), "
            "Dockerfiles, Makefile, dotfiles (.netrc, _netrc, .pgpass, .npmrc, .yarnrc.yml, .pypirc, .docker/config.json, .s3cfg, .odbc.ini, pip.conf, .ssh/*), "
            "shell histories (bash, zsh, PSReadLine), SQL dump, /etc/shadow, cloud-init, kickstart, preseed, Caddyfile, nginx, WireGuard, NetworkManager, HAR.", "",
            "## How it was made", "",
            "- `gen/services.py`: one spec per provider service (token kinds, generator, auth style: header / bearer / query / basic / URL path / body field).",
            "- `gen/render.py`: snippet renderers per language/format. Three code styles: constants next to the service name (`PIPEDRIVE_API_TOKEN = \"…\"`),",
            "  client constructors (`new XClient(\"…\")`, `XClient(api_key=…)`, `X.configure do |c|`), and inline use (header, query string, basic auth, URL path).",
            "  Prefix-less keys are always placed next to the service's name (variable, section, header, host) as real code does.",
            "- `gen/providers.py`: each provider service gets 2 positives (3 for every third single-kind service; one per kind for multi-kind services), in a code",
            "  language for the first and a config format for the second (then CI/notebook/log/docs), so contexts always differ. Ids of pairs",
            "  (AWS-style key ids, Plivo auth id, Mailjet public key, OAuth client ids, MongoDB Atlas public key, ...) are labelled `pair = true`.",
            "  Each service also gets 1-2 near-miss negatives: truncated (wrong length), over-long, non-hex letters in a hex key (wrong alphabet),",
            "  prefix alone, prefix + run of x, placeholders (`<your-…>`, `YOUR_…_HERE`, `changeme`, `********`, `EXAMPLE`), templates (`${…}`,",
            "  `{{ .Values… }}`, `%(…)s`, `#{…}`), environment reads (`os.environ[…]`, `process.env.X`, `System.getenv`, `ENV.fetch`, `$env:X` …) and",
            "  secret-store calls (`get_secret(…)`, `credentials('…')`, `Rails.application.credentials.dig`).",
            "- `gen/pseudo.py`: hand-shaped files for the pseudo-services, the custom-format services (WireGuard, RabbitMQ, Snowflake, PsExec, FileZilla/lftp",
            "  for `ftp`, odbc.ini / R for `odbc`) and generic negatives (git SHAs next to service names, lockfile integrity, go.sum, image digests, CSS",
            "  colours, request/alert/project UUIDs, VirusTotal file hashes, Terraform lineage, md5/sha512 checksums, data URIs, public ids: Sentry DSN,",
            "  OneSignal App ID, Swiftype search key, ImageKit public key, Flutterwave public key, client ids alone, ZeroTier network ids, monitor ids).",
            "- Files are written with value markers; `gen/writer.py` replaces them and records the exact line, so labels are right by construction.",
            "  `gen/check.py` re-reads every label and asserts the value is on that line, that no secret value appears on an unlabelled line, that npm",
            "  positives have a valid CRC32 checksum (and the broken-checksum negative does not), and the coverage minimums.",
            "- Label `value` is the secret exactly as written (base64 form inside k8s `data:`, JSON-escaped form in JSON, first line for multi-line PEM/PPK).",
            "  Negatives also carry a `value` (the near-miss text on that line) for convenience.", "",
            "## Judgement calls / things I was unsure of", "",
            "- Format sources: column `src` below. `S` = format fact seen in this session in the provider's own docs/SDK material via the search tool;",
            "  `D` = provider doc page found in this session, format detail from the provider's documented examples as I know them;",
            "  `K` = provider doc URL from my own knowledge, not re-fetched this session (search budget/time). K/D lengths may be off by a few characters",
            "  for some small providers (notably: nylas `nyk_v0_` length, pinecone `pcsk_` segment lengths, tatum `t-` segments, truenas, onesignal v2 length,",
            "  youneedabudget alphabet, storyblok skipped entirely). A scanner matching a documented prefix should still match.",
            "- JWT-shaped provider keys (lemonsqueezy, mailerlite, front, monday, wrike, zeplin, web3storage, scalr, moralis, stripo, kontent, rentman, flexport,",
            "  kubernetes SA token) are labelled with the provider's service, not `jwt`; the `jwt` pseudo-service is used for the application's own JWTs.",
            "- URL-shaped secrets (Teams / Zapier / Tines webhooks) are labelled with the whole URL as value; path tokens (Telegram bot, Infura, ThingsBoard,",
            "  ZipCodeAPI, IPQualityScore, Logz.io listener) label only the token part.",
            "- `ftp` and `odbc` (slice services) are used for FileZilla/lftp and odbc.ini/R DSN credentials; ftp:// URLs and ODBC/ADO connection strings are",
            "  labelled `url-credentials` as the brief asks. `pem` and `uri` from the slice are not separate: they are `private-key` and `url-credentials`.",
            "- The s3cfg access_key lines are labelled `service = \"s3cfg\"`, `pair = true` (one is an AKIA-shaped id, others DO Spaces / MinIO ids).",
            "- Public identifiers are negatives only where the provider documents them as public (Sentry DSN, OneSignal App ID, Swiftype `search-` key,",
            "  ImageKit `public_` key, Flutterwave `FLWPUBK` key) or where they are an id shown alone (client ids, account ids, monitor ids).",
            "- `amqp://guest:guest@localhost` and other well-known default credentials were deliberately not used (ambiguous label).",
            "- Some generated code files for a service contain only a negative (e.g. a Swift constant set to a placeholder); they are still realistic stubs.", "",
            "## Pseudo-services", "", "| service | positives | negatives | what is covered | format reference |", "|---|---|---|---|---|"]
    for k, what, src in PSEUDO_SRC:
        out.append(f"| {k} | {pos_by[k]} | {neg_by[k]} | {what} | {src} |")
    out += ["", "## Provider services (format used and source)", "",
            "| key | positives (incl. pair ids) | negatives | kinds | format used | source | src |", "|---|---|---|---|---|---|---|"]
    for s in sorted(SERVICES, key=lambda s: s.key):
        kinds = "; ".join(k.label for k in s.kinds)
        out.append(f"| {s.key} | {pos_by[s.key]} | {neg_by[s.key]} | {kinds} | {s.fmt} | {s.doc} | {s.src} |")
    out.append(f"| ftp | {pos_by['ftp']} | {neg_by['ftp']} | FileZilla saved password (base64); lftp `open -u user,pass` | FileZilla sitemanager.xml `<Pass encoding=\"base64\">` | https://wiki.filezilla-project.org/Site_Manager | K |")
    out.append(f"| odbc | {pos_by['odbc']} | {neg_by['odbc']} | DSN PWD/Password | odbc.ini keys, R odbc::dbConnect(PWD=) | https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/dsn-connection-string-attribute | K |")
    srcc = collections.Counter(s.src for s in SERVICES)
    out += ["", f"Source levels: S={srcc['S']}, D={srcc['D']}, K={srcc['K']} (ftp, odbc: K).", "", "## Slice services skipped", "",
            "Skipped because I could not pin down a documented token format (or the service is too obscure to place realistically) within the time/search budget:", "",
            ", ".join(skipped), "", "Covered under a pseudo-service instead: " + ", ".join(f"{k} ({v})" for k, v in OVERLAP.items()), ""]
    out += ["## Service list (provider services with positives)", "", ", ".join(provider_keys), ""]
    open(os.path.join(ROOT, "NOTES.md"), "w").write("\n".join(out))
    print(f"providers={len(provider_keys)} skipped={len(skipped)} slice={len(slice_keys)}")


if __name__ == "__main__":
    main()
