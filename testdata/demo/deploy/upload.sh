#!/bin/sh
# pushes the release bundle to S3
export AWS_ACCESS_KEY_ID=AKIA5Z3AEYSYVX5WLJIG
export AWS_SECRET_ACCESS_KEY=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
aws s3 cp dist/app.tar.gz s3://acme-releases/
curl -s -X POST https://slack.com/api/chat.postMessage -H "Authorization: Bearer $SLACK_BOT_TOKEN" -d channel=deploys -d text=released
