#!/usr/bin/env bash
# Populate /etc/shop/env from the secret stores at boot. Nothing secret is kept in this script.
set -euo pipefail

export VAULT_ADDR=https://vault.corp-internal.net:8200
export VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id="$ROLE_ID" secret_id="$SECRET_ID")

DB_PASSWORD=$(aws ssm get-parameter --name /shop/prod/db_password --with-decryption --query Parameter.Value --output text)
SMTP_PASSWORD=$(aws secretsmanager get-secret-value --secret-id shop/prod/smtp --query SecretString --output text)
STRIPE_SECRET_KEY=$(op read "op://Ops/Stripe live/secret key")
GITHUB_TOKEN=$(vault kv get -field=token secret/ci/github)
SENDGRID_API_KEY=$(az keyvault secret show --vault-name kv-shop-prod --name sendgrid-api-key --query value -o tsv)
GCS_HMAC_SECRET=$(gcloud secrets versions access latest --secret=gcs-hmac-secret)

install -m 0600 /dev/null /etc/shop/env
cat > /etc/shop/env <<EOF
DB_PASSWORD=${DB_PASSWORD}
SMTP_PASSWORD=${SMTP_PASSWORD}
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
GITHUB_TOKEN=${GITHUB_TOKEN}
SENDGRID_API_KEY=${SENDGRID_API_KEY}
GCS_HMAC_SECRET=${GCS_HMAC_SECRET}
EOF
