#!/bin/sh
PGHOST=db-primary.acme.internal
printf '%s\n' 'db-primary.acme.internal:5432:billing:billing:BE7O%aqHPR4WV6a72' >> ~/.pgpass
chmod 600 ~/.pgpass
psql -h "$PGHOST" -U billing -d billing -c 'select 1'
