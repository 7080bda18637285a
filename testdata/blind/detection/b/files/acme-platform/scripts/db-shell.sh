#!/usr/bin/env bash
read -r -s -p "Password: " DB_PASS
echo
mysql -h mysql.acme.internal -u admin -p"$DB_PASS" shop

# legacy cron still uses this
mysql -h mysql-legacy.acme.internal -u root -p'g5Po%1Ym3j8onA550' -e 'SELECT 1' legacy
