"""Hand-written realistic files: Google/GCP, Azure, AI providers, registries."""
import base64, json
import tokens as t
from tokens import R, hexs, b62, uid, digits
from framework import FileB, Sec, Neg


def b64(s):
    return base64.b64encode(s.encode()).decode()


def esc(s):
    return json.dumps(s)[1:-1]


def sa_json(project):
    pem = t.pem_pkcs8()
    email = "deployer@%s.iam.gserviceaccount.com" % project
    d = {"type": "service_account", "project_id": project, "private_key_id": hexs(40), "private_key": pem,
         "client_email": email, "client_id": digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40"), "universe_domain": "googleapis.com"}
    return d, pem


def gcp():
    d, pem = sa_json("acme-prod-4821")
    f = FileB("infra/gcp/sa-deployer.json")
    txt = json.dumps(d, indent=2)
    f.add(txt, Sec(esc(pem), "gcp", "service account private key (JSON key file)"), Neg(d["private_key_id"], "gcp", "private_key_id is a key identifier; the secret is private_key (labelled)"))

    d2, pem2 = sa_json("acme-analytics-77")
    enc = b64(json.dumps(d2))
    f = FileB("services/ml-api/.gitlab-ci.yml")
    f.add("variables:\n  GOOGLE_CLOUD_PROJECT: acme-analytics-77")
    f.add("  GCP_SA_KEY_B64: \"%s\"" % enc, Sec(enc, "gcp", "service account JSON key (base64)"))
    f.add("\ndeploy:\n  image: google/cloud-sdk:slim\n  script:\n    - echo \"$GCP_SA_KEY_B64\" | base64 -d > /tmp/key.json\n    - gcloud auth activate-service-account --key-file /tmp/key.json\n    - gcloud run deploy ml-api --source . --region europe-west1")

    k1, k2, k3, k4 = (t.gcp_api_key() for _ in range(4))
    f = FileB("services/ml-api/app/geo.py")
    f.add("import googlemaps\n")
    f.add('gmaps = googlemaps.Client(key="%s")' % k1, Sec(k1, "gcp", "Google API key"))
    f.add('\n\ndef geocode(addr):\n    return gmaps.geocode(addr)\n\n\nGEMINI_URL = (\n    "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"')
    f.add('    "?key=%s"' % k2, Sec(k2, "gcp", "Google API key (Gemini, URL parameter)"))
    f.add(")")
    short = "AIza" + t.rs(t.B64URL, 20)
    f.add('# FALLBACK_KEY = "%s"' % short, Neg(short, "gcp", "20 characters after AIza; API keys have 35"))

    f = FileB("infra/terraform/gcp.tf")
    f.add('provider "google" {\n  project = "acme-prod-4821"\n  region  = "europe-west1"\n}\n\nresource "google_cloud_run_v2_service" "api" {\n  name     = "api"\n  location = "europe-west1"\n  template {\n    containers {\n      image = "europe-docker.pkg.dev/acme-prod-4821/api/api:1.9.0"\n      env {\n        name  = "MAPS_API_KEY"')
    f.add('        value = "%s"' % k3, Sec(k3, "gcp", "Google API key"))
    f.add("      }\n    }\n  }\n}")

    cid, csec = t.google_client_id(), t.gocspx()
    f = FileB("tools/py/client_secret.json")
    js = json.dumps({"installed": {"client_id": cid, "project_id": "acme-internal-tools", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                                   "token_uri": "https://oauth2.googleapis.com/token", "client_secret": csec, "redirect_uris": ["http://localhost"]}}, indent=2)
    f.add(js, Sec(cid, "gcp", "id (pair of OAuth client secret): OAuth client id", pair=True), Sec(csec, "gcp", "OAuth client secret"))

    cid2, csec2, rt = t.google_client_id(), t.gocspx(), t.google_refresh()
    f = FileB("dotfiles/home/.config/gcloud/application_default_credentials.json")
    js = json.dumps({"account": "", "client_id": cid2, "client_secret": csec2, "quota_project_id": "acme-prod-4821", "refresh_token": rt, "type": "authorized_user", "universe_domain": "googleapis.com"}, indent=2)
    f.add(js, Sec(cid2, "gcp", "id (pair of OAuth client secret): OAuth client id", pair=True), Sec(csec2, "gcp", "OAuth client secret"), Sec(rt, "gcp", "OAuth refresh token"))

    cid3 = t.google_client_id()
    f = FileB("services/web-frontend/src/lib/google-signin.ts")
    f.add("// Public OAuth client id for Google Sign-In in the browser (no secret here).")
    f.add("export const GOOGLE_CLIENT_ID = '%s';" % cid3, Neg(cid3, "gcp", "OAuth client id alone (public, used in the browser)"))
    csec3 = t.gocspx()
    f = FileB("services/auth-gateway/.env.oidc")
    f.add("OIDC_ISSUER=https://accounts.google.com")
    cid4 = t.google_client_id()
    f.add("GOOGLE_OAUTH_CLIENT_ID=%s" % cid4, Sec(cid4, "gcp", "id (pair of OAuth client secret): OAuth client id", pair=True))
    f.add("GOOGLE_OAUTH_CLIENT_SECRET=%s" % csec3, Sec(csec3, "gcp", "OAuth client secret"))
    f.add("GOOGLE_MAPS_KEY=%s" % k4, Sec(k4, "gcp", "Google API key"))
    f.add("GOOGLE_OAUTH_CLIENT_SECRET_OLD=GOCSPX-", Neg("GOCSPX-\n", "gcp", "prefix only") if False else Neg("_OLD=GOCSPX-", "gcp", "prefix with nothing after it"))
    f.add("SESSION_COOKIE_NAME=acme_sid")


def azure():
    key1 = t.azure_storage_key()
    conn = "DefaultEndpointsProtocol=https;AccountName=acmeprodfiles;AccountKey=%s;EndpointSuffix=core.windows.net" % key1
    tid, cid, csec = uid(), uid(), t.azure_entra_secret()
    sbkey = t.azure_sb_key()
    sb = "Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % sbkey
    ck = t.azure_cosmos_key()
    f = FileB("services/reports-dotnet/appsettings.Production.json")
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": tid, "ClientId": cid, "ClientSecret": csec},
         "ConnectionStrings": {"Blob": conn, "ServiceBus": sb,
                               "Cosmos": "AccountEndpoint=https://acme-reports.documents.azure.com:443/;AccountKey=%s;" % ck,
                               "Local": "UseDevelopmentStorage=true"},
         "AllowedHosts": "*"}
    f.add(json.dumps(d, indent=2),
          Sec(tid, "azure", "id (pair of client secret): Entra tenant id", pair=True),
          Sec(cid, "azure", "id (pair of client secret): Entra application (client) id", pair=True),
          Sec(csec, "azure", "Entra ID client secret"),
          Sec(esc(conn), "azurestorage", "storage account connection string (AccountKey)"),
          Sec(esc(sb), "azure", "Service Bus connection string (SharedAccessKey)"),
          Sec(esc(ck), "azure", "Cosmos DB account key"),
          Neg("UseDevelopmentStorage=true", "azurestorage", "local emulator shortcut, no key"))

    key2 = t.azure_storage_key()
    f = FileB("infra/terraform/azure.tf")
    f.add('provider "azurerm" {\n  features {}')
    tid2, cid2, csec2 = uid(), uid(), t.azure_entra_secret()
    f.add('  tenant_id       = "%s"' % tid2, Sec(tid2, "azure", "id (pair of client secret): tenant id", pair=True))
    f.add('  client_id       = "%s"' % cid2, Sec(cid2, "azure", "id (pair of client secret): client id", pair=True))
    f.add('  client_secret   = "%s"' % csec2, Sec(csec2, "azure", "Entra ID client secret"))
    sub = uid()
    f.add('  subscription_id = "%s"' % sub, Neg(sub, "azure", "subscription id, an identifier"))
    f.add('}\n\nresource "azurerm_storage_account" "files" {\n  name                     = "acmeprodfiles"\n  resource_group_name      = "rg-prod"\n  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "GRS"\n}\n\nlocals {')
    f.add('  legacy_storage_key = "%s"' % key2, Sec(key2, "azurestorage", "storage account key"))
    f.add("}")

    key3 = t.azure_storage_key()
    f = FileB("tools/py/blob_sync.py")
    f.add("from azure.storage.blob import BlobServiceClient\n")
    f.add('ACCOUNT_URL = "https://acmeprodfiles.blob.core.windows.net"')
    f.add('service = BlobServiceClient(account_url=ACCOUNT_URL, credential="%s")' % key3, Sec(key3, "azurestorage", "storage account key"))
    f.add("\nfor c in service.list_containers():\n    print(c.name)")
    tid3, cid3, csec3 = uid(), uid(), t.azure_entra_secret()
    f.add("\nfrom azure.identity import ClientSecretCredential\n\ncred = ClientSecretCredential(")
    f.add('    tenant_id="%s",' % tid3, Sec(tid3, "azure", "id (pair of client secret): tenant id", pair=True))
    f.add('    client_id="%s",' % cid3, Sec(cid3, "azure", "id (pair of client secret): client id", pair=True))
    f.add('    client_secret="%s",' % csec3, Sec(csec3, "azure", "Entra ID client secret"))
    f.add(")")

    sig = t.azure_sas_sig()
    sigq = sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    sas = "?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-01-31T18:00:00Z&st=2025-01-31T10:00:00Z&spr=https&sig=" + sigq
    f = FileB("services/reports-dotnet/Export/BlobExporter.cs")
    f.add("using Azure.Storage.Blobs;\n\nnamespace Acme.Reports.Export\n{\n    public class BlobExporter\n    {")
    f.add('        private const string ContainerSas = "https://acmeprodfiles.blob.core.windows.net/exports%s";' % sas, Sec(sas.lstrip("?"), "azure", "SAS token (account SAS in URL)"))
    f.add("        public BlobContainerClient Container() => new BlobContainerClient(new System.Uri(ContainerSas));")
    f.add('        private const string Template = "https://acmeprodfiles.blob.core.windows.net/exports?sv=2022-11-02&sp=r&sig={signature}";', Neg("sig={signature}", "azure", "SAS template, signature placeholder"))
    f.add("    }\n}")

    sig2 = t.azure_sas_sig().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    sas2 = "sv=2023-01-03&st=2025-03-14T08:00:00Z&se=2025-03-21T08:00:00Z&sr=c&sp=rl&sig=" + sig2
    f = FileB("logs/azcopy-2025-03-14.log")
    f.add("2025/03/14 08:01:12 AzcopyVersion  10.25.1\n2025/03/14 08:01:12 OS-Environment  linux")
    f.add("2025/03/14 08:01:12 Job-Command copy 'https://acmebackups.blob.core.windows.net/nightly?%s' '/data/restore' --recursive" % sas2, Sec(sas2, "azure", "SAS token (container SAS in URL)"))
    f.add("2025/03/14 08:01:13 Job-Command copy 'https://acmebackups.blob.core.windows.net/nightly?sv=2023-01-03&se=2025-03-21&sr=c&sp=rl&sig=REDACTED'", Neg("sig=REDACTED", "azure", "redacted SAS signature"))
    jid = uid()
    f.add("2025/03/14 08:01:14 INFO: Scanning... job id %s" % jid, Neg(jid, "azure", "AzCopy job id (UUID)"))

    pat1, pat2 = t.azure_devops_pat_new(), t.azure_devops_pat_legacy()
    f = FileB("scripts/ado-clone.sh")
    f.add("#!/usr/bin/env bash\n# clone the ADO repos used by the reports service")
    f.add('export AZURE_DEVOPS_EXT_PAT="%s"' % pat1, Sec(pat1, "azure", "Azure DevOps personal access token"))
    f.add('git clone "https://reports-bot:%s@dev.azure.com/acme-corp/Reports/_git/reports-etl"' % pat2, Sec(pat2, "azure", "Azure DevOps personal access token (legacy 52-char) in URL"))
    f.add("az devops configure --defaults organization=https://dev.azure.com/acme-corp project=Reports")
    pat3 = t.azure_devops_pat_legacy()
    f = FileB("services/reports-dotnet/nuget.config")
    f.add('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="acme-feed" value="https://pkgs.dev.azure.com/acme-corp/_packaging/acme-feed/nuget/v3/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <acme-feed>\n      <add key="Username" value="build" />')
    f.add('      <add key="ClearTextPassword" value="%s" />' % pat3, Sec(pat3, "azure", "Azure DevOps PAT as NuGet feed password"))
    f.add("    </acme-feed>\n  </packageSourceCredentials>\n</configuration>")

    key4 = t.azure_storage_key()
    f = FileB("services/notifications/.env.azure")
    f.add("AZURE_STORAGE_ACCOUNT=acmenotify")
    f.add("AZURE_STORAGE_KEY=%s" % key4, Sec(key4, "azurestorage", "storage account key"))
    tid4, cid4, csec4 = uid(), uid(), t.azure_entra_secret()
    f.add("AZURE_TENANT_ID=%s" % tid4, Sec(tid4, "azure", "id (pair of client secret): tenant id", pair=True))
    f.add("AZURE_CLIENT_ID=%s" % cid4, Sec(cid4, "azure", "id (pair of client secret): client id", pair=True))
    f.add("AZURE_CLIENT_SECRET=%s" % csec4, Sec(csec4, "azure", "Entra ID client secret"))
    shortk = t.b64enc(t.rbytes(30))
    f.add("AZURE_STORAGE_KEY_SAMPLE=%s" % shortk, Neg(shortk, "azurestorage", "40 base64 characters; account keys are 88"))
    tidx = uid()
    f = FileB("docs/azure/README.md")
    f.add("# Azure\n\nOur tenant is `%s` (public, used in login URLs)." % tidx, Neg(tidx, "azure", "tenant id alone, no secret"))
    f.add("\nSign in with `az login --tenant %s`." % tidx, Neg("az login --tenant", "azure", "tenant id in a command, no secret"))


