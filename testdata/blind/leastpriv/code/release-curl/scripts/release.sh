#!/usr/bin/env bash
# Publish a tagged build twice: as a GitHub release (with assets) and to the
# GitLab generic package registry that our on-prem installers read from.
set -euo pipefail

version="$1"; shift
: "${RELEASE_BOT_TOKEN:?set RELEASE_BOT_TOKEN}"
: "${GITLAB_PACKAGES_TOKEN:?set GITLAB_PACKAGES_TOKEN}"

GH_REPO="${GH_REPO:-acme/tool}"
GH_API="${GH_API:-https://api.github.com}"
GL_API="${GITLAB_URL:-https://gitlab.acme.dev}/api/v4"
GL_PROJECT="${GL_PROJECT:-42}"

gh_curl() {
  curl -fsSL \
    -H "Authorization: Bearer ${RELEASE_BOT_TOKEN}" \
    -H "Accept: application/vnd.github+json" \
    -H "X-GitHub-Api-Version: 2022-11-28" "$@"
}

release_json=$(jq -n --arg tag "$version" '{tag_name: $tag, name: $tag, generate_release_notes: true}')
upload_url=$(gh_curl -X POST "${GH_API}/repos/${GH_REPO}/releases" -d "$release_json" | jq -r .upload_url)
upload_url="${upload_url%%\{*}"

for f in "$@"; do
  name=$(basename "$f")
  gh_curl -X POST -H "Content-Type: application/octet-stream" \
    --data-binary "@${f}" "${upload_url}?name=${name}" >/dev/null
  echo "uploaded ${name} to GitHub"

  curl -fsSL --header "PRIVATE-TOKEN: ${GITLAB_PACKAGES_TOKEN}" \
    --upload-file "$f" \
    "${GL_API}/projects/${GL_PROJECT}/packages/generic/tool/${version#v}/${name}" >/dev/null
  echo "uploaded ${name} to GitLab package registry"
done
