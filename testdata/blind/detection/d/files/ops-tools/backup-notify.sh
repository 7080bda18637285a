#!/bin/sh
# called by restic-backup.service on completion
STATUS="$1"
HOST="$(hostname -s)"
TG_BOT_TOKEN="2159797505:AALyD2VCo3Q13OWuOqkwNeGHOngk5nbGQcA"
TG_CHAT_ID="-1009149706882"
curl -fsS "https://api.telegram.org/bot${TG_BOT_TOKEN}/sendMessage" \
  -d chat_id="$TG_CHAT_ID" -d text="backup on $HOST: $STATUS" >/dev/null
export RESTIC_PASSWORD_FILE=/etc/restic/password
restic snapshots --latest 1 --host "$HOST"
