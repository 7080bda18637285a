#!/usr/bin/env bash
# Weekly report of failed pipelines and their failed jobs, as TSV.
set -euo pipefail

: "${GITLAB_READ_TOKEN:?export GITLAB_READ_TOKEN (read-only token)}"
API="${CI_API_V4_URL:-https://gitlab.com/api/v4}"
PROJECT="${PROJECT_ID:-4242}"
SINCE="$(date -u -d '7 days ago' +%Y-%m-%dT%H:%M:%SZ)"

gl() {
  curl --fail --silent --show-error --header "PRIVATE-TOKEN: ${GITLAB_READ_TOKEN}" "$@"
}

gl "${API}/projects/${PROJECT}/pipelines?status=failed&updated_after=${SINCE}&per_page=100" |
  jq -r '.[] | [.id, .ref, .web_url] | @tsv' |
  while IFS=$'\t' read -r id ref url; do
    jobs=$(gl "${API}/projects/${PROJECT}/pipelines/${id}/jobs?scope[]=failed" | jq -r '[.[].name] | join(",")')
    printf '%s\t%s\t%s\t%s\n' "$id" "$ref" "$jobs" "$url"
  done
