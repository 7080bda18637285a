ls -la
cd ~/src/billing
git pull --rebase
export AWS_ACCESS_KEY_ID=AKIA5MOLRCCK7QOIJGYD
export AWS_SECRET_ACCESS_KEY=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
aws s3 ls s3://acme-billing-exports/
mysql -h mysql.staging.acme.io -u root -p'zPRN6ypV^bvdpe' billing
psql "postgresql://app:3u9gi60BSB&d@pg.acme-corp.net:5432/orders?sslmode=require"
docker login -u acmebuild -p dckr_pat_TXQrOhoJSVN024w9ApTn8_9w5Tj
docker push acme/billing:2.3.1
curl -u admin:YLqyO3_uSt8N3jwb https://jenkins.acme.internal/api/json
gh auth login --with-token <<< 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
export GITHUB_TOKEN=$(gh auth token)
huggingface-cli login --token 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
history | grep ssh
