"""python3 gen/build.py -> deletes and rebuilds files/ and labels.toml (byte-identical every run)."""
import os, shutil, sys, json, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from services import LONGTAIL, EXTRA, shape
import major

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = []


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def cls(disp):
    return re.sub(r"[^A-Za-z0-9]", "", disp.title()) or "Client"


def slug(svc):
    return re.sub(r"[^a-z0-9]", "", svc.lower())


# ---- per-language single-line idioms: fn(disp, env, svc, v) -> line
LANG = {
    "py": ("#", [lambda d, e, s, v: '%s = "%s"' % (e, v),
                 lambda d, e, s, v: 'client = %sClient(api_key="%s")' % (cls(d), v),
                 lambda d, e, s, v: '    "X-%s-Key": "%s",' % (cls(d), v),
                 lambda d, e, s, v: 'os.environ.setdefault("%s", "%s")' % (e, v)]),
    "js": ("//", [lambda d, e, s, v: 'const %s = "%s";' % (camel(e), v),
                  lambda d, e, s, v: 'const %s = new %s({ token: "%s" });' % (slug(s), cls(d), v),
                  lambda d, e, s, v: "  headers: { Authorization: `Bearer %s` }," % v,
                  lambda d, e, s, v: 'process.env.%s ??= "%s";' % (e, v)]),
    "ts": ("//", [lambda d, e, s, v: 'export const %s: string = "%s";' % (camel(e), v),
                  lambda d, e, s, v: '  %sApiKey: "%s",' % (slug(s), v)]),
    "go": ("//", [lambda d, e, s, v: '\t%s := "%s"' % (camel(e), v),
                  lambda d, e, s, v: '\treq.Header.Set("Authorization", "Bearer %s")' % v,
                  lambda d, e, s, v: '\tclient := %s.NewClient("%s")' % (slug(s), v)]),
    "java": ("//", [lambda d, e, s, v: '    private static final String %s = "%s";' % (e, v),
                    lambda d, e, s, v: '        conn.setRequestProperty("X-%s-Token", "%s");' % (cls(d), v)]),
    "kt": ("//", [lambda d, e, s, v: 'const val %s = "%s"' % (e, v),
                  lambda d, e, s, v: '    .addHeader("Authorization", "Bearer %s")' % v]),
    "cs": ("//", [lambda d, e, s, v: '    private const string %s = "%s";' % (cls(d) + "ApiKey", v),
                  lambda d, e, s, v: '        client.DefaultRequestHeaders.Add("X-%s-Key", "%s");' % (cls(d), v)]),
    "rb": ("#", [lambda d, e, s, v: "ENV['%s'] ||= '%s'" % (e, v),
                 lambda d, e, s, v: "  config.%s_api_key = '%s'" % (slug(s), v)]),
    "php": ("//", [lambda d, e, s, v: "define('%s', '%s');" % (e, v),
                   lambda d, e, s, v: "    '%s' => ['api_key' => '%s']," % (slug(s), v)]),
    "rs": ("//", [lambda d, e, s, v: 'const %s: &str = "%s";' % (e, v),
                  lambda d, e, s, v: '        .header("Authorization", "Bearer %s")' % v]),
    "swift": ("//", [lambda d, e, s, v: 'let %s = "%s"' % (camel(e), v),
                     lambda d, e, s, v: 'request.setValue("Bearer %s", forHTTPHeaderField: "Authorization")' % v]),
    "sh": ("#", [lambda d, e, s, v: 'export %s="%s"' % (e, v),
                 lambda d, e, s, v: 'curl -s -H "X-%s-Key: %s" "https://api.%s.example/v1/status"' % (cls(d), v, slug(s)),
                 lambda d, e, s, v: 'curl -s "https://api.%s.example/v2/items?api_key=%s"' % (slug(s), v)]),
    "ps1": ("#", [lambda d, e, s, v: '$env:%s = "%s"' % (e, v),
                  lambda d, e, s, v: '$headers = @{ Authorization = "Bearer %s" }' % v]),
    "dart": ("//", [lambda d, e, s, v: "const %s = '%s';" % (camel(e), v)]),
    "ex": ("#", [lambda d, e, s, v: 'config :app, :%s, api_key: "%s"' % (slug(s), v)]),
    "env": ("#", [lambda d, e, s, v: "%s=%s" % (e, v), lambda d, e, s, v: '%s="%s"' % (e, v)]),
    "yaml": ("#", [lambda d, e, s, v: '  %s_api_key: "%s"' % (slug(s), v), lambda d, e, s, v: "  %s: %s" % (e, v)]),
    "toml": ("#", [lambda d, e, s, v: '%s_token = "%s"' % (slug(s), v)]),
}
EXT = {"py": "py", "js": "js", "ts": "ts", "go": "go", "java": "java", "kt": "kt", "cs": "cs", "rb": "rb", "php": "php",
       "rs": "rs", "swift": "swift", "sh": "sh", "ps1": "ps1", "dart": "dart", "ex": "exs", "env": "env", "yaml": "yaml",
       "toml": "toml"}
