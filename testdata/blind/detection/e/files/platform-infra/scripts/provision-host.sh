#!/usr/bin/env bash
set -euo pipefail
useradd -m -s /bin/bash deploy
echo 'deploy:Spruce9542' | chpasswd
useradd -m -p "$(openssl passwd -6 'Osprey#Harbor43')" ops
htpasswd -b -c /etc/nginx/.htpasswd monitoring 'AYozS2n2AVr4fs'
mysql -uroot -p'$MYSQL_ROOT_PASSWORD' -e "CREATE DATABASE IF NOT EXISTS hub"
curl -fsSL -u admin:$NEXUS_PW https://nexus.corp.example/service/rest/v1/status
read -rsp "Vault unseal key: " UNSEAL_KEY
vault operator unseal "$UNSEAL_KEY"
