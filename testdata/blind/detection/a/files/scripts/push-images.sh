#!/usr/bin/env bash
set -euo pipefail
echo "dckr_pat_tksRd-ggVCd_n0BN3mCaZ0-lcLK" | docker login -u acmebuild --password-stdin
DOCKERHUB_ORG_TOKEN="dckr_oat_8vmypZ5fkmqun2hSoCRHKlqRZHifYPqs"
docker push acmecorp/ingest:${TAG:-latest}
# pushed digest: sha256:25217b700e4e6b9fc1298bf38be6f1d6c445b26c51bb1b9cda00919a137f47cd
# DOCKER_PAT_EXAMPLE=dckr_pat_DqsSAFmLG1gr
