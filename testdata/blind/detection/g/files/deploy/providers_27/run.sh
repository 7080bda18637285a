#!/bin/sh
set -e
docker pull acme/worker:1.4.2
docker run --rm -e ALCHEMY_API_KEY="s3XnAbbP9i63znrmJZe0tKZJKl9dyvwK" acme/cli:2 alchemy check
docker run --rm -e ALCHEMY_API_KEY=<your-api-key> acme/cli:2 alchemy check
docker service create --env ODDS_API_KEY=32219ed9394b8cce8cca9f3840b3c99c acme/worker
docker run --rm -e ODDS_API_KEY=TODO-set-in-vault acme/cli:2 theoddsapi check
docker run --rm -e COPPER_API_KEY="7f95c076b6457146a6fbe7d77d1e76fd" acme/cli:2 copper check
docker run -d --name stabilityai-sync -e STABILITY_API_KEY=sk-VAp9pJC1hL7NAi0qME3Qrecn0h8sqz5MaLrId8TlSkoDqJ2I acme/stabilityai-sync:1.4.2
docker run -d --name shortcut-sync -e SHORTCUT_API_TOKEN=cf68220a-555d-411e-a8fc-2214352bbf71 acme/shortcut-sync:1.4.2
docker service create --env BUGSNAG_AUTH_TOKEN=a2eb669e-63f6-428a-bc88-f68e2763eb71 acme/worker
docker run --rm -e BUGSNAG_AUTH_TOKEN="500fc8c9-42f6-4095-8c51-8e3f4758cff3" acme/cli:2 bugsnag check
docker run --rm -e BUGSNAG_AUTH_TOKEN=******** acme/cli:2 bugsnag check
docker service create --env TIMECAMP_API_TOKEN=707e2296d266463309c1360d4d acme/worker
docker run --rm -e TIMECAMP_API_TOKEN=<insert token> acme/cli:2 timecamp check
docker run -d --name replicate-sync -e REPLICATE_API_TOKEN=r8_9otdz0CkTDdp6RxS4DnDw2xYr6tIMLXXPAKFO acme/replicate-sync:1.4.2
docker run --rm -e REPLICATE_API_TOKEN="r8_dD5TZv8kME5fjU4cKTNTzK3iwAocVRZvakfOM" acme/cli:2 replicate check
docker run --rm -e PERPLEXITY_API_KEY="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" acme/cli:2 perplexity check
docker run -d --name nozbeteams-sync -e NOZBE_API_TOKEN=BRqWLfLAhE4Qc74x3wuEjIo2kSVBqfD3 acme/nozbeteams-sync:1.4.2
docker run -d --name opsgenie-sync -e OPSGENIE_API_KEY=10b1a87f-79c7-4581-bdc4-c75b9ab0d50c acme/opsgenie-sync:1.4.2
docker service create --env MONDAY_API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzMzQ0MzY4IiwiaWF0IjoxNzIxNTYxOTcyLCJleHAiOjE3MjE1NjU1NzJ9._T_7_0i1xlPRDCiYWTPXRaemEdZZeZU9JCjnfW5xHJg acme/worker
docker ps --filter name=sync
