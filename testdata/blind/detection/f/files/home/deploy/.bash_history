cd ~/src/acme
git pull --rebase
gh auth login --with-token <<< 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
curl -H 'Authorization: token ghs_c540oX1AF1i1k8NVeniHTj9tKOEpQa0qGc9k' https://api.github.com/installation/repositories
export GH_USER_TOKEN=ghu_KwN13eQUHUvonqJ40bVQ5VuZarli5n034U6C
curl -u SKd3da23c82c4ecb9b1650634e66c80ca1:fqa7YbuRx5bq3OYsqUDN1MXcLfcB5888 https://api.twilio.com/2010-04-01/Accounts.json
twilio api:core:accounts:list --api-key SKd3da23c82c4ecb9b1650634e66c80ca1
curl https://api.stripe.com/v1/charges -u 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:
curl -H 'Authorization: Bearer xoxp-343789638893-635609156384-2195885329117-1838750605d54bb5dc52c437cacc32bf' https://slack.com/api/users.list
docker login -u acmebot -p dckr_pat_YFYlwUnwBFx6ekr3Z8QVVwrZ9_J
npm config set //registry.npmjs.org/:_authToken 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
export GITHUB_TOKEN=ghp_4I6Ull9QwXpbXkFEAFyAEKVJwj8UyZ2BH4vz
ls -la
exit
