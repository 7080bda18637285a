#!/usr/bin/env python3
"""Write NOTES.md from labels.toml, docs.py and the slice definition."""
import collections, os, tomllib
import docs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = tomllib.load(open(os.path.join(ROOT, "labels.toml"), "rb"))
S, N = L["secret"], L["negative"]
files = []
for dp, dn, fn in os.walk(os.path.join(ROOT, "files")):
    files += [os.path.relpath(os.path.join(dp, x), ROOT) for x in fn]
slice_ = []
for line in open("/work/shared/reference/services.tsv"):
    if line.startswith("#") or line.startswith("key\t"):
        continue
    k, n, c = line.split("\t")[:3]
    if c in ("3", "4") or (c == "2" and k[0] in "abcde"):
        slice_.append((k, c))
pos = collections.Counter(s["service"] for s in S)
pos_np = collections.Counter(s["service"] for s in S if not s.get("pair"))
kinds = collections.defaultdict(set)
fcount = collections.defaultdict(set)
for s in S:
    kinds[s["service"]].add(s["kind"])
    fcount[s["service"]].add(s["file"])
neg = collections.Counter(n["service"] for n in N)
LANG = {".py": "Python", ".js": "JavaScript", ".ts": "TypeScript", ".go": "Go", ".java": "Java", ".kt": "Kotlin", ".cs": "C#", ".rb": "Ruby", ".rake": "Ruby",
        ".php": "PHP", ".rs": "Rust", ".swift": "Swift", ".sh": "shell", ".ps1": "PowerShell", ".ipynb": "Jupyter"}
langs = sorted({LANG[os.path.splitext(f)[1]] for f in files if os.path.splitext(f)[1] in LANG})
used = [k for k, c in slice_ if k in pos]
skipped = [k for k, c in slice_ if k not in pos]

out = []
w = out.append
w("# det-a: blind labelled corpus for a secret scanner\n")
w("Written without reading the scanner (nothing under /work/main, /work/wt or other writers' folders was opened).")
w("Every token is random, produced by `gen/tokens.py` with a fixed seed; checksummed formats carry valid checksums")
w("(GitHub `gh?_` and npm `npm_` CRC32-base62, GitLab routable CRC32-base36, Grafana `glsa_` CRC32) unless a negative says otherwise.\n")
w("## How it was made\n")
w("- `gen/tokens.py`: token generators (one function per format). Private keys are real, freshly generated keys (python `cryptography`), never used anywhere.")
w("- `gen/catalog.py`: table of %d token kinds of the smaller services: env-var name, config section/field, how the key is sent (header, Bearer, query, path, basic), API URL." % len(__import__("catalog").SPECS))
w("- `gen/render.py`: containers that render occurrences in the syntax of one file type (.env, YAML, JSON, TOML, INI, properties, XML/web.config, tfvars, docker-compose, k8s Secret with base64 data, GitHub Actions, Python, JS, TS, Go, Java, Kotlin, C#, Ruby, PHP, Rust, Swift, shell, PowerShell, Markdown curl examples, HTTP debug logs, notebooks). Several syntactic forms per language (constant, env default, header in a request, client constructor, URL parameter, nested config block with the service name one level up).")
w("- `gen/table.py`: spreads each table service over 2-3 files of different kinds (first a config file, then code in another language, sometimes a doc/log/notebook/k8s Secret/CI file), plus one near-miss negative per service.")
w("- `gen/bigs1.py`, `gen/bigs2.py`, `gen/bigs3.py`: hand-written realistic files for the big providers (GitHub, GitLab, Slack, Stripe, AWS, GCP, Azure, OpenAI, Anthropic, Hugging Face, npm, PyPI, crates.io, RubyGems, SendGrid, Twilio, Shopify, DigitalOcean, Docker Hub), JWTs, private keys and the pseudo-services, with their negatives next to them.")
w("- `gen/negs.py`: files dominated by near misses (lockfile integrity hashes, Cargo.lock/go.sum checksums, CSS colours, CHANGELOG commit ids, SHA256SUMS, plan UUIDs, SRI hashes, `.env.example`, Helm secret template, key lookups without values, service names far away from unrelated hex).")
w("- `gen/build.py` rebuilds everything (`python3 gen/build.py`), `gen/check.py` verifies it, `gen/notes.py` writes this file.\n")
w("## Label conventions\n")
w("- `line` is the 1-based line where the value starts; for multi-line PEM blocks the `value` is the first line (`-----BEGIN ... -----`); for a PEM written on one line (JSON `\\n` escapes, Coinbase secret) the value is the whole escaped string.")
w("- For credentials inside URLs / connection strings (`url-credentials`, `postgres`) the value is the password part only. For webhook URLs (Slack, Teams, Discord) and `CLOUDINARY_URL` the whole URL is the value, since the URL is the secret.")
w("- Values in k8s Secret `data:` and base64-encoded blobs (GCP key JSON in CI, docker `auth`, npm `_auth`, k8s TLS key) are labelled as written, i.e. the base64 string; the kind says so.")
w("- Pair ids (AWS key id, Twilio SID, OAuth client ids, Entra tenant/client ids, Algolia app id, Confluent key, Alibaba AccessKey id, ...) are separate `[[secret]]` entries with `pair = true` and kind `id (pair of ...)`. The same kind of id *without* its secret in the file is a `[[negative]]` (e.g. a browser Google client id, a lone Twilio SID, a tenant id in docs).")
w("- `service` uses `services.tsv` keys. `postgres` (a slice key) is used for PostgreSQL passwords (URLs, libpq DSN, PGPASSWORD, POSTGRES_PASSWORD); `url-credentials` for the other URL/connection-string passwords. Tokens in `.npmrc`/`.pypirc`/`.s3cfg`/`.netrc`/docker `config.json` use those pseudo-services; the same npm/PyPI tokens elsewhere use `npm`/`pypi`. A GitHub PAT in `.npmrc` for GitHub Packages or in `.git-credentials` is labelled `github`.")
w("- Publishable / public-by-design keys (Stripe `pk_`, Mapbox `pk.`) are not used anywhere, to avoid ambiguous lines. Test-mode secrets (Stripe `sk_test_`, EasyPost `EZTK`, Lob `test_`, Shippo `shippo_test_`) are positives.")
w("- Negatives are labelled on the line of the near miss, with `service` = what it imitates (or `generic`) and `why`.\n")
w("## Counts\n")
w("- files: %d (%d file kinds); languages: %s, plus .env, YAML, JSON, TOML, INI, properties, XML, Terraform/tfvars, Helm, docker-compose, k8s Secrets, GitHub Actions, GitLab CI, Jenkinsfile, Markdown, logs, dotfiles" % (len(files), len({os.path.splitext(f)[1] or os.path.basename(f) for f in files}), ", ".join(langs)))
w("- positives: %d `[[secret]]` entries (%d of them pair ids)" % (len(S), sum(1 for s in S if s.get("pair"))))
w("- negatives: %d `[[negative]]` entries" % len(N))
w("- services of the slice with positives: %d (of %d in the slice); pseudo-services used: %d\n" % (len(used), len(slice_), len([k for k in pos if k in docs.PSEUDO])))
w("## Services: format used and source\n")
w("basis: **S** = checked in this session with the search tool on the provider's page; **R** = format facts from `/work/shared/reference/provider-permissions.md`, which cites the provider's blog/source; **K** = from the provider's documentation as I know it, not re-fetched in this session (less certain). URLs are the provider pages the format comes from.\n")
w("| service | catalogs | positives (non-pair + pair) | files | negatives | kinds | format | source | basis |")
w("|---|---|---|---|---|---|---|---|---|")
cat = dict(slice_)
for k in sorted(used):
    f, url, basis = docs.D[k]
    w("| %s | %s | %d + %d | %d | %d | %s | %s | %s | %s |" % (k, cat[k], pos_np[k], pos[k] - pos_np[k], len(fcount[k]), neg.get(k, 0), "; ".join(sorted(kinds[k])), f.replace("|", "\\|"), url, basis))