def ai():
    p1, p2, s1, a1, l1 = t.openai_proj(), t.openai_proj(), t.openai_svc(), t.openai_admin(), t.openai_legacy()
    f = FileB("services/ml-api/app/llm.py")
    f.add("from openai import OpenAI\nfrom anthropic import Anthropic\n")
    f.add('openai_client = OpenAI(api_key="%s")' % p1, Sec(p1, "openai", "project API key"))
    an1 = t.anthropic()
    f.add('claude = Anthropic(api_key="%s")' % an1, Sec(an1, "anthropic", "API key"))
    f.add('\n\ndef summarize(text: str) -> str:\n    msg = claude.messages.create(\n        model="claude-3-5-sonnet-latest",\n        max_tokens=512,\n        messages=[{"role": "user", "content": text}],\n    )\n    return msg.content[0].text')
    f.add('\n# OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]', Neg('os.environ["OPENAI_API_KEY"]', "openai", "environment lookup"))
    f = FileB("ml/training/.env.llm")
    f.add("WANDB_PROJECT=acme-rank")
    f.add("OPENAI_API_KEY=%s" % s1, Sec(s1, "openai", "service account API key"))
    an2 = t.anthropic()
    f.add("ANTHROPIC_API_KEY=%s" % an2, Sec(an2, "anthropic", "API key"))
    hf1 = t.hf()
    f.add("HF_TOKEN=%s" % hf1, Sec(hf1, "huggingface", "user access token"))
    f.add("HUGGING_FACE_HUB_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", Neg("hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "huggingface", "all-x placeholder"))
    f = FileB("scripts/openai-usage.sh")
    f.add("#!/usr/bin/env bash\n# monthly cost report (needs an ADMIN key)")
    f.add('OPENAI_ADMIN_KEY="%s"' % a1, Sec(a1, "openai", "admin API key"))
    f.add('curl -s "https://api.openai.com/v1/organization/costs?start_time=$(date -d \'-30 days\' +%s)" \\\n  -H "Authorization: Bearer $OPENAI_ADMIN_KEY" | jq \'.data[].results\'')
    aa = t.anthropic("admin01")
    f.add("\n# Anthropic org usage")
    f.add('curl -s https://api.anthropic.com/v1/organizations/usage_report/messages \\\n  -H "x-api-key: %s" \\\n  -H "anthropic-version: 2023-06-01"' % aa, Sec(aa, "anthropic", "admin API key"))
    f = FileB("notebooks/prompt_eval.ipynb")
    hf2 = t.hf()
    cells = [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": ["import openai\n", 'openai.api_key = "%s"\n' % l1, "openai.Model.list()"]},
             {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": ["from huggingface_hub import login\n", 'login(token="%s")' % hf2]},
             {"cell_type": "code", "execution_count": 5, "metadata": {}, "outputs": [], "source": ['# openai.api_key = "sk-proj-REDACTED"']}]
    f.add(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1),
          Sec(l1, "openai", "legacy user API key"), Sec(hf2, "huggingface", "user access token"), Neg("sk-proj-REDACTED", "openai", "redacted placeholder"))
    f = FileB("services/web-frontend/src/server/ai.ts")
    f.add("import OpenAI from 'openai';\nimport Anthropic from '@anthropic-ai/sdk';\n")
    f.add("export const openai = new OpenAI({ apiKey: '%s' });" % p2, Sec(p2, "openai", "project API key"))
    an3 = t.anthropic()
    f.add("export const anthropic = new Anthropic({\n  apiKey: '%s',\n});" % an3, Sec(an3, "anthropic", "API key"))
    tr = "sk-proj-" + t.rs(t.B64URL, 30)
    f.add("// old: '%s' (truncated in the ticket)" % tr, Neg(tr, "openai", "30 characters after sk-proj-, no T3BlbkFJ marker"))
    f.add("export const anthropicFallback = new Anthropic({ apiKey: 'sk-ant-api03-' });", Neg("apiKey: 'sk-ant-api03-'", "anthropic", "prefix with nothing after it"))
    f = FileB("ml/training/conf/hub.yaml")
    org = t.hf_org()
    f.add("hub:\n  organization: acme-ml")
    f.add("  token: %s" % org, Sec(org, "huggingface", "organization API token (api_org_)"))
    hf3 = t.hf()
    f.add("  push_token: %s" % hf3, Sec(hf3, "huggingface", "user access token (write)"))
    sh = "hf_" + t.rs(t.LET, 20)
    f.add("  read_token_example: %s" % sh, Neg(sh, "huggingface", "20 letters after hf_; tokens have 34"))
    f.add("  revision: %s" % (rev := hexs(40)), Neg(rev, "huggingface", "model revision commit hash"))


def registries():
    n1, n2, n3, n4 = t.npm(), t.npm(), t.npm(), t.npm()
    legacy = uid()
    f = FileB("dotfiles/home/.npmrc")
    f.add("registry=https://registry.npmjs.org/")
    f.add("//registry.npmjs.org/:_authToken=%s" % n1, Sec(n1, "npmrc", "npm granular access token in .npmrc (_authToken)"))
    f.add("//npm.acme-corp.io/:_authToken=%s" % legacy, Sec(legacy, "npmrc", "legacy UUID npm token in .npmrc"))
    basic = b64("ci-publisher:" + t.password())
    f.add("//nexus.acme-corp.io/repository/npm-private/:_auth=%s" % basic, Sec(basic, "npmrc", "_auth (base64 user:password) in .npmrc"))
    f.add("save-exact=true")
    f = FileB("tools/node-scripts/.npmrc")
    f.add("//registry.npmjs.org/:_authToken=${NPM_TOKEN}", Neg("_authToken=${NPM_TOKEN}", "npmrc", "environment variable reference"))
    f.add("//registry.npmjs.org/:_authToken=%s" % n4, Sec(n4, "npmrc", "npm access token in .npmrc"))
    f = FileB("services/web-frontend/.github/workflows/publish.yml")
    f.add("name: publish\non:\n  release:\n    types: [published]\njobs:\n  npm:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          registry-url: https://registry.npmjs.org\n      - run: npm publish --access public\n        env:")
    f.add("          NODE_AUTH_TOKEN: %s" % n2, Sec(n2, "npm", "npm access token"))
    bad = t.npm(bad_crc=True)
    f.add("          # NODE_AUTH_TOKEN_OLD: %s" % bad, Neg(bad, "npm", "npm_ token with a wrong CRC32 checksum"))
    f = FileB("services/web-frontend/.yarnrc.yml")
    f.add("nodeLinker: node-modules\nnpmScopes:\n  acme-corp:\n    npmRegistryServer: \"https://registry.npmjs.org\"")
    f.add("    npmAuthToken: %s" % n3, Sec(n3, "npm", "npm access token (.yarnrc.yml)"))
    bad2 = t.npm(bad_crc=True)
    f.add("    # previous: %s" % bad2, Neg(bad2, "npm", "npm_ token with a wrong CRC32 checksum"))

    n5, n6 = t.npm(), t.npm()
    f = FileB("services/web-frontend/Dockerfile")
    f.add("# syntax=docker/dockerfile:1.7\nFROM node:20-alpine AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./")
    f.add("ARG NPM_TOKEN=%s" % n5, Sec(n5, "npm", "npm access token as Docker build ARG default"))
    f.add('RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc', Neg("_authToken=${NPM_TOKEN}", "npm", "build-arg reference, no value"))
    f.add("COPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html")
    f = FileB("scripts/ci-npm-login.sh")
    f.add("#!/usr/bin/env bash\nset -euo pipefail")
    f.add("npm config set //registry.npmjs.org/:_authToken %s" % n6, Sec(n6, "npm", "npm access token passed to npm config"))
    f.add("npm whoami")
    p1, p2, p3 = t.pypi(), t.pypi("acme-sdk"), t.pypi("acme-cli")
    f = FileB("dotfiles/home/.pypirc")
    f.add("[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]")
    f.add("username = __token__", Neg("username = __token__", "pypirc", "literal username for token auth, not a secret"))
    f.add("password = %s" % p1, Sec(p1, "pypirc", "PyPI API token in .pypirc"))
    pw = t.password()
    f.add("\n[internal]\nrepository = https://pypi.acme-corp.io/simple/\nusername = deploy")
    f.add("password = %s" % pw, Sec(pw, "pypirc", "index password in .pypirc"))
    f = FileB("tools/py/.github/workflows/release.yml")
    f.add("name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  pypi:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pipx run build\n      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          user: __token__")
    f.add("          password: %s" % p2, Sec(p2, "pypi", "PyPI project-scoped API token"))
    f = FileB("scripts/publish-python.sh")
    f.add("#!/bin/sh\nset -e\npython -m build")
    f.add("TWINE_USERNAME=__token__ TWINE_PASSWORD='%s' twine upload dist/*" % p3, Sec(p3, "pypi", "PyPI project-scoped API token"))
    tr = p1[:40]
    f.add("# token in the wiki was cut off: %s" % tr, Neg(tr, "pypi", "truncated macaroon: 35 characters after pypi-"))

    cio1, cio2 = t.cratesio(), t.cratesio()
    f = FileB("dotfiles/home/.cargo/credentials.toml")
    f.add("[registry]")
    f.add('token = "%s"' % cio1, Sec(cio1, "cratesio", "crates.io API token"))
    f.add('\n[registries.acme]\ntoken = "Bearer %s"' % cio2, Sec(cio2, "cratesio", "crates.io-format token for a private registry"))
    rg = t.rubygems()
    f = FileB("dotfiles/home/.gem/credentials")
    f.add("---")
    f.add(":rubygems_api_key: %s" % rg, Sec(rg, "rubygems", "API key (~/.gem/credentials)"))


def misc_big():
    # SendGrid
    sg1, sg2, sg3, sg4 = (t.sendgrid() for _ in range(4))
    f = FileB("services/reports-dotnet/Email/Mailer.cs")
    f.add("using SendGrid;\nusing SendGrid.Helpers.Mail;\n\nnamespace Acme.Reports.Email\n{\n    public class Mailer\n    {")
    f.add('        private readonly SendGridClient _client = new SendGridClient("%s");' % sg1, Sec(sg1, "sendgrid", "API key"))
    f.add('        public Task SendAsync(SendGridMessage msg) => _client.SendEmailAsync(msg);\n    }\n}')
    f = FileB("sites/legacy-php/includes/mail.php")
    f.add("<?php\nrequire 'vendor/autoload.php';\n")
    f.add("$sendgrid = new \\SendGrid('%s');" % sg2, Sec(sg2, "sendgrid", "API key"))
    bad = "SG." + t.rs(t.B64URL, 16) + "." + t.rs(t.B64URL, 43)
    f.add("// $sendgrid_old = new \\SendGrid('%s');" % bad, Neg(bad, "sendgrid", "first segment has 16 characters; SendGrid keys have 22"))
    f.add("$email = new \\SendGrid\\Mail\\Mail();\n$email->setFrom('no-reply@acme-corp.io', 'Acme');")
    f = FileB("services/billing-java/src/main/resources/mail.yml")
    f.add("spring:\n  mail:\n    host: smtp.sendgrid.net\n    port: 587\n    username: apikey")
    f.add("    password: %s" % sg3, Sec(sg3, "sendgrid", "API key used as SMTP password"))
    f.add("    properties:\n      mail.smtp.starttls.enable: true")
    f = FileB("services/notifications/.env.production")
    f.add("EMAIL_PROVIDER=sendgrid")
    f.add("SENDGRID_API_KEY=%s" % sg4, Sec(sg4, "sendgrid", "API key"))
    f.add("SENDGRID_TEMPLATE_ID=d-%s" % hexs(32), Neg("SENDGRID_TEMPLATE_ID", "sendgrid", "dynamic template id, not a secret"))

    # Twilio
    sid1, tok1, sid2, tok2 = t.twilio_sid(), hexs(32), t.twilio_sid(), hexs(32)
    sk1, sks1 = t.twilio_sk(), b62(32)
    f = FileB("services/notifications/notifier/sms.py")
    f.add("from twilio.rest import Client\n")
    f.add('ACCOUNT_SID = "%s"' % sid1, Sec(sid1, "twilio", "id (pair of auth token): account SID", pair=True))
    f.add('AUTH_TOKEN = "%s"' % tok1, Sec(tok1, "twilio", "auth token"))
    f.add('client = Client(ACCOUNT_SID, AUTH_TOKEN)\n\n\ndef send(to, body):\n    return client.messages.create(to=to, from_="+15017122661", body=body)')
    f = FileB("services/notifications/src/twilio.js")
    f.add("const twilio = require('twilio');\n")
    f.add("const client = twilio(\n  '%s'," % sid2, Sec(sid2, "twilio", "id (pair of auth token): account SID", pair=True))
    f.add("  '%s'\n);" % tok2, Sec(tok2, "twilio", "auth token"))
    f.add("module.exports = client;")
    f = FileB("services/billing-java/src/main/java/com/acme/billing/notify/TwilioConfig.java")
    f.add("package com.acme.billing.notify;\n\nimport com.twilio.Twilio;\n\npublic final class TwilioConfig {")
    f.add('    static final String ACCOUNT_SID = "%s";' % (sid3 := t.twilio_sid()), Sec(sid3, "twilio", "id (pair of API key secret): account SID", pair=True))
    f.add('    static final String API_KEY_SID = "%s";' % sk1, Sec(sk1, "twilio", "id (pair of API key secret): API key SID", pair=True))
    f.add('    static final String API_KEY_SECRET = "%s";' % sks1, Sec(sks1, "twilio", "API key secret"))
    f.add("\n    static void init() {\n        Twilio.init(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID);\n    }\n}")
    sid4, tok4 = t.twilio_sid(), hexs(32)
    f = FileB("docs/runbooks/sms-outage.md")
    f.add("# SMS outage 2025-01-09\n\nVerified the account with:\n\n```")
    f.add("curl -u %s:%s \\\n  https://api.twilio.com/2010-04-01/Accounts.json" % (sid4, tok4), Sec(sid4, "twilio", "id (pair of auth token): account SID", pair=True), Sec(tok4, "twilio", "auth token"))
    f.add("```\n")
    lone = t.twilio_sid()
    f.add("The sub-account used for marketing is `%s` (SID only, no token)." % lone, Neg(lone, "twilio", "account SID alone, an identifier"))
    badsid = "AC" + hexs(31)
    f.add("Typo from the ticket: `%s`." % badsid, Neg(badsid, "twilio", "31 hex after AC; SIDs have 32"))

    # Shopify
    at, ss, ca, pa = t.shopify("shpat_"), t.shopify("shpss_"), t.shopify("shpca_"), t.shopify("shppa_")
    f = FileB("services/shop-rails/.env.shopify")
    f.add("SHOPIFY_SHOP_DOMAIN=acme-outdoor.myshopify.com")
    f.add("SHOPIFY_ADMIN_API_TOKEN=%s" % at, Sec(at, "shopify", "Admin API access token"))
    ak = hexs(32)
    f.add("SHOPIFY_API_KEY=%s" % ak, Sec(ak, "shopify", "id (pair of app shared secret): app API key (client id)", pair=True))
    f.add("SHOPIFY_API_SECRET=%s" % ss, Sec(ss, "shopify", "app shared secret"))
    f = FileB("services/shop-rails/app/services/shopify_client.rb")
    f.add("require 'shopify_api'\n\nclass ShopifyClient\n  def session\n    ShopifyAPI::Auth::Session.new(\n      shop: 'acme-outdoor.myshopify.com',")
    f.add("      access_token: '%s'" % ca, Sec(ca, "shopify", "custom app access token"))
    f.add("    )\n  end\nend")
    f = FileB("sites/legacy-php/cron/shopify_sync.php")
    f.add("<?php\n$shop = 'acme-outlet.myshopify.com';")
    f.add("$password = '%s'; // private app password" % pa, Sec(pa, "shopify", "private app password"))
    f.add("$url = \"https://{$shop}/admin/api/2024-04/orders.json?status=any\";\n$ch = curl_init($url);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, [\"X-Shopify-Access-Token: $password\"]);")
    badsh = "shpat_" + hexs(28)
    f.add("// $old = '%s';" % badsh, Neg(badsh, "shopify", "28 hex after shpat_; tokens have 32"))
    at2 = t.shopify("shpat_")
    f = FileB("logs/shopify-webhook.log")
    f.add("2025-06-01 12:00:01 INFO  POST /admin/api/2024-04/graphql.json shop=acme-outdoor.myshopify.com")
    f.add("2025-06-01 12:00:01 DEBUG X-Shopify-Access-Token: %s" % at2, Sec(at2, "shopify", "Admin API access token"))
    hm = t.b64enc(t.rbytes(32))
    f.add("2025-06-01 12:00:02 DEBUG X-Shopify-Hmac-Sha256: %s" % hm, Neg(hm, "shopify", "per-request HMAC signature, not a reusable secret"))

    # DigitalOcean
    d1, d2, d3, d4 = t.dop(), t.dop(), t.dop("doo_v1_"), t.dop("dor_v1_")
    f = FileB("infra/terraform/do.tf")
    f.add('terraform {\n  required_providers {\n    digitalocean = {\n      source = "digitalocean/digitalocean"\n    }\n  }\n}\n\nprovider "digitalocean" {')
    f.add('  token = "%s"' % d1, Sec(d1, "digitalocean", "personal access token"))
    spk, sps = "DO00" + t.rs(t.UPNUM, 16), t.rs(t.B64, 43)
    f.add('  spaces_access_id  = "%s"' % spk, Sec(spk, "digitalocean", "id (pair of Spaces secret key): Spaces access key", pair=True))
    f.add('  spaces_secret_key = "%s"' % sps, Sec(sps, "digitalocean", "Spaces secret key"))
    f.add("}")
    f = FileB("dotfiles/home/.config/doctl/config.yaml")
    f.add("access-token: %s" % d2, Sec(d2, "digitalocean", "personal access token (doctl)"))
    f.add("context: default\noutput: text")
    f = FileB("logs/do-oauth-callback.log")
    f.add('2025-02-11T07:30:00Z oauth callback ok: {"access_token":"%s","token_type":"bearer","expires_in":2592000,' % d3, Sec(d3, "digitalocean", "OAuth access token"))
    f.add('2025-02-11T07:30:00Z   "refresh_token":"%s","scope":"read write","uuid":"%s"}' % (d4, uid()), Sec(d4, "digitalocean", "OAuth refresh token"))
    badd = "dop_v1_" + hexs(60)
    f.add("2025-02-11T07:31:12Z token rejected: dop_v1_ token has wrong length: %s" % badd, Neg(badd, "digitalocean", "60 hex after dop_v1_; tokens have 64"))

    # Docker Hub
    p1, p2, o1 = t.dckr_pat(), t.dckr_pat(), t.dckr_oat()
    f = FileB("services/ingest-go/.github/workflows/image.yml")
    f.add("name: image\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/login-action@v3\n        with:\n          username: acmebuild")
    f.add("          password: %s" % p1, Sec(p1, "dockerhub", "personal access token"))
    f.add("      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: acmecorp/ingest:latest")
    f = FileB("scripts/push-images.sh")
    f.add("#!/usr/bin/env bash\nset -euo pipefail")
    f.add('echo "%s" | docker login -u acmebuild --password-stdin' % p2, Sec(p2, "dockerhub", "personal access token"))
    f.add('DOCKERHUB_ORG_TOKEN="%s"' % o1, Sec(o1, "dockerhub", "organization access token"))
    f.add("docker push acmecorp/ingest:${TAG:-latest}")
    dg = hexs(64)
    f.add("# pushed digest: sha256:%s" % dg, Neg(dg, "dockerhub", "image digest (sha256), not a secret"))
    shp = "dckr_pat_" + t.rs(t.B64URL, 12)
    f.add("# DOCKER_PAT_EXAMPLE=%s" % shp, Neg(shp, "dockerhub", "12 characters after dckr_pat_; PATs have 27"))
    auth = b64("acmebuild:" + t.dckr_pat())
    auth2 = b64("robot$ci:" + t.password())
    f = FileB("dotfiles/home/.docker/config.json")
    f.add(json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": auth}, "registry.acme-corp.io": {"auth": auth2}, "ghcr.io": {}}, "credsStore": "desktop"}, indent=2),
          Sec(auth, "docker-config", "auths entry (base64 user:PAT)"), Sec(auth2, "docker-config", "auths entry (base64 user:password)"))
