"""Hand-written realistic files: GitHub, GitLab, Slack, Stripe, AWS."""
import base64, json
import tokens as t
from tokens import R, hexs, b62, uid, digits
from framework import FileB, Sec, Neg


def b64(s):
    return base64.b64encode(s.encode()).decode()


def github():
    # 1. release workflow: classic PAT + fine-grained PAT, pinned SHAs as negatives
    ghp1, fg1 = t.ghp(), t.github_pat()
    sha1, sha2 = hexs(40), hexs(40)
    f = FileB("services/web-frontend/.github/workflows/release.yml")
    f.add("name: release\non:\n  push:\n    tags: ['v*']\n\npermissions:\n  contents: write\n\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:")
    f.add("      GH_TOKEN: %s   # TODO move to repo secrets" % ghp1, Sec(ghp1, "github", "classic personal access token"))
    f.add("      RELEASE_NOTES_REPO: acme-corp/release-notes\n    steps:")
    f.add("      - uses: actions/checkout@%s # v4.1.7" % sha1, Neg(sha1, "github", "40-hex git commit SHA pinning an action, not a token"))
    f.add("        with:\n          fetch-depth: 0")
    f.add("          token: %s" % fg1, Sec(fg1, "github", "fine-grained personal access token"))
    f.add("      - uses: actions/setup-node@%s # v4.0.3" % sha2, Neg(sha2, "github", "40-hex commit SHA of an action version"))
    f.add("      - run: gh release create \"$GITHUB_REF_NAME\" --generate-notes")
    f.add("        env:\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}", Neg("${{ secrets.GITHUB_TOKEN }}", "github", "Actions secret reference, no value"))

    # 2. gh CLI hosts.yml: OAuth token
    gho1 = t.gho()
    f = FileB("dotfiles/home/.config/gh/hosts.yml")
    f.add("github.com:\n    user: jdoe-acme\n    git_protocol: https")
    f.add("    oauth_token: %s" % gho1, Sec(gho1, "github", "OAuth access token (gh CLI)"))
    f.add("    users:\n        jdoe-acme:")
    gho2 = t.gho()
    f.add("            oauth_token: %s" % gho2, Sec(gho2, "github", "OAuth access token (gh CLI)"))

    # 3. .git-credentials
    ghp2 = t.ghp()
    gdev = t.azure_devops_pat_legacy()
    f = FileB("dotfiles/home/.git-credentials")
    f.add("https://jdoe-acme:%s@github.com" % ghp2, Sec(ghp2, "github", "classic personal access token (git credential store)"))
    f.add("https://build:%s@dev.azure.com" % gdev, Sec(gdev, "azure", "Azure DevOps personal access token (git credential store)"))

    # 4. GitHub App auth helper in Python: private key, installation token, app id
    pem = t.pem_rsa_pkcs1()
    ghs1 = t.ghs()
    f = FileB("tools/py/gh_app_auth.py")
    f.add('"""Mint installation tokens for the acme-release-bot GitHub App."""\nimport time\n\nimport jwt\nimport requests\n\nAPP_ID = 912345\nINSTALLATION_ID = 51234567\n')
    f.add('PRIVATE_KEY = """' + pem.rstrip("\n") + '\n"""', Sec(pem, "github", "GitHub App private key (RSA PEM)", needle="-----BEGIN RSA PRIVATE KEY-----"))
    f.add('\n\ndef app_jwt():\n    now = int(time.time())\n    payload = {"iat": now - 60, "exp": now + 540, "iss": APP_ID}\n    return jwt.encode(payload, PRIVATE_KEY, algorithm="RS256")\n\n')
    f.add("# last token minted during the incident, still used by the nightly job:")
    f.add('CACHED_INSTALLATION_TOKEN = "%s"' % ghs1, Sec(ghs1, "github", "server-to-server (installation) token"))
    f.add('\n\ndef installation_token():\n    r = requests.post(\n        f"https://api.github.com/app/installations/{INSTALLATION_ID}/access_tokens",\n        headers={"Authorization": f"Bearer {app_jwt()}", "Accept": "application/vnd.github+json"},\n    )\n    r.raise_for_status()\n    return r.json()["token"]')

    # 5. OAuth/user-to-server debug log with refresh token
    ghu1, ghr1, ghs2 = t.ghu(), t.ghr(), t.ghs()
    f = FileB("logs/github-app-debug.log")
    cli = "Iv23li" + b62(14)
    f.add("2025-02-02 10:41:07,112 DEBUG oauth: exchanging code for user-to-server token (client_id=%s)" % cli, Neg(cli, "github", "GitHub App client id alone, a public identifier"))
    f.add('2025-02-02 10:41:07,655 DEBUG oauth: response body: {"access_token":"%s","expires_in":28800,' % ghu1, Sec(ghu1, "github", "user-to-server token"))
    f.add('2025-02-02 10:41:07,655 DEBUG oauth:   "refresh_token":"%s","refresh_token_expires_in":15897600,"token_type":"bearer","scope":""}' % ghr1, Sec(ghr1, "github", "refresh token"))
    f.add("2025-02-02 10:41:08,001 DEBUG http: > GET /repos/acme-corp/api/pulls?state=open HTTP/1.1")
    f.add("2025-02-02 10:41:08,001 DEBUG http: > Authorization: token %s" % ghs2, Sec(ghs2, "github", "server-to-server (installation) token"))
    rid = uid()
    f.add("2025-02-02 10:41:08,290 DEBUG http: < X-GitHub-Request-Id: %s" % rid.upper().replace("-", ":")[:35], Neg(rid.upper().replace("-", ":")[:35], "github", "request id header, not a credential"))
    bad = t.ghp(bad_crc=True)
    f.add("2025-02-02 10:41:09,004 WARN  config: ignoring GITHUB_TOKEN=%s (checksum mismatch, looks hand-edited)" % bad, Neg(bad, "github", "ghp_ token whose CRC32 checksum suffix does not match"))

    # 6. mirror script with installation token in URL
    ghs3 = t.ghs()
    f = FileB("scripts/mirror-repos.sh")
    f.add("#!/usr/bin/env bash\nset -euo pipefail\n# mirror selected repos to the DR bucket\nREPOS=(api web-frontend ingest-go)\nfor r in \"${REPOS[@]}\"; do")
    f.add('  git clone --mirror "https://x-access-token:%s@github.com/acme-corp/${r}.git" "/srv/mirror/${r}.git"' % ghs3, Sec(ghs3, "github", "server-to-server (installation) token in clone URL"))
    f.add("done\n")
    f.add('# token comes from the app: TOKEN="$(python3 tools/py/gh_app_auth.py)"', Neg('TOKEN="$(python3 tools/py/gh_app_auth.py)"', "github", "command substitution, no literal token"))

    # 7. Go client
    fg2 = t.github_pat()
    f = FileB("services/ingest-go/internal/gh/client.go")
    f.add('package gh\n\nimport (\n\t"context"\n\n\t"github.com/google/go-github/v62/github"\n)\n')
    f.add('// readOnlyToken is a fine-grained PAT scoped to acme-corp/ingest-config (contents:read).\nconst readOnlyToken = "%s"' % fg2, Sec(fg2, "github", "fine-grained personal access token"))
    f.add('\nfunc New(ctx context.Context) *github.Client {\n\treturn github.NewClient(nil).WithAuthToken(readOnlyToken)\n}')
    short = "ghp_" + b62(30)
    f.add('\n// example from the docs, shortened: "%s"' % short, Neg(short, "github", "30 characters after ghp_; classic PATs have 36"))

    # 8. CONTRIBUTING.md with curl
    ghp3 = t.ghp()
    f = FileB("docs/CONTRIBUTING.md")
    f.add("# Contributing\n\n## Releasing\n\nCheck the token works before tagging:\n\n```bash")
    f.add('curl -H "Authorization: Bearer %s" https://api.github.com/user' % ghp3, Sec(ghp3, "github", "classic personal access token"))
    f.add("```\n\nOr with the CLI (recommended):\n\n```bash")
    f.add("gh auth login --with-token < ~/.secrets/gh-token.txt", Neg("gh auth login --with-token", "github", "reads the token from a file; no token on the line"))
    f.add("```\n\nA personal token looks like `ghp_` followed by 36 characters, e.g.")
    f.add("`ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.", Neg("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "github", "all-x placeholder"))
    f.add("\nThe release commit is tagged from `main`; see commit")
    c = hexs(40)
    f.add("%s for the last one." % c, Neg(c, "github", "git commit id in prose"))

    # 9. npmrc for GitHub Packages (github token)
    ghp4 = t.ghp()
    f = FileB("services/web-frontend/.npmrc")
    f.add("@acme-corp:registry=https://npm.pkg.github.com")
    f.add("//npm.pkg.github.com/:_authToken=%s" % ghp4, Sec(ghp4, "github", "classic personal access token (npmrc for GitHub Packages)"))
    f.add("always-auth=true\nengine-strict=true")

    # 10. JS octokit with OAuth token and a bad-checksum gho
    gho3 = t.gho()
    badg = t.gho(bad_crc=True)
    f = FileB("services/notifications/src/github.js")
    f.add("const { Octokit } = require('@octokit/rest');\n")
    f.add("const octokit = new Octokit({ auth: '%s' });" % gho3, Sec(gho3, "github", "OAuth access token"))
    f.add("// const legacy = new Octokit({ auth: '%s' });  // revoked, checksum invalid" % badg, Neg(badg, "github", "gho_ token with a wrong CRC32 checksum"))
    f.add("\nasync function openIssue(title, body) {\n  return octokit.issues.create({ owner: 'acme-corp', repo: 'alerts', title, body });\n}\n\nmodule.exports = { openIssue };")

    # 11. notebook with ghp and ghu
    ghp5 = t.ghp()
    f = FileB("notebooks/repo_stats.ipynb")
    cells = [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["from github import Github\n", 'g = Github("%s")\n' % ghp5, "org = g.get_organization('acme-corp')"]},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["repos: 142\n"]}], "source": ["print('repos:', org.public_repos + org.total_private_repos)"]}]
    f.add(json.dumps({"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1),
          Sec(ghp5, "github", "classic personal access token"))

    # 12. Ruby with fine-grained PAT; an all-caps fake
    fg3 = t.github_pat()
    f = FileB("services/shop-rails/lib/github_sync.rb")
    f.add("require 'octokit'\n\nmodule GithubSync\n  def self.client")
    f.add("    @client ||= Octokit::Client.new(access_token: '%s')" % fg3, Sec(fg3, "github", "fine-grained personal access token"))
    f.add("  end\n\n  def self.fallback_client")
    f.add("    Octokit::Client.new(access_token: ENV.fetch('GITHUB_TOKEN'))", Neg("ENV.fetch('GITHUB_TOKEN')", "github", "reads the token from the environment"))
    f.add("  end\nend")


def gitlab():
    leg, rout = t.glpat_legacy(), t.gl_routable()
    trig, dep = t.glptt(), t.gldt()
    f = FileB("services/ingest-go/.gitlab-ci.yml")
    f.add("stages: [build, test, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2")
    f.add("  GITLAB_API_TOKEN: \"%s\"" % leg, Sec(leg, "gitlab", "personal access token (legacy glpat-)"))
    f.add("  CI_DEBUG_TRACE: \"false\"\n\nbuild:\n  stage: build\n  image: docker:26\n  script:")
    f.add("    - docker login -u gitlab+deploy-token-4411 -p %s registry.gitlab.com" % dep, Sec(dep, "gitlab", "deploy token"))
    f.add("    - docker build -t registry.gitlab.com/acme-corp/ingest:$CI_COMMIT_SHORT_SHA .\n\ntrigger-docs:\n  stage: deploy\n  script:")
    f.add('    - curl -X POST --fail -F token=%s -F ref=main https://gitlab.com/api/v4/projects/48213377/trigger/pipeline' % trig, Sec(trig, "gitlab", "pipeline trigger token"))
    f.add('    - curl --header "JOB-TOKEN: $CI_JOB_TOKEN" https://gitlab.com/api/v4/projects/48213377/packages', Neg("$CI_JOB_TOKEN", "gitlab", "predefined CI variable reference, no value"))
    f.add("\nrelease:\n  stage: deploy\n  script:")
    f.add("    - glab auth login --hostname gitlab.com --token %s" % rout, Sec(rout, "gitlab", "personal access token (routable glpat- with CRC)"))
    f.add("    - glab release create $CI_COMMIT_TAG")

    # runner config.toml
    r1, r2 = t.glrt(), t.glrt_routable()
    f = FileB("infra/gitlab-runner/config.toml")
    f.add('concurrent = 4\ncheck_interval = 0\n\n[[runners]]\n  name = "docker-runner-1"\n  url = "https://gitlab.com/"\n  id = 31337412')
    f.add('  token = "%s"' % r1, Sec(r1, "gitlab", "runner authentication token"))
    f.add('  executor = "docker"\n  [runners.docker]\n    image = "alpine:3.20"\n    privileged = false\n\n[[runners]]\n  name = "docker-runner-2"\n  url = "https://gitlab.com/"')
    f.add('  token = "%s"' % r2, Sec(r2, "gitlab", "runner authentication token (glrt-t1_)"))
    f.add('  executor = "docker"')

    # python-gitlab
    rout2 = t.gl_routable()
    badr = t.gl_routable(bad_crc=True)
    f = FileB("tools/py/gitlab_backup.py")
    f.add("import gitlab\n\nGL_URL = 'https://gitlab.com'\n")
    f.add("gl = gitlab.Gitlab(GL_URL, private_token='%s')" % rout2, Sec(rout2, "gitlab", "personal access token (routable)"))
    f.add("# old token kept for reference, it fails the CRC check:")
    f.add("# gl = gitlab.Gitlab(GL_URL, private_token='%s')" % badr, Neg(badr, "gitlab", "routable glpat- whose CRC32 suffix is wrong"))
    f.add("\nfor project in gl.projects.list(iterator=True, owned=True):\n    export = project.exports.create()\n    print(project.path_with_namespace, export.id)")

    # glab config
    leg2 = t.glpat_legacy()
    f = FileB("dotfiles/home/.config/glab-cli/config.yml")
    f.add("git_protocol: ssh\neditor: vim\nhosts:\n    gitlab.com:\n        api_protocol: https\n        api_host: gitlab.com")
    f.add("        token: %s" % leg2, Sec(leg2, "gitlab", "personal access token"))
    f.add("        user: jdoe")

    # docs + feed token + oauth secret + agent token
    leg3, feed, oas, agent = t.glpat_legacy(), t.glft(), t.gloas(), t.glagent()
    f = FileB("docs/gitlab-integration.md")
    f.add("# GitLab integration notes\n\nList merge requests:\n\n```")
    f.add('curl --header "PRIVATE-TOKEN: %s" "https://gitlab.com/api/v4/merge_requests?scope=all"' % leg3, Sec(leg3, "gitlab", "personal access token"))
    f.add("```\n\nActivity feed for the dashboard widget:\n")
    f.add("    https://gitlab.com/dashboard/projects.atom?feed_token=%s" % feed, Sec(feed, "gitlab", "feed token"))
    f.add("\nShort form used in examples only: `glpat-1234567890`.", Neg("glpat-1234567890", "gitlab", "10 characters after glpat-; tokens have 20 or more"))
    f.add("Placeholder in the wiki: `glpat-xxxxxxxxxxxxxxxxxxxx`.", Neg("glpat-xxxxxxxxxxxxxxxxxxxx", "gitlab", "all-x placeholder"))
    f = FileB("services/auth-gateway/config/omniauth.yml")
    appid = hexs(64)
    f.add("providers:\n  - name: gitlab\n    app_id: \"%s\"" % appid, Sec(appid, "gitlab", "id (pair of OAuth application secret): application id", pair=True))
    f.add("    app_secret: \"%s\"" % oas, Sec(oas, "gitlab", "OAuth application secret"))
    f.add("    args:\n      scope: read_user openid")
    f = FileB("infra/helm/gitlab-agent/values.yaml")
    f.add("replicas: 2\nconfig:\n  kasAddress: wss://kas.gitlab.com")
    f.add("  token: %s" % agent, Sec(agent, "gitlab", "cluster agent token"))
    f.add("image:\n  tag: v17.2.0")
    bad_len = "glptt-" + hexs(39)
    f.add("# previous trigger: %s" % bad_len, Neg(bad_len, "gitlab", "39 hex after glptt-; trigger tokens have 40"))


def slack():
    bot, user, app = t.xoxb(), t.xoxp(), t.xapp()
    cfg, rfr = t.xoxe_config(), t.xoxe_refresh()
    f = FileB("services/notifications/src/slack.js")
    f.add("const { WebClient } = require('@slack/web-api');\nconst { App } = require('@slack/bolt');\n")
    f.add("const web = new WebClient('%s');" % bot, Sec(bot, "slack", "bot token"))
    f.add("\nconst app = new App({\n  token: process.env.SLACK_BOT_TOKEN,", Neg("token: process.env.SLACK_BOT_TOKEN", "slack", "environment lookup, no value"))
    f.add("  appToken: '%s'," % app, Sec(app, "slack", "app-level token"))
    f.add("  socketMode: true,\n});\n\nasync function post(channel, text) {")
    chan = "C0" + t.rs(t.UPNUM, 9)
    f.add("  return web.chat.postMessage({ channel: channel || '%s', text });" % chan, Neg(chan, "slack", "channel id, not a credential"))
    f.add("}\n\nmodule.exports = { app, post };")

    f = FileB("tools/py/slack_export.py")
    f.add("from slack_sdk import WebClient\n\n# user token: needed for conversations.history on private channels")
    f.add('client = WebClient(token="%s")' % user, Sec(user, "slack", "user token"))
    f.add('\nresp = client.conversations_list(types="private_channel", limit=200)\nfor ch in resp["channels"]:\n    print(ch["id"], ch["name"])')
    f.add('\n# bot token placeholder for the public export:\nBOT = "xoxb-"', Neg('BOT = "xoxb-"', "slack", "prefix only"))

    f = FileB("services/notifications/.env.slack")
    bot2 = t.xoxb()
    f.add("SLACK_SIGNING_SECRET=%s" % (ss := hexs(32)), Sec(ss, "slack", "signing secret"))
    f.add("SLACK_BOT_TOKEN=%s" % bot2, Sec(bot2, "slack", "bot token"))
    app2 = t.xapp()
    f.add("SLACK_APP_TOKEN=%s" % app2, Sec(app2, "slack", "app-level token"))
    f.add("SLACK_DEFAULT_CHANNEL=#deploys")
    short = "xoxb-%s-%s" % (digits(4), b62(8))
    f.add("# SLACK_BOT_TOKEN_OLD=%s" % short, Neg(short, "slack", "segments far too short for a bot token"))

    f = FileB("scripts/slack-manifest-deploy.sh")
    f.add("#!/bin/sh\n# push the app manifest with a configuration token (expires in 12h)")
    f.add("CONFIG_TOKEN='%s'" % cfg, Sec(cfg, "slack", "app configuration access token"))
    f.add("REFRESH_TOKEN='%s'" % rfr, Sec(rfr, "slack", "app configuration refresh token"))
    f.add('curl -s -X POST https://slack.com/api/apps.manifest.update \\\n  -H "Authorization: Bearer $CONFIG_TOKEN" \\\n  --data-urlencode "app_id=A07ABCDEF12" \\\n  --data-urlencode "manifest@manifest.json"',
          Neg('-H "Authorization: Bearer $CONFIG_TOKEN"', "slack", "variable reference in header"))

    # webhooks in various places
    w1, w2, w3, w4 = (t.slack_webhook() for _ in range(4))
    f = FileB("infra/monitoring/alertmanager.yml")
    f.add("global:\n  resolve_timeout: 5m")
    f.add("  slack_api_url: '%s'" % w1, Sec(w1, "slack", "incoming webhook URL"))
    f.add("route:\n  receiver: slack-ops\nreceivers:\n  - name: slack-ops\n    slack_configs:\n      - channel: '#ops-alerts'\n        send_resolved: true")
    f.add("  - name: slack-placeholder\n    slack_configs:\n      - api_url: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'",
          Neg("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "slack", "documentation placeholder webhook"))
    f = FileB("ci/Jenkinsfile")
    f.add("pipeline {\n  agent any\n  environment {\n    IMAGE = 'acme/api'")
    f.add("    SLACK_HOOK = '%s'" % w2, Sec(w2, "slack", "incoming webhook URL"))
    f.add("  }\n  stages {\n    stage('Build') { steps { sh 'make build' } }\n    stage('Test') { steps { sh 'make test' } }\n  }\n  post {\n    failure {")
    f.add("      sh \"curl -X POST -H 'Content-type: application/json' --data '{\\\"text\\\":\\\"build failed\\\"}' ${SLACK_HOOK}\"", Neg("${SLACK_HOOK}", "slack", "variable reference"))
    f.add("    }\n  }\n}")
    f = FileB("infra/terraform/monitoring.tf")
    f.add('resource "datadog_integration_slack_channel" "ops" {\n  account_name = "acme"\n  channel_name = "#ops"\n  display {\n    message = true\n  }\n}\n\nvariable "slack_webhook" {\n  type      = string\n  sensitive = true')
    f.add('  default   = "%s"' % w3, Sec(w3, "slack", "incoming webhook URL"))
    f.add("}")
    f = FileB("services/ml-api/app/alerts.py")
    f.add("import json\nimport urllib.request\n")
    f.add('WEBHOOK = "%s"' % w4, Sec(w4, "slack", "incoming webhook URL"))
    f.add('\n\ndef alert(msg: str) -> None:\n    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": msg}).encode(), headers={"Content-Type": "application/json"})\n    urllib.request.urlopen(req, timeout=5)')


def stripe():
    live, rlive, wh = t.stripe("sk_live_"), t.stripe("rk_live_"), t.whsec()
    f = FileB("services/payments-api/payments/settings/production.py")
    f.add('"""Production settings for the payments service."""\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = ["payments.acme-corp.io"]\n')
    dj = t.django_secret()
    f.add("SECRET_KEY = '%s'" % dj, Sec(dj, "django-secret-key", "Django SECRET_KEY"))
    f.add("\n# Stripe")
    f.add('STRIPE_SECRET_KEY = "%s"' % live, Sec(live, "stripe", "live secret key"))
    f.add('STRIPE_WEBHOOK_SECRET = "%s"' % wh, Sec(wh, "stripe", "webhook signing secret"))
    f.add('STRIPE_CONNECT_ACCOUNT = "acct_1%s"' % b62(15), Neg("STRIPE_CONNECT_ACCOUNT", "stripe", "connected account id, an identifier"))
    pw = t.password()
    f.add('\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "payments",\n        "USER": "payments_app",')
    f.add('        "PASSWORD": "%s",' % pw, Sec(pw, "password", "database password in Django settings"))
    f.add('        "HOST": "payments-db.internal",\n        "PORT": "5432",\n    }\n}')

    test, rtest = t.stripe("sk_test_"), t.stripe("rk_test_")
    f = FileB("services/payments-api/.env.test")
    f.add("DJANGO_SETTINGS_MODULE=payments.settings.test")
    f.add("STRIPE_SECRET_KEY=%s" % test, Sec(test, "stripe", "test secret key"))
    f.add("STRIPE_RESTRICTED_KEY=%s" % rtest, Sec(rtest, "stripe", "test restricted key"))
    f.add("STRIPE_LIVE_KEY=sk_live_", Neg("STRIPE_LIVE_KEY=sk_live_", "stripe", "prefix with nothing after it"))
    f.add("STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME", Neg("whsec_REPLACE_ME", "stripe", "placeholder"))

    old = t.stripe("sk_live_", modern=False)
    f = FileB("services/shop-rails/config/initializers/stripe.rb")
    f.add("require 'stripe'\n")
    f.add("Stripe.api_key = Rails.env.production? ? '%s' : ENV['STRIPE_TEST_KEY']" % old, Sec(old, "stripe", "live secret key (24-char legacy form)"))
    f.add("Stripe.api_version = '2024-06-20'")
    f.add("# example customer for the seed script: cus_%s" % b62(14), Neg("# example customer for the seed script", "stripe", "customer object id, not a secret"))

    f = FileB("sites/laravel-shop/app/Services/Billing.php")
    f.add("<?php\n\nnamespace App\\Services;\n\nuse Stripe\\StripeClient;\n\nclass Billing\n{\n    public function client(): StripeClient\n    {")
    f.add("        return new StripeClient('%s');" % rlive, Sec(rlive, "stripe", "live restricted key"))
    f.add("    }\n\n    public function sandbox(): StripeClient\n    {")
    f.add("        return new StripeClient(config('services.stripe.secret'));", Neg("config('services.stripe.secret')", "stripe", "config lookup, no literal"))
    f.add("    }\n}")

    test2 = t.stripe("sk_test_")
    f = FileB("services/ingest-go/internal/billing/stripe.go")
    f.add('package billing\n\nimport (\n\t"github.com/stripe/stripe-go/v79"\n\t"github.com/stripe/stripe-go/v79/customer"\n)\n\nfunc init() {')
    f.add('\tstripe.Key = "%s"' % test2, Sec(test2, "stripe", "test secret key"))
    f.add("}\n\nfunc Lookup(id string) (*stripe.Customer, error) {\n\treturn customer.Get(id, nil)\n}")
    tiny = "sk_live_" + b62(10)
    f.add('\n// ErrKey is returned for keys like "%s" that are too short.' % tiny, Neg(tiny, "stripe", "10 characters after sk_live_; keys have 24 or more"))

    wh2 = t.whsec()
    f = FileB("infra/k8s/base/secrets/stripe-webhook.yaml")
    f.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe-webhook\n  namespace: payments\ntype: Opaque\ndata:")
    f.add("  STRIPE_WEBHOOK_SECRET: %s" % b64(wh2), Sec(b64(wh2), "stripe", "webhook signing secret (base64 in Secret data)"))
    live2 = t.stripe("sk_live_")
    f.add("  STRIPE_SECRET_KEY: %s" % b64(live2), Sec(b64(live2), "stripe", "live secret key (base64 in Secret data)"))

    live3 = t.stripe("sk_live_")
    f = FileB("logs/payments-http-dump.log")
    f.add("[2025-04-02 18:03:11] payments.http DEBUG request POST https://api.stripe.com/v1/payment_intents\n[2025-04-02 18:03:11] payments.http DEBUG   Content-Type: application/x-www-form-urlencoded")
    f.add("[2025-04-02 18:03:11] payments.http DEBUG   Authorization: Bearer %s" % live3, Sec(live3, "stripe", "live secret key"))
    idk = uid()
    f.add("[2025-04-02 18:03:11] payments.http DEBUG   Idempotency-Key: %s" % idk, Neg(idk, "stripe", "idempotency key (UUID), not a secret"))
    f.add("[2025-04-02 18:03:12] payments.http DEBUG response 200 request-id=req_%s" % b62(14), Neg("request-id=req_", "stripe", "Stripe request id"))
    f.add("[2025-04-02 18:03:12] payments.http DEBUG   Authorization: Bearer sk_live_****************************", Neg("Bearer sk_live_****", "stripe", "redacted key"))

    rtest2 = t.stripe("rk_test_")
    f = FileB("services/reports-dotnet/Billing/StripeSetup.cs")
    f.add("using Stripe;\n\nnamespace Acme.Reports.Billing\n{\n    public static class StripeSetup\n    {\n        public static void Configure()\n        {")
    f.add('            StripeConfiguration.ApiKey = "%s";' % rtest2, Sec(rtest2, "stripe", "test restricted key"))
    f.add("        }\n    }\n}")

    f = FileB("docs/payments/README.md")
    f.add("# Payments\n\nLocal setup: copy `.env.example` and set your own test key:\n\n```")
    f.add("STRIPE_SECRET_KEY=sk_test_...", Neg("sk_test_...", "stripe", "ellipsis placeholder"))
    f.add("```\n\nNever commit a live key (`sk_live_<your key>`).", Neg("sk_live_<your key>", "stripe", "angle-bracket placeholder"))
    wh3 = t.whsec()
    f.add("\nThe CLI prints the webhook secret when you run `stripe listen`, for example:\n\n```\n> Ready! Your webhook signing secret is %s (^C to quit)\n```" % wh3, Sec(wh3, "stripe", "webhook signing secret (CLI output)"))


def aws():
    ids = [t.aws_id() for _ in range(8)]
    secs = [t.aws_secret() for _ in range(8)]
    sid, ssec, stok = t.aws_id("ASIA"), t.aws_secret(), t.aws_session()
    f = FileB("dotfiles/home/.aws/credentials")
    f.add("[default]")
    f.add("aws_access_key_id = %s" % ids[0], Sec(ids[0], "aws", "id (pair of secret access key): access key id", pair=True))
    f.add("aws_secret_access_key = %s" % secs[0], Sec(secs[0], "aws", "secret access key"))
    f.add("\n[prod-admin]")
    f.add("aws_access_key_id = %s" % sid, Sec(sid, "aws", "id (pair of secret access key): temporary access key id (ASIA)", pair=True))
    f.add("aws_secret_access_key = %s" % ssec, Sec(ssec, "aws", "secret access key (temporary)"))
    f.add("aws_session_token = %s" % stok, Sec(stok, "aws", "session token"))
    f.add("\n[readonly]\nrole_arn = arn:aws:iam::%s:role/ReadOnly\nsource_profile = default" % digits(12), Neg("role_arn = arn:aws:iam::", "aws", "role ARN with account id, not a secret"))

    f = FileB("infra/terraform/providers.tf")
    f.add('terraform {\n  required_version = ">= 1.6"\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.50"\n    }\n  }\n}\n\nprovider "aws" {\n  region     = "eu-central-1"')
    f.add('  access_key = "%s"' % ids[1], Sec(ids[1], "aws", "id (pair of secret access key): access key id", pair=True))
    f.add('  secret_key = "%s"' % secs[1], Sec(secs[1], "aws", "secret access key"))
    f.add("}\n\nprovider \"aws\" {\n  alias  = \"dr\"\n  region = \"eu-west-1\"")
    f.add("  access_key = var.dr_access_key", Neg("access_key = var.dr_access_key", "aws", "variable reference"))
    f.add("  secret_key = var.dr_secret_key\n}", Neg("secret_key = var.dr_secret_key", "aws", "variable reference"))

    f = FileB("tools/py/s3_cleanup.py")
    f.add("import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    region_name=\"eu-central-1\",")
    f.add('    aws_access_key_id="%s",' % ids[2], Sec(ids[2], "aws", "id (pair of secret access key): access key id", pair=True))
    f.add('    aws_secret_access_key="%s",' % secs[2], Sec(secs[2], "aws", "secret access key"))
    f.add(")\n\nfor obj in s3.list_objects_v2(Bucket=\"acme-tmp-exports\").get(\"Contents\", []):\n    s3.delete_object(Bucket=\"acme-tmp-exports\", Key=obj[\"Key\"])")
    lower = "AKIA" + t.rs("abcdefghijklmnopqrstuvwxyz", 16)
    f.add('\n# DO NOT USE: "%s" was a typo in the ticket' % lower, Neg(lower, "aws", "lowercase after AKIA; key ids are upper-case base32"))

    f = FileB("services/billing-java/src/main/java/com/acme/billing/storage/S3Config.java")
    f.add("package com.acme.billing.storage;\n\nimport com.amazonaws.auth.AWSStaticCredentialsProvider;\nimport com.amazonaws.auth.BasicAWSCredentials;\nimport com.amazonaws.services.s3.AmazonS3;\nimport com.amazonaws.services.s3.AmazonS3ClientBuilder;\n\npublic class S3Config {\n    public AmazonS3 s3() {\n        BasicAWSCredentials creds = new BasicAWSCredentials(")
    f.add('            "%s",' % ids[3], Sec(ids[3], "aws", "id (pair of secret access key): access key id", pair=True))
    f.add('            "%s");' % secs[3], Sec(secs[3], "aws", "secret access key"))
    f.add("        return AmazonS3ClientBuilder.standard()\n            .withCredentials(new AWSStaticCredentialsProvider(creds))\n            .withRegion(\"eu-central-1\")\n            .build();\n    }\n}")

    f = FileB("services/web-frontend/src/server/uploads.ts")
    f.add("import { S3Client } from '@aws-sdk/client-s3';\n\nexport const s3 = new S3Client({\n  region: 'us-east-1',\n  credentials: {")
    f.add("    accessKeyId: '%s'," % ids[4], Sec(ids[4], "aws", "id (pair of secret access key): access key id", pair=True))
    f.add("    secretAccessKey: '%s'," % secs[4], Sec(secs[4], "aws", "secret access key"))
    f.add("  },\n});")

    f = FileB("ml/training/.github/workflows/train.yml")
    f.add("name: train\non: [workflow_dispatch]\njobs:\n  train:\n    runs-on: [self-hosted, gpu]\n    env:")
    f.add("      AWS_ACCESS_KEY_ID: %s" % ids[5], Sec(ids[5], "aws", "id (pair of secret access key): access key id", pair=True))
    f.add("      AWS_SECRET_ACCESS_KEY: %s" % secs[5], Sec(secs[5], "aws", "secret access key"))
    f.add("      AWS_DEFAULT_REGION: us-west-2\n    steps:\n      - uses: actions/checkout@v4\n      - run: python train.py --data s3://acme-ml/datasets/v7")

    f = FileB("logs/ecs-task-env-dump.log")
    f.add("2025-05-20T11:02:33Z task=etl-7f3c env dump (debug=1):")
    sid2, ssec2, stok2 = t.aws_id("ASIA"), t.aws_secret(), t.aws_session()
    f.add("  AWS_ACCESS_KEY_ID=%s" % sid2, Sec(sid2, "aws", "id (pair of secret access key): temporary access key id (ASIA)", pair=True))
    f.add("  AWS_SECRET_ACCESS_KEY=%s" % ssec2, Sec(ssec2, "aws", "secret access key (temporary)"))
    f.add("  AWS_SESSION_TOKEN=%s" % stok2, Sec(stok2, "aws", "session token"))
    f.add("  AWS_REGION=eu-central-1\n  ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/%s" % hexs(32), Neg("ECS_CONTAINER_METADATA_URI_V4", "aws", "metadata URI with a task id, not a credential"))
    short = "AKIA" + t.rs(t.B32, 12)
    f.add("  LEGACY_KEY_ID=%s" % short, Neg(short, "aws", "12 characters after AKIA; key ids have 16"))

    f = FileB("infra/docker/aws.env")
    f.add("# used by the backup sidecar")
    f.add("AWS_ACCESS_KEY_ID=%s" % ids[6], Sec(ids[6], "aws", "id (pair of secret access key): access key id", pair=True))
    f.add("AWS_SECRET_ACCESS_KEY=%s" % secs[6], Sec(secs[6], "aws", "secret access key"))
    ex = "AKIA" + t.rs(t.B32, 9) + "EXAMPLE"
    f.add("# format: AWS_ACCESS_KEY_ID=%s" % ex, Neg(ex, "aws", "documentation value ending in EXAMPLE"))
    f.add("BACKUP_BUCKET=s3://acme-backups-%s" % digits(12), Neg("BACKUP_BUCKET", "aws", "bucket name with account id"))

    # .s3cfg (pseudo s3cfg)
    f = FileB("dotfiles/home/.s3cfg")
    f.add("[default]")
    f.add("access_key = %s" % ids[7], Sec(ids[7], "s3cfg", "id (pair of secret key): access key id in .s3cfg", pair=True))
    f.add("secret_key = %s" % secs[7], Sec(secs[7], "s3cfg", "secret key in .s3cfg"))
    f.add("host_base = s3.amazonaws.com\nhost_bucket = %(bucket)s.s3.amazonaws.com\nuse_https = True\nsignature_v2 = False")
