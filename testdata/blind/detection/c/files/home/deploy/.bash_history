ls -la
cd /srv/orders
psql "postgresql://orders:Onyxhollow45.@pg-prod:5432/orders" -c 'select count(*) from orders'
git pull
export AWS_ACCESS_KEY_ID=AKIAJNFAC7ECTLWQ5SMK
export AWS_SECRET_ACCESS_KEY=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
aws s3 ls s3://nw-exports/
echo 'Zephyrsierra16.' | sudo -S systemctl restart orders
history -c
exit
