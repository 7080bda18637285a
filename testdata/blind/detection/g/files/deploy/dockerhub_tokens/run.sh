#!/bin/sh
set -e
docker pull acme/worker:1.4.2
docker run -d --name dockerhub-sync -e DOCKERHUB_TOKEN=dckr_pat_ajkJsJEAhTtsulx00JXS6r0x6If acme/dockerhub-sync:1.4.2
docker run --rm -e DOCKERHUB_TOKEN="dckr_oat_AKxCYQWyVrWGANy3rIrqEWVxuAPrdrgW" acme/cli:2 dockerhub check
docker service create --env DOCKERHUB_TOKEN=dckr_pat_tIrdI6NSDkUSP76MTfLjvnhdV9J acme/worker
docker run --rm -e DOCKERHUB_TOKEN=dckr_pat_8wwB4BMm acme/cli:2 dockerhub check
docker run --rm -e DOCKERHUB_TOKEN=<your-token> acme/cli:2 dockerhub check
docker run --rm -e DOCKERHUB_TOKEN=${DOCKERHUB_TOKEN} acme/cli:2 dockerhub check
docker ps --filter name=sync
