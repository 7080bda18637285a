#!/usr/bin/env bash
# Weekly triage digest: lists open issues labelled needs-triage and files a report issue.
set -euo pipefail
api="${GITHUB_API_URL:-https://api.github.com}"
auth=(-H "Authorization: Bearer ${GH_API_TOKEN}" -H "Accept: application/vnd.github+json")

issues=$(curl -fsS "${auth[@]}" "${api}/repos/${GITHUB_REPOSITORY}/issues?labels=needs-triage&state=open&per_page=100")
count=$(jq 'map(select(.pull_request == null)) | length' <<<"$issues")
list=$(jq -r 'map(select(.pull_request == null)) | .[] | "- #\(.number) \(.title)"' <<<"$issues")

jq -n --arg t "Triage digest $(date +%F): ${count} untriaged" --arg b "$list" '{title: $t, body: $b}' |
  curl -fsS "${auth[@]}" -X POST "${api}/repos/${GITHUB_REPOSITORY}/issues" -d @- >/dev/null
