#!/usr/bin/env bash
# Rotates credentials; values come from the secret manager, never from this file.
set -euo pipefail
TOKEN="$(vault kv get -field=token secret/ci/deploy)"
export GITHUB_TOKEN="${TOKEN}"
curl -sf -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user
curl -sf -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/user
password=$(openssl rand -base64 32)
aws secretsmanager put-secret-value --secret-id prod/db --secret-string "$password"
echo "machine api.acme.io login ci password ${ACME_PASSWORD}" > ~/.netrc
docker login -u "$REGISTRY_USER" --password-stdin <<<"$REGISTRY_PASSWORD"
