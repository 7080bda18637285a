"""Group 2: the big providers in varied realistic contexts."""
from lib import *

G = "providers"


def line(style, var, val):
    low = var.lower()
    return {
        "env": "%s=%s" % (var, val),
        "envq": '%s="%s"' % (var, val),
        "export": 'export %s="%s"' % (var, val),
        "yaml": "  %s: %s" % (low, val),
        "yamlq": '  %s: "%s"' % (low, val),
        "json": '  "%s": "%s",' % (low, val),
        "py": '%s = "%s"' % (var, val),
        "js": "const %s = '%s';" % (low, val),
        "toml": '%s = "%s"' % (low, val),
        "go": '\t%s := "%s"' % (low, val),
        "tf": '  %s = "%s"' % (low, val),
        "bearer": 'curl -s -H "Authorization: Bearer %s" https://api.example.invalid/%s' % (val, low),
        "ini": "%s = %s" % (low, val),
    }[style]


# ---- token makers ----
def slack_bot():
    return "xoxb-%s-%s-%s" % (rs(11, DIG), rs(13, DIG), rs(24))


def slack_user():
    return "xoxp-%s-%s-%s-%s" % (rs(11, DIG), rs(11, DIG), rs(13, DIG), hexs(32))


def slack_app():
    return "xapp-1-A%s-%s-%s" % (rs(10, UPALNUM), rs(13, DIG), hexs(64))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UPALNUM), rs(10, UPALNUM), rs(24))


def slack_cfg():
    return "xoxe.xoxp-1-" + rs(139, ALNUM)


def slack_refresh():
    return "xoxe-1-" + rs(139, ALNUM)


def glpat():
    return "glpat-" + rs(20, ALNUM + "-_")


def openai(kind="proj"):
    mid = "T3BlbkFJ"
    if kind == "legacy":
        return "sk-" + rs(20) + mid + rs(20)
    return "sk-%s-%s%s%s" % (kind, rs(74, ALNUM + "-_"), mid, rs(74, ALNUM + "-_"))


def anthropic(kind="api03"):
    return "sk-ant-%s-%s" % (kind, rs(93, ALNUM + "-_")) + "AA"


def azure_storage_key():
    return b64(rbytes(64))


def google_api_key():
    return "AIza" + rs(35, ALNUM + "-_")


