"""Templates of the accuracy corpus. See generate.py for the marker syntax."""

POSITIVE = {}

# --------------------------------------------------------------------------- .env files
POSITIVE["corpus/.env"] = """\
# Local development settings for the acme monorepo.
# DO NOT COMMIT (too late).
NODE_ENV=development
PORT=8080
LOG_LEVEL=debug

DATABASE_URL=postgres://acme_app:⟪url-credentials.database⟫@db.internal.acme.io:5432/acme
REDIS_URL=redis://default:⟪url-credentials.database:2⟫@cache.internal.acme.io:6379/0

STRIPE_SECRET_KEY=⟪stripe.live-secret-key⟫
STRIPE_PUBLISHABLE_KEY=⟪stripe.live-publishable-key⟫
STRIPE_WEBHOOK_SECRET=⟪stripe.webhook-secret⟫

GITHUB_TOKEN=⟪github.classic-pat⟫
GITLAB_TOKEN=⟪gitlab.pat⟫
SLACK_BOT_TOKEN=⟪slack.bot-token⟫
SLACK_SIGNING_SECRET=⟪generic.secret⟫

OPENAI_API_KEY=⟪openai.project-key⟫
ANTHROPIC_API_KEY=⟪anthropic.api-key⟫
HF_TOKEN=⟪huggingface.access-token⟫
GROQ_API_KEY=⟪groq.api-key⟫
PERPLEXITY_API_KEY=⟪perplexity.api-key⟫
OPENROUTER_API_KEY=⟪openrouter.api-key⟫
XAI_API_KEY=⟪xai.api-key⟫
MISTRAL_API_KEY=⟪mistral.api-key⟫
COHERE_API_KEY=⟪cohere.api-key⟫
REPLICATE_API_TOKEN=⟪replicate.api-token⟫
PINECONE_API_KEY=⟪pinecone.api-key⟫
LANGSMITH_API_KEY=⟪langsmith.service-key⟫
ELEVENLABS_API_KEY=⟪elevenlabs.api-key⟫

SENDGRID_API_KEY=⟪sendgrid.api-key⟫
MAILGUN_DOMAIN=mg.acme.io
MAILGUN_API_KEY=⟪mailgun.api-key⟫
MAILCHIMP_API_KEY=⟪mailchimp.api-key⟫
RESEND_API_KEY=⟪resend.api-key⟫
BREVO_API_KEY=⟪brevo.api-key⟫

TWILIO_ACCOUNT_SID=AC4f0c3a9b2e7d1c8a6b5f4e3d2c1b0a99
TWILIO_AUTH_TOKEN=⟪twilio.auth-token⟫

SUPABASE_URL=https://xyzcompany.supabase.co
SUPABASE_SECRET_KEY=⟪supabase.secret-key⟫
SUPABASE_ACCESS_TOKEN=⟪supabase.access-token⟫

# feature flags
LAUNCHDARKLY_SDK_KEY=⟪launchdarkly.sdk-key⟫
POSTHOG_PERSONAL_API_KEY=⟪posthog.personal-api-key⟫

SESSION_SECRET=⟪generic.secret:2⟫
ADMIN_PASSWORD=⟪generic.password⟫
"""

POSITIVE["corpus/services/api/.env.production"] = """\
APP_ENV=production
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=⟪aws.access-key-id⟫
AWS_SECRET_ACCESS_KEY=⟪aws.secret-access-key⟫
DD_API_KEY=⟪datadog.api-key⟫
DD_APP_KEY=⟪datadog.app-key⟫
NEW_RELIC_LICENSE_KEY=⟪newrelic.license-key⟫
NEW_RELIC_API_KEY=⟪newrelic.user-api-key⟫
SENTRY_DSN=https://⟪sentry.dsn⟫@o450123.ingest.us.sentry.io/4506123
SENTRY_AUTH_TOKEN=⟪sentry.org-token⟫
ALGOLIA_APP_ID=H7K2L9QW3X
ALGOLIA_ADMIN_KEY=⟪algolia.admin-key⟫
CLOUDFLARE_API_TOKEN=⟪cloudflare.user-api-token⟫
CLOUDFLARE_ZONE_ID=2f1b9c4e8a7d6c5b4a3f2e1d0c9b8a7f
VERCEL_TOKEN=⟪vercel.personal-token⟫
NETLIFY_AUTH_TOKEN=⟪netlify.pat⟫
DOPPLER_TOKEN=⟪doppler.service-token⟫
PULUMI_ACCESS_TOKEN=⟪pulumi.access-token⟫
TS_AUTHKEY=⟪tailscale.auth-key⟫
LINEAR_API_KEY=⟪linear.api-key⟫
NOTION_API_KEY=⟪notion.api-token⟫
FIGMA_TOKEN=⟪figma.pat⟫
AIRTABLE_TOKEN=⟪airtable.pat⟫
HUBSPOT_ACCESS_TOKEN=⟪hubspot.private-app-token⟫
INTERCOM_ACCESS_TOKEN=⟪intercom.access-token⟫
SHOPIFY_ADMIN_TOKEN=⟪shopify.access-token⟫
SQUARE_ACCESS_TOKEN=⟪square.access-token⟫
PLAID_ACCESS_TOKEN=⟪plaid.access-token⟫
SHIPPO_API_TOKEN=⟪shippo.live-token⟫
EASYPOST_API_KEY=⟪easypost.production-key⟫
FLW_SECRET_KEY=⟪flutterwave.live-secret-key⟫
"""

