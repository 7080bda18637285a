"""/etc trees of a few servers (configuration-management exports / backups of hosts)."""
import base64

import keys
from lib import (F, T, aws_id, aws_secret, b64bytes, dckr, gh, glrt, hexs, human_pw, pw, rand_pw,
                 rs, sendgrid, slack_bot, slack_hook, stripe_sk, upw, uuid4, ALNUM, rng_for)
from keys import (bcrypt_shape, crypt_salt, ldap_ssha, mosquitto_hash, mysql_native, pg_md5, pg_scram, sha_crypt)

DB = "hosts/db01/etc/"
EDGE = "hosts/edge01/etc/"
NAS = "hosts/nas01/etc/"
APP = "hosts/app01/etc/"
CI = "hosts/ci01/"


def db01():
    f = F(DB + "mysql/debian.cnf"); r = f.r; S = f.s
    dm = rs(r, 16, ALNUM)
    f.set(T("""\
# Automatically generated for Debian scripts. DO NOT TOUCH!
[client]
host     = localhost
user     = debian-sys-maint
password = ⟨a⟩
socket   = /var/run/mysqld/mysqld.sock
[mysql_upgrade]
host     = localhost
user     = debian-sys-maint
password = ⟨b⟩
socket   = /var/run/mysqld/mysqld.sock
""", a=S(dm, "mysql", "debian-sys-maint password"), b=S(dm, "mysql", "debian-sys-maint password (mysql_upgrade)")))

    f = F(DB + "mysql/mysql.conf.d/mysqld.cnf"); r = f.r; N = f.n
    f.set(T("""\
[mysqld]
user                    = mysql
pid-file                = /var/run/mysqld/mysqld.pid
socket                  = /var/run/mysqld/mysqld.sock
port                    = 3306
datadir                 = /var/lib/mysql
bind-address            = 10.0.2.11
max_connections         = 400
innodb_buffer_pool_size = 12G
log_error               = /var/log/mysql/error.log
server-id               = 11
log_bin                 = /var/log/mysql/mysql-bin.log
binlog_expire_logs_seconds = 604800

# password policy (component_validate_password)
validate_password.length = ⟨a⟩
validate_password.policy = ⟨b⟩
default_password_lifetime = 180
authentication_policy = caching_sha2_password
""", a=N("14", "mysql", "password policy: minimum length", "policy"),
        b=N("STRONG", "mysql", "password policy level", "policy")))

    f = F(DB + "odbc.ini"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[ReportingDSN]
Description = Reporting warehouse (MS SQL)
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:sql-rpt01.corp-internal.net,1433
Database    = Reporting
UID         = rpt_reader
PWD         = ⟨a⟩
Encrypt     = yes
TrustServerCertificate = no

[LegacyERP]
Description = ERP on the old Informix box
Driver      = /opt/IBM/informix/lib/cli/iclit09b.so
Server      = erp_tcp
Database    = erpdb
LogonID     = erpodbc
Password    = ⟨b⟩

[LocalPG]
Driver      = PostgreSQL Unicode
Servername  = localhost
Port        = 5432
Database    = app
Username    = app
Password    = ⟨c⟩
""", a=S(pw(r), "odbc", "ODBC DSN PWD"), b=S(human_pw(r), "odbc", "ODBC DSN password"),
        c=N("", "odbc", "empty (peer/trust auth on localhost)", "empty")))

    f = F(DB + "odbcinst.ini"); f.plain = True
    f.set("""\
[ODBC Driver 18 for SQL Server]
Description=Microsoft ODBC Driver 18 for SQL Server
Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.4.so.1.1
UsageCount=1

[PostgreSQL Unicode]
Description=PostgreSQL ODBC driver (Unicode version)
Driver=psqlodbcw.so
Setup=libodbcpsqlS.so
Debug=0
CommLog=1
UsageCount=1
""")

    f = F(DB + "postgresql/16/main/pg_hba.conf"); N = f.n
    f.set(T("""\
# PostgreSQL Client Authentication Configuration File
# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             postgres                                peer
local   all             all                                     peer
host    all             all             127.0.0.1/32            scram-sha-256
host    all             all             ::1/128                 scram-sha-256
host    app             app             10.0.1.0/24             scram-sha-256
host    replication     replicator      10.0.2.12/32            scram-sha-256
# legacy reporting tool cannot do SCRAM yet; md5 until it is replaced
host    reporting       reporting       10.0.5.20/32            ⟨a⟩
hostssl all             all             0.0.0.0/0               cert clientcert=verify-full
""", a=N("md5", "postgres", "authentication method keyword, not a hash", "policy")))

    f = F(DB + "pgbouncer/pgbouncer.ini"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[databases]
app = host=127.0.0.1 port=5432 dbname=app
reporting = host=10.0.2.12 port=5432 dbname=reporting user=reporting password=⟨a⟩
* = host=127.0.0.1 port=5432

[pgbouncer]
listen_addr = 10.0.2.11
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
auth_user = pgbouncer_auth
auth_query = ⟨b⟩
admin_users = pgbouncer_admin
stats_users = stats_collector
pool_mode = transaction
max_client_conn = 2000
default_pool_size = 40
""", a=S(pw(r), "postgres", "password in pgbouncer [databases] connect string"),
        b=N("SELECT usename, passwd FROM pg_shadow WHERE usename=$1", "postgres",
            "auth_query SQL (column name, no credential)", "ui-label")))

    f = F(DB + "pgbouncer/userlist.txt"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
"app" "⟨a⟩"
"reporting" "⟨b⟩"
"pgbouncer_admin" "⟨c⟩"
"stats_collector" "⟨d⟩"
""", a=S(pg_scram(pw(r), r), "postgres", "SCRAM-SHA-256 verifier in pgbouncer userlist"),
        b=S(pg_md5(pw(r), "reporting"), "postgres", "md5 password hash in pgbouncer userlist"),
        c=S(rand_pw(r, 24, ALNUM), "postgres", "plaintext password in pgbouncer userlist"),
        d=N("", "postgres", "empty password (trust for the stats user)", "empty")))

    f = F(DB + "redis/redis.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
bind 10.0.2.11 127.0.0.1
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
logfile /var/log/redis/redis-server.log
databases 16
save 3600 1 300 100 60 10000
dir /var/lib/redis

################################## SECURITY ###################################
# requirepass ⟨x⟩
requirepass ⟨a⟩
aclfile /etc/redis/users.acl

################################# REPLICATION #################################
# replicaof 10.0.2.12 6379
masterauth ⟨b⟩
masteruser replica-user
replica-read-only yes

maxmemory 4gb
maxmemory-policy allkeys-lru
""", x=N("foobared", "redis", "sample value from the stock redis.conf comment", "placeholder"),
        a=S(rand_pw(r, 32, ALNUM), "redis", "Redis requirepass"), b=S(rand_pw(r, 32, ALNUM), "redis", "Redis masterauth")))

    f = F(DB + "redis/users.acl"); r = f.r; S, N = f.s, f.n
    import hashlib
    h = hashlib.sha256(pw(r).encode()).hexdigest()
    f.set(T("""\
user default off
user app on #⟨a⟩ ~app:* ~session:* &* +@all -@dangerous
user worker on >⟨b⟩ ~queue:* +@list +@stream +@connection
user replica-user on >⟨c⟩ +psync +replconf +ping
user monitoring on nopass ⟨d⟩
""", a=S(h, "shadow-hash", "Redis ACL SHA-256 password hash"), b=S(upw(r), "redis", "Redis ACL plaintext password"),
        c=S(rand_pw(r, 28, ALNUM), "redis", "Redis ACL plaintext password (replica)"),
        d=N("+info +ping +config|get", "redis", "nopass user: permissions only", "policy")))

    f = F(DB + "redis/sentinel.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
port 26379
daemonize no
sentinel myid ⟨m⟩
sentinel monitor mymaster 10.0.2.11 6379 2
sentinel auth-user mymaster sentinel-user
sentinel auth-pass mymaster ⟨a⟩
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
sentinel parallel-syncs mymaster 1
sentinel sentinel-user sentinel-peer
sentinel sentinel-pass ⟨b⟩
""", m=N(hexs(r, 40), "redis", "sentinel run id (identifier, not a credential)", "identifier"),
        a=S(rand_pw(r, 32, ALNUM), "redis", "sentinel auth-pass"), b=S(upw(r), "redis", "sentinel-pass")))

    f = F(DB + "mongod.conf"); r = f.r; N = f.n
    f.set(T("""\
storage:
  dbPath: /var/lib/mongodb
  wiredTiger:
    engineConfig:
      cacheSizeGB: 6
systemLog:
  destination: file
  logAppend: true
  path: /var/log/mongodb/mongod.log
net:
  port: 27017
  bindIp: 127.0.0.1,10.0.2.11
  tls:
    mode: requireTLS
    certificateKeyFile: /etc/ssl/mongo/db01.pem
security:
  authorization: enabled
  keyFile: /etc/mongod.key
setParameter:
  authenticationMechanisms: ⟨a⟩
replication:
  replSetName: rs0
""", a=N("SCRAM-SHA-256", "mongodb", "authentication mechanism setting", "policy")))

    f = F(DB + "mongod.key"); r = f.r; S = f.s
    f.set(S(b64bytes(r, 96), "mongodb", "MongoDB replica-set keyFile (shared secret)") + "\n")

    f = F(DB + "zabbix/zabbix_server.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
SocketDir=/run/zabbix
DBHost=localhost
DBName=zabbix
DBUser=zabbix
DBPassword=⟨a⟩
# DBPassword is also in /etc/zabbix/web/zabbix.conf.php
SNMPTrapperFile=/var/log/snmptrap/snmptrap.log
Timeout=4
FpingLocation=/usr/bin/fping
LogSlowQueries=3000
StatsAllowedIP=127.0.0.1
VaultURL=https://vault.corp-internal.net:8200
VaultDBPath=⟨b⟩
""", a=S(pw(r), "mysql", "Zabbix server DBPassword"),
        b=N("secret/zabbix/database", "hashicorpvault", "Vault path reference, no credential", "secret-ref")))

    f = F(DB + "cron.d/db-backup"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin
MAILTO=dba@corp-internal.net

# nightly logical backups
15 2 * * * root mysqldump -uroot -p'⟨a⟩' --all-databases --single-transaction | gzip > /backup/mysql/all-$(date +\\%F).sql.gz
30 3 * * * postgres PGPASSWORD='⟨b⟩' pg_dumpall -h 127.0.0.1 -U postgres | zstd -q > /backup/pg/all-$(date +\\%F).sql.zst
45 4 * * 0 root /usr/local/bin/prune-backups --keep 14 /backup
0 5 * * * root mongodump --uri="⟨c⟩" --gzip --archive=/backup/mongo/rs0-$(date +\\%F).gz
""", a=S(pw(r), "mysql", "MySQL root password in crontab"), b=S(pw(r), "postgres", "PGPASSWORD in crontab"),
        c=N("$(cat /root/.mongo-backup-uri)", "mongodb", "URI read from a file at runtime", "function-call")))

    f = F(DB + "systemd/system/postgres-exporter.service"); r = f.r; S = f.s
    f.set(T("""\
[Unit]
Description=Prometheus PostgreSQL exporter
After=network-online.target postgresql.service

[Service]
User=postgres
Environment=DATA_SOURCE_NAME=postgresql://postgres_exporter:⟨a⟩@localhost:5432/postgres?sslmode=disable
Environment=PG_EXPORTER_EXTEND_QUERY_PATH=/etc/postgres_exporter/queries.yaml
ExecStart=/usr/local/bin/postgres_exporter --web.listen-address=:9187
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", a=S(upw(r), "postgres", "exporter DSN password in systemd unit")))


def edge01():
    f = F(EDGE + "haproxy/haproxy.cfg"); r = f.r; S, N = f.s, f.n
    salt = crypt_salt(r)
    f.set(T("""\
global
    log /dev/log local0
    chroot /var/lib/haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin
    user haproxy
    group haproxy
    daemon

defaults
    log global
    mode http
    option httplog
    timeout connect 5s
    timeout client 50s
    timeout server 50s

userlist ops_users
    user ops insecure-password ⟨a⟩
    user readonly password ⟨b⟩

frontend stats
    bind 10.0.0.5:8404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth admin:⟨c⟩

frontend fe_admin
    bind :8443 ssl crt /etc/haproxy/certs/admin.pem
    acl auth_ok http_auth(ops_users)
    http-request auth realm ops unless auth_ok
    default_backend be_admin

frontend fe_metrics
    bind 127.0.0.1:9101
    stats enable
    stats uri /
    stats auth ⟨d⟩

backend be_admin
    server admin1 10.0.1.30:8080 check
""", a=S(human_pw(r), "password", "HAProxy userlist insecure-password"),
        b=S(sha_crypt(pw(r), salt), "shadow-hash", "HAProxy userlist sha512-crypt hash"),
        c=S(upw(r), "password", "HAProxy stats auth password"),
        d=N('"${STATS_USER}:${STATS_PASS}"', "generic", "environment references", "env-ref")))

    f = F(EDGE + "keepalived/keepalived.conf"); r = f.r; S = f.s
    f.set(T("""\
vrrp_script chk_haproxy {
    script "/usr/bin/killall -0 haproxy"
    interval 2
    weight 2
}

vrrp_instance VI_1 {
    interface ens192
    state MASTER
    virtual_router_id 51
    priority 101
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass ⟨a⟩
    }
    virtual_ipaddress {
        10.0.0.5/24
    }
    track_script {
        chk_haproxy
    }
}
""", a=S(rs(r, 8, ALNUM), "password", "VRRP auth_pass")))

    f = F(EDGE + "nginx/conf.d/legacy-upstream.conf"); r = f.r; S, N = f.s, f.n
    basic = base64.b64encode(f"edge-proxy:{upw(r)}".encode()).decode()
    f.set(T("""\
upstream legacy_erp {
    server 10.0.5.40:8080;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name erp.corp-internal.net;
    ssl_certificate     /etc/ssl/certs/erp.crt;
    ssl_certificate_key /etc/ssl/private/erp.key;

    location / {
        proxy_pass http://legacy_erp;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic ⟨a⟩";
    }

    location /admin/ {
        auth_basic "ERP admin";
        auth_basic_user_file ⟨b⟩;
        proxy_pass http://legacy_erp;
    }
}
""", a=S(basic, "http", "static Basic auth header (base64 user:password)"),
        b=N("/etc/nginx/.htpasswd-erp", "htpasswd", "path to password file, no credential", "ui-label")))

    f = F(EDGE + "bind/rndc.key"); r = f.r; S = f.s
    f.set(T("""\
key "rndc-key" {
	algorithm hmac-sha256;
	secret "⟨a⟩";
};
""", a=S(b64bytes(r, 32), "password", "BIND rndc TSIG secret")))

    f = F(EDGE + "bind/named.conf.local"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
key "ddns-update" {
    algorithm hmac-sha512;
    secret "⟨a⟩";
};

zone "lab.kovalenko.dev" {
    type primary;
    file "/var/lib/bind/db.lab.kovalenko.dev";
    update-policy { grant ddns-update zonesub ANY; };
};

zone "2.0.10.in-addr.arpa" {
    type primary;
    file "/etc/bind/db.10.0.2";
    allow-transfer { key ⟨b⟩; };
};
""", a=S(b64bytes(r, 64), "password", "BIND TSIG key secret (dynamic DNS)"),
        b=N('"transfer-key"', "generic", "key name reference", "ui-label")))

    f = F(EDGE + "ddclient.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
daemon=300
syslog=yes
ssl=yes
use=web, web=checkip.dyndns.org/, web-skip='IP Address'

protocol=cloudflare
zone=kovalenko.dev
login=token
password=⟨a⟩
home.kovalenko.dev

protocol=dyndns2
server=members.dyndns.org
login=kovlab
password='⟨b⟩'
kovlab.dyndns.org
""", a=S(rs(r, 40, ALNUM + "_-"), "cloudflare", "Cloudflare API token in ddclient.conf"),
        b=S(human_pw(r), "password", "DynDNS password in ddclient.conf")))

    f = F(EDGE + "ipsec.secrets"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# This file holds shared secrets or RSA private keys for authentication.
203.0.113.10 198.51.100.7 : PSK "⟨a⟩"
%any roadwarrior@kovalenko.dev : EAP "⟨b⟩"
: RSA ⟨c⟩
""", a=S(rand_pw(r, 32, ALNUM), "password", "IPsec pre-shared key"), b=S(pw(r), "password", "IPsec EAP password"),
        c=N("edge01.key.pem", "private-key", "file name of the key, not the key", "ui-label")))

    f = F(EDGE + "ppp/chap-secrets"); r = f.r; S = f.s
    f.set(T("""\
# Secrets for authentication using CHAP
# client        server  secret                  IP addresses
"kovlab@isp-dsl.example"  *  "⟨a⟩"  *
vpnuser1        pptpd   ⟨b⟩      10.99.0.11
""", a=S(pw(r), "password", "PPP CHAP secret (DSL login)"), b=S(upw(r), "password", "PPP CHAP secret")))

    f = F(EDGE + "wireguard/wg0.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[Interface]
Address = 10.200.0.1/24
ListenPort = 51820
PrivateKey = ⟨a⟩
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT

[Peer]
# dmitri-laptop
PublicKey = ⟨b⟩
PresharedKey = ⟨c⟩
AllowedIPs = 10.200.0.2/32

[Peer]
# nas01
PublicKey = ⟨d⟩
AllowedIPs = 10.200.0.3/32
""", a=S(b64bytes(r, 32), "wireguard", "WireGuard interface PrivateKey"),
        b=N(b64bytes(r, 32), "wireguard", "WireGuard peer PublicKey (public)", "public"),
        c=S(b64bytes(r, 32), "wireguard", "WireGuard PresharedKey"),
        d=N(b64bytes(r, 32), "wireguard", "WireGuard peer PublicKey (public)", "public")))

    f = F(EDGE + "openvpn/client/auth.txt"); r = f.r
    f.set("edge01-site-link\n" + f.s(rand_pw(r, 24, ALNUM), "openvpn", "OpenVPN auth-user-pass password") + "\n")

    f = F(EDGE + "snmp/snmpd.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
agentAddress udp:161,udp6:[::1]:161
sysLocation    Rack B3, DC Frankfurt
sysContact     noc@corp-internal.net
# default community removed
#rocommunity ⟨x⟩ default
rocommunity ⟨a⟩ 10.0.0.0/16
createUser monitor SHA-512 "⟨b⟩" AES "PrivPass-stored-separately"
rouser monitor priv
""", x=N("public", "generic", "SNMP default community (well-known default)", "placeholder"),
        a=S(rand_pw(r, 16, ALNUM), "password", "SNMP community string"),
        b=S(pw(r), "password", "SNMPv3 auth passphrase")))

    f = F(EDGE + "fstab"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
# <file system>                  <mount point>   <type>  <options>                                   <dump> <pass>
UUID=⟨u⟩ /               ext4    errors=remount-ro                           0      1
UUID=5E1B-22A0                   /boot/efi       vfat    umask=0077                                  0      1
//nas01.lab/backup               /mnt/backup     cifs    username=svc_backup,password=⟨a⟩,uid=0,vers=3.0  0  0
//nas01.lab/media                /mnt/media      cifs    credentials=⟨b⟩,uid=1000,vers=3.0       0      0
""", u=N(uuid4(r), "generic", "filesystem UUID", "identifier"),
        a=S(upw(r), "password", "CIFS password inline in fstab"),
        b=N("/root/.smbcred-media", "generic", "credentials file path, no password inline", "ui-label")))

    f = F(EDGE + "postfix/sasl_passwd"); r = f.r; S = f.s
    f.set(T("""\
[smtp.sendgrid.net]:587 apikey:⟨a⟩
[smtp.office365.com]:587 alerts@corp-internal.net:⟨b⟩
""", a=S(sendgrid(r), "sendgrid", "SendGrid API key as SMTP password (postfix sasl_passwd)"),
        b=S(pw(r), "password", "SMTP relay password (postfix sasl_passwd)")))

    f = F(EDGE + "exim4/passwd.client"); r = f.r; S = f.s
    app = rs(r, 16, "abcdefghijklmnopqrstuvwxyz")
    f.set(T("""\
# password file used when the local exim is authenticating to a remote host as a client.
# target.mail.server.example:login:password
*.google.com:kovlab.alerts@gmail.com:⟨a⟩
""", a=S(app, "password", "Gmail app password (exim passwd.client)")))

    f = F(EDGE + "rsyncd.secrets"); r = f.r; S = f.s
    f.set(T("""\
backup:⟨a⟩
mirror:⟨b⟩
""", a=S(upw(r), "password", "rsync daemon secret"), b=S(rand_pw(r, 20, ALNUM), "password", "rsync daemon secret")))