DIRS = {"py": "services/billing-sync/app", "js": "web/storefront/src/lib", "ts": "web/admin/src/config", "go": "cmd/ingest",
        "java": "android-legacy/src/main/java/com/acme/net", "kt": "android/app/src/main/kotlin/com/acme",
        "cs": "dotnet/Acme.Integrations", "rb": "rails/config/initializers", "php": "php-crm/config", "rs": "crates/connectors/src",
        "swift": "ios/Acme/Networking", "sh": "scripts/ops", "ps1": "scripts/win", "dart": "flutter_app/lib/src",
        "ex": "elixir/config", "env": "deploy/env", "yaml": "deploy/helm/values", "toml": "config/integrations"}
HEAD = {"py": "import os\nimport requests\n", "js": "'use strict';\n", "ts": "// generated config - do not edit by hand\n",
        "go": "package main\n\nimport (\n\t\"net/http\"\n)\n\nfunc setup(req *http.Request) {",
        "java": "package com.acme.net;\n\npublic final class Keys {", "kt": "package com.acme\n",
        "cs": "namespace Acme.Integrations\n{\npublic static class Settings\n{", "rb": "# frozen_string_literal: true\n",
        "php": "<?php\n", "rs": "// connector credentials\n", "swift": "import Foundation\n", "sh": "#!/usr/bin/env bash\nset -euo pipefail\n",
        "ps1": "Set-StrictMode -Version Latest\n", "dart": "// ignore_for_file: constant_identifier_names\n",
        "ex": "import Config\n", "env": "", "yaml": "integrations:", "toml": "# integrations\n"}
TAIL = {"go": "}", "java": "}", "cs": "}\n}"}


def placeholder(r, svc, env, v):
    c = r.randrange(7)
    if c == 0:
        return "${%s}" % env, "template"
    if c == 1:
        return "<your-%s-api-key>" % slug(svc), "placeholder"
    if c == 2:
        return "x" * max(len(v), 8), "placeholder"
    if c == 3:
        return "YOUR_%s_TOKEN_HERE" % slug(svc).upper(), "placeholder"
    if c == 4:
        return "changeme", "placeholder"
    if c == 5:
        return "{{ .Values.%s.apiKey }}" % slug(svc), "template"
    return "REPLACE_ME_" + slug(svc).upper(), "placeholder"


def near_miss(r, svc, sp, v):
    """Return (value, why, category) for a right-looking but wrong value."""
    fixed = isinstance(sp, str) and not sp.startswith("jwt")
    c = r.randrange(4)
    if fixed and c == 0:
        return v[:-1], "one character short of the %s format" % svc, "wrong-format"
    if fixed and c == 1:
        return v + r.choice("abc7"), "one character too long for the %s format" % svc, "wrong-format"
    if isinstance(sp, str) and sp.lower().startswith("hex") and c == 2:
        i = r.randrange(len(v))
        return v[:i] + r.choice("ghkmz") + v[i + 1:], "non-hex letter in a hex-only %s key" % svc, "wrong-format"
    if c == 3:
        return hexs(r, 40), "%s-adjacent git commit SHA, not a key" % svc, "hash-or-id"
    return uuid(r), "request/correlation id (UUID) logged next to the %s name" % svc, "hash-or-id"


def services_file(path, lang, items):
    """items: list of (svc, spec, mode) where mode in pos, pos2, neg."""
    f = F(path)
    r = f.r
    cm, idioms = LANG[lang]
    if HEAD[lang]:
        f.add(HEAD[lang])
    for svc, spec, mode in items:
        disp, env, sp, kind = spec
        f.add("%s %s" % (cm, disp) if lang not in ("yaml",) else "  # %s" % disp)
        idi = r.choice(idioms)
        if mode.startswith("pos"):
            v = shape(r, sp, svc)
            f.s(idi(disp, env, svc, v), v, svc, kind)
        elif mode == "ph":
            v0 = shape(r, sp, svc)
            v, cat = placeholder(r, svc, env, v0)
            f.n(idi(disp, env, svc, v), v, svc, "placeholder/template value, not a credential", cat)
        else:
            v0 = shape(r, sp, svc)
            v, why, cat = near_miss(r, svc, sp, v0)
            if cat == "hash-or-id":
                if lang in ("env", "sh"):
                    line = "%s_%s=%s" % (env.split("_")[0], r.choice(["BUILD_SHA", "REQUEST_ID", "PROJECT_ID"]), v)
                else:
                    line = '%s "%s_%s": "%s"' % ("" if lang != "py" else "", slug(svc), r.choice(["commit", "request_id", "board_id"]), v)
                    line = idioms[0](disp, env.split("_")[0] + "_" + r.choice(["COMMIT_SHA", "TRACE_ID", "WORKSPACE_ID"]), svc, v)
                f.n(line, v, svc, why, cat)
            else:
                f.n(idi(disp, env, svc, v), v, svc, why, cat)
        if r.random() < 0.4:
            f.add("")
    if lang in TAIL:
        f.add(TAIL[lang])
    FILES.append(f)


