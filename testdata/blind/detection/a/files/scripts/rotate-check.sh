#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
export CODA_API_TOKEN="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

export DD_APP_KEY="ch79cb33a474fbdft26e284393t82f90fe0b0u78"

curl -fsS "https://disqus.com/api/3.0/forums/listPosts.json?api_secret={{ .Values.disqus.apiSecret }}"

export POSTMARK_ACCOUNT_TOKEN="e874878b-d192-4ea0-a9b5-bd0f173ce5fb50xt9JHPq"