def nas01():
    f = F(NAS + "samba/smb.conf"); N = f.n
    f.set(T("""\
[global]
   workgroup = LAB
   server string = nas01
   server role = standalone server
   security = user
   passdb backend = tdbsam
   obey pam restrictions = yes
   unix password sync = yes
   passwd program = ⟨a⟩
   passwd chat = *Enter\\snew\\s*\\spassword:* %n\\n *Retype\\snew\\s*\\spassword:* %n\\n *password\\supdated\\ssuccessfully* .
   pam password change = yes
   map to guest = bad user
   min protocol = SMB2
   log file = /var/log/samba/log.%m
   max log size = 1000

[backup]
   path = /srv/backup
   valid users = svc_backup @admins
   read only = no
   create mask = 0640

[media]
   path = /srv/media
   guest ok = yes
   read only = yes
""", a=N("/usr/bin/passwd %u", "generic", "password change program, no credential", "ui-label")))

    f = F(NAS + "samba/creds/offsite.cred"); r = f.r; S = f.s
    f.set(T("""\
username=offsite_sync
password=⟨a⟩
domain=WORKGROUP
""", a=S(rand_pw(r, 27), "password", "Samba credentials file password")))

    f = F(NAS + "mosquitto/mosquitto.conf"); N = f.n
    f.set(T("""\
persistence true
persistence_location /var/lib/mosquitto/
log_dest file /var/log/mosquitto/mosquitto.log

listener 1883 127.0.0.1
listener 8883
cafile /etc/mosquitto/certs/ca.crt
certfile /etc/mosquitto/certs/nas01.crt
keyfile /etc/mosquitto/certs/nas01.key

allow_anonymous ⟨a⟩
password_file ⟨b⟩
acl_file /etc/mosquitto/acl
""", a=N("false", "generic", "authentication setting", "policy"),
        b=N("/etc/mosquitto/passwd", "generic", "path of the password file, no credential", "secret-ref")))

    f = F(NAS + "nagios/resource.cfg"); r = f.r; S = f.s
    f.set(T("""\
###########################################################################
# RESOURCE.CFG - Resource file for Nagios
# You can define $USERx$ macros in this file, which can in turn be used
# in command definitions in your host config file(s).
###########################################################################
$USER1$=/usr/lib/nagios/plugins
$USER2$=/usr/lib/nagios/plugins/eventhandlers
# MySQL monitoring user
$USER3$=⟨a⟩
# SNMP community for the switches
$USER4$=⟨b⟩
# vCenter read-only account
$USER5$=nagios-ro@vsphere.local
$USER6$=⟨c⟩
""", a=S(human_pw(r), "password", "Nagios $USER3$ MySQL password macro"),
        b=S(rand_pw(r, 14, ALNUM), "password", "Nagios SNMP community macro"),
        c=S(human_pw(r), "password", "Nagios vCenter password macro")))

    f = F(NAS + "mosquitto/passwd"); r = f.r; S = f.s
    f.set(T("""\
sensor-garage:⟨a⟩
homeassistant:⟨b⟩
nodered:⟨c⟩
""", a=S(mosquitto_hash(rand_pw(r, 20, ALNUM), r), "shadow-hash", "Mosquitto PBKDF2-SHA512 password hash"),
        b=S(mosquitto_hash(pw(r), r), "shadow-hash", "Mosquitto PBKDF2-SHA512 password hash"),
        c=S(mosquitto_hash(pw(r), r), "shadow-hash", "Mosquitto PBKDF2-SHA512 password hash")))

    f = F(NAS + "dovecot/users"); r = f.r; S = f.s
    f.set(T("""\
alice:{SHA512-CRYPT}⟨a⟩:1001:1001::/home/alice::
bob:{SHA512-CRYPT}⟨b⟩:1002:1002::/home/bob::userdb_quota_rule=*:storage=2G
""", a=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "Dovecot passwd-file SHA512-CRYPT hash"),
        b=S(sha_crypt(pw(r), crypt_salt(r)), "shadow-hash", "Dovecot passwd-file SHA512-CRYPT hash")))

    f = F(NAS + "ldap/slapd.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
include         /etc/ldap/schema/core.schema
include         /etc/ldap/schema/cosine.schema
include         /etc/ldap/schema/inetorgperson.schema
pidfile         /var/run/slapd/slapd.pid
argsfile        /var/run/slapd/slapd.args
modulepath      /usr/lib/ldap
moduleload      back_mdb
password-hash   ⟨p⟩

database        mdb
suffix          "dc=lab,dc=kovalenko,dc=dev"
rootdn          "cn=admin,dc=lab,dc=kovalenko,dc=dev"
rootpw          ⟨a⟩
directory       /var/lib/ldap

access to attrs=userPassword,shadowLastChange
        by self write
        by anonymous auth
        by * none
""", p=N("{SSHA}", "ldap", "password hashing scheme setting", "policy"),
        a=S(ldap_ssha(pw(r), r), "shadow-hash", "slapd rootpw {SSHA} hash")))


def app01():
    f = F(APP + "supervisor/supervisord.conf"); r = f.r; S, N = f.s, f.n
    import hashlib
    sp = pw(r)
    f.set(T("""\
[unix_http_server]
file=/var/run/supervisor.sock
chmod=0700

[inet_http_server]
port=127.0.0.1:9001
username=admin
password=⟨a⟩

[supervisord]
logfile=/var/log/supervisor/supervisord.log
pidfile=/var/run/supervisord.pid
childlogdir=/var/log/supervisor

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=http://127.0.0.1:9001
username=admin
password=⟨b⟩

[include]
files = /etc/supervisor/conf.d/*.conf
""", a=S("{SHA}" + hashlib.sha1(sp.encode()).hexdigest(), "shadow-hash", "supervisord {SHA} password hash"),
        b=S(sp, "password", "supervisorctl password")))

    f = F(APP + "supervisor/conf.d/shop-workers.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[program:shop-worker]
command=/srv/shop/venv/bin/celery -A shop worker -l info -c 4
directory=/srv/shop
user=shop
autostart=true
autorestart=true
stopasgroup=true
environment=
    DJANGO_SETTINGS_MODULE="shop.settings.prod",
    DATABASE_URL="postgres://shop:⟨a⟩@db01.lab:6432/shop",
    SLACK_BOT_TOKEN="⟨b⟩",
    CELERY_BROKER_URL="⟨c⟩"

[program:shop-beat]
command=/srv/shop/venv/bin/celery -A shop beat -l info
directory=/srv/shop
user=shop
environment=DJANGO_SETTINGS_MODULE="shop.settings.prod",DATABASE_URL="%(ENV_DATABASE_URL)s"
""", a=S(upw(r), "postgres", "database URL password in supervisor environment"),
        b=S(slack_bot(r), "slack", "Slack bot token in supervisor environment"),
        c=N("redis://cache01.lab:6379/2", "redis", "Redis URL without credentials", "empty")))

    f = F(APP + "systemd/system/portal.service"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[Unit]
Description=Customer portal (Puma)
After=network.target

[Service]
Type=simple
User=portal
WorkingDirectory=/srv/portal/current
Environment=RAILS_ENV=production
Environment="SECRET_KEY_BASE=⟨a⟩"
Environment=REDIS_URL=redis://:⟨b⟩@cache01.lab:6379/0
EnvironmentFile=/etc/portal/portal.env
ExecStart=/srv/portal/current/bin/bundle exec puma -C config/puma.rb
Restart=always

[Install]
WantedBy=multi-user.target
""", a=S(hexs(r, 128), "rails-secret", "Rails SECRET_KEY_BASE in systemd Environment="),
        b=S(rand_pw(r, 32, ALNUM), "redis", "Redis password in REDIS_URL (systemd)")))

    f = F(APP + "portal/portal.env"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
DATABASE_URL=postgresql://portal:⟨a⟩@db01.lab:5432/portal_production
STRIPE_SECRET_KEY=⟨b⟩
STRIPE_PUBLISHABLE_KEY=⟨c⟩
SENTRY_DSN=⟨d⟩
SMTP_USERNAME=portal@corp-internal.net
SMTP_PASSWORD=⟨e⟩
""", a=S(upw(r), "postgres", "DATABASE_URL password (systemd EnvironmentFile)"),
        b=S(stripe_sk(r), "stripe", "Stripe live secret key (EnvironmentFile)"),
        c=N("pk_live_51" + rs(r, 97), "stripe", "Stripe publishable key (public by design)", "public"),
        d=N(f"https://{hexs(r, 32)}@o{r.randrange(10**5, 10**6)}.ingest.sentry.io/{r.randrange(10**6, 10**7)}",
            "sentry", "Sentry DSN public key (public by design)", "public"),
        e=S(pw(r), "password", "SMTP password (EnvironmentFile)")))

    f = F(APP + "sssd/sssd.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[sssd]
services = nss, pam, sudo
domains = corp-internal.net
config_file_version = 2

[domain/corp-internal.net]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap01.corp-internal.net, ldaps://ldap02.corp-internal.net
ldap_search_base = dc=corp-internal,dc=net
ldap_default_bind_dn = cn=sssd-bind,ou=services,dc=corp-internal,dc=net
ldap_default_authtok_type = ⟨t⟩
ldap_default_authtok = ⟨a⟩
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/ssl/certs/corp-root-ca.pem
cache_credentials = True
enumerate = False
""", t=N("password", "ldap", "authtok type keyword", "ui-label"), a=S(pw(r), "ldap", "SSSD LDAP bind password")))

    f = F(APP + "nslcd.conf"); r = f.r; S = f.s
    f.set(T("""\
uid nslcd
gid nslcd
uri ldaps://ldap01.corp-internal.net/
base dc=corp-internal,dc=net
binddn cn=nslcd,ou=services,dc=corp-internal,dc=net
bindpw ⟨a⟩
tls_reqcert demand
tls_cacertfile /etc/ssl/certs/corp-root-ca.pem
""", a=S(upw(r), "ldap", "nslcd LDAP bindpw")))

    f = F(APP + "ldap/ldap.conf"); f.plain = True
    f.set("""\
#
# LDAP Defaults
#
BASE    dc=corp-internal,dc=net
URI     ldaps://ldap01.corp-internal.net ldaps://ldap02.corp-internal.net
SIZELIMIT       500
TIMELIMIT       15
DEREF           never
TLS_CACERT      /etc/ssl/certs/corp-root-ca.pem
TLS_REQCERT     demand
""")

    f = F(APP + "login.defs"); N = f.n
    f.set(T("""\
MAIL_DIR        /var/mail
FAILLOG_ENAB            yes
LOG_UNKFAIL_ENAB        no
LOG_OK_LOGINS           no
SYSLOG_SU_ENAB          yes
FTMP_FILE       /var/log/btmp
SU_NAME         su
HUSHLOGIN_FILE  .hushlogin
ENV_SUPATH      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ENV_PATH        PATH=/usr/local/bin:/usr/bin:/bin
TTYGROUP        tty
TTYPERM         0600
ERASECHAR       0177
KILLCHAR        025
UMASK           022
# Password aging controls:
PASS_MAX_DAYS   ⟨a⟩
PASS_MIN_DAYS   ⟨b⟩
PASS_WARN_AGE   14
UID_MIN                  1000
UID_MAX                 60000
LOGIN_RETRIES           5
LOGIN_TIMEOUT           60
ENCRYPT_METHOD ⟨c⟩
YESCRYPT_COST_FACTOR 5
""", a=N("90", "generic", "password aging policy (max days)", "policy"),
        b=N("1", "generic", "password aging policy (min days)", "policy"),
        c=N("YESCRYPT", "generic", "password hashing method setting", "policy")))

    f = F(APP + "pam.d/common-password"); N = f.n
    f.set(T("""\
# /etc/pam.d/common-password - password-related modules common to all services
password        requisite                       pam_pwquality.so retry=3 ⟨a⟩ difok=4 ucredit=-1 lcredit=-1 dcredit=-1 ocredit=-1
password        [success=1 default=ignore]      pam_unix.so obscure use_authtok try_first_pass yescrypt remember=5
password        requisite                       pam_deny.so
password        required                        pam_permit.so
password        optional        pam_gnome_keyring.so
""", a=N("minlen=14", "generic", "password policy: minimum length", "policy")))

    f = F(APP + "NetworkManager/system-connections/Office-5G.nmconnection"); r = f.r; S = f.s
    f.set(T("""\
[connection]
id=Office-5G
uuid=⟨u⟩
type=wifi
interface-name=wlp2s0
autoconnect=true

[wifi]
mode=infrastructure
ssid=Office-5G

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=⟨a⟩

[ipv4]
method=auto

[ipv6]
addr-gen-mode=stable-privacy
method=auto
""", u=uuid4(r), a=S(upw(r), "password", "Wi-Fi WPA PSK (NetworkManager)")))

    f = F(APP + "NetworkManager/system-connections/Guest.nmconnection"); r = f.r; N = f.n
    f.set(T("""\
[connection]
id=Guest
uuid=⟨u⟩
type=wifi

[wifi]
ssid=Kovlab-Guest

[wifi-security]
key-mgmt=wpa-psk
psk-flags=⟨a⟩

[ipv4]
method=auto
""", u=uuid4(r), a=N("1", "generic", "psk-flags=1: secret held by the user's agent, none stored", "empty")))

    f = F(APP + "NetworkManager/system-connections/eduroam.nmconnection"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[connection]
id=eduroam
uuid=⟨u⟩
type=wifi

[wifi]
ssid=eduroam

[wifi-security]
key-mgmt=wpa-eap

[802-1x]
eap=peap;
identity=dk2291@uni-example.edu
anonymous-identity=anonymous@uni-example.edu
ca-cert=/etc/ssl/certs/USERTrust_RSA_Certification_Authority.pem
phase2-auth=mschapv2
password=⟨a⟩

[ipv4]
method=auto
""", u=uuid4(r), a=S(pw(r), "password", "802.1X password (NetworkManager)")))

    f = F(APP + "wpa_supplicant/wpa_supplicant.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

network={
    ssid="HomeNet"
    psk="⟨a⟩"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="Lab-IoT"
    psk=⟨b⟩
}

network={
    ssid="CorpWLAN"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="dkovalenko"
    password="⟨c⟩"
    phase2="auth=MSCHAPV2"
}

network={
    ssid="Cafe-Free"
    key_mgmt=⟨d⟩
}
""", a=S(human_pw(r), "password", "wpa_supplicant passphrase"),
        b=S(hexs(r, 64), "password", "wpa_supplicant raw 256-bit PSK (hex)"),
        c=S(pw(r), "password", "wpa_supplicant EAP password"),
        d=N("NONE", "generic", "open network, no key", "empty")))

    f = F(APP + "grafana/grafana.ini"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
[server]
protocol = http
http_port = 3000
domain = grafana.corp-internal.net
root_url = https://%(domain)s/

[database]
type = postgres
host = db01.lab:5432
name = grafana
user = grafana
password = ⟨a⟩
ssl_mode = require

[security]
;admin_user = admin
;admin_password = ⟨x⟩
admin_user = grafana-admin
admin_password = ⟨b⟩
secret_key = ⟨c⟩
disable_gravatar = true
cookie_secure = true
password_hint = ⟨h⟩

[auth.generic_oauth]
enabled = true
name = Keycloak
client_id = grafana
client_secret = ⟨d⟩
scopes = openid email profile roles
auth_url = https://sso.corp-internal.net/realms/corp/protocol/openid-connect/auth
token_url = https://sso.corp-internal.net/realms/corp/protocol/openid-connect/token

[auth.basic]
enabled = false

[smtp]
enabled = true
host = smtp.office365.com:587
user = grafana@corp-internal.net
password = \"\"\"⟨e⟩\"\"\"
from_address = grafana@corp-internal.net
""", a=S(upw(r), "postgres", "Grafana database password"),
        x=N("admin", "generic", "commented stock default", "placeholder"),
        b=S(pw(r), "password", "Grafana admin_password"),
        c=S(rs(r, 32, ALNUM), "password", "Grafana secret_key (datasource encryption)"),
        h=N("password", "generic", "login form hint text", "ui-label"),
        d=S(rs(r, 32, ALNUM), "password", "Keycloak OIDC client secret (Grafana)"),
        e=S(human_pw(r), "password", "Grafana SMTP password (triple-quoted)")))

    f = F(APP + "grafana/provisioning/datasources/datasources.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    access: proxy
    url: https://prometheus.corp-internal.net
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ⟨a⟩
  - name: Loki
    type: loki
    url: http://loki.lab:3100
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ⟨b⟩
  - name: ShopDB
    type: postgres
    url: db01.lab:5432
    user: grafana_ro
    jsonData:
      database: shop
      sslmode: require
    secureJsonData:
      password: ⟨c⟩
""", a=S(upw(r), "password", "Grafana datasource basicAuthPassword"),
        b=N("$LOKI_BASIC_AUTH_PASSWORD", "generic", "environment expansion in provisioning file", "env-ref"),
        c=S(pw(r), "postgres", "Grafana datasource DB password")))

    f = F(APP + "grafana/provisioning/alerting/contactpoints.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
apiVersion: 1
contactPoints:
  - orgId: 1
    name: ops-slack
    receivers:
      - uid: ops-slack-1
        type: slack
        settings:
          url: ⟨a⟩
          recipient: "#ops-alerts"
          username: grafana
  - orgId: 1
    name: oncall-mail
    receivers:
      - uid: oncall-mail-1
        type: email
        settings:
          addresses: oncall@corp-internal.net
""", a=S(slack_hook(r), "slackwebhook", "Slack incoming webhook URL (Grafana contact point)")))

    f = F(APP + "kibana/kibana.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.corp-internal.net"
elasticsearch.hosts: ["https://es01.lab:9200", "https://es02.lab:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "⟨a⟩"
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/ca.crt"]
xpack.encryptedSavedObjects.encryptionKey: "⟨b⟩"
xpack.reporting.encryptionKey: ⟨c⟩
xpack.security.encryptionKey: "⟨d⟩"
logging.root.level: warn
""", a=S(pw(r), "password", "Kibana elasticsearch.password"),
        b=S(rs(r, 32, ALNUM), "password", "Kibana saved-objects encryption key"),
        c=N("${KIBANA_REPORTING_KEY}", "generic", "environment reference", "env-ref"),
        d=N("${KIBANA_SECURITY_KEY}", "generic", "environment reference", "env-ref")))

    f = F(APP + "elasticsearch/elasticsearch.yml"); r = f.r; N = f.n
    f.set(T("""\
cluster.name: corp-logs
node.name: es01
path.data: /var/lib/elasticsearch
path.logs: /var/log/elasticsearch
network.host: 10.0.3.11
discovery.seed_hosts: ["10.0.3.11", "10.0.3.12", "10.0.3.13"]
xpack.security.enabled: true
xpack.security.transport.ssl.enabled: true
xpack.security.transport.ssl.keystore.path: certs/transport.p12
# the keystore password lives in elasticsearch.keystore (xpack.security.transport.ssl.keystore.secure_password)
xpack.security.authc.password_hashing.algorithm: ⟨a⟩
xpack.security.authc.api_key.enabled: true
""", a=N("pbkdf2_stretch", "generic", "password hashing algorithm setting", "policy")))

    f = F(APP + "logstash/conf.d/30-output.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/drivers/postgresql-42.7.4.jar"
    jdbc_driver_class => "org.postgresql.Driver"
    jdbc_connection_string => "jdbc:postgresql://db01.lab:5432/shop"
    jdbc_user => "logstash_ro"
    jdbc_password => "⟨a⟩"
    schedule => "*/5 * * * *"
    statement => "SELECT id, status, updated_at FROM orders WHERE updated_at > :sql_last_value"
  }
}

