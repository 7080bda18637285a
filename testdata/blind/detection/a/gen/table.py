"""Distributes the table-driven services (catalog.SPECS) over realistic files."""
import os
import tokens as t
from tokens import R
import catalog
from render import *

POOLS = {
    EnvC: ["services/payments-api/.env", "services/web-frontend/.env.production", "services/ingest-go/.env", "sites/laravel-shop/.env",
           "services/reports-dotnet/.env.local", "infra/docker/.env", "services/notifications/.env.staging", "ml/training/.env",
           "services/auth-gateway/.env", "services/shop-rails/.env.production", "tools/node-scripts/.env", "services/ml-api/.env"],
    YamlC: ["services/ingest-go/config/config.yaml", "services/shop-rails/config/settings/production.yml", "ml/training/conf/providers.yaml",
            "infra/ansible/group_vars/prod/vars.yml", "services/notifications/config/providers.yml", "services/auth-gateway/config/app.yaml"],
    JsonC: ["services/web-frontend/config/production.json", "mobile/ios/Acme/Config/Services.json", "services/notifications/config.json",
            "tools/node-scripts/credentials.json", "services/edge-worker/wrangler.secrets.json"],
    TomlC: ["tools/rust-cli/config/default.toml", "services/ml-api/.streamlit/secrets.toml", "tools/rust-cli/Settings.toml"],
    IniC: ["services/payments-api/config/integrations.ini", "tools/legacy/settings.cfg", "ml/training/config.ini"],
    PropsC: ["services/billing-java/src/main/resources/application.properties", "services/billing-java/src/main/resources/application-prod.properties",
             "services/kt-bot/src/main/resources/bot.properties"],
    XmlC: ["services/reports-dotnet/Web.config", "services/legacy-wcf/App.config"],
    TfvarsC: ["infra/terraform/prod.auto.tfvars", "infra/terraform/envs/staging/terraform.tfvars"],
    ComposeC: ["infra/docker/docker-compose.yml", "services/notifications/docker-compose.override.yml"],
    K8sSecretC: ["infra/k8s/base/secrets/integrations-secret.yaml", "infra/k8s/overlays/prod/vendor-secrets.yaml", "infra/k8s/overlays/prod/worker-secret.yaml",
                 "infra/k8s/overlays/staging/vendor-secrets.yaml"],
    GhaC: ["services/web-frontend/.github/workflows/nightly-sync.yml", "services/ml-api/.github/workflows/refresh-data.yml", "tools/node-scripts/.github/workflows/backfill.yml"],
    PyC: ["services/payments-api/payments/integrations/clients.py", "ml/training/scripts/fetch_data.py", "services/ml-api/app/vendors.py",
          "tools/py/sync_contacts.py", "services/notifications/notifier/channels.py", "services/payments-api/payments/tasks/reconcile.py"],
    JsC: ["services/web-frontend/lib/vendors.js", "services/notifications/src/providers.js", "tools/node-scripts/backfill.js", "services/web-frontend/scripts/seed.js"],
    TsC: ["services/web-frontend/src/lib/integrations.ts", "services/edge-worker/src/config.ts", "services/web-frontend/src/server/analytics.ts"],
    GoC: ["services/ingest-go/internal/vendors/vendors.go", "services/ingest-go/internal/alerts/alerts.go", "tools/go-migrate/pkg/clients/clients.go"],
    JavaC: ["services/billing-java/src/main/java/com/acme/billing/config/VendorKeys.java", "services/billing-java/src/main/java/com/acme/billing/integrations/PartnerApi.java",
            "services/billing-java/src/main/java/com/acme/billing/notify/Channels.java"],
    KtC: ["mobile/android/app/src/main/kotlin/com/acme/app/net/ApiKeys.kt", "services/kt-bot/src/main/kotlin/com/acme/bot/Keys.kt"],
    CsC: ["services/reports-dotnet/Integrations/Integrations.cs", "services/legacy-wcf/Services/VendorGateway.cs"],
    RbC: ["services/shop-rails/config/initializers/vendors.rb", "services/shop-rails/lib/tasks/sync.rake", "services/shop-rails/app/services/partner_client.rb"],
    PhpC: ["sites/laravel-shop/config/services.php", "sites/laravel-shop/config/partners.php"],
    PhpScriptC: ["sites/legacy-php/cron/helpers.php", "sites/legacy-php/includes/config.inc.php"],
    RsC: ["tools/rust-cli/src/secrets.rs", "tools/rust-cli/src/integrations.rs"],
    SwiftC: ["mobile/ios/Acme/Secrets.swift", "mobile/ios/Acme/Networking/Keys.swift"],
    ShC: ["scripts/deploy.sh", "scripts/smoke-test.sh", "infra/bootstrap/provision.sh", "scripts/rotate-check.sh"],
    Ps1C: ["scripts/windows/Setup-Agent.ps1", "scripts/windows/Invoke-Report.ps1"],
    MdC: ["docs/runbooks/vendor-sync.md", "docs/onboarding/API_ACCESS.md", "docs/runbooks/incident-2025-03-14.md", "docs/integrations/README.md"],
    LogC: ["logs/worker-2025-03-14.log", "logs/debug-http.log", "logs/sync-job.log"],
    NbC: ["notebooks/q3_vendor_report.ipynb", "notebooks/explore_api.ipynb", "notebooks/market_data.ipynb"],
}