# --------------------------------------------------------------------------- Python
POSITIVE["corpus/backend/acme/settings/production.py"] = '''\
"""Production settings."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.acme.io"]

SECRET_KEY = "⟪generic.secret⟫"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "acme",
        "USER": "acme_app",
        "PASSWORD": "⟪generic.password⟫",
        "HOST": os.environ.get("DB_HOST", "db.internal"),
        "PORT": 5432,
    }
}

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": "⟪sendgrid.api-key⟫"}

AWS_STORAGE_BUCKET_NAME = "acme-media-prod"
AWS_S3_ACCESS_KEY_ID = "⟪aws.access-key-id⟫"
aws_secret_access_key = "⟪aws.secret-access-key⟫"

CELERY_BROKER_URL = "amqps://celery:⟪url-credentials.database⟫@mq.internal.acme.io:5671/prod"

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "412093847561-3k2j4h5g6f7d8s9a0p1o2i3u4y5t6r7e.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "⟪gcp.oauth-client-secret⟫"
'''

POSITIVE["corpus/backend/acme/integrations/notify.py"] = '''\
import logging

import requests
from slack_sdk import WebClient
from twilio.rest import Client as TwilioClient

log = logging.getLogger(__name__)

# TODO: move to vault before launch
SLACK_WEBHOOK = "⟪slack.webhook-url⟫"
slack = WebClient(token="⟪slack.user-token⟫")

# twilio credentials for SMS fallback
TWILIO_API_KEY = "⟪twilio.api-key⟫"
TWILIO_API_SECRET = "⟪twilio.auth-token⟫"

DISCORD_WEBHOOK_URL = "⟪discord.webhook-url⟫"
TELEGRAM_BOT = "⟪telegram.bot-token⟫"


def notify_ops(text: str) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)
    requests.post(DISCORD_WEBHOOK_URL, json={"content": text}, timeout=5)
    requests.get(
        f"https://api.telegram.org/bot{TELEGRAM_BOT}/sendMessage",
        params={"chat_id": -1001234567890, "text": text},
        timeout=5,
    )


def page_oncall(number: str, text: str) -> None:
    client = TwilioClient(TWILIO_API_KEY, TWILIO_API_SECRET, "AC4f0c3a9b2e7d1c8a6b5f4e3d2c1b0a99")
    client.messages.create(to=number, from_="+15005550006", body=text)
'''

POSITIVE["corpus/ml/train.py"] = '''\
import os

import openai
import wandb
from huggingface_hub import login
from pinecone import Pinecone

login(token="⟪huggingface.access-token⟫")
client = openai.OpenAI(api_key="⟪openai.service-account-key⟫")
legacy = openai.OpenAI(api_key="⟪openai.legacy-key⟫")
pc = Pinecone(api_key="⟪pinecone.api-key⟫")

ORG_TOKEN = "⟪huggingface.org-token⟫"

os.environ["LANGSMITH_API_KEY"] = "⟪langsmith.personal-token⟫"
os.environ["REPLICATE_API_TOKEN"] = "⟪replicate.api-token⟫"


def embed(texts):
    return client.embeddings.create(model="text-embedding-3-small", input=texts)
'''

POSITIVE["corpus/tools/release/publish.py"] = '''\
#!/usr/bin/env python3
"""Uploads wheels to PyPI and the internal index."""
import subprocess

PYPI_TOKEN = "⟪pypi.api-token⟫"
TEST_PYPI_TOKEN = "⟪pypi.test-api-token⟫"


def upload(dist: str, test: bool = False) -> None:
    token = TEST_PYPI_TOKEN if test else PYPI_TOKEN
    subprocess.run(
        ["twine", "upload", "--username", "__token__", "--password", token, dist],
        check=True,
    )
'''

POSITIVE["corpus/notebooks/exploration.ipynb"] = """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Churn exploration\\n", "Pulls events from the warehouse and the CRM."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import anthropic\\n",
    "import pandas as pd\\n",
    "client = anthropic.Anthropic(api_key=\\"⟪anthropic.api-key⟫\\")\\n",
    "hubspot_token = \\"⟪hubspot.private-app-token⟫\\"\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["connected to snowflake://analyst@acme.eu-west-1\\n"]
    }
   ],
   "source": [
    "engine = create_engine(\\"postgresql://analyst:⟪url-credentials.database⟫@warehouse.acme.io:5432/events\\")\\n",
    "df = pd.read_sql(\\"select * from churn\\", engine)\\n",
    "os.environ[\\"OPENAI_API_KEY\\"] = \\"⟪openai.project-key⟫\\"\\n",
    "db_password = \\"⟪generic.password⟫\\"\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""

# --------------------------------------------------------------------------- JS / TS
POSITIVE["corpus/web/src/config.ts"] = """\
// Runtime configuration for the web app.
export const config = {
  apiBase: 'https://api.acme.io/v2',
  stripePublishableKey: '⟪stripe.test-publishable-key⟫',
  mapboxToken: '⟪mapbox.public-token⟫',
  posthogKey: '⟪posthog.project-api-key⟫',
  sentryDsn: 'https://⟪sentry.dsn⟫@o450123.ingest.sentry.io/4506124',
  firebase: {
    apiKey: '⟪gcp.api-key⟫',
    authDomain: 'acme-prod.firebaseapp.com',
    projectId: 'acme-prod',
  },
  launchDarklyMobileKey: '⟪launchdarkly.mobile-key⟫',
  newRelicBrowserKey: '⟪newrelic.browser-key⟫',
};

