"""Monitoring repository: Zabbix, Grafana, Prometheus + exporters, Alertmanager, Icinga2, Telegraf, Graylog, Elastic."""
import json
from lib import *
import keys

MO = "monitoring-stack/"


def build():
    f = new(MO + "zabbix/zabbix_server.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
SocketDir=/run/zabbix
DBHost=pg-zbx.mon.internal
DBName=zabbix
DBUser=zabbix
### Option: DBPassword
#	Database password.
#	Comment this line if no password is used.
#
# Mandatory: no
# Default:
# DBPassword=
DBPassword={S(pw_alnum(r, 24), 'postgres', 'Zabbix server DBPassword')}
StartPollers=20
Timeout=4
VaultURL=https://vault.mon.internal:8200
VaultDBPath={N('secret/zabbix/database', 'hashicorp-vault', 'Vault path, not a secret', 'secret-ref')}
""")
    f = new(MO + "zabbix/zabbix_agent2.d/tls.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity={N('PSK-' + rs(r, 6, UPNUM), 'zabbix', 'PSK identity (public name)', 'identifier')}
TLSPSKFile={N('/etc/zabbix/agent.psk', 'zabbix', 'path to PSK file', 'secret-ref')}
""")
    f = new(MO + "zabbix/agent.psk"); r = f.r
    f.done(f.s(hexs(r, 64), 'zabbix', 'Zabbix agent TLS PSK file'))
    f = new(MO + "zabbix/web/zabbix.conf.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
$DB['TYPE']     = 'POSTGRESQL';
$DB['SERVER']   = 'pg-zbx.mon.internal';
$DB['PORT']     = '0';
$DB['DATABASE'] = 'zabbix';
$DB['USER']     = 'zabbix_web';
$DB['PASSWORD'] = '{S(pw_alnum(r, 24), 'postgres', 'Zabbix frontend DB password')}';
$DB['SCHEMA'] = '';
$DB['ENCRYPTION'] = true;
$DB['VAULT_URL'] = '';
$DB['VAULT_TOKEN'] = '{N('', 'hashicorp-vault', 'vault not used', 'empty', anchor='VAULT_TOKEN')}';
$ZBX_SERVER_NAME = 'Fabrikam Monitoring';
$IMAGE_FORMAT_DEFAULT = IMAGE_FORMAT_PNG;
""")

    f = new(MO + "grafana/grafana.ini"); r = f.r; S, N = f.s, f.n
    f.done(f"""[server]
root_url = https://grafana.mon.internal/

[database]
type = postgres
host = pg-grafana.mon.internal:5432
name = grafana
user = grafana
password = {N('$__env{GF_DATABASE_PASSWORD}', 'postgres', 'Grafana env expansion', 'env-ref')}

[security]
admin_user = admin
admin_password = {S(pw_sym(r), 'grafana', 'Grafana admin_password')}
secret_key = {S(rs(r, 16), 'grafana', 'Grafana secret_key (datasource encryption)')}
disable_gravatar = true
password_policy = {N('true', 'grafana', 'password policy flag', 'policy', anchor='password_policy')}

[smtp]
enabled = true
host = smtp.office365.com:587
user = grafana@fabrikam.example
password = {N('$__file{/run/secrets/grafana_smtp}', 'smtp', 'Grafana file expansion', 'secret-ref')}

[auth.generic_oauth]
enabled = true
name = Keycloak
client_id = grafana
client_secret = {N('$__file{/etc/grafana/oauth_secret}', 'keycloak', 'Grafana file expansion', 'secret-ref')}
auth_url = https://sso.fabrikam.example/realms/ops/protocol/openid-connect/auth
""")
    f = new(MO + "grafana/provisioning/datasources/datasources.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
    isDefault: true
  - name: Loki
    type: loki
    url: https://loki.mon.internal
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: {S(pw_alnum(r, 20), 'loki', 'Loki basic auth password in datasource provisioning')}
  - name: ERP MSSQL
    type: mssql
    url: erp-sql01.corp.example:1433
    user: grafana_ro
    jsonData:
      database: ERP
    secureJsonData:
      password: "{N('$ERP_GRAFANA_PW', 'sqlserver', 'Grafana provisioning env expansion', 'env-ref')}"
  - name: InfluxDB
    type: influxdb
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: fabrikam
    secureJsonData:
      token: {N('$INFLUX_TOKEN', 'influxdb', 'provisioning env expansion', 'env-ref')}
""")

    f = new(MO + "prometheus/prometheus.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    file_sd_configs: [{{files: [targets/node/*.yml]}}]
  - job_name: federate-dc2
    honor_labels: true
    metrics_path: /federate
    basic_auth:
      username: federation
      password: {S(pw_alnum(r, 24), 'prometheus', 'scrape basic_auth password')}
    static_configs: [{{targets: [prom-dc2.mon.internal:9090]}}]
  - job_name: blackbox
    basic_auth:
      username: blackbox
      password_file: {N('/etc/prometheus/secrets/blackbox', 'prometheus', 'file reference', 'secret-ref')}
  - job_name: proxmox
    metrics_path: /pve
    params: {{module: [default]}}
    authorization:
      credentials: {S(uuid4(r), 'proxmox', 'Proxmox API token secret used as bearer credential')}
remote_write:
  - url: https://mimir.mon.internal/api/v1/push
    bearer_token: {S(b64u(r, 36), 'mimir', 'remote_write bearer token')}
""")
    f = new(MO + "prometheus/web-config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""tls_server_config:
  cert_file: /etc/prometheus/tls.crt
  key_file: /etc/prometheus/tls.key
basic_auth_users:
  admin: {S(keys.bcrypt(r, pw_word(r), '2y', 10), 'shadow-hash', 'Prometheus web basic_auth bcrypt hash')}
""")
    f = new(MO + "alertmanager/alertmanager.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""global:
  smtp_smarthost: smtp.office365.com:587
  smtp_from: alerts@fabrikam.example
  smtp_auth_username: alerts@fabrikam.example
  smtp_auth_password: '{S(pw_season(r), 'smtp', 'Alertmanager smtp_auth_password')}'
  slack_api_url: '{f.p(slack_hook(r), 'slack', 'Alertmanager slack_api_url webhook')}'
route:
  receiver: ops-slack
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty
receivers:
  - name: ops-slack
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
  - name: pagerduty
    pagerduty_configs:
      - routing_key: {S(hexs(r, 32), 'pagerduty', 'PagerDuty routing key in Alertmanager')}
  - name: opsgenie
    opsgenie_configs:
      - api_key_file: {N('/etc/alertmanager/opsgenie.key', 'opsgenie', 'file reference', 'secret-ref')}
""")
    f = new(MO + "exporters/mysqld_exporter.my.cnf"); r = f.r; S, N = f.s, f.n
    f.done(f"""[client]
user = exporter
password = {S(pw_alnum(r, 20), 'mysql', 'mysqld_exporter client password')}
host = 127.0.0.1
""")
    f = new(MO + "exporters/postgres_exporter.env"); r = f.r; S, N = f.s, f.n
    f.done(f"""DATA_SOURCE_NAME=postgresql://postgres_exporter:{S(pw_url(r), 'postgres', 'postgres_exporter DSN password')}@localhost:5432/postgres?sslmode=disable
PG_EXPORTER_EXTEND_QUERY_PATH=/etc/postgres_exporter/queries.yaml
""")
    f = new(MO + "exporters/systemd/redis_exporter.service"); r = f.r; S, N = f.s, f.n
    f.done(f"""[Unit]
Description=Prometheus Redis Exporter
After=network.target

[Service]
User=redis_exporter
Environment=REDIS_ADDR=redis://127.0.0.1:6379
Environment=REDIS_PASSWORD={S(pw_alnum(r, 32), 'redis', 'Redis password in systemd Environment=')}
ExecStart=/usr/local/bin/redis_exporter
Restart=always

[Install]
WantedBy=multi-user.target
""")

    f = new(MO + "icinga2/conf.d/api-users.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""object ApiUser "root" {{
  password = "{S(hexs(r, 16), 'icinga2', 'Icinga2 ApiUser root password')}"
  permissions = [ "*" ]
}}
object ApiUser "director" {{
  password = "{N('<generated by icinga2 api setup>', 'icinga2', 'placeholder', 'placeholder')}"
  permissions = [ "object/*", "status/query", "actions/*" ]
}}
object ApiUser "client-pki-ticket" {{
  client_cn = {N('"icinga-satellite.mon.internal"', 'icinga2', 'certificate CN, cert-based auth', 'identifier')}
  permissions = [ "actions/generate-ticket" ]
}}
""")

    f = new(MO + "telegraf/telegraf.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""[agent]
  interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  token = "{S(b64u(r, 64) + '==', 'influxdb', 'InfluxDB v2 API token in telegraf.conf')}"
  organization = "fabrikam"
  bucket = "telegraf"

[[inputs.mysql]]
  servers = ["telegraf:{S(pw_alnum(r, 16), 'mysql', 'MySQL DSN password in telegraf inputs.mysql')}@tcp(127.0.0.1:3306)/"]

[[inputs.snmp]]
  agents = ["udp://10.0.0.1:161"]
  version = 2
  community = "{N('${SNMP_COMMUNITY}', 'snmp', 'telegraf env substitution', 'env-ref')}"

[[inputs.vsphere]]
  vcenters = [ "https://vcsa.corp.example/sdk" ]
  username = "telegraf@vsphere.local"
  password = "{N('@{secretstore:vsphere_pw}', 'vsphere', 'telegraf secret-store reference', 'secret-ref')}"
""")

    f = new(MO + "graylog/server.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""is_leader = true
node_id_file = /etc/graylog/server/node-id
password_secret = {S(rs(r, 96), 'graylog', 'Graylog password_secret (pepper)')}
root_username = admin
root_password_sha2 = {S(keys.sha256hex(pw_word(r)), 'shadow-hash', 'Graylog root_password_sha2 (unsalted SHA-256)')}
root_timezone = Europe/Berlin
http_bind_address = 0.0.0.0:9000
elasticsearch_hosts = https://graylog:{S(pw_url(r), 'opensearch', 'OpenSearch password in elasticsearch_hosts URL')}@os1.mon.internal:9200
mongodb_uri = mongodb://graylog:{N('${MONGO_PASSWORD}', 'mongodb', 'unexpanded variable', 'env-ref')}@mongo1.mon.internal:27017/graylog
""")

    f = new(MO + "elastic/kibana.yml"); r = f.r; S, N = f.s, f.n
    tok = base64.b64encode(("elastic/kibana/kibana-token:" + b64u(r, 16)).encode()).decode().rstrip("=")
    f.done(f"""server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.mon.internal"
elasticsearch.hosts: ["https://es1.mon.internal:9200"]
elasticsearch.serviceAccountToken: "{S('AAEAA' + tok[5:], 'elasticsearch', 'Elasticsearch service account token')}"
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/ca.crt"]
xpack.encryptedSavedObjects.encryptionKey: "{N('${KIBANA_ENCRYPTION_KEY}', 'kibana', 'env substitution', 'env-ref')}"
xpack.reporting.encryptionKey: "{N('${REPORTING_KEY}', 'kibana', 'keystore/env substitution', 'env-ref')}"
""")

    f = new(MO + "datadog/datadog.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""api_key: {f.p(hexs(r, 32), 'datadog', 'Datadog API key in agent config')}
site: datadoghq.eu
hostname: mon-gw01
tags:
  - env:prod
  - team:ops
logs_enabled: true
apm_config:
  enabled: false
""")

    f = new(MO + "promtail/config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""server:
  http_listen_port: 9080
positions:
  filename: /tmp/positions.yaml
clients:
  - url: https://loki.mon.internal/loki/api/v1/push
    basic_auth:
      username: promtail
      password: {N('${LOKI_PASSWORD}', 'loki', 'promtail -config.expand-env', 'env-ref')}
scrape_configs:
  - job_name: system
    static_configs:
      - targets: [localhost]
        labels: {{job: varlogs, __path__: /var/log/*log}}
""")

    f = new(MO + "dashboards/mysql-overview.json"); r = f.r; S, N = f.s, f.n
    d = {"uid": N(rs(r, 9), "grafana", "dashboard uid", "identifier"), "title": "MySQL overview", "version": 12,
         "panels": [{"id": 1, "type": "timeseries", "title": "Connections",
                     "datasource": {"type": "prometheus", "uid": N(rs(r, 9), "grafana", "datasource uid", "identifier")},
                     "targets": [{"expr": "mysql_global_status_threads_connected"}]},
                    {"id": 2, "type": "stat", "title": "Aborted connects (bad password)",
                     "targets": [{"expr": "rate(mysql_global_status_aborted_connects[5m])"}]}],
         "__inputs": [{"name": "DS_PROMETHEUS", "type": "datasource", "pluginId": "prometheus"}]}
    f.done(json.dumps(d, indent=2))
    plain(MO + "dashboards/node-exporter.json", json.dumps({"title": "Node exporter", "version": 3, "refresh": "30s",
        "panels": [{"id": 1, "type": "gauge", "title": "CPU busy", "targets": [{"expr": "1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[5m]))"}]},
                   {"id": 2, "type": "timeseries", "title": "Load", "targets": [{"expr": "node_load1"}]}]}, indent=2))
    plain(MO + "nagios/nrpe.cfg", """log_facility=daemon
pid_file=/run/nagios/nrpe.pid
server_port=5666
nrpe_user=nagios
nrpe_group=nagios
allowed_hosts=127.0.0.1,10.0.40.5
dont_blame_nrpe=0
command_timeout=60
command[check_load]=/usr/lib/nagios/plugins/check_load -r -w .15,.10,.05 -c .30,.25,.20
command[check_disk]=/usr/lib/nagios/plugins/check_disk -w 20% -c 10% -p /
""")