CONFIG = [EnvC, YamlC, JsonC, TomlC, IniC, PropsC, XmlC, TfvarsC, ComposeC, EnvC, YamlC, JsonC]
CODE = [PyC, JsC, TsC, GoC, JavaC, KtC, CsC, RbC, PhpC, PhpScriptC, RsC, SwiftC, ShC, Ps1C]
THIRD = [MdC, LogC, NbC, K8sSecretC, GhaC, PyC, GoC, RbC, ShC]

_open = {}
_used = {}
ALL = []


def _newpath(cls):
    pool = POOLS[cls]
    k = _used.get(cls, 0)
    _used[cls] = k + 1
    p = pool[k % len(pool)]
    rnd = k // len(pool)
    if rnd:
        root, ext = os.path.splitext(p)
        if p.endswith((".env", ".env.production", ".env.staging", ".env.local")) or "/.env" in p:
            p = p + ".%d" % (rnd + 1)
            p = p.replace(".env.%d" % (rnd + 1), ".env.backup%d" % rnd) if p.endswith(".env.%d" % (rnd + 1)) else p
        else:
            p = root + "_%d" % (rnd + 1) + ext
    return p


def container(cls, occ=None):
    c = _open.get(cls)
    clash = occ is not None and c is not None and any(o.spec.sect == occ.spec.sect or o.spec.env == occ.spec.env for o in c.occs)
    if c is None or c.full() or clash:
        if cls is YamlC:
            c = cls(_newpath(cls))
        elif cls is JsonC:
            p = _newpath(cls)
            c = cls(p, pascal_case=False, extra={"environment": "production", "logging": {"level": "info"}})
        else:
            c = cls(_newpath(cls))
        c.max_items = R.randint(3, c.max_items)
        _open[cls] = c
        ALL.append(c)
    return c


def PLACEHOLDERS(s):
    svc = s.sect.replace("_", "-")
    return [
        ("${%s}" % s.env, "shell-style variable reference, no value"),
        ("<your-%s-%s>" % (svc, s.field.replace("_", "-")), "angle-bracket placeholder"),
        ("YOUR_%s_HERE" % s.field.upper(), "placeholder text"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "all-x placeholder"),
        ("changeme-%s" % svc, "placeholder 'changeme'"),
        ("{{ .Values.%s.%s }}" % (camel(s.sect), camel(s.field)), "Helm template expression"),
        ("REPLACE_WITH_%s" % s.env, "placeholder text"),
        ("%s_EXAMPLE_VALUE" % s.env, "EXAMPLE placeholder"),
        ("{{ %s }}" % s.env.lower(), "Jinja/Ansible template expression"),
        ("${{ secrets.%s }}" % s.env, "GitHub Actions secret reference"),
    ]


VARLEN = {"atlassian", "dropbox", "facebook", "salesforce", "cloudconvert", "edenai", "calendlyapikey", "grafana", "coinbase", "bitbucket", "coveralls", "intercom", "artifactory"}


def neg_value(s):
    v = s.gen()
    r = R.random()
    if s.svc in VARLEN:
        return R.choice(PLACEHOLDERS(s))
    hexonly = all(c in "0123456789abcdef" for c in v)
    if r < 0.45:
        return R.choice(PLACEHOLDERS(s))
    if r < 0.70 and len(v) >= 16 and s.auth != "url":
        k = max(6, len(v) * 2 // 3)
        return v[:k], "%d characters; a %s %s is %d" % (k, s.svc, s.kind, len(v))
    if r < 0.85 and hexonly:
        lst = list(v)
        for i in R.sample(range(len(lst)), 4):
            lst[i] = R.choice("ghjkmnpqrstuvwxyz")
        return "".join(lst), "contains non-hex letters; a %s %s is hex" % (s.svc, s.kind)
    if r < 0.92 and len(v) >= 16 and s.auth != "url":
        k = len(v) + R.choice([5, 7, 9])
        return v + t.rs(t.HEX if hexonly else t.ALNUM, k - len(v)), "%d characters; a %s %s is %d" % (k, s.svc, s.kind, len(v))
    return R.choice(PLACEHOLDERS(s))


def _put(cls, occ):
    container(cls, occ).put(occ)


def run():
    specs = list(catalog.SPECS)
    R.shuffle(specs)
    for s in specs:
        used = set()
        for i in range(s.n):
            pool = CONFIG if i == 0 else CODE if i == 1 else THIRD
            choices = [c for c in pool if c not in used] or pool
            cls = R.choice(choices)
            used.add(cls)
            v = s.gen()
            pv = s.pair.gen() if s.pair else None
            container(cls, Occ(s, v, pv)).put(Occ(s, v, pv)) if False else _put(cls, Occ(s, v, pv))
    # one negative per service (first spec of each), a second for some
    seen = set()
    for s in specs:
        if s.svc in seen and R.random() < 0.7:
            continue
        seen.add(s.svc)
        nv, why = neg_value(s)
        cls = R.choice(CONFIG + CODE + [MdC, LogC, K8sSecretC])
        _put(cls, Occ(s, nv, None, neg=why))
    for c in ALL:
        R.shuffle(c.occs)
        c.build()