w("\n## Pseudo-services\n")
w("| pseudo-service | positives | negatives | what |")
w("|---|---|---|---|")
for k in sorted(docs.PSEUDO):
    w("| %s | %d | %d | %s |" % (k, pos.get(k, 0), neg.get(k, 0), docs.PSEUDO[k]))
w("\n## Skipped services of the slice (%d)\n" % len(skipped))
w("Not given positives because I could not document their token format from provider material in the time available (or for the reason given):\n")
w(", ".join("%s%s" % (k, " (%s)" % docs.SKIPPED[k] if k in docs.SKIPPED else "") for k in skipped))
w("\n## Uncertain points\n")
w("- Lengths of some newer prefixed formats are not stated by the providers and were modelled: Vercel `vcp_` body (56), Heroku `HRKU-AA` + 58, Telnyx `KEY<32 hex>_<22>`, Azure DevOps 84-char PAT layout, Honeycomb ingest key id/secret split, GitHub fine-grained PAT (no checksum modelled), Atlassian/Bitbucket `ATATT`/`ATCTT` bodies, Buildkite agent token (50 hex).")
w("- Services marked K rely on my knowledge of their docs; their shapes (mostly plain hex/base62 keys next to the service name) are standard but were not re-verified here.")
w("- Some generic-looking values are labelled with a concrete service only because of the name around them (e.g. 32-hex `DD_API_KEY`, `HONEYCOMB_WRITEKEY`); scanners without keyword context cannot be expected to attribute them.")
w("- Truncated/extended negatives of prefix-less services (e.g. a 21-hex `DD_API_KEY`) are near misses by length; a scanner that accepts any length next to the keyword will flag them.")
w("- SAS tokens: the value is the query string from `sv=`; the signature is URL-encoded as in real URLs.")
open(os.path.join(ROOT, "NOTES.md"), "w").write("\n".join(out) + "\n")
print("NOTES.md written: used=%d skipped=%d" % (len(used), len(skipped)))
