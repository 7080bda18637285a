"""Provider-service part of the corpus: assigns occurrences (positive and negative) to formats and writes files."""
import json
import re

from render import *  # noqa
from services import SERVICES, BYKEY
from tokens import rng, hexs
from writer import write_file

CODE = ["py", "js", "ts", "go", "java", "kt", "cs", "rb", "php", "rs", "swift", "sh", "ps1"]
CONFIG = ["env", "yaml", "json", "toml", "ini", "props", "xml", "tf", "tfvars", "helm", "compose", "k8s_secret", "k8s_env"]
CIETC = ["gha", "gitlab", "circle", "jenkins", "notebook", "log", "md"]
STYLES = ["const", "ctor", "inline"]
CUSTOM = {"wireguard", "rabbitmq", "snowflake", "psexec"}   # written by pseudo.py custom writers

HEXA = {"hex", "hexu", "uuid"}


def make_neg(svc, k, i):
    """Return (value-or-None, exprtype-or-None, why) for a near-miss of kind k."""
    v = k.gen()
    opts = []
    if k.alpha not in ("jwt", "url", "name", "digits") and len(v) >= 12:
        opts.append("short")
    if k.alpha in HEXA:
        opts.append("alpha")
    if k.prefix and k.prefix not in ("u", "m", "ur", "11", "https://"):
        opts += ["prefix", "xfill"]
    if k.alpha == "hex" and not k.prefix:
        opts.append("long")
    opts += ["ph", "env", "call", "tmpl"]
    t = opts[i % len(opts)] if i < 3 else rng.choice(opts)
    if t == "short":
        body_start = len(k.prefix) if k.prefix else 0
        cut = max(3, (len(v) - body_start) // 4)
        nv = v[:-cut]
        return nv, None, f"{len(nv)} chars: truncated, {svc.display} {k.label} has {len(v)} ({svc.fmt})"
    if t == "long":
        nv = v + hexs(7)
        return nv, None, f"{len(nv)} hex chars; {svc.display} {k.label} is exactly {len(v)} ({svc.fmt})"
    if t == "alpha":
        s = list(v)
        pos = [j for j, c in enumerate(s) if c not in "-" and j >= (len(k.prefix) if k.prefix else 0)]
        for j in rng.sample(pos, 6):
            s[j] = rng.choice("ghijkmnpqrstuvwxyz")
        nv = "".join(s)
        return nv, None, f"wrong alphabet: contains non-hex letters; {svc.display} {k.label} is hex ({svc.fmt})"
    if t == "prefix":
        nv = k.prefix
        return nv, None, f"prefix {k.prefix!r} with nothing valid after it"
    if t == "xfill":
        n = max(8, len(v) - len(k.prefix))
        nv = k.prefix + rng.choice(["x", "X"]) * n
        return nv, None, "prefix followed by a run of x placeholder characters"
    if t == "ph":
        ph = rng.choice([f"<your-{svc.key}-api-key>", f"YOUR_{envp(svc)}_{k.suffix}_HERE", "changeme", "REPLACE_ME",
                         f"<{k.suffix.lower()}>", "********", "EXAMPLE", f"your-{k.suffix.lower().replace('_', '-')}-here", "TODO-set-in-vault", "dummy"])
        return ph, None, "placeholder, not a credential"
    if t == "tmpl":
        ph = rng.choice(["${%s_%s}" % (envp(svc), k.suffix), "{{ .Values.%s.%s }}" % (slug(svc), k.suffix.lower()),
                         "{{ %s_%s }}" % (svc.key, k.suffix.lower()), "%%(%s)s" % k.suffix.lower(), "#{%s}" % k.suffix.lower()])
        return ph, None, "template reference, value injected at deploy time"
    return None, t, ("reads the value from the environment at run time" if t == "env" else "value fetched from a secret store / config at run time")


class Occ:
    def __init__(self, svc, entries, fmt, style=None):
        self.svc, self.entries, self.fmt, self.style = svc, entries, fmt, style


def build_occurrences():
    occs = []
    for i, svc in enumerate(SERVICES):
        if svc.key in CUSTOM:
            continue
        ids = [k for k in svc.kinds if k.role == "id"]
        secs = [k for k in svc.kinds if k.role != "id"]
        n = max(2, len(secs))
        if len(secs) == 1 and i % 3 == 0:
            n = 3
        fmts = [CODE[i % len(CODE)], CONFIG[(i * 5) % len(CONFIG)], CIETC[i % len(CIETC)], CODE[(i + 6) % len(CODE)],
                CONFIG[(i * 5 + 3) % len(CONFIG)]]
        if svc.auth in ("none", "digest"):
            fmts = [f if f not in ("log", "md") else "env" for f in fmts]
        for j in range(n):
            k = secs[j % len(secs)]
            ents = []
            for kid in ids:
                ents.append(new_entry(svc=svc, kind=kid, value=kid.gen(), role="id", service=svc.key, klabel=kid.label))
            ents.append(new_entry(svc=svc, kind=k, value=k.gen(), role="secret", service=svc.key, klabel=k.label))
            fmt = fmts[j]
            if fmt in ("log", "md", "notebook") and (ids or len(ents) > 1):
                fmt = "env"
            occs.append(Occ(svc, ents, fmt, STYLES[(i + j) % 3]))
        # negatives: 1 or 2 per service
        nneg = 2 if i % 2 == 0 else 1
        for j in range(nneg):
            k = secs[(j + 1) % len(secs)]
            v, expr, why = make_neg(svc, k, (i + j) % 7)
            e = new_entry(svc=svc, kind=k, value=v if v is not None else "", role="neg", service=svc.key, klabel=k.label,
                          why=why, expr=expr or False)
            if expr:
                fmt = CODE[(i + 3 * j + 2) % len(CODE)] if j == 0 else CONFIG[(i + j) % len(CONFIG)]
                if fmt in ("k8s_secret",):
                    fmt = "env"
            else:
                fmt = [CONFIG[(i + 2) % len(CONFIG)], CODE[(i + 4) % len(CODE)], "example_env"][(i + j) % 3]
            occs.append(Occ(svc, [e], fmt, "const" if j == 0 else "ctor"))
    return occs


# ------------------------------------------------------------------ file wrappers

PROJECTS = {
    "py": ("acme-platform/backend/app/integrations", "{slug}.py"),
    "js": ("acme-platform/web/server/integrations", "{slug}.js"),
    "ts": ("acme-platform/web/src/lib/vendors", "{slug}.ts"),
    "go": ("acme-platform/services/{gsvc}/internal/{slug}", "client.go"),
    "java": ("acme-platform/jvm/billing/src/main/java/com/acme/billing/integrations", "{Cls}Gateway.java"),
    "kt": ("acme-mobile/android/app/src/main/java/com/acme/mobile/data/remote", "{Cls}Api.kt"),
    "cs": ("acme-platform/dotnet/Acme.Integrations", "{Cls}Service.cs"),
    "rb": ("acme-rails/config/initializers", "{slug}.rb"),
    "php": ("acme-shop-php/app/Services", "{Cls}Service.php"),
    "rs": ("acme-platform/crates/{slug}-sync/src", "lib.rs"),
    "swift": ("acme-mobile/ios/Acme/Services", "{Cls}Service.swift"),
    "sh": ("acme-platform/scripts", "{slug}-sync.sh"),
    "ps1": ("acme-platform/scripts/windows", "Invoke-{Cls}.ps1"),
}
GSVCS = ["geo-worker", "notifier", "ingest", "billing-sync", "search-indexer"]


def code_file(lang, occs):
    svc = occs[0].svc
    d, fn = PROJECTS[lang]
    gsvc = GSVCS[len(svc.key) % len(GSVCS)]
    rel = (d + "/" + fn).format(slug=slug(svc), Cls=cls(svc), gsvc=gsvc)
    blocks = [(o, CODEF[lang](o.entries, o.style)) for o in occs]
    exprs = {e.get("expr") for o in occs for e in o.entries}
    body = []
    if lang == "py":
        body += [f'"""{svc.display} integration helpers."""', "import os", "", "import requests", ""]
        if any(o.style == "ctor" for o in occs):
            body += [f"from app.clients.{slug(svc)} import {cls(svc)}Client"]
        if "call" in exprs:
            body += ["from app.secrets import get_secret"]
        body.append("")
        for o, b in blocks:
            body += b + ["", ""]
    elif lang in ("js", "ts"):
        body += ["import axios from 'axios';"]
        if any(o.style == "ctor" for o in occs):
            body += [f"import {{ {cls(svc)}Client }} from '@acme/{svc.key}-client';"]
        if "call" in exprs:
            body += ["import { secrets, vault } from '../secrets';"]
        body.append("")
        for o, b in blocks:
            body += b + [""]
        if lang == "js" and rng.random() < 0.5:
            body += ["module.exports = { ready: true };"]
    elif lang == "go":
        body += [f"package {slug(svc).replace('_', '')}", "", "import (", '\t"context"', '\t"net/http"', '\t"os"', ")", "",
                 "var _ = os.Getenv", "var _ context.Context", ""]
        for o, b in blocks:
            body += b + [""]
    elif lang == "java":
        body += ["package com.acme.billing.integrations;", "", "import java.net.URI;", "import java.net.http.HttpClient;",
                 "import java.net.http.HttpRequest;", "", f"public class {cls(svc)}Gateway {{", "",
                 "    private final HttpClient http = HttpClient.newHttpClient();", ""]
        for o, b in blocks:
            body += b + [""]
        body += ["}"]
    elif lang == "kt":
        body += ["package com.acme.mobile.data.remote", "", "import okhttp3.Request", "", f"class {cls(svc)}Api {{", ""]
        for o, b in blocks:
            body += b + [""]
        body += ["}"]
    elif lang == "cs":
        members = [b for o, b in blocks if o.style == "const" or not (o.style in ("ctor", "inline"))]
        stmts = [b for o, b in blocks if o.style in ("ctor", "inline")]
        # inline "const" fallbacks are members
        mem2, st2 = [], []
        for b in members + stmts:
            (mem2 if b and b[0].lstrip().startswith("private") else st2).append(b)
        body += ["using System;", "using System.Net.Http;", "", "namespace Acme.Integrations", "{",
                 f"    public sealed class {cls(svc)}Service", "    {", "        private readonly HttpClient _http = new HttpClient();", ""]
        for b in mem2:
            body += b + [""]
        if st2:
            body += ["        public void Configure()", "        {"]
            for b in st2:
                body += ["    " + x for x in b] + [""]
            body += ["        }"]
        body += ["    }", "}"]
    elif lang == "rb":
        body += [f"# {svc.display} client configuration", "require 'faraday'", ""]
        for o, b in blocks:
            body += b + [""]
    elif lang == "php":
        tops = [b for o, b in blocks if b and b[0].startswith("define(")]
        rest = [b for o, b in blocks if not (b and b[0].startswith("define("))]
        body += ["<?php", "", "namespace App\\Services;", "", "use GuzzleHttp\\Client;", ""]
        for b in tops:
            body += b
        body += ["", f"class {cls(svc)}Service", "{", "    public function __construct(private Client $http) {}", "",
                 "    public function boot(): void", "    {"]
        for b in rest:
            body += ["        " + x for x in b] + [""]
        body += ["    }", "}", ""]
    elif lang == "rs":
        items = [b for o, b in blocks if b and (b[0].startswith("pub ") or b[0].startswith("const "))]
        stmts = [b for o, b in blocks if not (b and (b[0].startswith("pub ") or b[0].startswith("const ")))]
        body += [f"//! {svc.display} sync job", "", "use reqwest;", ""]
        for b in items:
            body += b + [""]
        if stmts:
            body += ["pub fn configure() -> Result<(), Box<dyn std::error::Error>> {"]
            for b in stmts:
                body += ["    " + x if not x.startswith("    ") else x for x in b]
            body += ["    Ok(())", "}"]
    elif lang == "swift":
        body += ["import Foundation", "", f"final class {cls(svc)}Service {{", ""]
        for o, b in blocks:
            body += b + [""]
        body += ["}"]
    elif lang == "sh":
        body += ["#!/usr/bin/env bash", "set -euo pipefail", f"# nightly {svc.display} sync", ""]
        for o, b in blocks:
            body += b + [""]
    elif lang == "ps1":
        body += ["#Requires -Version 7.0", "Set-StrictMode -Version Latest", ""]
        for o, b in blocks:
            body += b + [""]
    write_file(rel, "\n".join(body) + "\n")


CODEF = {"py": py_occ, "js": lambda o, s: js_occ(o, s), "ts": lambda o, s: js_occ(o, s, ts=True), "go": go_occ,
         "java": java_occ, "kt": kt_occ, "cs": cs_occ, "rb": rb_occ, "php": php_occ, "rs": rs_occ, "swift": swift_occ,
         "sh": sh_occ, "ps1": ps1_occ}


NAMES = {
    "env": ["acme-platform/.env", "acme-platform/backend/.env.production", "acme-platform/web/.env.local", "acme-rails/.env",
            "acme-shop-php/.env", "acme-platform/services/ingest/.env.staging", "acme-platform/deploy/prod.env",
            "acme-mobile/.env.development", "acme-platform/backend/.env.test", "acme-platform/docker/.env.docker",
            "acme-platform/services/notifier/.env", "acme-platform/ops/.env.ops", "acme-platform/services/geo-worker/.env"],
    "example_env": ["acme-platform/.env.example", "acme-platform/backend/.env.sample", "acme-rails/.env.template",
                    "acme-shop-php/.env.example", "acme-platform/web/.env.example", "acme-mobile/.env.example",
                    "acme-platform/services/ingest/.env.example"],
    "yaml": ["acme-platform/backend/config/settings.yaml", "acme-platform/services/ingest/config.yml", "acme-platform/config/app.prod.yaml",
             "acme-rails/config/integrations.yml", "acme-platform/services/notifier/config/production.yaml", "acme-platform/ops/ansible/group_vars/all.yml",
             "acme-platform/config/app.staging.yaml"],
    "json": ["acme-platform/dotnet/Acme.Api/appsettings.Production.json", "acme-platform/web/config/default.json",
             "acme-platform/dotnet/Acme.Worker/appsettings.json", "acme-mobile/react-native/app.config.json", "acme-platform/web/config/production.json",
             "acme-platform/tools/postman/environment.json"],
    "toml": ["acme-platform/crates/api/config/default.toml", "acme-platform/services/search-indexer/config.toml", "acme-platform/backend/pyproject.local.toml",
             "acme-platform/crates/worker/Settings.toml"],
    "ini": ["acme-platform/backend/config/production.ini", "acme-platform/tools/legacy/settings.cfg", "acme-platform/backend/alembic/integrations.ini"],
    "props": ["acme-platform/jvm/billing/src/main/resources/application-prod.properties", "acme-platform/jvm/reports/src/main/resources/application.properties",
              "acme-mobile/android/local.properties"],
    "xml": ["acme-platform/dotnet/Acme.Legacy/Web.config", "acme-platform/dotnet/Acme.Legacy.Jobs/App.config"],
    "tf": ["acme-platform/deploy/terraform/integrations.tf", "acme-platform/deploy/terraform/envs/prod/main.tf", "acme-platform/deploy/terraform/envs/staging/main.tf"],
    "tfvars": ["acme-platform/deploy/terraform/variables.tf", "acme-platform/deploy/terraform/modules/secrets/variables.tf"],
    "helm": ["acme-platform/deploy/helm/acme-api/values-prod.yaml", "acme-platform/deploy/helm/acme-worker/values.yaml",
             "acme-platform/deploy/helm/acme-api/values-staging.yaml", "acme-platform/deploy/helm/notifier/values.yaml"],
    "compose": ["acme-platform/docker-compose.yml", "acme-platform/docker-compose.override.yml", "acme-platform/deploy/compose/docker-compose.prod.yml",
                "acme-shop-php/docker-compose.yml"],
    "k8s_secret": ["acme-platform/deploy/k8s/secrets/integrations-secret.yaml", "acme-platform/deploy/k8s/secrets/worker-secrets.yaml",
                   "acme-platform/deploy/k8s/overlays/prod/api-secret.yaml"],
    "k8s_env": ["acme-platform/deploy/k8s/base/api-deployment.yaml", "acme-platform/deploy/k8s/base/worker-deployment.yaml",
                "acme-platform/deploy/k8s/base/cronjob-sync.yaml"],
    "gha": ["acme-platform/.github/workflows/deploy.yml", "acme-platform/.github/workflows/nightly-sync.yml", "acme-mobile/.github/workflows/release.yml",
            "acme-platform/.github/workflows/e2e.yml"],
    "gitlab": ["acme-rails/.gitlab-ci.yml", "acme-shop-php/.gitlab-ci.yml", "acme-platform/ci/gitlab/integration-tests.gitlab-ci.yml"],
    "circle": ["acme-platform/.circleci/config.yml", "acme-mobile/.circleci/config.yml"],
    "jenkins": ["acme-platform/Jenkinsfile", "acme-platform/jvm/billing/Jenkinsfile", "acme-platform/ci/jenkins/release.Jenkinsfile"],
    "notebook": ["acme-platform/notebooks/vendor-api-exploration.ipynb", "acme-platform/notebooks/churn-enrichment.ipynb",
                 "acme-platform/notebooks/geo-quality-check.ipynb", "acme-platform/research/market-data.ipynb"],
    "log": ["acme-platform/logs/worker-2024-11-03.log", "acme-platform/logs/api-debug.log", "acme-platform/backend/tmp/sync-failure.log"],
    "md": ["acme-platform/docs/integrations.md", "acme-platform/README.md", "acme-platform/docs/runbooks/vendor-apis.md", "acme-platform/docs/onboarding.md"],
}
_name_use = {}


def next_name(fmt):
    lst = NAMES[fmt]
    n = _name_use.get(fmt, 0)
    _name_use[fmt] = n + 1
    base = lst[n % len(lst)]
    if n >= len(lst):
        # add a numeric/variant suffix to keep paths unique
        variants = ["eu", "us", "legacy", "v2", "apac", "dr"]
        d, b = base.rsplit("/", 1)
        return f"{d}/{variants[(n // len(lst) - 1 + n) % len(variants)]}/{b}"
    return base


def ts_gen():
    h = rng.randint(0, 23)
    return lambda: "2024-11-03T%02d:%02d:%02d.%03dZ" % (h, rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def config_file(fmt, occs):
    rel = next_name(fmt)
    L = []
    if fmt in ("env", "example_env"):
        L += ["# generated by ops/bootstrap.sh - do not edit by hand" if fmt == "env" else "# Copy to .env and fill in real values",
              "NODE_ENV=production" if fmt == "env" else "NODE_ENV=development", "LOG_LEVEL=info", "PORT=8080", ""]
        for o in occs:
            L += env_occ(o.entries)
    elif fmt == "yaml":
        L += ["app:", "  name: acme", "  env: production", "  port: 8080", "  request_timeout_s: 30", "", "integrations:"]
        for o in occs:
            L += yaml_occ(o.entries, indent=2)
    elif fmt == "helm":
        L += ["replicaCount: 3", "image:", "  repository: registry.acme.dev/acme/api", "  tag: \"2024.11.2\"", "  pullPolicy: IfNotPresent",
              "resources:", "  limits:", "    cpu: 500m", "    memory: 512Mi", "", "integrations:"]
        for o in occs:
            L += helm_occ(o.entries)
    elif fmt == "json":
        d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*", "Integrations": {}}
        for o in occs:
            d["Integrations"][cls(o.svc)] = json_obj(o.entries, "pascal" if "dotnet" in rel else "camel")
        L += json.dumps(d, indent=2).split("\n")
    elif fmt == "toml":
        L += ["[server]", 'bind = "0.0.0.0:8080"', "workers = 4", ""]
        for o in occs:
            L += toml_occ(o.entries)
    elif fmt == "ini":
        L += ["[app]", "debug = false", "timezone = UTC", ""]
        for o in occs:
            L += ini_occ(o.entries)
    elif fmt == "props":
        L += ["server.port=8080", "spring.application.name=billing", "management.endpoints.web.exposure.include=health,info", ""]
        for o in occs:
            L += props_occ(o.entries)
    elif fmt == "xml":
        L += ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>", '    <add key="Environment" value="Production" />']
        for o in occs:
            L += xml_occ(o.entries)
        L += ["  </appSettings>", '  <system.web><compilation debug="false" targetFramework="4.8" /></system.web>', "</configuration>"]
    elif fmt == "tf":
        L += ['module "integrations" {', '  source = "../../modules/integrations"', '  environment = "prod"', ""]
        for o in occs:
            L += tf_occ(o.entries)
        L += ["}"]
    elif fmt == "tfvars":
        L += ['variable "region" {', '  type    = string', '  default = "eu-west-1"', "}", ""]
        for o in occs:
            L += tfvar_occ(o.entries)
    elif fmt == "compose":
        listform = rng.random() < 0.5
        L += ['version: "3.9"', "services:", "  api:", "    image: registry.acme.dev/acme/api:2024.11.2", "    ports:", '      - "8080:8080"',
              "    environment:"]
        for o in occs:
            L += compose_occ(o.entries, listform)
        L += ["  redis:", "    image: redis:7-alpine"]
    elif fmt == "k8s_secret":
        L += ["apiVersion: v1", "kind: Secret", "metadata:", "  name: integrations", "  namespace: acme-prod", "type: Opaque", "data:"]
        for o in occs:
            L += k8s_secret_occ(o.entries)
    elif fmt == "k8s_env":
        L += ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: acme-api", "spec:", "  replicas: 2", "  template:", "    spec:",
              "      containers:", "        - name: api", "          image: registry.acme.dev/acme/api:2024.11.2", "          env:",
              "            - name: LOG_LEVEL", '              value: "info"']
        for o in occs:
            L += k8s_env_occ(o.entries)
    elif fmt == "gha":
        L += ["name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:",
              "      NODE_VERSION: 20"]
        for o in occs:
            L += gha_occ(o.entries)
        L += ["    steps:", "      - uses: actions/checkout@v4", "      - run: npm ci && npm run deploy"]
    elif fmt == "gitlab":
        L += ["stages: [test, deploy]", "", "variables:", '  RAILS_ENV: "test"']
        for o in occs:
            L += gitlab_occ(o.entries)
        L += ["", "rspec:", "  stage: test", "  script:", "    - bundle exec rspec"]
    elif fmt == "circle":
        L += ["version: 2.1", "jobs:", "  build:", "    docker:", "      - image: cimg/python:3.12", "    environment:"]
        for o in occs:
            L += circle_occ(o.entries)
        L += ["    steps:", "      - checkout", "      - run: make test"]
    elif fmt == "jenkins":
        L += ["pipeline {", "    agent any", "    environment {"]
        for o in occs:
            L += jenkins_occ(o.entries)
        L += ["    }", "    stages {", "        stage('Test') {", "            steps {", "                sh 'make test'", "            }",
              "        }", "    }", "}"]
    elif fmt == "notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Vendor API exploration\n", "Quick checks against the vendor APIs."]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import os\n", "import requests"]}]
        for n, o in enumerate(occs):
            src = nb_code_lines(o.entries)
            cells.append({"cell_type": "code", "execution_count": n + 2, "metadata": {}, "outputs": [],
                          "source": [s + "\n" for s in src[:-1]] + [src[-1]]})
        nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                           "language_info": {"name": "python", "version": "3.11.7"}}, "nbformat": 4, "nbformat_minor": 5}
        L += json.dumps(nb, indent=1).split("\n")
    elif fmt == "log":
        t = ts_gen()
        L += [f"{t()} INFO  worker.main starting sync worker pid=4121", f"{t()} INFO  worker.main loaded 14 vendor configs"]
        for o in occs:
            L += log_lines(o.entries, t())
        L += [f"{t()} INFO  worker.main sync finished in 38.2s"]
    elif fmt == "md":
        L += ["# Vendor integrations", "", "This page collects quick examples for the third-party APIs we call.", ""]
        for o in occs:
            L += [f"## {o.svc.display}", "", f"Docs: {o.svc.doc}", ""] + md_curl(o.entries) + [""]
    write_file(rel, "\n".join(L) + "\n")


GROUP = {"env": 6, "example_env": 7, "yaml": 5, "helm": 5, "json": 5, "toml": 5, "ini": 5, "props": 6, "xml": 6, "tf": 6, "tfvars": 4,
         "compose": 6, "k8s_secret": 6, "k8s_env": 5, "gha": 4, "gitlab": 5, "circle": 5, "jenkins": 5, "notebook": 4, "log": 6, "md": 5}


def write_all():
    occs = build_occurrences()
    by = {}
    for o in occs:
        by.setdefault(o.fmt, []).append(o)
    for fmt, lst in by.items():
        if fmt in CODE:
            # one file per service (merge that service's occurrences of this language)
            per = {}
            for o in lst:
                per.setdefault(o.svc.key, []).append(o)
            for key, os_ in per.items():
                code_file(fmt, os_)
        else:
            rng.shuffle(lst)
            g = GROUP[fmt]
            # never put two occurrences of the same service + same env var into one file
            chunks = []
            for o in lst:
                for c in chunks:
                    if len(c) < g and all(x.svc.key != o.svc.key for x in c):
                        c.append(o)
                        break
                else:
                    chunks.append([o])
            for c in chunks:
                config_file(fmt, c)
    return occs
