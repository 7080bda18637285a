#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='Vh4Mc4nADQweU1+'
pg_dump -h payments-db.internal -U payments_app payments | gzip > "/backups/payments-$(date +%F).sql.gz"
aws s3 cp "/backups/payments-$(date +%F).sql.gz" s3://acme-backups/db/
