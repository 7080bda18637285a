#!/usr/bin/env python3
"""Rebuild the blind corpus `c`: files/, labels.toml, gen/groups.json. Deterministic (seeded RNG,
cached key material in gen/keycache.json)."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402
import g_config, g_providers, g_longtail, g_neg, g_more, g_extra  # noqa: E402

CHECKED_FORMATS = {
    # service -> what was confirmed on a provider (or provider-run) page via the search tool
    "github": "github.blog changelog 2021-03-31 (prefixes ghp_/gho_/ghu_/ghs_/ghr_, charset)",
    "gitlab": "gitlab.com issues/MRs: glpat- default prefix, gldt- deploy tokens, glrt- runner tokens",
    "slack": "docs.slack.dev token types (bot, user, configuration, app-level, service)",
    "shopify": "shopify.dev changelog: shpat_/shpca_/shppa_ access tokens (32->38 chars), shpss_ secrets",
    "tailscale": "tailscale.com/kb/1277 key prefixes (tskey-api, tskey-auth, ...; CNTRL key-id shape)",
    "dynatrace": "docs.dynatrace.com token format: prefix.24-char public.64-char secret",
    "doppler": "docs.doppler.com service tokens (dp.st.<env>.)",
    "heroku": "gitlab.com MR 248117: Heroku API keys start with HRKU- (exact length not confirmed)",
    "notion": "Notion docs/skills page: ntn_ current prefix, secret_ legacy",
    "sentry": "docs.sentry.io token-formats: sntryu_[a-f0-9]{64} user tokens",
    "postman": "learning.postman.com API keys (PMAK- prefix seen in Postman template)",
    "newrelic": "newrelic.com blog: license key is 40 characters",
    "digitalocean": "GitLab MR 178 citing DigitalOcean's prefixes dop_v1_/doo_v1_/dor_v1_",
    "dockerhub": "docs.docker.com Hub API examples (dckr_pat_ prefix)",
    "grafana": "grafana.com learning path (glsa_ prefix of service account tokens)",
    "anthropic": "platform.claude.com get-api-key (sk-ant-api03- prefix) and Admin API docs (partial_key_hint ends ...AA)",
    "hashicorpvault": "developer.hashicorp.com token docs (hvs. service, hvb. batch; legacy s./b.)",
    "stripe": "docs.stripe.com/keys + Stripe engineer quoted on gitlab issue 458019 (sk_live_/rk_live_ secret, pk_ publishable)",
    "age": "age man page / age-encryption.js (AGE-SECRET-KEY-1 upper-case bech32, recipients age1...)",
    "azure": "learn.microsoft.com Purview SIT: Azure DevOps PAT is 84 chars with AZDO signature at 76-80",
    "supabase": "supabase.com PAT docs (classic vs scoped); sbp_ prefix only seen on third-party page",
    "pypi": "pypi.org pypitoken docs (tokens are macaroons with pypi- prefix)",
    "huggingface": "huggingface.co hub docs (User Access Tokens; hf_ prefix in huggingface.js docs)",
    "sonarqube": "community.sonarsource.com (SonarSource staff thread): squ_ user, sqp_ project, sqa_ global analysis tokens",
    "npm": "docs.npmjs.com about-access-tokens (granular tokens; npm_ prefix and CRC not stated there)",
}


def main():
    for p in ("files", "labels.toml"):
        full = os.path.join(lib.ROOT, p)
        if os.path.isdir(full):
            shutil.rmtree(full)
        elif os.path.exists(full):
            os.remove(full)
    g_config.build()
    g_providers.build()
    g_longtail.build()
    g_neg.build()
    g_more.build()
    g_extra.build()
    paths = [f.path for f in lib.FILES]
    dup = {p for p in paths if paths.count(p) > 1}
    assert not dup, dup
    for f in lib.FILES:
        f.write()
    lib.write_labels()
    lib.CHECKED.update(CHECKED_FORMATS)
    with open(os.path.join(lib.ROOT, "gen", "checked.txt"), "w") as fh:
        for k in sorted(lib.CHECKED):
            fh.write("%s\t%s\n" % (k, CHECKED_FORMATS.get(k, "see NOTES.md")))
    from collections import Counter
    c = Counter(lib.GROUP_OF.values())
    print("files:", len(lib.FILES), "labels:", len(lib.LABELS), dict(c))


if __name__ == "__main__":
    main()