output {
  elasticsearch {
    hosts => ["https://es01.lab:9200"]
    user => "logstash_writer"
    password => "⟨b⟩"
    cacert => "/etc/logstash/certs/ca.crt"
    index => "shop-orders-%{+YYYY.MM}"
  }
}
""", a=N("${JDBC_PASSWORD}", "generic", "Logstash keystore/env reference", "env-ref"),
        b=S(pw(r), "password", "Logstash elasticsearch output password")))

    f = F(APP + "alertmanager/alertmanager.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.office365.com:587'
  smtp_from: 'alertmanager@corp-internal.net'
  smtp_auth_username: 'alertmanager@corp-internal.net'
  smtp_auth_password: '⟨a⟩'
  slack_api_url: '⟨b⟩'

route:
  receiver: ops
  group_by: ['alertname', 'job']
  routes:
    - matchers: [severity="page"]
      receiver: oncall

receivers:
  - name: ops
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
  - name: oncall
    pagerduty_configs:
      - routing_key_file: ⟨c⟩
""", a=S(pw(r), "password", "Alertmanager SMTP password"),
        b=S(slack_hook(r), "slackwebhook", "Slack webhook URL (Alertmanager)"),
        c=N("/etc/alertmanager/secrets/pagerduty-routing-key", "generic", "secret read from a file", "secret-ref")))

    f = F(APP + "prometheus/prometheus.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['app01.lab:9100', 'db01.lab:9100', 'edge01.lab:9100']
  - job_name: rabbitmq
    basic_auth:
      username: prometheus
      password: ⟨a⟩
    static_configs:
      - targets: ['mq01.lab:15692']
  - job_name: federate-staging
    metrics_path: /federate
    basic_auth:
      username: federate
      password_file: ⟨b⟩
    static_configs:
      - targets: ['prometheus.staging.corp-internal.net']
""", a=S(upw(r), "password", "Prometheus scrape basic_auth password"),
        b=N("/etc/prometheus/federate.pass", "generic", "password_file path reference", "secret-ref")))

    f = F(APP + "rabbitmq/rabbitmq.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
listeners.tcp.default = 5672
management.tcp.port = 15672
loopback_users.guest = true
default_vhost = /
default_user = shop
default_pass = ⟨a⟩
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
vm_memory_high_watermark.relative = 0.6
""", a=S(upw(r), "rabbitmq", "RabbitMQ default_pass")))

    import hashlib as _h, os as _os
    def rmq_hash(p):
        salt = bytes(r2.randrange(256) for _ in range(4))
        return base64.b64encode(salt + _h.sha256(salt + p.encode()).digest()).decode()
    f = F(APP + "rabbitmq/definitions.json"); r = f.r; r2 = r; S, N = f.s, f.n
    f.set(T("""\
{
  "rabbit_version": "3.13.7",
  "users": [
    {
      "name": "shop",
      "password_hash": "⟨a⟩",
      "hashing_algorithm": "⟨h⟩",
      "tags": ["administrator"]
    },
    {
      "name": "billing",
      "password_hash": "⟨b⟩",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    }
  ],
  "vhosts": [{"name": "/"}, {"name": "billing"}],
  "permissions": [
    {"user": "shop", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"},
    {"user": "billing", "vhost": "billing", "configure": "", "write": "billing\\\\..*", "read": "billing\\\\..*"}
  ]
}
""", a=S(rmq_hash(pw(r)), "shadow-hash", "RabbitMQ salted SHA-256 password hash"),
        h=N("rabbit_password_hashing_sha256", "rabbitmq", "hashing algorithm name", "policy"),
        b=S(rmq_hash(pw(r)), "shadow-hash", "RabbitMQ salted SHA-256 password hash")))


