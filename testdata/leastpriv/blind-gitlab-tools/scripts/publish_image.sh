#!/usr/bin/env bash
# Build the service image and push it to the project's container registry.
set -euo pipefail

TAG="${1:-$(git rev-parse --short HEAD)}"
IMAGE="registry.gitlab.com/acme/platform/widgets"

echo "${GITLAB_REGISTRY_TOKEN}" | docker login registry.gitlab.com -u "${GITLAB_REGISTRY_USER:-widgets-ci}" --password-stdin
docker build --pull -t "${IMAGE}:${TAG}" -t "${IMAGE}:latest" .
docker push "${IMAGE}:${TAG}"
docker push "${IMAGE}:latest"
