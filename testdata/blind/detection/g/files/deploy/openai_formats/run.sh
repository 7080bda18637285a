#!/bin/sh
set -e
docker pull acme/worker:1.4.2
docker run -d --name openai-sync -e OPENAI_API_KEY=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 acme/openai-sync:1.4.2
docker run --rm -e OPENAI_API_KEY="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" acme/cli:2 openai check
docker service create --env OPENAI_API_KEY=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 acme/worker
docker run --rm -e OPENAI_API_KEY=sk-proj-LktshZ8Y2HYRcA2XMxyU-NKaA38hfPh7rzwOYM6n acme/cli:2 openai check
docker run --rm -e OPENAI_API_KEY=sk-... acme/cli:2 openai check
docker ps --filter name=sync