// FIXME: server-only, remove from the bundle
export const adminToken = '⟪github.fine-grained-pat⟫';
export const contentfulManagementToken = '⟪contentful.pat⟫';
"""

POSITIVE["corpus/web/scripts/seed.js"] = """\
const { Client } = require('pg');
const Stripe = require('stripe');
const Airtable = require('airtable');

const stripe = Stripe('⟪stripe.test-secret-key⟫');
const restricted = Stripe('⟪stripe.live-restricted-key⟫');
const base = new Airtable({ apiKey: '⟪airtable.pat⟫' }).base('appXk3L9mQ2wR7tYz');

const db = new Client({
  connectionString: 'postgres://seed:⟪url-credentials.database⟫@localhost.acme.dev:5432/seed',
});

const headers = {
  Authorization: 'Bearer ⟪generic.bearer-token⟫',
  'Content-Type': 'application/json',
};

const typeform = '⟪typeform.pat⟫';
const clickup = '⟪clickup.api-token⟫';
const readme = '⟪readme.api-key⟫';

async function main() {
  await db.connect();
  const customers = await stripe.customers.list({ limit: 10 });
  console.log(customers.data.length, headers, typeform.length, clickup.length, readme.length);
}

main();
"""

POSITIVE["corpus/web/src/lib/ai.ts"] = """\
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

const anthropic = new Anthropic({ apiKey: '⟪anthropic.api-key:2⟫' });
const admin = new OpenAI({ apiKey: '⟪openai.admin-key⟫' });

export const CLAUDE_OAUTH = {
  accessToken: '⟪anthropic.oauth-access-token⟫',
  refreshToken: '⟪anthropic.oauth-refresh-token⟫',
  expiresAt: 1767225600000,
};

export const ANTHROPIC_ADMIN_KEY = '⟪anthropic.admin-key⟫';

export async function ask(prompt: string) {
  return anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: prompt }],
  });
}
"""

POSITIVE["corpus/web/server/auth.js"] = """\
const jwt = require('jsonwebtoken');
const { google } = require('googleapis');

// test fixture copied from prod logs
const sampleIdToken = '⟪jwt.token⟫';

const oauth2 = new google.auth.OAuth2(
  '412093847561-3k2j4h5g6f7d8s9a0p1o2i3u4y5t6r7e.apps.googleusercontent.com',
  '⟪gcp.oauth-client-secret⟫',
  'https://app.acme.io/oauth/callback',
);
oauth2.setCredentials({
  refresh_token: '⟪gcp.oauth-refresh-token⟫',
  access_token: '⟪gcp.oauth-access-token⟫',
});

const OKTA_API_TOKEN = '⟪okta.api-token⟫';
const okta = { orgUrl: 'https://acme.okta.com', token: OKTA_API_TOKEN };

module.exports = { sampleIdToken, oauth2, okta, verify: (t) => jwt.decode(t) };
"""

# --------------------------------------------------------------------------- Go
POSITIVE["corpus/services/payments/main.go"] = """\
package main

import (
\t"context"
\t"log"
\t"net/http"
\t"os"

\t"github.com/stripe/stripe-go/v76"
)

const (
\tstripeKey     = "⟪stripe.live-secret-key:2⟫"
\tbraintreeTok  = "⟪braintree.production-access-token⟫"
\tsandboxTok    = "⟪braintree.sandbox-access-token⟫"
\tsquareSecret  = "⟪square.oauth-secret⟫"
\tsquareLegacy  = "⟪square.legacy-access-token⟫"
\tpaypalSecret  = "⟪paypal.client-secret⟫" // paypal client secret (sandbox? no, live)
\tshippoTest    = "⟪shippo.test-token⟫"
\teasypostTest  = "⟪easypost.test-key⟫"
\tflutterTest   = "⟪flutterwave.test-secret-key⟫"
\tstripeTestRK  = "⟪stripe.test-restricted-key⟫"
)

type server struct {
\tdb *sql.DB
}

func main() {
\tstripe.Key = stripeKey
\tdsn := "mysql://payments:⟪url-credentials.database⟫@tcp-db.internal:3306/payments"
\tif v := os.Getenv("DSN"); v != "" {
\t\tdsn = v
\t}
\tlog.Printf("starting with %d chars of dsn", len(dsn))
\t_ = context.Background()
\tlog.Fatal(http.ListenAndServe(":8080", nil))
}
"""

POSITIVE["corpus/services/infra-agent/config.go"] = """\
package agent

