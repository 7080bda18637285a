#!/bin/sh
mysql -u app -p"$MYSQL_PASSWORD" -h db
curl -u "$USER:$PASS" https://nexus/
docker login -u "$DOCKER_USER" -p "$DOCKER_PASS"
PGPASSWORD="$PG_PASS" psql -h db
sshpass -p "$SSH_PASS" ssh deploy@app01
export GITHUB_TOKEN="$(gh auth token)"
