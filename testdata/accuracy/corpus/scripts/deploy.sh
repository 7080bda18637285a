#!/usr/bin/env bash
set -euo pipefail

# Deploys the api to the staging cluster.
export DOCKERHUB_TOKEN="dckr_pat_VQEtpstwuUsMvenXn0aSJbPkB-B"
export ARTIFACTORY_API_KEY="AKCppIMAWJNgdq7qY8h8IBQo4emBjIMR6u76uSbOZwjaGpdZYNyqoItkxRrG2cYwY4pFk2RH7"
export JFROG_ACCESS_TOKEN="cmVmdGtuOjAxOjf6IP11czR0WY3poNbzQgjpVWaFrJnM2tyD6PRPEll179mUTOiw"
export SONAR_TOKEN=squ_6e5841116d9fa062cd070235deed07a8875419d6
export SNYK_TOKEN=cb550ff6-3669-4e66-a6ec-9579b1446033

echo "$DOCKERHUB_TOKEN" | docker login -u acmebot --password-stdin
echo "dckr_oat_wHKIF9-Xzzrnk0ea2fhP5BgLHFGVzM0Z" | docker login -u acme --password-stdin registry-1.docker.io

curl -sf -H "Authorization: Bearer obiMN4DNSENVOBCfaM8lSldGSzkls5oXtCEYcItL8FSwedCB" https://deploy.acme.io/api/v1/releases
curl -sf -u "ci:b8jS0~bbtWAEq7H1" https://nexus.acme.internal/service/rest/v1/status
curl -sf -H "Authorization: Basic c3ZjLXJlcG9ydGluZzowQWtzMC02VkN1ZFc0Nw==" https://jenkins.acme.internal/job/deploy/build
curl -sf -H "X-Auth-Key: 29e5c533a4d17d9336a083be0a2883683a514" -H "X-Auth-Email: ops@acme.io" https://api.cloudflare.com/client/v4/zones
curl -sf -H "Authorization: SSWS 00-Y4wWW8bCv_Ku8s8jRFW1OkhFhaQPwIcf6jok9q6" https://acme.okta.com/api/v1/users
curl -sf "https://api.postman.com/collections/1234-abcd?access_key=PMAT-YMYXP154ZK2IYWGWV5Q665P4AA"
curl -sf -H "X-Api-Key: PMAK-b92adc1bac3d99f69fdd553e-881ae8f226e743a45310910bf33bf2c0a1" https://api.getpostman.com/me

git clone https://x-access-token:ghs_bSqP9RH3WCMExqFTMndSQQwSh5Nolg3pY6h1@github.com/acme/infra.git
git clone https://oauth2:glpat-KVrfXdNBYp4ke6qVwDbjgGM6MQpvOjJzCnU6NGYzDg.01.161k7ftmx@gitlab.com/acme/charts.git
git clone https://ci-bot:EQsRi-rM6aDAPb7Hh1@github.com/acme/private-fork.git
lftp -e "mirror -R dist /www" sftp://deploy:MHjpY*LD3Vg4cUj5@files.acme.io
HTTPS_PROXY=http://svc-proxy:9RSaY-nyBV9aPtSpk2@proxy.acme.internal:3128 pip install -r requirements.txt

aws configure set aws_access_key_id ASIAUM7GF5QDUZ3SDQQ3
aws configure set aws_secret_access_key 1yx4AgWIgn7QIlEIqrtNcs+C9dHgFF2nQR0qBIOp
aws configure set aws_session_token IQoJb3JpZ2luX2VjEPpM/ZfpGlv4M5/wB4bjpZW+HA6/Gwtww+tl8kL+R2FAOoLC5UmdICDDWqpSwsvGD2tglxHo/W4EoeCtD0IU1Dth4pl/0gn9zRlScx9sj8YX4GKcnf8QATbPKZ5ERoLO4zOdKT6YT7R0pdtase4wzln6cjSNtWw7lvXg1FrQIoTbns7rYAW7nGnRnbelKlqcxSYpWPuLipaCr8XKF38tqTUOxByFCrUD0R5znm37+RSudHsGRUETAs4xPpfRY1KQHgf4P2hckK+AL7qn6y9jARVrbJ0z7mE6vKzzOuuKJ+xPAhJNQD1srZnseC5SOq2zbykNNKrkucOOxw/leYXm+=