// Defaults used when no config file is present. Overridden by ~/.acme/agent.yaml.
var defaults = Config{
\tDigitalOceanToken: "⟪digitalocean.pat⟫",
\tDOOAuth:           "⟪digitalocean.oauth-token⟫",
\tDORefresh:         "⟪digitalocean.refresh-token⟫",
\tFlyToken:          "⟪flyio.access-token⟫",
\tFlyMacaroon:       "FlyV1 ⟪flyio.macaroon⟫",
\tRenderKey:         "⟪render.api-key⟫",
\tHerokuKey:         "⟪heroku.api-key-v2⟫",
\tVaultToken:        "⟪vault.service-token⟫",
\tVaultBatch:        "⟪vault.batch-token⟫",
\tTFEToken:          "⟪terraform.api-token⟫",
\tTailscaleAPI:      "⟪tailscale.api-key⟫",
\tTailscaleOAuth:    "⟪tailscale.oauth-client-secret⟫",
\tBuildkite:         "⟪buildkite.api-token⟫",
\tCircleToken:       "⟪circleci.personal-token⟫",
\tCircleProject:     "⟪circleci.project-token⟫",
\tDatabricksPAT:     "⟪databricks.pat⟫",
\tDatabricksSecret:  "⟪databricks.oauth-secret⟫",
\tHarnessPAT:        "⟪harness.pat⟫",
\tPrefectKey:        "⟪prefect.api-key⟫",
\tOctopusKey:        "⟪octopus.api-key⟫",
\tDynatrace:         "⟪dynatrace.api-token⟫",
\tGrafanaCloud:      "⟪grafana.cloud-token⟫",
\tGrafanaSA:         "⟪grafana.service-account-token⟫",
\tGrafanaLegacy:     "⟪grafana.api-key⟫",
\tSegment:           "⟪segment.api-token⟫",
}
"""

# --------------------------------------------------------------------------- Java / Kotlin
POSITIVE["corpus/services/mailer/src/main/java/com/acme/mailer/MailConfig.java"] = """\
package com.acme.mailer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MailConfig {

    // Mailgun account used by the transactional mailer
    private static final String MAILGUN_KEY = "⟪mailgun.private-api-key⟫";
    private static final String SENDGRID_KEY = "⟪sendgrid.api-key:2⟫";
    private static final String SMTP_URL = "smtps://mailer%40acme.io:⟪url-credentials.service⟫@smtp.mailhost.io:465";

    private String password = "⟪generic.password:2⟫";

    @Bean
    public MailClient mailClient() {
        return MailClient.builder()
            .apiKey(MAILGUN_KEY)
            .fallback(SENDGRID_KEY)
            .smtp(SMTP_URL)
            .build();
    }
}
"""

POSITIVE["corpus/services/mailer/src/main/resources/application.properties"] = """\
spring.application.name=mailer
server.port=8081
spring.datasource.url=jdbc:postgresql://db.internal:5432/mailer
spring.datasource.username=mailer
spring.datasource.password=⟪generic.password⟫
spring.rabbitmq.addresses=amqp://mailer:⟪url-credentials.database⟫@mq.internal:5672
jira.api.token=⟪atlassian.api-token⟫
confluence.api-token=⟪atlassian.legacy-api-token⟫
azure.storage.connection-string=⟪azure.storage-connection-string⟫
azure.servicebus.connection-string=⟪azure.servicebus-connection-string⟫
management.metrics.export.datadog.api-key=⟪datadog.api-key⟫
"""

# --------------------------------------------------------------------------- Ruby
POSITIVE["corpus/services/notify/app.rb"] = """\
require 'sinatra'
require 'twilio-ruby'
require 'stripe'

Stripe.api_key = '⟪stripe.live-secret-key:3⟫'

configure do
  set :shopify_token, '⟪shopify.custom-app-token⟫'
  set :shopify_password, '⟪shopify.private-app-password⟫'
  set :shopify_secret, '⟪shopify.shared-secret⟫'
end

ZENDESK = { url: 'https://acme.zendesk.com/api/v2', zendesk_api_token: '⟪zendesk.api-token⟫' }
TWITCH_CLIENT_SECRET = '⟪twitch.client-secret⟫'

post '/webhooks/shopify' do
  halt 401 unless valid_hmac?(request, settings.shopify_secret)
  'ok'
end
"""

POSITIVE["corpus/services/notify/config/credentials.yml"] = """\
production:
  secret_key_base: ⟪generic.secret⟫
  rubygems_api_key: ⟪rubygems.api-key⟫
  asana:
    asana_pat: ⟪asana.pat⟫
  frameio_token: ⟪frameio.token⟫
  adafruit_io_key: ⟪adafruit.io-key⟫
"""

# --------------------------------------------------------------------------- Rust
POSITIVE["corpus/tools/sync/src/main.rs"] = """\
use std::env;

const CRATES_TOKEN: &str = "⟪crates-io.api-token⟫";
const GITHUB_APP_INSTALLATION: &str = "⟪github.app-installation-token⟫";
const GITHUB_USER_TO_SERVER: &str = "⟪github.app-user-token⟫";
const GITHUB_OAUTH: &str = "⟪github.oauth-token⟫";
const GITHUB_REFRESH: &str = "⟪github.refresh-token⟫";

fn main() {
    let token = env::var("SYNC_TOKEN").unwrap_or_else(|_| GITHUB_APP_INSTALLATION.to_string());
    let client = reqwest::blocking::Client::new();
    let _ = client
        .get("https://api.github.com/installation/repositories")
        .bearer_auth(&token)
        .send();
    println!("{} {} {} {}", CRATES_TOKEN.len(), GITHUB_USER_TO_SERVER.len(), GITHUB_OAUTH.len(), GITHUB_REFRESH.len());
}
"""

POSITIVE["corpus/tools/sync/.cargo/credentials.toml"] = """\
[registry]
token = "⟪crates-io.api-token:2⟫"

