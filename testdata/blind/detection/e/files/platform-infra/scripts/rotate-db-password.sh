#!/usr/bin/env bash
# Rotates the hub DB password and stores it in Vault. Never prints it.
NEW=$(openssl rand -base64 24)
psql -h pg-hub.corp.example -U postgres -c "ALTER ROLE hub PASSWORD '$NEW'"
vault kv put secret/hub db_password="$NEW"
echo "rotated; password=<redacted>"
PGPASSWORD="$(vault kv get -field=db_password secret/hub)" psql -h pg-hub.corp.example -U hub -c 'select 1'
