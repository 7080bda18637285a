#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%Y%m%d)
export PGPASSWORD='Kestrelharbor29.'
pg_dump -h pg-prod -U backup orders > /srv/backup/orders-$STAMP.sql
mongodump --uri mongodb://admin:FTEK8451_pveowb68@mongo-1.northwind.internal:27017/?authSource=admin --out /srv/backup/mongo-$STAMP
redis-cli -h cache-prod -a 'Nimbusvortex42_' --rdb /srv/backup/redis-$STAMP.rdb
lftp -u edi,r2CRbrIZYCCFe5RFCxv sftp://ftp.partner-edi.com -e 'put /srv/backup/orders-$STAMP.sql; bye'
curl -T /srv/backup/orders-$STAMP.sql ftp://backup:Vortex.1998yv@nas01.northwind.internal/backups/
mysql -u root -p -e 'select 1'
PGPASSWORD="$(cat /run/secrets/pg)" psql -h pg-prod -U backup -c 'select 1'
find /srv/backup -mtime +14 -delete