[registries.acme]
token = "⟪generic.token⟫"
"""

# --------------------------------------------------------------------------- C# / .NET / PHP
POSITIVE["corpus/services/legacy/Web.config"] = """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Storage" connectionString="⟪azure.storage-connection-string⟫" />
    <add name="Cosmos" connectionString="⟪azure.cosmosdb-connection-string⟫" />
    <add name="Sql" connectionString="Server=tcp:acme-sql.database.windows.net,1433;Database=legacy;User ID=legacy_app;Password=⟪sqlserver.connection-string=generic.password⟫;Encrypt=True;" />
  </connectionStrings>
  <appSettings>
    <add key="IoTHub" value="⟪azure.iot-hub-connection-string⟫" />
    <add key="AppConfig" value="⟪azure.app-configuration-connection-string⟫" />
    <add key="ClientSecret" value="⟪azure.entra-client-secret⟫" />
    <add key="BlobSas" value="⟪azure.storage-sas-url⟫" />
  </appSettings>
</configuration>
"""

POSITIVE["corpus/services/legacy/Startup.cs"] = """\
using Microsoft.Extensions.Configuration;

namespace Acme.Legacy
{
    public class Startup
    {
        private const string NuGetApiKey = "⟪nuget.api-key⟫";
        private const string AzureOpenAiKey = "⟪azure.openai-key⟫";
        private const string SasToken = "?⟪azure.sas-token⟫";

        public void Configure(IConfiguration configuration)
        {
            var azure_openai_api_key = "⟪azure.openai-key:2⟫";
            var storage_account_key = "⟪azure.storage-account-key⟫";
            var client = new OpenAIClient(new Uri("https://acme.openai.azure.com/"), new AzureKeyCredential(azure_openai_api_key));
        }
    }
}
"""

POSITIVE["corpus/php/config/services.php"] = """\
<?php

return [
    'mailgun' => [
        'domain' => 'mg.acme.io',
        'secret' => '⟪mailgun.api-key⟫',
    ],
    'postmark' => ['token' => env('POSTMARK_TOKEN')],
    'paypal' => [
        'client_id' => 'AbCdEfGh0123456789',
        'paypal_secret' => '⟪paypal.client-secret⟫',
    ],
    'algolia' => ['algolia_admin_key' => '⟪algolia.admin-key⟫'],
    'database' => [
        'password' => '⟪generic.password⟫',
    ],
    'meta' => ['access_token' => '⟪meta.access-token⟫'],
    'twitter' => ['bearer' => '⟪x.bearer-token⟫'],
    'dropbox' => ['token' => '⟪dropbox.short-lived-token⟫'],
];
"""

# --------------------------------------------------------------------------- shell, CI, containers
POSITIVE["corpus/scripts/deploy.sh"] = """\
#!/usr/bin/env bash
set -euo pipefail

# Deploys the api to the staging cluster.
export DOCKERHUB_TOKEN="⟪dockerhub.pat⟫"
export ARTIFACTORY_API_KEY="⟪jfrog.api-key⟫"
export JFROG_ACCESS_TOKEN="⟪jfrog.reference-token⟫"
export SONAR_TOKEN=⟪sonarqube.user-token⟫
export SNYK_TOKEN=⟪snyk.api-token⟫

echo "$DOCKERHUB_TOKEN" | docker login -u acmebot --password-stdin
echo "⟪dockerhub.org-access-token⟫" | docker login -u acme --password-stdin registry-1.docker.io

curl -sf -H "Authorization: Bearer ⟪generic.bearer-token⟫" https://deploy.acme.io/api/v1/releases
curl -sf -u "ci:⟪generic.curl-credentials⟫" https://nexus.acme.internal/service/rest/v1/status
curl -sf -H "Authorization: Basic ⟪generic.basic-auth⟫" https://jenkins.acme.internal/job/deploy/build
curl -sf -H "X-Auth-Key: ⟪cloudflare.global-api-key⟫" -H "X-Auth-Email: ops@acme.io" https://api.cloudflare.com/client/v4/zones
curl -sf -H "Authorization: SSWS ⟪okta.api-token:2⟫" https://acme.okta.com/api/v1/users
curl -sf "https://api.postman.com/collections/1234-abcd?access_key=⟪postman.collection-token⟫"
curl -sf -H "X-Api-Key: ⟪postman.api-key⟫" https://api.getpostman.com/me

git clone https://x-access-token:⟪github.app-installation-token:2⟫@github.com/acme/infra.git
git clone https://oauth2:⟪gitlab.pat-routable⟫@gitlab.com/acme/charts.git
git clone https://ci-bot:⟪url-credentials.http⟫@github.com/acme/private-fork.git
lftp -e "mirror -R dist /www" sftp://deploy:⟪url-credentials.service⟫@files.acme.io
HTTPS_PROXY=http://svc-proxy:⟪url-credentials.http:2⟫@proxy.acme.internal:3128 pip install -r requirements.txt

aws configure set aws_access_key_id ⟪aws.access-key-id:2⟫
aws configure set aws_secret_access_key ⟪aws.secret-access-key⟫
aws configure set aws_session_token ⟪aws.session-token⟫
"""

POSITIVE["corpus/.github/workflows/release.yml"] = """\
name: release
on:
  push:
    tags: ["v*"]

