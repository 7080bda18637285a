#!/usr/bin/env bash
# Nightly mirror of the main repository into the backup group.
set -euo pipefail

: "${GITLAB_MIRROR_TOKEN:?}"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

git clone --mirror "https://oauth2:${GITLAB_MIRROR_TOKEN}@gitlab.com/acme/platform/widgets.git" "$workdir/widgets.git"
cd "$workdir/widgets.git"
git remote add backup "https://oauth2:${GITLAB_MIRROR_TOKEN}@gitlab.com/acme-backup/widgets.git"
git push --mirror backup
