ls -la
cd ~/src/acme-platform
git pull
git clone https://jdoe:LAIZ!AoWK2O6dGG78@git.acme.example/acme/infra.git
npm config set //registry.npmjs.org/:_authToken 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
echo 'machine nexus.acme.example login jdoe password Bm75!EDryVLzIYC97' >> ~/.netrc
psql -h db-primary.acme.internal -U orders_app orders
export PGPASSWORD=UAyh#OZZ2gB0dLU47
wp config set DB_PASSWORD '81vF_VY3RZqXoQF77'
docker login registry.acme.example -u jdoe
htpasswd -B -c /etc/nginx/.htpasswd admin
s3cmd --access_key=DO00VZ1EQ6AGJIF41LYF --secret_key=d5o_GWe26JGp3hhI4wbWiQp93LVwAqZNpv9LUntYADR ls s3://acme-backups
history -c