permissions:
  contents: write
  id-token: write

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
      CARGO_REGISTRY_TOKEN: ${{ secrets.CARGO_TOKEN }}
      # temporary until the secret is rotated
      SLACK_WEBHOOK: ⟪slack.workflow-webhook-url⟫
      SLACK_APP_TOKEN: ⟪slack.app-token⟫
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ⟪aws.access-key-id:3⟫
          aws-secret-access-key: ⟪aws.secret-access-key:2⟫
          aws-region: us-east-1
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ⟪npm.access-token⟫
      - run: |
          echo "//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}" > ~/.npmrc
          gh release create "$GITHUB_REF_NAME" --notes "automated"
        env:
          GH_TOKEN: ⟪github.classic-pat:2⟫
      - name: sentry release
        run: sentry-cli releases new "$GITHUB_SHA"
        env:
          SENTRY_AUTH_TOKEN: ⟪sentry.user-token⟫
"""

POSITIVE["corpus/.gitlab-ci.yml"] = """\
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  GITLAB_DEPLOY_TOKEN: ⟪gitlab.deploy-token⟫
  TRIGGER_TOKEN: ⟪gitlab.pipeline-trigger-token⟫
  FEED_TOKEN: ⟪gitlab.feed-token⟫
  RUNNER_REGISTRATION: ⟪gitlab.runner-registration-token⟫

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p "$CI_JOB_TOKEN" "$CI_REGISTRY"
    - echo "job token leaked into logs once: ⟪gitlab.ci-job-token⟫"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .

deploy:
  stage: deploy
  script:
    - curl -X POST -F token=⟪gitlab.pipeline-trigger-token:2⟫ -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline
    - helm upgrade --install api charts/api --set agentToken=⟪gitlab.agent-token⟫
  environment: production
"""

POSITIVE["corpus/docker/api/Dockerfile"] = """\
FROM python:3.12-slim AS build
WORKDIR /src
ENV PIP_INDEX_URL=https://deploy:⟪url-credentials.http:3⟫@nexus.acme.internal/repository/pypi/simple
ARG GITHUB_TOKEN=⟪github.classic-pat:3⟫
RUN echo "machine github.com login acme-bot password ${GITHUB_TOKEN}" > ~/.netrc
COPY requirements.txt .
RUN pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim
ENV NEW_RELIC_LICENSE_KEY=⟪newrelic.license-key:2⟫ \\
    DD_API_KEY=⟪datadog.api-key:2⟫ \\
    HEROKU_API_KEY=⟪heroku.api-key⟫
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl
CMD ["gunicorn", "acme.wsgi"]
"""

POSITIVE["corpus/docker-compose.yml"] = """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: acme
      POSTGRES_PASSWORD: ⟪postgres.docker-password=generic.password⟫
  api:
    build: ./docker/api
    environment:
      DATABASE_URL: postgresql://acme:⟪url-credentials.database⟫@db:5432/acme
      MONGO_URL: mongodb+srv://reporting:⟪url-credentials.database:2⟫@cluster0.ab1cd.mongodb.net/reports
      NGROK_AUTHTOKEN: ⟪ngrok.authtoken⟫
      DOPPLER_TOKEN: ⟪doppler.personal-token⟫
      CF_API_TOKEN: ⟪cloudflare.api-token⟫
      CLOUDFLARE_ACCOUNT_TOKEN: ⟪cloudflare.account-api-token⟫
      CF_ORIGIN_CA_KEY: ⟪cloudflare.origin-ca-key⟫
    ports: ["8000:8000"]
  worker:
    build: ./docker/api
    command: celery -A acme worker
    environment:
      VAULT_TOKEN: ⟪vault.legacy-token⟫
      VAULT_RECOVERY_TOKEN: ⟪vault.recovery-token⟫
"""

# --------------------------------------------------------------------------- Kubernetes
POSITIVE["corpus/k8s/secret.yaml"] = """\
apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
  namespace: production
  labels:
    app.kubernetes.io/name: api
type: Opaque
data:
  DB_PASSWORD: ⟪kubernetes.secret-data⟫
  STRIPE_KEY: ⟪kubernetes.secret-data:2⟫
stringData:
  SLACK_CONFIG_TOKEN: ⟪slack.config-access-token⟫
  SLACK_CONFIG_REFRESH: ⟪slack.config-refresh-token⟫
"""

POSITIVE["corpus/k8s/kubeconfig.yaml"] = """\
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJME1ERXdNVEF3TURBd01Gb1hEVE0wTURFd01UQXdNREF3TUZvd0ZURVRNQkVHQTFVRQpBeE1LYTNWaVpYSnVaWFJsY3pDQ0FTSXdEUVlKS29aSWh2Y05BUUVCQlFBRGdnRVBBRENDQVFvQ2dnRUJBTWtCCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K
    server: https://k8s.acme.internal:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: deployer
  name: prod
current-context: prod
users:
- name: deployer
  user:
    token: ⟪kubernetes.kubeconfig-token⟫
- name: admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    client-key-data: ⟪kubernetes.kubeconfig-client-key+private-key.ec⟫
"""

POSITIVE["corpus/k8s/helm/values-prod.yaml"] = """\
replicaCount: 3
image:
  repository: ghcr.io/acme/api
  tag: "1.42.0"
