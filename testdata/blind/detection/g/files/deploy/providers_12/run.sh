#!/bin/sh
set -e
docker pull acme/worker:1.4.2
docker run -d --name uptimerobot-sync -e UPTIMEROBOT_API_KEY=u1959008-893fe36de20abb94d0216602 acme/uptimerobot-sync:1.4.2
docker service create --env JUMPCLOUD_API_KEY=0da9186c029eaba567621ff632773aa57b79d575 acme/worker
docker run --rm -e JUMPCLOUD_API_KEY="be58380b9878f5988d5117e938c62e3d05649f54" acme/cli:2 jumpcloud check
docker service create --env CRYPTOCOMPARE_API_KEY=48b562d2246cc026314ef2ab0485caf17959dafc1d31f2677046d9c5e306d1ac acme/worker
docker service create --env LIVESTORM_API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5NjU3OTAyIiwiaWF0IjoxNzU5MTAzMTc2LCJleHAiOjE3NTkxODk1NzZ9.4O0IqWM83pzkau-iwBm1CKK46cHQqS0JtOBMFi8LFDA acme/worker
docker run -d --name weightsandbiases-sync -e WANDB_API_KEY=d9e8fbb4aa2bcb558af4aaf0a7334208119f5dfe acme/weightsandbiases-sync:1.4.2
docker service create --env WANDB_API_KEY=9767c6b1c8cc0357f8397ff3f33991199b7f2131 acme/worker
docker run --rm -e DETECTIFY_API_KEY="2c95d3cccdff64627a944e546daabe6f" acme/cli:2 detectify check
docker run --rm -e BLYNK_AUTH_TOKEN="JDeg2EXjVQOMu77jpzl3y-NnEEXHjvfI" acme/cli:2 blynk check
docker service create --env BLYNK_AUTH_TOKEN=Uur1Ii15bJdw-6w_wZ-jTeiOiXsJKZ7F acme/worker
docker run --rm -e BLYNK_AUTH_TOKEN=changeme acme/cli:2 blynk check
docker run --rm -e AUTH0_CLIENT_SECRET="sAZS1M3l-sYXl3uN6lZp8F0rqEL4Hg3RfW4UEEcyuWod9f7nIdrzhtR8txMAl_ZV" acme/cli:2 auth0 check
docker service create --env AUTH0_CLIENT_SECRET=O_95rsOtm9rr7Cf93uyrCUEGKEIvG87wXX08jC42ErZYi-2RtVW1H2e3ZYSEkXpw acme/worker
docker service create --env ZENROWS_API_KEY=84984b783f572af7e6a19c1e3bdfe91d366bb6be acme/worker
docker run --rm -e ZENROWS_API_KEY=<insert token> acme/cli:2 zenrows check
docker service create --env STORMGLASS_API_KEY=2f2f75bb9c718acad239105afd923398d28e-8995186a2734034af958892f2dd6c66e14f7 acme/worker
docker run --rm -e STORMGLASS_API_KEY=YOUR_API_KEY_HERE acme/cli:2 stormglass check
docker run -d --name airbrake-sync -e AIRBRAKE_PROJECT_KEY=4b55ddac8a512a073756a0e7e1fc10da acme/airbrake-sync:1.4.2
docker service create --env CODECOV_TOKEN=4ad3a51d-0bad-4089-aa77-ebaad900b5dd acme/worker
docker run --rm -e CODECOV_TOKEN=******** acme/cli:2 codecov check
docker ps --filter name=sync