def ci01():
    J = CI + "var/lib/jenkins/"
    f = F(J + "credentials.xml"); r = f.r; N = f.n

    def jenc():
        return "{AQAAABAAAAAQ" + base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([32, 48, 64])))).decode() + "}"
    f.set(T("""\
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1371.vfee6b_095f0a_3">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>jenkins-deploy</username>
          <password>⟨a⟩</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token</id>
          <description>SonarQube analysis token</description>
          <secret>⟨b⟩</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
          <scope>GLOBAL</scope>
          <id>deploy-ssh</id>
          <username>deploy</username>
          <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">
            <privateKey>⟨c⟩</privateKey>
          </privateKeySource>
        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", a=N(jenc(), "jenkins", "Jenkins-encrypted secret {AQAAABAAAAAQ...} (ciphertext)", "ciphertext"),
        b=N(jenc(), "jenkins", "Jenkins-encrypted secret (ciphertext)", "ciphertext"),
        c=N(jenc(), "jenkins", "Jenkins-encrypted private key (ciphertext)", "ciphertext")))

    f = F(J + "secrets/master.key"); r = f.r
    f.set(f.s(hexs(r, 512), "jenkins", "Jenkins secrets/master.key (decrypts credentials.xml)"))

    f = F(J + "users/admin_8412379016422745923/config.xml"); r = f.r; S = f.s
    f.set(T("""\
<?xml version='1.1' encoding='UTF-8'?>
<user>
  <version>10</version>
  <id>admin</id>
  <fullName>admin</fullName>
  <properties>
    <hudson.security.HudsonPrivateSecurityRealm_-Details>
      <passwordHash>#jbcrypt:⟨a⟩</passwordHash>
    </hudson.security.HudsonPrivateSecurityRealm_-Details>
    <jenkins.security.ApiTokenProperty>
      <tokenStore>
        <tokenList/>
      </tokenStore>
    </jenkins.security.ApiTokenProperty>
  </properties>
</user>
""", a=S(bcrypt_shape(r, 10, "2a"), "shadow-hash", "Jenkins local user bcrypt hash")))

    f = F(J + "casc_configs/jenkins.yaml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
jenkins:
  systemMessage: "CI for kovlab - managed by JCasC"
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin
          password: "⟨a⟩"
        - id: release-bot
          password: ⟨b⟩
  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false

credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: github-token
              secret: "⟨c⟩"
          - usernamePassword:
              scope: GLOBAL
              id: dockerhub
              username: kovlabci
              password: "⟨d⟩"
          - usernamePassword:
              scope: GLOBAL
              id: nexus-deploy
              username: jenkins-deploy
              password: "⟨e⟩"

unclassified:
  location:
    url: https://ci.lab.kovalenko.dev/
""", a=S(pw(r), "password", "Jenkins admin password in JCasC"),
        b=N("${RELEASE_BOT_PASSWORD}", "jenkins", "JCasC variable reference", "env-ref"),
        c=S(gh(r), "github", "GitHub token in JCasC credentials"),
        d=S(dckr(r), "dockerhub", "Docker Hub PAT in JCasC credentials"),
        e=N("${readFile:/run/secrets/nexus-deploy}", "jenkins", "JCasC readFile secret source", "function-call")))

    f = F(CI + "etc/gitlab-runner/config.toml"); r = f.r; S = f.s
    f.set(T("""\
concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "ci01-docker"
  url = "https://gitlab.com"
  id = 41337215
  token = "⟨a⟩"
  token_obtained_at = 2026-01-14T09:12:44Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.cache]
    Type = "s3"
    Shared = true
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "⟨b⟩"
      SecretKey = "⟨c⟩"
      BucketName = "kovlab-runner-cache"
      BucketLocation = "eu-central-1"
  [runners.docker]
    tls_verify = false
    image = "alpine:3.20"
    privileged = true
    volumes = ["/cache", "/var/run/docker.sock:/var/run/docker.sock"]
    shm_size = 0
""", a=S(glrt(r), "gitlab", "GitLab runner authentication token"),
        b=S(aws_id(r), "aws", "AWS access key id (runner cache)", pair=True),
        c=S(aws_secret(r), "aws", "AWS secret access key (runner cache)")))


def build():
    db01(); edge01(); nas01(); app01(); ci01()