env:
  LOG_LEVEL: info
  OPENAI_API_KEY: ⟪openai.project-key:2⟫
  DATABRICKS_TOKEN: ⟪databricks.pat:2⟫
  ATLAS_TOKEN: ⟪terraform.api-token:2⟫
  DYNATRACE_API_TOKEN: ⟪dynatrace.api-token:2⟫
  SQUARE_TOKEN: ⟪square.access-token:2⟫
  mailgun_signing_key: ⟪mailgun.private-api-key:2⟫
  EXTERNAL_API_KEY: ⟪generic.api-key⟫
ingress:
  enabled: true
  hosts: [api.acme.io]
"""

# --------------------------------------------------------------------------- dotfiles, credential stores
POSITIVE["corpus/home/.npmrc"] = """\
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=⟪github.classic-pat:4⟫
//registry.npmjs.org/:_authToken=⟪npm.access-token:2⟫
//nexus.acme.internal/repository/npm-private/:_authToken=⟪npm.npmrc-auth-token⟫
//nexus.acme.internal/repository/npm-legacy/:_authToken=⟪npm.npmrc-auth-token:2⟫
//artifactory.acme.internal/api/npm/npm/:_auth=⟪npm.npmrc-auth⟫
//verdaccio.acme.internal/:username=ci
//verdaccio.acme.internal/:_password=⟪npm.npmrc-password⟫
always-auth=true
"""

POSITIVE["corpus/home/.pypirc"] = """\
[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = __token__
password = ⟪pypi.api-token:2⟫

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ⟪pypi.test-api-token:2⟫

[internal]
repository = https://pypi.acme.internal/
username = deploy
password = ⟪pypi.pypirc-password⟫
"""

POSITIVE["corpus/home/.netrc"] = """\
machine api.heroku.com
  login ops@acme.io
  password ⟪netrc.password⟫
machine git.heroku.com
  login ops@acme.io
  password ⟪netrc.password:2⟫
machine artifacts.acme.internal login ci password ⟪netrc.password:3⟫
"""

POSITIVE["corpus/home/.git-credentials"] = """\
https://acme-bot:⟪github.classic-pat:5⟫@github.com
https://dev-bot:⟪git.credentials-file⟫@git.acme.internal
https://build:⟪bitbucket.app-password⟫@bitbucket.org
"""

POSITIVE["corpus/home/.docker/config.json"] = """\
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "⟪docker.config-auth⟫"
    },
    "registry.acme.io": {
      "auth": "⟪docker.config-auth:2⟫"
    },
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
"""

POSITIVE["corpus/home/.aws/credentials"] = """\
[default]
aws_access_key_id = ⟪aws.access-key-id:4⟫
aws_secret_access_key = ⟪aws.secret-access-key:3⟫

[sso-session]
aws_access_key_id = ⟪aws.access-key-id:2⟫
aws_secret_access_key = ⟪aws.secret-access-key:4⟫
aws_session_token = ⟪aws.session-token:2⟫

