"""Group 3: the long tail (about 80 services), prefixed formats and plain keys next to the name."""
from lib import *
from g_providers import line

G = "longtail"


def age_key():
    return bech32("age-secret-key-", rbytes(32)).upper()


def mapbox_sk(user):
    return "sk." + b64url(json.dumps({"u": user, "a": "cl" + rs(23, LOALNUM)}, separators=(",", ":"))) + "." + rs(22, ALNUM + "-_")


def mapbox_pk(user):
    return "pk." + b64url(json.dumps({"u": user, "a": "cl" + rs(23, LOALNUM)}, separators=(",", ":"))) + "." + rs(22, ALNUM + "-_")


def grafana_cloud():
    return "glc_" + b64(json.dumps({"o": rs(6, DIG), "n": "stack-%s-nw-deploy" % rs(6, DIG), "k": rs(24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")))


def sentry_org():
    return "sntrys_" + b64url(json.dumps({"iat": 1761900000.1, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "northwind"}, separators=(",", ":"))) + "_" + rs(43, ALNUM + "+/")


def onepassword():
    return "ops_" + b64url(json.dumps({"signInAddress": "northwind.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": rs(22, B64U)}, "email": "%s@1passwordserviceaccounts.com" % rs(13, LO), "srpX": hexs(64), "muk": {"alg": "A256GCM", "ext": True, "k": rs(43, B64U), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(6, UPALNUM) + "-" + rs(6, UPALNUM), "throttleSecret": {"seed": hexs(64), "uuid": rs(26, UPALNUM)}, "deviceUuid": rs(26, LOALNUM)}, separators=(",", ":")))


# service key, kind, maker, variable name, checked-against-provider-page
SPECS = [
    ("artifactory", "reference token", lambda: "cmVmdGtuOjAxOj" + rs(50, ALNUM), "ARTIFACTORY_ACCESS_TOKEN", False),
    ("atlassian", "API token", lambda: "ATATT3xFfGF0" + rs(171, B64U) + "=" + rs(8, UHEX), "JIRA_API_TOKEN", False),
    ("bitbucket", "app password", lambda: "ATBB" + rs(32, ALNUM), "BITBUCKET_APP_PASSWORD", False),
    ("doppler", "personal token", lambda: "dp.pt." + rs(43, ALNUM), "DOPPLER_TOKEN", True),
    ("doppler", "service token", lambda: "dp.st.prd." + rs(43, ALNUM), "DOPPLER_SERVICE_TOKEN", True),
    ("dropbox", "short-lived access token", lambda: "sl." + rs(136, ALNUM + "-_"), "DROPBOX_ACCESS_TOKEN", False),
    ("dropbox", "long-lived access token", lambda: rs(11, ALNUM) + "AAAAAAAAAA" + rs(43, ALNUM + "-_"), "DROPBOX_TOKEN", False),
    ("grafana", "service account token", lambda: "glsa_" + rs(32, ALNUM) + "_" + hexs(8), "GRAFANA_SA_TOKEN", True),
    ("grafana", "cloud access policy token", grafana_cloud, "GRAFANA_CLOUD_TOKEN", False),
    ("groq", "API key", lambda: "gsk_" + rs(52, ALNUM), "GROQ_API_KEY", False),
    ("heroku", "API key (HRKU-)", lambda: "HRKU-AA" + rs(58, ALNUM + "_-"), "HEROKU_API_KEY", True),
    ("heroku", "legacy API key (UUID)", uuid4, "HEROKU_API_KEY", False),
    ("mailchimp", "API key", lambda: hexs(32) + "-us" + str(R.randrange(1, 21)), "MAILCHIMP_API_KEY", False),
    ("mailgun", "private API key", lambda: "key-" + hexs(32), "MAILGUN_API_KEY", False),
    ("mailgun", "private API key (new)", lambda: hexs(32) + "-" + hexs(8) + "-" + hexs(8), "MAILGUN_PRIVATE_KEY", False),
    ("mapbox", "secret access token", lambda: mapbox_sk("northwind"), "MAPBOX_SECRET_TOKEN", False),
    ("okta", "API token (SSWS)", lambda: "00" + rs(40, ALNUM + "-_"), "OKTA_API_TOKEN", False),
    ("postman", "API key", lambda: "PMAK-" + hexs(24) + "-" + hexs(34), "POSTMAN_API_KEY", True),
    ("rubygems", "API key", lambda: "rubygems_" + hexs(48), "GEM_HOST_API_KEY", False),
    ("salesforce", "access token", lambda: "00D" + rs(12, ALNUM) + "!AR" + rs(94, ALNUM + "._"), "SF_ACCESS_TOKEN", False),
    ("sourcegraph", "access token", lambda: "sgp_" + hexs(16) + "_" + hexs(40), "SRC_ACCESS_TOKEN", False),
    ("square", "access token", lambda: "EAAA" + rs(60, ALNUM + "-_"), "SQUARE_ACCESS_TOKEN", False),
    ("square", "OAuth application secret", lambda: "sq0csp-" + rs(43, ALNUM + "-_"), "SQUARE_APP_SECRET", False),
    ("twitter", "bearer token", lambda: "AAAAAAAAAAAAAAAAAAAAA" + rs(25, ALNUM) + "%2B" + rs(10, ALNUM) + "%3D" + rs(50, ALNUM), "TWITTER_BEARER_TOKEN", False),
    ("adafruitio", "IO key", lambda: "aio_" + rs(28, ALNUM), "ADAFRUIT_IO_KEY", False),
    ("age", "age secret key", age_key, "AGE_IDENTITY", False),
    ("apify", "API token", lambda: "apify_api_" + rs(36, ALNUM), "APIFY_TOKEN", False),
    ("buildkite", "agent/API token", lambda: "bkua_" + hexs(40), "BUILDKITE_API_TOKEN", False),
    ("circleci", "personal API token", lambda: "CCIPAT_" + rs(22, ALNUM) + "_" + hexs(40), "CIRCLECI_TOKEN", False),
    ("cratesio", "API token", lambda: "cio" + rs(32, ALNUM), "CARGO_REGISTRY_TOKEN", False),
    ("databricks", "personal access token", lambda: "dapi" + hexs(32), "DATABRICKS_TOKEN", False),
    ("deepgram", "API key", lambda: hexs(40), "DEEPGRAM_API_KEY", False),
    ("dynatrace", "API token", lambda: "dt0c01." + rs(24, UPALNUM) + "." + rs(64, UPALNUM), "DT_API_TOKEN", True),
    ("elevenlabs", "API key", lambda: "sk_" + hexs(48), "ELEVENLABS_API_KEY", False),
    ("figma", "personal access token", lambda: "figd_" + rs(40, ALNUM + "-_"), "FIGMA_TOKEN", False),
    ("linear", "API key", lambda: "lin_api_" + rs(40, ALNUM), "LINEAR_API_KEY", False),
    ("netlify", "personal access token", lambda: "nfp_" + rs(36, ALNUM), "NETLIFY_AUTH_TOKEN", False),
    ("newrelic", "user API key", lambda: "NRAK-" + rs(27, UPALNUM), "NEW_RELIC_API_KEY", False),
    ("newrelic", "license (ingest) key", lambda: hexs(36) + "NRAL", "NEW_RELIC_LICENSE_KEY", True),
    ("notion", "integration token (ntn_)", lambda: "ntn_" + rs(11, DIG) + rs(35, ALNUM), "NOTION_TOKEN", True),
    ("notion", "integration token (legacy secret_)", lambda: "secret_" + rs(43, ALNUM), "NOTION_API_KEY", True),
    ("planetscale", "service token", lambda: "pscale_tkn_" + rs(43, ALNUM + "_-"), "PLANETSCALE_SERVICE_TOKEN", False),
    ("planetscale", "database password", lambda: "pscale_pw_" + rs(43, ALNUM + "_-"), "PLANETSCALE_DB_PASSWORD", False),
    ("posthog", "personal API key", lambda: "phx_" + rs(47, ALNUM), "POSTHOG_PERSONAL_API_KEY", False),
    ("prefect", "API key", lambda: "pnu_" + rs(36, ALNUM), "PREFECT_API_KEY", False),
    ("pulumi", "access token", lambda: "pul-" + hexs(40), "PULUMI_ACCESS_TOKEN", False),
    ("readme", "API key", lambda: "rdme_" + rs(70, LOALNUM), "README_API_KEY", False),
    ("replicate", "API token", lambda: "r8_" + rs(37, ALNUM), "REPLICATE_API_TOKEN", False),
    ("shippo", "live API token", lambda: "shippo_live_" + hexs(40), "SHIPPO_API_TOKEN", False),
    ("tailscale", "auth key", lambda: "tskey-auth-k" + rs(6, ALNUM) + "CNTRL-" + rs(33, ALNUM), "TS_AUTHKEY", True),
    ("tailscale", "API access token", lambda: "tskey-api-k" + rs(6, ALNUM) + "CNTRL-" + rs(33, ALNUM), "TAILSCALE_API_KEY", True),
    ("telnyx", "API key v2", lambda: "KEY" + rs(32, UHEX) + "_" + rs(22, ALNUM), "TELNYX_API_KEY", False),
    ("xai", "API key", lambda: "xai-" + rs(80, ALNUM), "XAI_API_KEY", False),
    ("airtable", "personal access token", lambda: "pat" + rs(14, ALNUM) + "." + hexs(64), "AIRTABLE_TOKEN", False),
    ("algolia", "application id", lambda: rs(10, UPALNUM), "ALGOLIA_APP_ID", False),
    ("algolia", "admin API key", lambda: hexs(32), "ALGOLIA_ADMIN_KEY", False),
    ("asana", "personal access token", lambda: "2/%s/%s:%s" % (rs(16, DIG), rs(16, DIG), hexs(32)), "ASANA_PAT", False),
    ("cloudflare", "global API key", lambda: hexs(37), "CLOUDFLARE_API_KEY", False),
    ("cloudflare", "origin CA key", lambda: "v1.0-" + hexs(24) + "-" + hexs(146), "CLOUDFLARE_ORIGIN_CA_KEY", False),
    ("datadog", "API key", lambda: hexs(32), "DD_API_KEY", False),
    ("datadog", "application key", lambda: hexs(40), "DD_APP_KEY", False),
    ("discord", "bot token", lambda: b64("1" + rs(18, DIG)).rstrip("=") + "." + rs(6, ALNUM + "-_") + "." + rs(38, ALNUM + "-_"), "DISCORD_BOT_TOKEN", False),
    ("discordwebhook", "webhook URL", lambda: "https://discord.com/api/webhooks/1%s/%s" % (rs(18, DIG), rs(68, ALNUM + "-_")), "DISCORD_WEBHOOK_URL", False),
    ("deepseek", "API key", lambda: "sk-" + hexs(32), "DEEPSEEK_API_KEY", False),
    ("flyio", "access token", lambda: "fo1_" + rs(43, ALNUM + "-_"), "FLY_API_TOKEN", False),
    ("hubspot", "private app access token", lambda: "pat-na1-" + uuid4(), "HUBSPOT_ACCESS_TOKEN", False),
    ("ngrok", "authtoken", lambda: "2" + rs(26, ALNUM) + "_" + rs(21, ALNUM), "NGROK_AUTHTOKEN", False),
    ("nuget", "API key", lambda: "oy2" + rs(43, LOALNUM), "NUGET_API_KEY", False),
    ("openrouter", "API key", lambda: "sk-or-v1-" + hexs(64), "OPENROUTER_API_KEY", False),
    ("perplexity", "API key", lambda: "pplx-" + rs(48, ALNUM), "PERPLEXITY_API_KEY", False),
    ("pinecone", "API key", lambda: "pcsk_" + rs(6, ALNUM) + "_" + rs(63, ALNUM), "PINECONE_API_KEY", False),
    ("sentry", "user auth token", lambda: "sntryu_" + hexs(64), "SENTRY_AUTH_TOKEN", True),
    ("sentry", "organization auth token", sentry_org, "SENTRY_ORG_TOKEN", False),
    ("sonarqube", "user token", lambda: "squ_" + hexs(40), "SONAR_TOKEN", False),
    ("sonarqube", "global analysis token", lambda: "sqa_" + hexs(40), "SONARQUBE_SCANNER_TOKEN", False),
    ("telegrambottoken", "bot token", lambda: str(R.randrange(1, 8)) + rs(9, DIG) + ":AA" + rs(33, ALNUM + "-_"), "TELEGRAM_BOT_TOKEN", False),
    ("terraformcloud", "API token", lambda: rs(14, ALNUM) + ".atlasv1." + rs(67, ALNUM), "TFE_TOKEN", False),
    ("hashicorpvault", "service token", lambda: "hvs.CAESI" + rs(86, ALNUM + "-_"), "VAULT_TOKEN", False),
    ("hashicorpvault", "batch token", lambda: "hvb.AAAAAQ" + rs(120, ALNUM + "-_"), "VAULT_BATCH_TOKEN", False),
    ("supabase", "management access token", lambda: "sbp_" + hexs(40), "SUPABASE_ACCESS_TOKEN", False),
    ("contentful", "personal access token", lambda: "CFPAT-" + rs(43, ALNUM + "-_"), "CONTENTFUL_MANAGEMENT_TOKEN", False),
    ("frameio", "developer token", lambda: "fio-u-" + rs(64, ALNUM + "-_"), "FRAMEIO_TOKEN", False),
    ("typeform", "personal access token", lambda: "tfp_" + rs(44, ALNUM) + "_" + rs(14, ALNUM), "TYPEFORM_TOKEN", False),
    ("langsmith", "API key", lambda: "lsv2_pt_" + hexs(32) + "_" + hexs(10), "LANGSMITH_API_KEY", False),
    ("langfuse", "secret key", lambda: "sk-lf-" + uuid4(), "LANGFUSE_SECRET_KEY", False),
    ("tavily", "API key", lambda: "tvly-" + rs(32, ALNUM), "TAVILY_API_KEY", False),
    ("firecrawl", "API key", lambda: "fc-" + hexs(32), "FIRECRAWL_API_KEY", False),
    ("mistral", "API key", lambda: rs(32, ALNUM), "MISTRAL_API_KEY", False),
    ("cohere", "API key", lambda: rs(40, ALNUM), "COHERE_API_KEY", False),
    ("nvapi", "NVIDIA API key", lambda: "nvapi-" + rs(64, ALNUM + "-_"), "NVIDIA_API_KEY", False),
    ("stabilityai", "API key", lambda: "sk-" + rs(48, ALNUM), "STABILITY_API_KEY", False),
    ("mailersend", "API token", lambda: "mlsn." + hexs(64), "MAILERSEND_API_KEY", False),
    ("sendinblue", "API key (Brevo)", lambda: "xkeysib-" + hexs(64) + "-" + rs(16, ALNUM), "BREVO_API_KEY", False),
    ("sparkpost", "API key", lambda: hexs(40), "SPARKPOST_API_KEY", False),
    ("mandrill", "API key", lambda: "md-" + rs(22, ALNUM + "-_"), "MANDRILL_API_KEY", False),
    ("render", "API key", lambda: "rnd_" + rs(32, ALNUM), "RENDER_API_KEY", False),
    ("infracost", "API key", lambda: "ico-" + rs(32, ALNUM), "INFRACOST_API_KEY", False),
    ("definednetworking", "API key", lambda: "dnkey-" + rs(26, UPALNUM) + "-" + rs(52, UPALNUM), "DN_API_KEY", False),
    ("deno", "deploy access token", lambda: "ddp_" + rs(36, ALNUM), "DENO_DEPLOY_TOKEN", False),
    ("harness", "personal access token", lambda: "pat." + rs(22, ALNUM + "-_") + "." + hexs(24) + "." + rs(20, ALNUM), "HARNESS_PLATFORM_API_KEY", False),
    ("cerebras", "API key", lambda: "csk-" + rs(48, LOALNUM), "CEREBRAS_API_KEY", False),
    ("lob", "live API key", lambda: "live_" + hexs(35), "LOB_API_KEY", False),
    ("klaviyo", "private API key", lambda: "pk_" + hexs(34), "KLAVIYO_PRIVATE_KEY", False),
    ("twitch", "client secret", lambda: rs(30, LOALNUM), "TWITCH_CLIENT_SECRET", False),
    ("mattermost", "personal access token", lambda: rs(26, LOALNUM), "MM_ACCESS_TOKEN", False),
    ("easypost", "production API key", lambda: "EZAK" + rs(54, LOALNUM), "EASYPOST_API_KEY", False),
    ("flutterwave", "secret key", lambda: "FLWSECK-" + hexs(32) + "-X", "FLW_SECRET_KEY", False),
    ("paystack", "live secret key", lambda: "sk_live_" + hexs(40), "PAYSTACK_SECRET_KEY", False),
    ("razorpay", "key id", lambda: "rzp_live_" + rs(14, ALNUM), "RAZORPAY_KEY_ID", False),
    ("razorpay", "key secret", lambda: rs(24, ALNUM), "RAZORPAY_KEY_SECRET", False),
    ("plaid", "client id", lambda: hexs(24), "PLAID_CLIENT_ID", False),
    ("plaid", "secret", lambda: hexs(30), "PLAID_SECRET", False),
    ("duffel", "live access token", lambda: "duffel_live_" + rs(43, ALNUM + "-_"), "DUFFEL_ACCESS_TOKEN", False),
    ("gitea", "access token", lambda: hexs(40), "GITEA_TOKEN", False),
    ("clerk", "secret key", lambda: "sk_live_" + rs(50, ALNUM), "CLERK_SECRET_KEY", False),
    ("scalingo", "API token", lambda: "tk-us-" + rs(48, ALNUM + "-_"), "SCALINGO_API_TOKEN", False),
    ("ubidots", "token", lambda: "BBFF-" + rs(30, ALNUM), "UBIDOTS_TOKEN", False),
    ("yandex", "API key", lambda: "AQVN" + rs(36, ALNUM + "-_"), "YC_API_KEY", False),
    ("octopusdeploy", "API key", lambda: "API-" + rs(26, UPALNUM), "OCTOPUS_API_KEY", False),
    ("snyk", "API token", uuid4, "SNYK_TOKEN", False),
    ("codecov", "upload token", uuid4, "CODECOV_TOKEN", False),
    ("opsgenie", "API key", uuid4, "OPSGENIE_API_KEY", False),
    ("pagerdutyapikey", "REST API key", lambda: "u+" + rs(18, ALNUM + "-_"), "PAGERDUTY_TOKEN", False),
    ("gocardless", "live access token", lambda: "live_" + rs(40, ALNUM + "-_"), "GOCARDLESS_ACCESS_TOKEN", False),
    ("launchdarkly", "API access token", lambda: "api-" + uuid4(), "LD_API_KEY", False),
    ("launchdarkly", "server SDK key", lambda: "sdk-" + uuid4(), "LAUNCHDARKLY_SDK_KEY", False),
    ("facebook", "access token", lambda: "EAAG" + rs(180, ALNUM), "FB_ACCESS_TOKEN", False),
    ("facebook", "app secret", lambda: hexs(32), "FACEBOOK_APP_SECRET", False),
    ("confluent", "API key", lambda: rs(16, UPALNUM), "CONFLUENT_API_KEY", False),
    ("confluent", "API secret", lambda: rs(64, ALNUM + "+/"), "CONFLUENT_API_SECRET", False),
    ("fastly", "API token", lambda: rs(32, ALNUM + "-_"), "FASTLY_API_TOKEN", False),
    ("jenkins", "API token", lambda: "11" + hexs(32), "JENKINS_API_TOKEN", False),
    ("microsoftteamswebhook", "incoming webhook URL", lambda: "https://northwind.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (uuid4(), uuid4(), hexs(32), uuid4(), rs(44, ALNUM + "-_")), "TEAMS_WEBHOOK_URL", False),
    ("zapierwebhook", "catch hook URL", lambda: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (rs(8, DIG), rs(7, LOALNUM)), "ZAPIER_HOOK", False),
    ("sumologic", "access id", lambda: "su" + rs(12, ALNUM), "SUMO_ACCESS_ID", False),
    ("sumologic", "access key", lambda: rs(64, ALNUM), "SUMO_ACCESS_KEY", False),
    ("mux", "token secret", lambda: rs(75, ALNUM + "+/"), "MUX_TOKEN_SECRET", False),
    ("loggly", "customer token", uuid4, "LOGGLY_TOKEN", False),
    ("wakatime", "API key", lambda: "waka_" + uuid4(), "WAKATIME_API_KEY", False),
    ("travisci", "API token", lambda: rs(22, ALNUM + "-_"), "TRAVIS_API_TOKEN", False),
    ("vercel", "access token", lambda: rs(24, ALNUM), "VERCEL_TOKEN", False),
    ("sendbird", "API token", lambda: hexs(40), "SENDBIRD_API_TOKEN", False),
    ("1password", "service account token", onepassword, "OP_SERVICE_ACCOUNT_TOKEN", False),
    ("openweather", "API key", lambda: hexs(32), "OPENWEATHER_API_KEY", False),
    ("weightsandbiases", "API key", lambda: hexs(40), "WANDB_API_KEY", False),
    ("rapidapi", "API key", lambda: rs(50, ALNUM), "RAPIDAPI_KEY", False),
    ("cloudsmith", "API key", lambda: hexs(40), "CLOUDSMITH_API_KEY", False),
    ("coveralls", "repo token", lambda: rs(33, ALNUM), "COVERALLS_REPO_TOKEN", False),
    ("honeycomb", "API key", lambda: rs(22, ALNUM), "HONEYCOMB_API_KEY", False),
    ("intercom", "access token", lambda: "dG9rOj" + b64(":" + uuid4().replace("-", "_") + ":1:0"), "INTERCOM_ACCESS_TOKEN", False),
]
PAIR_IDS = {("algolia", "application id"), ("razorpay", "key id"), ("plaid", "client id"), ("confluent", "API key"),
            ("sumologic", "access id")}

FILES_STYLE = [
    ("integrations/.env.integrations", ["env", "envq", "env"]),
    ("integrations/config/services.yaml", ["yaml", "yamlq"]),
    ("integrations/src/settings.py", ["py"]),
    ("integrations/src/clients.js", ["js"]),
    ("integrations/scripts/smoke-tests.sh", ["export"]),
    ("integrations/terraform/secrets.auto.tfvars", ["toml"]),
    ("integrations/cmd/probe/main.go", ["go"]),
    ("integrations/config/runtime.json", ["json"]),
]
FILLER = {
    "env": ["# ---", "LOG_LEVEL=info", "FEATURE_FLAGS=billing,search", "HTTP_TIMEOUT_MS=5000", "REGION=eu-west-1"],
    "envq": ["# ---"],
    "yaml": ["  timeout: 30s", "  retries: 3", "  enabled: true", "# integrations below were added by the platform team"],
    "yamlq": ["  region: eu"],
    "py": ["TIMEOUT = 30", "RETRIES = 3", "# integration credentials (TODO: move to Vault)", "DEBUG = False"],
    "js": ["const TIMEOUT_MS = 5000;", "// integration credentials", "const RETRIES = 3;"],
    "export": ["set -e", "echo \"probing $1\"", "sleep 1"],
    "toml": ["timeout_seconds = 30", "# managed by terraform", "enable_metrics = true"],
    "go": ["\t// TODO(ops): read from env", "\t_ = ctx"],
    "json": ['  "timeoutMs": 5000,', '  "region": "eu-west-1",'],
}


def build():
    files = []
    for path, styles in FILES_STYLE:
        f = F(path, G)
        files.append((f, styles))
    # headers
    files[2][0]('"""Runtime settings for the integrations worker."""')
    files[3][0]("'use strict';")
    files[4][0]("#!/usr/bin/env bash")
    files[6][0]("package main")
    files[6][0]("")
    files[6][0]("func main() {")
    files[7][0]("{")
    files[1][0]("integrations:")
    for i, (svc, kind, mk, var, checked) in enumerate(SPECS):
        if checked:
            CHECKED.add(svc)
        f, styles = files[i % len(files)]
        style = styles[(i // len(files)) % len(styles)]
        val = mk()
        text = line(style, var, val)
        f.sec(text, val, svc, kind, pair=(svc, kind) in PAIR_IDS)
        if R.random() < 0.7:
            base = var.rsplit("_", 1)[0] if "_" in var else var
            host = svc.replace("webhook", "")
            extra_var, extra_val = R.choice([(base + "_BASE_URL", "https://api.%s.example.com" % host),
                                             (base + "_TIMEOUT_SECONDS", str(R.choice([10, 15, 30, 60]))),
                                             (base + "_ENABLED", "true"), (base + "_REGION", R.choice(["eu", "us", "eu-west-1"]))])
            f(line(style, extra_var, extra_val))
    # second positive for a subset, in a curl/header context in a docs file
    f = F("integrations/docs/TROUBLESHOOTING.md", G)
    f("# Troubleshooting integrations")
    f("")
    f("Commands the on-call engineer ran during incident INC-2291 (copied from the shell history):")
    f("")
    f("```sh")
    extra = [
        ("linear", "API key", "curl -H 'Authorization: %s' https://api.linear.app/graphql -d '{\"query\":\"{ viewer { id } }\"}'", lambda: "lin_api_" + rs(40, ALNUM)),
        ("datadog", "API key", "curl -X GET https://api.datadoghq.eu/api/v1/validate -H 'DD-API-KEY: %s'", lambda: hexs(32)),
        ("cloudflare", "API token", "curl https://api.cloudflare.com/client/v4/user/tokens/verify -H 'Authorization: Bearer %s'", lambda: rs(40, ALNUM + "_-")),
        ("okta", "API token (SSWS)", "curl -H 'Authorization: SSWS %s' https://northwind.okta.com/api/v1/users?limit=1", lambda: "00" + rs(40, ALNUM + "-_")),
        ("postman", "API key", "curl -H 'X-Api-Key: %s' https://api.getpostman.com/me", lambda: "PMAK-" + hexs(24) + "-" + hexs(34)),
        ("sentry", "user auth token", "sentry-cli --auth-token %s releases list", lambda: "sntryu_" + hexs(64)),
        ("hashicorpvault", "service token", "VAULT_TOKEN=%s vault kv get secret/orders", lambda: "hvs.CAESI" + rs(86, ALNUM + "-_")),
        ("tailscale", "auth key", "tailscale up --authkey=%s --advertise-tags=tag:ci", lambda: "tskey-auth-k" + rs(6, ALNUM) + "CNTRL-" + rs(33, ALNUM)),
        ("telegrambottoken", "bot token", "curl https://api.telegram.org/bot%s/getMe", lambda: str(R.randrange(1, 8)) + rs(9, DIG) + ":AA" + rs(33, ALNUM + "-_")),
        ("mailgun", "private API key", "curl -s --user 'api:%s' https://api.mailgun.net/v3/domains", lambda: "key-" + hexs(32)),
        ("databricks", "personal access token", "databricks configure --host https://adb-%s.azuredatabricks.net --token <<< %%s" % rs(16, DIG), lambda: "dapi" + hexs(32) + "-2"),
        ("newrelic", "user API key", "curl -X POST https://api.eu.newrelic.com/graphql -H 'API-Key: %s' -d @q.json", lambda: "NRAK-" + rs(27, UPALNUM)),
        ("dynatrace", "API token", "curl -H 'Authorization: Api-Token %s' https://abc12345.live.dynatrace.com/api/v2/metrics", lambda: "dt0c01." + rs(24, UPALNUM) + "." + rs(64, UPALNUM)),
        ("heroku", "API key (HRKU-)", "heroku config -a nw-api  # HEROKU_API_KEY=%s", lambda: "HRKU-AA" + rs(58, ALNUM + "_-")),
        ("notion", "integration token (ntn_)", "curl https://api.notion.com/v1/users -H 'Authorization: Bearer %s' -H 'Notion-Version: 2022-06-28'", lambda: "ntn_" + rs(11, DIG) + rs(35, ALNUM)),
        ("doppler", "service token", "doppler secrets download --no-file --token %s", lambda: "dp.st.prd." + rs(43, ALNUM)),
        ("grafana", "service account token", "curl -H 'Authorization: Bearer %s' https://grafana.northwind.io/api/dashboards/home", lambda: "glsa_" + rs(32, ALNUM) + "_" + hexs(8)),
        ("age", "age secret key", "echo '%s' > ~/.config/sops/age/keys.txt", age_key),
        ("shippo", "live API token", "curl https://api.goshippo.com/addresses/ -H 'Authorization: ShippoToken %s'", lambda: "shippo_live_" + hexs(40)),
        ("rubygems", "API key", "GEM_HOST_API_KEY=%s gem push pkg/nw-client-1.4.0.gem", lambda: "rubygems_" + hexs(48)),
        ("airtable", "personal access token", "curl https://api.airtable.com/v0/meta/bases -H 'Authorization: Bearer %s'", lambda: "pat" + rs(14, ALNUM) + "." + hexs(64)),
        ("terraformcloud", "API token", "curl -H 'Authorization: Bearer %s' https://app.terraform.io/api/v2/account/details", lambda: rs(14, ALNUM) + ".atlasv1." + rs(67, ALNUM)),
    ]
    for svc, kind, fmt, mk in extra:
        v = mk()
        f.sec(fmt % v, v, svc, kind)
    f("```")
    f("")
    f("## Public keys that are fine to share")
    f("")
    v = "phc_" + rs(43, ALNUM)
    f.neg("- PostHog project key (browser snippet): `%s`" % v, v, "posthog", "project API key, public by design")
    v = mapbox_pk("northwind")
    f.neg("- Mapbox public token for the store locator: `%s`" % v, v, "mapbox", "public (pk.) token, public by design")
    v = "pk-lf-" + uuid4()
    f.neg("- Langfuse public key: `%s`" % v, v, "langfuse", "public key, public by design")
    v = "6L" + rs(38, ALNUM + "-_")
    f.neg("- reCAPTCHA site key: `%s`" % v, v, "recaptcha", "site key, public by design")
    v = hexs(32)
    f.neg("- Sentry DSN (browser): `https://%s@o%s.ingest.de.sentry.io/%s`" % (v, rs(6, DIG), rs(7, DIG)), v, "sentry", "DSN public key, public by design")
    v = "pub" + hexs(32)
    f.neg("- Datadog browser RUM client token: `%s`" % v, v, "datadog", "RUM client token, public by design")
    v = rs(6, UPALNUM)
    f.neg("- Klaviyo public site id (company_id for the onsite JS): `%s`" % v, v, "klaviyo", "public site id (6 chars), not a private key")
    # a few long-tail near misses
    f("")
    f("## Revoked / truncated values quoted in tickets")
    f("")
    for svc, v, why in [
        ("groq", "gsk_" + rs(20, ALNUM), "truncated key"),
        ("linear", "lin_api_" + rs(12, ALNUM), "truncated key"),
        ("sentry", "sntryu_" + hexs(40), "too short (40 hex instead of 64)"),
        ("dynatrace", "dt0c01." + rs(24, UPALNUM), "token identifier only (public portion), no secret portion"),
        ("tailscale", "tskey-auth-k" + rs(6, ALNUM) + "CNTRL", "key id only, secret part missing"),
        ("postman", "PMAK-" + hexs(24), "id part only"),
        ("hashicorpvault", "hvs.XXXXXXXXXXXXXXXXXXXXXXXX", "placeholder"),
        ("age", "AGE-SECRET-KEY-1" + "X" * 58, "placeholder (X is not in the bech32 alphabet)"),
        ("age", bech32("age", rbytes(32)), "age public recipient, not a secret"),
        ("terraformcloud", "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
        ("datadog", "<DATADOG_API_KEY>", "placeholder"),
        ("rubygems", "rubygems_" + hexs(20), "truncated key"),
    ]:
        f.neg("- `%s`" % v, v, svc, why)
    # close files
    files[6][0]("}")
    last = files[7][0]
    last('  "version": 3')
    last("}")