def too_far_file(path, items):
    f = F(path)
    r = f.r
    f.add("# Integration notes", "", "Vendors used by the reporting job: " + ", ".join(s[1][0] for s in items) + ".", "")
    for i in range(45):
        f.add("- step %d: %s" % (i + 1, r.choice(["rotate logs", "compact parquet", "refresh materialized views", "send digest",
                                                  "re-run failed partitions", "archive S3 prefix", "vacuum analyze"])))
    f.add("", "## Fixture ids (regression table)", "", "| case | ref |", "|---|---|")
    for svc, spec, _ in items:
        v = shape(r, spec[2], svc)
        f.n("| case-%d | `%s` |" % (r.randrange(100, 999), v), v, svc,
            "right shape for %s but the service name is ~40 lines / >1 KB away and the row is a fixture ref" % svc, "too-far")
    FILES.append(f)


def build_longtail():
    langs = list(LANG)
    allsvc = [(k, LONGTAIL[k]) for k in sorted(LONGTAIL)] + [(k, EXTRA[k]) for k in sorted(EXTRA)]
    r = rng("plan")
    # modes: every service 1 positive; long-tail list + extras: second positive for ~60%; 1 negative each
    chunk = []
    n = 0
    plan = []
    for k, spec in allsvc:
        plan.append((k, spec, "pos"))
        if r.random() < 0.92:
            plan.append((k, spec, "pos2"))
        if k in LONGTAIL and r.random() < 0.35:
            plan.append((k, spec, "pos3"))
        plan.append((k, spec, "ph" if r.random() < 0.45 else "nm"))
    r.shuffle(plan)
    i = 0
    fileno = 0
    while i < len(plan):
        size = r.randrange(5, 11)
        items = plan[i:i + size]
        i += size
        lang = langs[fileno % len(langs)]
        base = DIRS[lang]
        name = "%s_%02d.%s" % ({"env": ".env", "yaml": "values", "toml": "integrations"}.get(lang, "integrations"), fileno, EXT[lang])
        if lang == "env":
            name = ".env.%s%02d" % (r.choice(["prod.", "staging.", "local."]), fileno)
        services_file("files/%s/%s" % (base, name), lang, items)
        fileno += 1
    # too-far negatives: services with bare shapes
    bare = [(k, s, "") for k, s in allsvc if isinstance(s[2], str) and s[2][:3].lower() in ("hex", "alnum"[:3], "upp", "low", "uui")]
    for j in range(0, len(bare), 8):
        too_far_file("files/docs/runbooks/vendors-%02d.md" % (j // 8), bare[j:j + 8])


def write():
    out = os.path.join(ROOT, "files")
    if os.path.exists(out):
        shutil.rmtree(out)
    FILES.sort(key=lambda f: f.path)
    seen = set()
    labs = ["# Blind corpus f (provider API keys, long tail): labels. Generated by gen/build.py; see NOTES.md.", ""]
    for f in FILES:
        assert f.path not in seen, f.path
        seen.add(f.path)
        p = os.path.join(ROOT, f.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", newline="") as fh:
            fh.write(f.text())
        for d in sorted(f.labels, key=lambda d: d["line"]):
            labs.append("[[%s]]" % d["type"])
            labs.append('file = %s' % json.dumps(f.path))
            labs.append("line = %d" % d["line"])
            labs.append('service = %s' % json.dumps(d["service"]))
            if d["type"] == "secret":
                labs.append('kind = %s' % json.dumps(d["kind"]))
                labs.append('value = %s' % json.dumps(d["value"]))
                if d.get("pair"):
                    labs.append("pair = true")
            else:
                labs.append('why = %s' % json.dumps(d["why"]))
                labs.append('category = %s' % json.dumps(d["category"]))
                labs.append('value = %s' % json.dumps(d["value"]))
            labs.append("")
    with open(os.path.join(ROOT, "labels.toml"), "w") as fh:
        fh.write("\n".join(labs))


if __name__ == "__main__":
    build_longtail()
    FILES.extend(major.build())
    write()