[bedrock]
aws_bearer_token_bedrock = ⟪aws.bedrock-api-key⟫
"""

POSITIVE["corpus/home/.config/gcloud/service-account.json"] = "⟪gcp.service-account-key⟫\n"

POSITIVE["corpus/home/.ssh/id_ed25519"] = "⟪private-key.openssh⟫\n"
POSITIVE["corpus/home/.ssh/id_rsa_legacy"] = "⟪private-key.openssh-encrypted⟫\n"
POSITIVE["corpus/home/.ssh/deploy.ppk"] = "⟪private-key.putty⟫\n"
POSITIVE["corpus/home/.ssh/backup.ppk"] = "⟪private-key.putty-encrypted⟫\n"
POSITIVE["corpus/home/.gnupg/release-signing.asc"] = "⟪private-key.pgp⟫\n"
POSITIVE["corpus/home/.config/sops/age/keys.txt"] = """\
# created: 2025-03-01T10:00:00Z
# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
⟪age.secret-key⟫
"""

POSITIVE["corpus/certs/server.key"] = "⟪private-key.rsa⟫\n"
POSITIVE["corpus/certs/signing-ec.pem"] = "⟪private-key.ec⟫\n"
POSITIVE["corpus/certs/legacy-dsa.pem"] = "⟪private-key.dsa⟫\n"
POSITIVE["corpus/certs/tls.key"] = "⟪private-key.pkcs8⟫\n"
POSITIVE["corpus/certs/client-encrypted.key"] = "⟪private-key.pkcs8-encrypted⟫\n"
POSITIVE["corpus/certs/old-encrypted.pem"] = "⟪private-key.pem-encrypted⟫\n"

POSITIVE["corpus/services/github-app/config.json"] = """\
{
  "appId": 123456,
  "webhookSecret": "⟪generic.secret⟫",
  "privateKey": "⟪private-key.rsa|json⟫",
  "installationId": 7654321
}
"""

# --------------------------------------------------------------------------- IaC
POSITIVE["corpus/infra/main.tf"] = """\
terraform {
  cloud {
    organization = "acme"
    workspaces { name = "prod" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "⟪aws.access-key-id:5⟫"
  secret_key = "⟪aws.secret-access-key:5⟫"
}

provider "alicloud" {
  access_key = "⟪alibaba.access-key-id⟫"
  alicloud_secret_key = "⟪alibaba.access-key-secret⟫"
}

provider "yandex" {
  token = "⟪yandex.iam-token⟫"
  service_account_key_file = "key.json"
}

resource "azuredevops_serviceendpoint_github" "gh" {
  project_id = azuredevops_project.p.id
  auth_personal {
    personal_access_token = "⟪github.fine-grained-pat:2⟫"
  }
}

locals {
  azure_devops_pat = "⟪azure.devops-pat⟫"
}
"""

POSITIVE["corpus/infra/terraform.tfvars"] = """\
environment        = "prod"
doppler_sa_token   = "⟪doppler.service-account-token⟫"
doppler_cli_token  = "⟪doppler.cli-token⟫"
doppler_scim_token = "⟪doppler.scim-token⟫"
doppler_audit      = "⟪doppler.audit-token⟫"
yandex_api_key     = "⟪yandex.api-key⟫"
planetscale_token  = "⟪planetscale.service-token⟫"
planetscale_pw     = "⟪planetscale.password⟫"
planetscale_oauth  = "⟪planetscale.oauth-token⟫"
vercel_integration = "⟪vercel.integration-token⟫"
vercel_app_access  = "⟪vercel.app-access-token⟫"
vercel_app_refresh = "⟪vercel.app-refresh-token⟫"
vercel_api_key     = "⟪vercel.api-key⟫"
cloudflare_key     = "⟪cloudflare.global-api-key-v2⟫"
ado_pat            = "⟪azure.devops-pat:2⟫"
"""

# --------------------------------------------------------------------------- docs, logs, misc
POSITIVE["corpus/docs/runbooks/incident-2024-11.md"] = """\
# Incident 2024-11-03: failed deploys

The deploy bot failed because its token expired. While debugging we ran:

```console
$ curl -H "Authorization: Bearer ⟪gcp.oauth-access-token:2⟫" https://www.googleapis.com/oauth2/v3/tokeninfo
$ export SLACK_TOKEN=⟪slack.workspace-token⟫
$ export SLACK_REFRESH=⟪slack.refresh-token⟫
$ export XOXC=⟪slack.session-token⟫
```

The Linear integration was reconnected with `⟪linear.oauth-token⟫` (rotate after the incident!).
The old Notion integration secret `⟪notion.integration-token⟫` was also found in the wiki.
Bitbucket mirror token: ⟪bitbucket.access-token⟫

Use `<your-token>` placeholders in future runbooks, e.g. `GITHUB_TOKEN=ghp_<token>`.
"""

POSITIVE["corpus/logs/ci-output.log"] = """\
2024-11-03T10:15:02Z [build] Step 4/12 : RUN npm ci
2024-11-03T10:15:09Z [build] npm notice using token ⟪npm.access-token:3⟫
2024-11-03T10:15:33Z [test] FCM_SERVER_KEY=⟪firebase.fcm-server-key⟫
2024-11-03T10:15:34Z [test] GitLab incoming mail token ⟪gitlab.incoming-mail-token⟫ configured
2024-11-03T10:15:34Z [test] gitlab oauth app secret: ⟪gitlab.oauth-app-secret⟫
2024-11-03T10:15:35Z [test] scim token=⟪gitlab.scim-token⟫ feature flags=⟪gitlab.feature-flags-token⟫
2024-11-03T10:15:35Z [test] runner token=⟪gitlab.runner-token⟫
2024-11-03T10:15:36Z [deploy] sonar project token ⟪sonarqube.project-token⟫ global ⟪sonarqube.global-token⟫
2024-11-03T10:15:37Z [deploy] mws auth ⟪aws.mws-auth-token⟫
2024-11-03T10:15:38Z [deploy] discord bot login ⟪discord.bot-token⟫ ok
2024-11-03T10:15:38Z [deploy] restoring with SAS ?⟪azure.sas-token:2⟫ from the backup container
2024-11-03T10:15:39Z [deploy] 1Password: OP_SERVICE_ACCOUNT_TOKEN=⟪1password.service-account-token⟫
2024-11-03T10:15:39Z [deploy] emergency kit secret key ⟪1password.secret-key⟫
2024-11-03T10:15:40Z [deploy] newrelic insert key ⟪newrelic.insert-key⟫ admin ⟪newrelic.admin-api-key⟫
2024-11-03T10:15:41Z [deploy] done in 39s
"""

POSITIVE["corpus/mobile/app/src/main/java/com/acme/mobile/Secrets.kt"] = """\
package com.acme.mobile

object Secrets {
    // LaunchDarkly REST token for the in-app flag debugger (internal builds only)
    const val LD_API_TOKEN = "⟪launchdarkly.access-token⟫"
    const val MAPBOX_PUBLIC = "⟪mapbox.public-token:2⟫"
}
"""

POSITIVE["corpus/mobile/gradle.properties"] = """\
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
MAPBOX_DOWNLOADS_TOKEN=⟪mapbox.secret-token⟫
"""

POSITIVE["corpus/home/.m2/settings.xml"] = """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deployer</username>
      <password>⟪generic.xml-credential⟫</password>
    </server>
    <server>
      <id>acme-snapshots</id>
      <username>deployer</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
"""
