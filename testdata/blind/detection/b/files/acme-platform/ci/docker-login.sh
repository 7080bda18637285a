#!/usr/bin/env bash
mkdir -p ~/.docker
echo '{"auths":{"registry.acme.example":{"auth":"Y2k6bzdXcF90ZGxCTU1TOXVPNDU="}}}' > ~/.docker/config.json
# preferred: docker login --password-stdin
echo "$REGISTRY_PASSWORD" | docker login registry.acme.example -u ci --password-stdin