def build():
    # ---------------- .env of a SaaS app ----------------
    f = F("apps/saas-web/.env.local", G)
    f("# local overrides -- DO NOT COMMIT (committed anyway)")
    f("NEXT_PUBLIC_APP_URL=http://localhost:3000")
    v = openai("proj"); f.sec("OPENAI_API_KEY=%s" % v, v, "openai", "project API key")
    v = anthropic(); f.sec("ANTHROPIC_API_KEY=%s" % v, v, "anthropic", "API key")
    v = "hf_" + rs(34, string.ascii_letters); f.sec("HF_TOKEN=%s" % v, v, "huggingface", "user access token")
    v = "sk_test_" + rs(99); f.sec("STRIPE_SECRET_KEY=%s" % v, v, "stripe", "secret key (test)")
    v = "whsec_" + rs(32); f.sec("STRIPE_WEBHOOK_SECRET=%s" % v, v, "stripe", "webhook signing secret")
    v = "pk_live_" + rs(99); f.neg("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s" % v, v, "stripe", "publishable key, public by design")
    v = slack_hook(); f.sec("SLACK_WEBHOOK_URL=%s" % v, v, "slack", "incoming webhook URL")
    v = "SG." + rs(22, B64U) + "." + rs(43, B64U); f.sec("SENDGRID_API_KEY=%s" % v, v, "sendgrid", "API key")
    sid = "AC" + hexs(32); f.sec("TWILIO_ACCOUNT_SID=%s" % sid, sid, "twilio", "account SID", pair=True)
    v = hexs(32); f.sec("TWILIO_AUTH_TOKEN=%s" % v, v, "twilio", "auth token")
    f("NEXT_TELEMETRY_DISABLED=1")
    v = "dckr_pat_" + rs(27, ALNUM + "-_"); f.sec("DOCKERHUB_TOKEN=%s" % v, v, "dockerhub", "personal access token")
    v = "dop_v1_" + hexs(64); f.sec("DIGITALOCEAN_TOKEN=%s" % v, v, "digitalocean", "personal access token")

    # ---------------- github: all kinds ----------------
    f = F("tools/release/config.toml", G)
    f("[release]")
    f('repo = "northwind/platform"')
    v = gh_token("ghp_"); f.sec('token = "%s"' % v, v, "github", "personal access token (classic)")
    v = gh_fine(); f.sec('homebrew_tap_token = "%s"' % v, v, "github", "fine-grained personal access token")
    f("[oauth]")
    v = "Iv23li" + rs(14); f.sec('client_id = "%s"' % v, v, "github", "OAuth app client id", pair=True)
    v = hexs(40); f.sec('client_secret = "%s"' % v, v, "github", "OAuth app client secret")
    v = gh_token("gho_"); f.sec('cached_access_token = "%s"' % v, v, "github", "OAuth access token")
    f("[app]")
    f("app_id = 918273")
    v = gh_token("ghu_"); f.sec('user_to_server = "%s"' % v, v, "github", "GitHub App user-to-server token")
    v = gh_token("ghr_"); f.sec('refresh_token = "%s"' % v, v, "github", "GitHub App refresh token")
    v = gh_token("ghs_"); f.sec('installation_token = "%s"' % v, v, "github", "GitHub App installation (server-to-server) token")

    f = F("logs/ci-runner-2025-11-03.log", G)
    f("2025-11-03T09:12:01Z INFO  runner: job 88121 started")
    v = gh_token("ghs_"); f.sec("2025-11-03T09:12:02Z DEBUG git: http.extraheader=AUTHORIZATION: basic %s" % b64("x-access-token:" + v), b64("x-access-token:" + v), "github", "installation token inside basic auth header (base64)")
    v = gh_token("ghs_"); f.sec("2025-11-03T09:12:03Z DEBUG env GITHUB_TOKEN=%s" % v, v, "github", "GitHub Actions installation token")
    f("2025-11-03T09:12:09Z INFO  npm: added 812 packages in 6s")
    v = gh_token("ghp_"); f.sec("2025-11-03T09:13:44Z WARN  remote: https://nw-bot:%s@github.com/northwind/platform.git" % v, v, "github", "personal access token (classic) in URL")
    v = gh_fine(); f.sec("2025-11-03T09:13:45Z DEBUG curl -H 'Authorization: token %s' https://api.github.com/repos/northwind/platform/dispatches" % v, v, "github", "fine-grained personal access token")
    v = gh_token("gho_"); f.sec("2025-11-03T09:14:02Z DEBUG oauth: exchanged code for %s (scope=repo,read:org)" % v, v, "github", "OAuth access token")
    v = gh_token("ghu_"); f.sec("2025-11-03T09:14:05Z DEBUG app: user token %s expires in 28800s" % v, v, "github", "GitHub App user-to-server token")
    v = gh_token("ghr_"); f.sec("2025-11-03T09:14:05Z DEBUG app: refresh token %s" % v, v, "github", "GitHub App refresh token")
    f("2025-11-03T09:15:00Z INFO  runner: job 88121 finished (success)")
    v = "xoxb-%s-%s-%s" % (rs(11, DIG), rs(13, DIG), rs(24)); f.sec("2025-11-03T09:15:01Z DEBUG slack: chat.postMessage token=%s channel=C04RELEASE" % v, v, "slack", "bot token")
    f("2025-11-03T09:15:02Z INFO  notify: done")

    f = F("scripts/gh-mirror.sh", G)
    f("#!/usr/bin/env bash")
    v = gh_fine(); f.sec("GH_PAT=%s" % v, v, "github", "fine-grained personal access token")
    v = gh_fine(); f.sec("git push --mirror https://x-access-token:%s@github.com/northwind/mirror.git" % v, v, "github", "fine-grained personal access token in URL")
    v = gh_token("ghp_"); f.sec("gh auth login --with-token <<< %s" % v, v, "github", "personal access token (classic)")

    # ---------------- gitlab ----------------
    f = F("infra/gitlab/runner-config.toml", G)
    f('concurrent = 4')
    f('check_interval = 0')
    f("[[runners]]")
    f('  name = "docker-runner-01"')
    f('  url = "https://gitlab.northwind.io/"')
    f('  id = 41')
    v = "glrt-" + rs(20, ALNUM + "-_"); f.sec('  token = "%s"' % v, v, "gitlab", "runner authentication token")
    f('  executor = "docker"')
    f("[[runners]]")
    f('  name = "legacy-shell"')
    v = "GR1348941" + rs(20, ALNUM + "-_"); f.sec('  token = "%s"' % v, v, "gitlab", "runner registration token")
    f('  executor = "shell"')

    f = F("infra/gitlab/tokens.env", G)
    v = glpat(); f.sec("GITLAB_TOKEN=%s" % v, v, "gitlab", "personal access token")
    v = glpat(); f.sec("GITLAB_PROJECT_TOKEN=%s" % v, v, "gitlab", "project access token")
    v = "gldt-" + rs(20, ALNUM + "-_"); f.sec("DEPLOY_TOKEN=%s" % v, v, "gitlab", "deploy token")
    f("DEPLOY_TOKEN_USER=gitlab+deploy-token-1182")
    v = "glptt-" + hexs(40); f.sec("PIPELINE_TRIGGER_TOKEN=%s" % v, v, "gitlab", "pipeline trigger token")
    v = "glft-" + rs(20, ALNUM + "-_"); f.sec("GITLAB_FEED_TOKEN=%s" % v, v, "gitlab", "feed token")
    v = "glcbt-%s_%s" % (rs(2, HEX), rs(20, ALNUM + "-_")); f.sec("CI_JOB_TOKEN_DEBUG=%s" % v, v, "gitlab", "CI/CD job token")
    v = "glimt-" + rs(25, LOALNUM); f.sec("INCOMING_EMAIL_TOKEN=%s" % v, v, "gitlab", "incoming mail token")
    v = "gloas-" + hexs(64); f.sec("GITLAB_OAUTH_APP_SECRET=%s" % v, v, "gitlab", "OAuth application secret")
    v = "glagent-" + rs(50, ALNUM + "-_"); f.sec("KAS_AGENT_TOKEN=%s" % v, v, "gitlab", "Kubernetes agent token")
    v = "glsoat-" + rs(20, ALNUM + "-_"); f.sec("GITLAB_SCIM_TOKEN=%s" % v, v, "gitlab", "SCIM OAuth access token")
    f("GITLAB_URL=https://gitlab.northwind.io")
    f = F("scripts/trigger-downstream.sh", G)
    f("#!/bin/sh")
    v = "glptt-" + hexs(40)
    f.sec("curl -X POST --fail -F token=%s -F ref=main https://gitlab.northwind.io/api/v4/projects/118/trigger/pipeline" % v, v, "gitlab", "pipeline trigger token")
    v = glpat()
    f.sec("curl --header \"PRIVATE-TOKEN: %s\" https://gitlab.com/api/v4/projects" % v, v, "gitlab", "personal access token")

    # ---------------- slack ----------------
    f = F("apps/slackbot/config/slack.yaml", G)
    f("slack:")
    v = slack_bot(); f.sec("  bot_token: %s" % v, v, "slack", "bot token")
    v = slack_user(); f.sec("  user_token: %s" % v, v, "slack", "user token")
    v = slack_app(); f.sec("  app_token: %s" % v, v, "slack", "app-level token")
    v = hexs(32); f.sec("  signing_secret: %s" % v, v, "slack", "signing secret")
    v = "%s.%s" % (rs(12, DIG), rs(13, DIG)); f.sec("  client_id: \"%s\"" % v, v, "slack", "OAuth client id", pair=True)
    v = hexs(32); f.sec("  client_secret: %s" % v, v, "slack", "OAuth client secret")
    f("  channels:")
    f("    alerts: C0429ALERTS")
    f("    deploys: C0429DEPLOY")
    f = F("apps/slackbot/manifest-tool/.slackrc", G)
    v = slack_cfg(); f.sec("SLACK_CONFIG_TOKEN=%s" % v, v, "slack", "app configuration token")
    v = slack_refresh(); f.sec("SLACK_CONFIG_REFRESH_TOKEN=%s" % v, v, "slack", "configuration refresh token")
    f = F("apps/slackbot/src/notify.py", G)
    f("import requests")
    v = slack_hook(); f.sec('WEBHOOK = "%s"' % v, v, "slack", "incoming webhook URL")
    f("def notify(text):")
    f("    requests.post(WEBHOOK, json={'text': text}, timeout=5)")
    v = slack_bot(); f.sec("client = WebClient(token=\"%s\")" % v, v, "slack", "bot token")
    v = "https://hooks.slack.com/workflows/T%s/A%s/%s/%s" % (rs(8, UPALNUM), rs(10, UPALNUM), rs(18, DIG), rs(24))
    f.sec('WORKFLOW_HOOK = "%s"' % v, v, "slack", "workflow webhook URL")
    v = "xoxb-%s-%s-%s" % (rs(11, DIG), rs(13, DIG), rs(10))
    f.neg('EXAMPLE_TRUNCATED = "%s"' % v, v, "slack", "truncated bot token (last part too short)")

    # ---------------- stripe ----------------
    f = F("apps/billing/config/stripe.php", G)
    f("<?php")
    f("return [")
    v = "sk_live_" + rs(99); f.sec("    'secret' => '%s'," % v, v, "stripe", "secret key (live)")
    v = "rk_live_" + rs(99); f.sec("    'restricted' => '%s'," % v, v, "stripe", "restricted key (live)")
    v = "whsec_" + rs(32); f.sec("    'webhook_secret' => '%s'," % v, v, "stripe", "webhook signing secret")
    v = "pk_live_" + rs(99); f.neg("    'publishable' => '%s'," % v, v, "stripe", "publishable key, public by design")
    f("    'api_version' => '2024-06-20',")
    f("];")
    f = F("apps/billing/tests/conftest.py", G)
    f("import stripe")
    v = "sk_test_" + rs(24); f.sec('stripe.api_key = "%s"' % v, v, "stripe", "secret key (test)")
    v = "rk_test_" + rs(99); f.sec('RESTRICTED = "%s"' % v, v, "stripe", "restricted key (test)")
    v = "pk_test_" + rs(99); f.neg('PUBLISHABLE = "%s"' % v, v, "stripe", "publishable key, public by design")
    v = "sk_live_" + rs(8); f.neg('BROKEN = "%s"' % v, v, "stripe", "truncated secret key")
    f = F("scripts/refund.sh", G)
    v = "sk_live_" + rs(24)
    f.sec("curl https://api.stripe.com/v1/refunds -u %s: -d charge=ch_3PqL2e" % v, v, "stripe", "secret key (live) as curl basic user")

    # ---------------- AWS ----------------
    f = F("infra/terraform/providers.tf", G)
    f('provider "aws" {')
    f('  region     = "us-east-1"')
    kid = aws_key_id(); f.sec('  access_key = "%s"' % kid, kid, "aws", "access key id", pair=True)
    s = aws_secret(); f.sec('  secret_key = "%s"' % s, s, "aws", "secret access key")
    f("}")
    f = F("src/python/s3_upload.py", G)
    f("import boto3")
    f("s3 = boto3.client(")
    f("    's3',")
    kid = aws_key_id(); f.sec("    aws_access_key_id='%s'," % kid, kid, "aws", "access key id", pair=True)
    s = aws_secret(); f.sec("    aws_secret_access_key='%s'," % s, s, "aws", "secret access key")
    f("    region_name='eu-central-1',")
    f(")")
    f = F("src/node/lib/aws.js", G)
    f("const { S3Client } = require('@aws-sdk/client-s3');")
    f("module.exports = new S3Client({")
    f("  region: 'us-west-2',")
    f("  credentials: {")
    kid = aws_key_id(); f.sec("    accessKeyId: '%s'," % kid, kid, "aws", "access key id", pair=True)
    s = aws_secret(); f.sec("    secretAccessKey: '%s'," % s, s, "aws", "secret access key")
    f("  },")
    f("});")
    f = F("logs/lambda-debug.json", G)
    f("{")
    f('  "level": "debug",')
    f('  "msg": "environment dump",')
    kid = aws_key_id("ASIA"); f.sec('  "AWS_ACCESS_KEY_ID": "%s",' % kid, kid, "aws", "temporary access key id", pair=True)
    s = aws_secret(); f.sec('  "AWS_SECRET_ACCESS_KEY": "%s",' % s, s, "aws", "secret access key (session)")
    st = "IQoJb3JpZ2luX2VjE" + rs(396, ALNUM + "+/") + "="
    f.sec('  "AWS_SESSION_TOKEN": "%s",' % st, st, "aws", "session token")
    f('  "AWS_REGION": "eu-west-1"')
    f("}")

    # ---------------- Google / GCP ----------------
    f = F("apps/maps-proxy/config.json", G)
    f("{")
    v = google_api_key(); f.sec('  "geocodingApiKey": "%s",' % v, v, "gcp", "Google API key (server-side)")
    f('  "cacheTtlSeconds": 600,')
    cid = "%s-%s.apps.googleusercontent.com" % (rs(12, DIG), rs(32, LOALNUM))
    f.sec('  "oauthClientId": "%s",' % cid, cid, "gcp", "OAuth client id", pair=True)
    v = "GOCSPX-" + rs(28, ALNUM + "-_"); f.sec('  "oauthClientSecret": "%s"' % v, v, "gcp", "OAuth client secret")
    f("}")
    f = F("apps/mobile/android/app/google-services.json", G)
    f("{")
    f('  "project_info": { "project_number": "%s", "project_id": "nw-mobile-prod" },' % rs(12, DIG))
    f('  "client": [{')
    v = google_api_key()
    f.neg('    "api_key": [{ "current_key": "%s" }],' % v, v, "gcp", "Firebase/Android client API key, shipped in the app by design (judgment: negative)")
    f('    "oauth_client": []')
    f("  }]")
    f("}")
    f = F("apps/web/public/assets/firebase-init.js", G)
    f("// built bundle")
    f("const firebaseConfig = {")
    v = google_api_key()
    f.neg('  apiKey: "%s",' % v, v, "gcp", "Firebase web apiKey in client bundle, public by design (judgment: negative)")
    f('  authDomain: "nw-web-prod.firebaseapp.com",')
    f('  projectId: "nw-web-prod",')
    f('  appId: "1:%s:web:%s"' % (rs(12, DIG), hexs(22)))
    f("};")
    f = F("src/python/gemini_client.py", G)
    f("import google.generativeai as genai")
    v = google_api_key(); f.sec('genai.configure(api_key="%s")' % v, v, "gcp", "Google API key (Gemini)")
    f = F("scripts/bq-export.sh", G)
    v = "ya29.a0" + rs(160, ALNUM + "-_")
    f.sec("curl -H \"Authorization: Bearer %s\" https://bigquery.googleapis.com/bigquery/v2/projects/nw-analytics/jobs" % v, v, "gcp", "OAuth2 access token")
    v = google_api_key()
    f.sec("curl \"https://www.googleapis.com/youtube/v3/search?part=snippet&q=northwind&key=%s\"" % v, v, "gcp", "Google API key in query string")

    # ---------------- Azure ----------------
    f = F("apps/erp/local.settings.json", G)
    f("{")
    f('  "IsEncrypted": false,')
    f('  "Values": {')
    k = azure_storage_key()
    f.sec('    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=nwfuncprod;AccountKey=%s;EndpointSuffix=core.windows.net",' % k, k, "azure", "storage account key in connection string")
    f('    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",')
    k = b64(rbytes(32))
    f.sec('    "ServiceBusConnection": "Endpoint=sb://nw-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s",' % k, k, "azure", "Service Bus shared access key")
    k = b64(rbytes(64))
    f.sec('    "CosmosDb": "AccountEndpoint=https://nw-cosmos.documents.azure.com:443/;AccountKey=%s;",' % k, k, "azure", "Cosmos DB account key")
    f.neg('    "AzureWebJobsDashboard": "UseDevelopmentStorage=true"', "UseDevelopmentStorage=true", "azure", "local emulator, no key")
    f("  }")
    f("}")
    f = F("infra/azure/storage.env", G)
    f("AZURE_STORAGE_ACCOUNT=nwassetsprod")
    k = azure_storage_key(); f.sec("AZURE_STORAGE_KEY=%s" % k, k, "azure", "storage account key")
    sig = b64(rbytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    f.sec("ASSETS_SAS_URL=https://nwassetsprod.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=%s" % sig, sig, "azure", "SAS token signature in URL")
    tid = uuid4(); f.sec("AZURE_TENANT_ID=%s" % tid, tid, "azure", "Entra tenant id", pair=True)
    cid = uuid4(); f.sec("AZURE_CLIENT_ID=%s" % cid, cid, "azure", "Entra client id", pair=True)
    cs = rs(3, ALNUM) + "8Q~" + rs(34, ALNUM + "_~.-"); f.sec("AZURE_CLIENT_SECRET=%s" % cs, cs, "azure", "Entra client secret")
    pat = rs(52, "abcdefghijklmnopqrstuvwxyz234567"); f.sec("AZURE_DEVOPS_EXT_PAT=%s" % pat, pat, "azure", "Azure DevOps personal access token (legacy 52-char)")
    pat = rs(76, ALNUM) + "AZDO" + rs(4, ALNUM); f.sec("ADO_PAT=%s" % pat, pat, "azure", "Azure DevOps personal access token (84-char)")
    f("AZURE_OPENAI_ENDPOINT=https://nw-openai.openai.azure.com/")
    k = hexs(32); f.sec("AZURE_OPENAI_API_KEY=%s" % k, k, "azure", "Azure OpenAI API key")
    f("AZURE_OPENAI_DEPLOYMENT=gpt-4o-prod")
    f = F("src/csharp/Northwind.Sync/Blob.cs", G)
    f("using Azure.Storage.Blobs;")
    f("public static class Blob {")
    k = azure_storage_key()
    f.sec("    const string Conn = \"DefaultEndpointsProtocol=https;AccountName=nwsyncstore;AccountKey=%s;EndpointSuffix=core.windows.net\";" % k, k, "azure", "storage account key in connection string")
    f("    public static BlobServiceClient Client() => new BlobServiceClient(Conn);")
    f("}")

    # ---------------- OpenAI / Anthropic in code & notebooks ----------------
    f = F("notebooks/eval.ipynb", G)
    f("{")
    f(' "cells": [')
    f("  {")
    f('   "cell_type": "code",')
    f('   "execution_count": 3,')
    f('   "metadata": {},')
    f('   "outputs": [],')
    f('   "source": [')
    f('    "import os\\n",')
    v = openai("proj"); f.sec('    "os.environ[\\"OPENAI_API_KEY\\"] = \\"%s\\"\\n",' % v, v, "openai", "project API key")
    v = anthropic(); f.sec('    "client = anthropic.Anthropic(api_key=\\"%s\\")\\n",' % v, v, "anthropic", "API key")
    v = "hf_" + rs(34, string.ascii_letters); f.sec('    "login(token=\\"%s\\")"' % v, v, "huggingface", "user access token")
    f("   ]")
    f("  }")
    f(" ],")
    f(' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},')
    f(' "nbformat": 4,')
    f(' "nbformat_minor": 5')
    f("}")
    f = F("src/ts/llm/providers.ts", G)
    f("import OpenAI from 'openai';")
    f("import Anthropic from '@anthropic-ai/sdk';")
    v = openai("svcacct"); f.sec("export const openai = new OpenAI({ apiKey: '%s' });" % v, v, "openai", "service account API key")
    v = openai("admin"); f.sec("const OPENAI_ADMIN_KEY = '%s';" % v, v, "openai", "admin API key")
    v = openai("legacy"); f.sec("const LEGACY_KEY = 'sk-%s';" % v[3:], v, "openai", "legacy user API key")
    v = anthropic(); f.sec("export const claude = new Anthropic({ apiKey: \"%s\" });" % v, v, "anthropic", "API key")
    v = anthropic("admin01"); f.sec("const ANTHROPIC_ADMIN = \"%s\";" % v, v, "anthropic", "admin API key")
    v = "sk-proj-" + rs(20, ALNUM)
    f.neg("const SHORT = '%s';" % v, v, "openai", "truncated project key (no T3BlbkFJ marker, too short)")
    f.neg("const ANTHROPIC_PLACEHOLDER = 'sk-ant-api03-...';", "sk-ant-api03-...", "anthropic", "placeholder")
    f = F("scripts/llm-smoke.sh", G)
    v = openai("proj")
    f.sec("curl https://api.openai.com/v1/models -H \"Authorization: Bearer %s\"" % v, v, "openai", "project API key")
    v = anthropic()
    f.sec("curl https://api.anthropic.com/v1/messages -H \"x-api-key: %s\" -H \"anthropic-version: 2023-06-01\" -d @req.json" % v, v, "anthropic", "API key")
    v = "hf_" + rs(34, string.ascii_letters)
    f.sec("huggingface-cli login --token %s" % v, v, "huggingface", "user access token")
    v = "hf_" + rs(34, string.ascii_letters)
    f.sec("git clone https://user:%s@huggingface.co/northwind/private-model" % v, v, "huggingface", "user access token in clone URL")
    v = "hf_api_" + rs(34, string.ascii_letters)
    f.sec("export HUGGINGFACEHUB_API_TOKEN=%s" % v, v, "huggingface", "legacy API token (hf_api_)")

    # ---------------- npm / pypi ----------------
    f = F("repo-lib/.github/workflows/publish.yml", G)
    f("name: publish")
    f("on: { release: { types: [published] } }")
    f("jobs:")
    f("  npm:")
    f("    runs-on: ubuntu-latest")
    f("    steps:")
    f("      - uses: actions/checkout@v4")
    v = gh_token("npm_"); f.sec("      - run: echo \"//registry.npmjs.org/:_authToken=%s\" > ~/.npmrc" % v, v, "npm", "npm access token")
    f("      - run: npm publish --access public")
    f("  pypi:")
    f("    runs-on: ubuntu-latest")
    f("    steps:")
    v = "pypi-AgEIcHlwaS5vcmc" + rs(166, B64U)
    f.sec("      - run: twine upload -u __token__ -p %s dist/*" % v, v, "pypi", "PyPI API token")
    v = "pypi-AgENdGVzdC5weXBpLm9yZw" + rs(160, B64U)
    f.sec("      - run: twine upload --repository testpypi -u __token__ -p %s dist/*" % v, v, "pypi", "TestPyPI API token")
    f = F("repo-lib/.yarnrc.yml", G)
    f("nodeLinker: node-modules")
    v = gh_token("npm_"); f.sec('npmAuthToken: "%s"' % v, v, "npm", "npm access token")
    f = F("repo-lib/tests/fixtures/tokens_invalid.txt", G)
    for _ in range(3):
        v = gh_token("npm_", bad_crc=True)
        f.neg(v, v, "npm", "CRC32 checksum does not match")
    v = gh_token("npm_"); f.sec("NPM_TOKEN=%s" % v, v, "npm", "npm access token (valid checksum, left in fixtures)")

    # ---------------- shopify ----------------
    f = F("apps/shopify-sync/.env", G)
    f("SHOPIFY_SHOP=northwind-goods.myshopify.com")
    v = "shpat_" + hexs(32); f.sec("SHOPIFY_ADMIN_ACCESS_TOKEN=%s" % v, v, "shopify", "admin API access token")
    ak = hexs(32); f.sec("SHOPIFY_API_KEY=%s" % ak, ak, "shopify", "app API key (client id)", pair=True)
    v = "shpss_" + hexs(32); f.sec("SHOPIFY_API_SECRET=%s" % v, v, "shopify", "app shared secret")
    v = "shpca_" + hexs(32); f.sec("SHOPIFY_CUSTOM_APP_TOKEN=%s" % v, v, "shopify", "custom app access token")
    v = "shppa_" + hexs(32); f.sec("SHOPIFY_PRIVATE_APP_PASSWORD=%s" % v, v, "shopify", "legacy private app password")
    f("SHOPIFY_API_VERSION=2025-01")
    f = F("apps/shopify-sync/sync.rb", G)
    f("require 'shopify_api'")
    v = "shpat_" + hexs(32)
    f.sec("session = ShopifyAPI::Auth::Session.new(shop: 'northwind-outlet.myshopify.com', access_token: '%s')" % v, v, "shopify", "admin API access token")
    v = "shpat_" + hexs(31)
    f.neg("# old token (revoked, shortened in ticket): %s" % v, v, "shopify", "truncated token (31 hex)")

    # ---------------- DigitalOcean / Docker ----------------
    f = F("infra/do/terraform.tfvars", G)
    v = "dop_v1_" + hexs(64); f.sec('do_token = "%s"' % v, v, "digitalocean", "personal access token")
    v = "doo_v1_" + hexs(64); f.sec('do_oauth_token = "%s"' % v, v, "digitalocean", "OAuth access token")
    v = "dor_v1_" + hexs(64); f.sec('do_refresh_token = "%s"' % v, v, "digitalocean", "OAuth refresh token")
    v = "dop_v1_" + hexs(60); f.neg('old_do_token = "%s"' % v, v, "digitalocean", "truncated token (60 hex)")
    f('region = "fra1"')
    f = F("scripts/docker-publish.sh", G)
    f("#!/bin/sh")
    v = "dckr_pat_" + rs(27, ALNUM + "-_")
    f.sec("echo %s | docker login -u northwindci --password-stdin" % v, v, "dockerhub", "personal access token")
    v = "dckr_pat_" + rs(27, ALNUM + "-_")
    f.sec("DOCKER_PASSWORD=%s" % v, v, "dockerhub", "personal access token")
    v = "dckr_oat_" + rs(32, ALNUM + "-_")
    f.sec("DOCKER_ORG_TOKEN=%s" % v, v, "dockerhub", "organization access token")

    # ---------------- SendGrid / Twilio more ----------------
    f = F("src/python/notify_clients.py", G)
    f("from sendgrid import SendGridAPIClient")
    f("from twilio.rest import Client")
    v = "SG." + rs(22, B64U) + "." + rs(43, B64U); f.sec("sg = SendGridAPIClient('%s')" % v, v, "sendgrid", "API key")
    sid = "AC" + hexs(32); f.sec("ACCOUNT_SID = '%s'" % sid, sid, "twilio", "account SID", pair=True)
    v = hexs(32); f.sec("AUTH_TOKEN = '%s'" % v, v, "twilio", "auth token")
    f("client = Client(ACCOUNT_SID, AUTH_TOKEN)")
    sk = "SK" + hexs(32); f.sec("API_KEY_SID = '%s'" % sk, sk, "twilio", "API key SID", pair=True)
    v = rs(32); f.sec("API_KEY_SECRET = '%s'" % v, v, "twilio", "API key secret")
    f = F("scripts/sms-test.sh", G)
    sid = "AC" + hexs(32); tok = hexs(32)
    f.sec("TWILIO_SID=%s" % sid, sid, "twilio", "account SID", pair=True)
    f.sec("curl -X POST https://api.twilio.com/2010-04-01/Accounts/$TWILIO_SID/Messages.json -u $TWILIO_SID:%s -d To=+4915112345678 -d Body=test" % tok, tok, "twilio", "auth token")
    v = "SG." + rs(22, B64U) + "." + rs(43, B64U)
    f.sec("curl -X POST https://api.sendgrid.com/v3/mail/send -H \"Authorization: Bearer %s\" -d @mail.json" % v, v, "sendgrid", "API key")
    v = "SG." + rs(22, B64U) + "." + rs(20, B64U)
    f.neg("# SG key from the wiki (truncated): %s" % v, v, "sendgrid", "truncated key (second part too short)")

    # ---------------- JWTs ----------------
    f = F("logs/gateway-access.log", G)
    for i in range(4):
        t = jwt({"sub": uuid4(), "iss": "https://auth.northwind.io/", "aud": "orders-api", "iat": 1762160000 + i * 97,
                 "exp": 1762163600 + i * 97, "scope": "orders:read orders:write", "email": "svc-%d@northwind.io" % i})
        f.sec('10.20.3.%d - - [03/Nov/2025:09:%02d:11 +0000] "GET /v1/orders HTTP/1.1" 200 812 "-" "okhttp/4.12" auth="Bearer %s"' % (10 + i, 10 + i, t), t, "jwt", "bearer JWT in access log")
        f('10.20.3.%d - - [03/Nov/2025:09:%02d:12 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"' % (10 + i, 10 + i))
    f = F("apps/saas-web/tests/e2e/session.json", G)
    f("{")
    t = jwt({"sub": "u_%s" % rs(10), "role": "admin", "iat": 1762000000, "exp": 1793536000})
    f.sec('  "accessToken": "%s",' % t, t, "jwt", "long-lived admin JWT")
    t = jwt({"sub": "u_%s" % rs(10), "typ": "refresh", "iat": 1762000000, "exp": 1793536000}, header={"alg": "HS512", "typ": "JWT"})
    f.sec('  "refreshToken": "%s"' % t, t, "jwt", "refresh JWT")
    f("}")
    f = F("infra/supabase/client.ts", G)
    anon = jwt({"iss": "supabase", "ref": rs(20, LO), "role": "anon", "iat": 1735689600, "exp": 2051222400})
    f.neg("export const SUPABASE_ANON_KEY = '%s';" % anon, anon, "supabase", "anon key JWT, public by design (role=anon)")
    svc = jwt({"iss": "supabase", "ref": rs(20, LO), "role": "service_role", "iat": 1735689600, "exp": 2051222400})
    f.sec("const SUPABASE_SERVICE_ROLE_KEY = '%s';" % svc, svc, "supabase", "service_role key (JWT)")
    f = F("apps/saas-web/middleware.ts", G)
    t = jwt({"sub": "ci-bot", "roles": ["deploy"], "iat": 1760000000})
    f.sec("const CI_TOKEN = \"%s\"; // never expires" % t, t, "jwt", "non-expiring service JWT")
    f("export function middleware(req) { return req; }")
