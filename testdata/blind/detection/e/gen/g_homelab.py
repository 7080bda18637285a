"""Homelab repository: Home Assistant, ESPHome, *arr stack, Nextcloud, Pi-hole, Traefik, Authelia, backups."""
import json
from lib import *
import keys

H = "homelab/"


def build():
    f = new(H + "homeassistant/secrets.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude: 52.3702
longitude: 4.8952
mqtt_user: homeassistant
mqtt_password: "{S(pw_alnum(r, 20), 'mosquitto', 'MQTT password in HA secrets.yaml')}"
unifi_password: "{N('changeme', 'unifi', 'placeholder never replaced', 'placeholder')}"
frigate_rtsp: "rtsp://viewer:{S(pw_url(r), 'url-credentials', 'camera RTSP password in URL')}@192.168.20.31:554/cam/realmonitor?channel=1&subtype=0"
spotify_client_secret: "{S(hexs(r, 32), 'spotify', 'Spotify client secret')}"
openweathermap_key: "{N('your_api_key', 'openweathermap', 'placeholder', 'placeholder')}"
telegram_bot: "{f.p(telegram(r), 'telegram', 'Telegram bot token in HA secrets')}"
some_password: welcome
""")
    f.labels.append(dict(t="negative", value="welcome", service="homeassistant",
                         why="the sample entry that ships in the default secrets.yaml", category="test-value",
                         anchor="some_password", group="negative:test-value"))

    f = new(H + "homeassistant/configuration.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""default_config:

homeassistant:
  name: Home
  latitude: !secret latitude
  longitude: !secret longitude
  unit_system: metric
  time_zone: Europe/Amsterdam

http:
  use_x_forwarded_for: true
  trusted_proxies: [172.30.33.0/24]

mqtt:
  sensor: !include mqtt_sensors.yaml

unifi_direct:
  password: {N('!secret unifi_password', 'unifi', 'reference into secrets.yaml', 'secret-ref')}

camera:
  - platform: generic
    still_image_url: http://192.168.20.32/cgi-bin/snapshot.cgi
    stream_source: {N('!secret frigate_rtsp', 'homeassistant', 'reference into secrets.yaml', 'secret-ref')}
    username: admin
    password: {S(pw_word(r), 'camera', 'IP camera password hard-coded next to !secret uses')}
    authentication: digest

notify:
  - platform: telegram
    name: phone
    chat_id: {N(str(r.randint(10**8, 10**9)), 'telegram', 'chat id', 'identifier')}

recorder:
  db_url: {N('!secret recorder_db_url', 'homeassistant', 'reference into secrets.yaml', 'secret-ref')}
  purge_keep_days: 14
""")

    f = new(H + "esphome/secrets.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""wifi_ssid: "IoT-Backyard"
wifi_password: "{S(pw_phrase(r), 'wifi', 'WPA2 passphrase in ESPHome secrets')}"
api_encryption_key: "{S(b64b(r, 32), 'esphome', 'native API encryption key')}"
ota_password: "{S(hexs(r, 32), 'esphome', 'OTA password')}"
fallback_ap_password: "{N('<fallback-ap-password>', 'esphome', 'placeholder', 'placeholder')}"
""")

    f = new(H + "esphome/garage-door.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""esphome:
  name: garage-door
  friendly_name: Garage door

esp32:
  board: esp32dev

api:
  encryption:
    key: {N('!secret api_encryption_key', 'esphome', 'reference to secrets.yaml', 'secret-ref')}

ota:
  - platform: esphome
    password: {N('!secret ota_password', 'esphome', 'reference to secrets.yaml', 'secret-ref')}

wifi:
  ssid: !secret wifi_ssid
  password: {N('!secret wifi_password', 'wifi', 'reference to secrets.yaml', 'secret-ref')}
  ap:
    ssid: "Garage-Door Fallback"
    password: "{S(rs(r, 12), 'esphome', 'fallback AP password hard-coded in node config')}"

switch:
  - platform: gpio
    pin: GPIO5
    id: relay
""")

    f = new(H + "zigbee2mqtt/configuration.yaml"); r = f.r; S, N = f.s, f.n
    nk = "[" + ", ".join(str(r.randint(0, 255)) for _ in range(16)) + "]"
    f.done(f"""homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://192.168.20.5
  user: z2m
  password: {S(pw_alnum(r, 18), 'mosquitto', 'zigbee2mqtt MQTT password')}
serial:
  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0
advanced:
  pan_id: {N(str(r.randint(1000, 65000)), 'zigbee', 'PAN id (network identifier)', 'identifier')}
  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]
  network_key: {S(nk, 'zigbee', 'Zigbee network key')}
  channel: 15
frontend:
  port: 8080
  auth_token: {N("'!secret.yaml auth_token'", 'zigbee2mqtt', 'zigbee2mqtt secret-file reference', 'secret-ref')}
""")

    f = new(H + "mosquitto/conf.d/bridge.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""connection cloud-bridge
address mqtt.cloudbroker.example:8883
topic home/# out 1 "" lakeside/
remote_username homelab-bridge
remote_password {S(pw_rand(r, 20), 'mosquitto', 'bridge remote_password')}
bridge_cafile /etc/ssl/certs/ca-certificates.crt
bridge_insecure false
cleansession true
""")

    f = new(H + "nextcloud/config/config.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
$CONFIG = array (
  'htaccess.RewriteBase' => '/',
  'memcache.local' => '\\\\OC\\\\Memcache\\\\APCu',
  'apps_paths' =>
  array (
    0 =>
    array (
      'path' => '/var/www/html/apps',
      'url' => '/apps',
      'writable' => false,
    ),
  ),
  'instanceid' => '{N('oc' + rs(r, 10, LOWNUM), 'nextcloud', 'instance id', 'identifier')}',
  'passwordsalt' => '{S(rs(r, 30, ALNUM + '+/'), 'nextcloud', 'passwordsalt')}',
  'secret' => '{S(rs(r, 48, ALNUM + '+/'), 'nextcloud', 'instance secret')}',
  'trusted_domains' =>
  array (
    0 => 'cloud.home.example',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '28.0.3.2',
  'overwrite.cli.url' => 'https://cloud.home.example',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'dbuser' => 'oc_admin',
  'dbpassword' => '{S(rs(r, 30, ALNUM + '+/'), 'postgres', 'Nextcloud DB password')}',
  'installed' => true,
  'mail_smtpmode' => 'smtp',
  'mail_smtphost' => 'smtp.fastmail.com',
  'mail_smtpport' => '465',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'cloud@home.example',
  'mail_smtppassword' => '{N('', 'smtp', 'empty SMTP password', 'empty', anchor="'mail_smtppassword' => '")}',
  'maintenance' => false,
);
""")

    f = new(H + "pihole/setupVars.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""PIHOLE_INTERFACE=eth0
IPV4_ADDRESS=192.168.1.2/24
QUERY_LOGGING=true
INSTALL_WEB_SERVER=true
INSTALL_WEB_INTERFACE=true
LIGHTTPD_ENABLED=true
CACHE_SIZE=10000
DNS_FQDN_REQUIRED=true
DNS_BOGUS_PRIV=true
DNSMASQ_LISTENING=local
WEBPASSWORD={S(keys.pihole(pw_word(r)), 'shadow-hash', 'Pi-hole double-SHA256 web password hash')}
BLOCKING_ENABLED=true
PIHOLE_DNS_1=9.9.9.9
PIHOLE_DNS_2=149.112.112.112
""")

    f = new(H + "traefik/dynamic/middlewares.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:
          - "admin:{S(keys.bcrypt(r, pw_sym(r), '2y', 5), 'htpasswd', 'bcrypt htpasswd entry in Traefik basicAuth')}"
          - "grafana:{S(keys.bcrypt(r, pw_word(r), '2y', 5), 'htpasswd', 'bcrypt htpasswd entry in Traefik basicAuth')}"
    sso:
      forwardAuth:
        address: http://authelia:9091/api/verify?rd=https://auth.home.example
    secure-headers:
      headers:
        stsSeconds: 31536000
        frameDeny: true
""")

    f = new(H + "traefik/traefik.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""entryPoints:
  web:
    address: ":80"
  websecure:
    address: ":443"
certificatesResolvers:
  letsencrypt:
    acme:
      email: {N('hostmaster@home.example', 'traefik', 'ACME account email', 'identifier')}
      storage: /letsencrypt/acme.json
      dnsChallenge:
        provider: cloudflare
providers:
  file:
    directory: /etc/traefik/dynamic
  docker:
    exposedByDefault: false
api:
  dashboard: true
""")

    f = new(H + "authelia/users_database.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""users:
  marta:
    disabled: false
    displayname: "Marta"
    password: "{S(keys.argon2_shape(r), 'shadow-hash', 'Authelia argon2id password hash')}"
    email: marta@home.example
    groups: [admins, dev]
  kid1:
    disabled: false
    displayname: "Jonas"
    password: "{S(keys.argon2_shape(r), 'shadow-hash', 'Authelia argon2id password hash')}"
    email: jonas@home.example
    groups: [family]
""")

    f = new(H + "authelia/configuration.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""theme: dark
identity_validation:
  reset_password:
    jwt_secret: '{S(rs(r, 64), 'authelia', 'reset-password JWT secret')}'
default_2fa_method: totp
server:
  address: tcp://0.0.0.0:9091
authentication_backend:
  password_reset:
    disable: false
  file:
    path: /config/users_database.yml
    password:
      algorithm: {N('argon2', 'authelia', 'hash algorithm setting', 'policy', anchor='algorithm')}
      argon2:
        variant: argon2id
        iterations: 3
        memory: 65536
password_policy:
  standard:
    enabled: true
    min_length: {N('12', 'authelia', 'password policy', 'policy', anchor='min_length')}
    require_number: true
session:
  secret: '{S(rs(r, 64), 'authelia', 'session secret')}'
  cookies:
    - domain: home.example
      authelia_url: https://auth.home.example
  redis:
    host: redis
    password: '{N('', 'redis', 'no redis password on isolated network', 'empty', anchor="password: ''")}'
storage:
  encryption_key: '{S(rs(r, 64), 'authelia', 'storage encryption key')}'
  local:
    path: /config/db.sqlite3
notifier:
  smtp:
    address: submission://smtp.fastmail.com:587
    username: auth@home.example
    password: '{N('{{ secret "/config/secrets/smtp" }}', 'smtp', 'Authelia file template', 'secret-ref')}'
    sender: "Authelia <auth@home.example>"
""")

    f = new(H + "media/plex/Preferences.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version="1.0" encoding="utf-8"?>
<Preferences OldestPreviousVersion="1.32.5.7349-8f4248874" MachineIdentifier="{N(uuid4(r), 'plex', 'machine id', 'identifier')}"
  ProcessedMachineIdentifier="{N(hexs(r, 40), 'plex', 'derived machine id hash', 'hash-nonsecret')}"
  AnonymousMachineIdentifier="{N(uuid4(r), 'plex', 'anonymous machine id', 'identifier')}"
  MetricsEpoch="1" AcceptedEULA="1" FriendlyName="nas" PublishServerOnPlexOnlineKey="1"
  PlexOnlineToken="{S(rs(r, 20, ALNUM + '-_'), 'plex', 'PlexOnlineToken')}"
  PlexOnlineUsername="martahome" PlexOnlineMail="marta@home.example" PlexOnlineHome="1"
  TranscoderTempDirectory="/transcode" ManualPortMappingMode="1" ManualPortMappingPort="32400"/>
""")

    for app, port in (("sonarr", 8989), ("radarr", 7878), ("prowlarr", 9696)):
        f = new(H + f"media/{app}/config.xml"); r = f.r; S, N = f.s, f.n
        f.done(f"""<Config>
  <BindAddress>*</BindAddress>
  <Port>{port}</Port>
  <SslPort>{port + 1}</SslPort>
  <EnableSsl>False</EnableSsl>
  <LaunchBrowser>True</LaunchBrowser>
  <ApiKey>{S(hexs(r, 32), app, app.capitalize() + ' API key')}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <AuthenticationRequired>Enabled</AuthenticationRequired>
  <Branch>main</Branch>
  <LogLevel>info</LogLevel>
  <UrlBase></UrlBase>
  <InstanceName>{app.capitalize()}</InstanceName>
  <PostgresUser>{app}</PostgresUser>
  <PostgresPassword>{S(pw_alnum(r, 20), 'postgres', app + ' postgres password') if app == 'radarr' else N('', 'postgres', 'sqlite in use, empty postgres password', 'empty', anchor='<PostgresPassword>')}</PostgresPassword>
</Config>
""")

    f = new(H + "media/transmission/settings.json"); r = f.r; S, N = f.s, f.n
    d = {"alt-speed-down": 50, "download-dir": "/downloads/complete", "incomplete-dir": "/downloads/incomplete",
         "peer-port": 51413, "rpc-authentication-required": True, "rpc-bind-address": "0.0.0.0",
         "rpc-enabled": True,
         "rpc-password": S("{" + hexs(r, 40) + rs(r, 8, LOWNUM), "shadow-hash", "Transmission salted SHA-1 rpc-password"),
         "rpc-port": 9091, "rpc-username": "marta", "rpc-whitelist": "127.0.0.1,192.168.*.*",
         "rpc-whitelist-enabled": True, "speed-limit-up": 500}
    f.done(json.dumps(d, indent=4, sort_keys=True))

    f = new(H + "media/qbittorrent/qBittorrent.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""[BitTorrent]
Session\\DefaultSavePath=/downloads
Session\\Port=6881
Session\\QueueingSystemEnabled=true

[Preferences]
WebUI\\Address=*
WebUI\\AuthSubnetWhitelist=192.168.1.0/24
WebUI\\LocalHostAuth=false
WebUI\\Password_PBKDF2="{S(keys.qbittorrent(r, pw_word(r)), 'shadow-hash', 'qBittorrent PBKDF2 WebUI password hash')}"
WebUI\\Port=8080
WebUI\\Username=admin
""")

    f = new(H + "syncthing/config.xml"); r = f.r; S, N = f.s, f.n
    dev = "-".join(rs(r, 7, UPNUM) for _ in range(8))
    f.done(f"""<configuration version="37">
    <folder id="{N('photos-' + rs(r, 5, LOWNUM), 'syncthing', 'folder id', 'identifier')}" label="Photos" path="/data/photos" type="sendreceive">
        <device id="{N(dev, 'syncthing', 'device id (derived from public certificate)', 'public')}" introducedBy=""></device>
    </folder>
    <gui enabled="true" tls="true" debugging="false">
        <address>0.0.0.0:8384</address>
        <user>marta</user>
        <password>{S(keys.bcrypt(r, pw_word(r), '2a', 10), 'shadow-hash', 'Syncthing GUI bcrypt hash')}</password>
        <apikey>{S(rs(r, 32), 'syncthing', 'Syncthing REST API key')}</apikey>
        <theme>default</theme>
    </gui>
</configuration>
""")

    f = new(H + "wireguard/wg0.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""[Interface]
Address = 10.66.0.1/24
ListenPort = 51820
PrivateKey = {S(keys.wg_key(r), 'wireguard', 'WireGuard interface private key')}
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# marta-phone
PublicKey = {N(keys.wg_key(r), 'wireguard', 'peer public key', 'public')}
PresharedKey = {S(keys.wg_key(r), 'wireguard', 'WireGuard preshared key')}
AllowedIPs = 10.66.0.2/32

[Peer]
# laptop
PublicKey = {N(keys.wg_key(r), 'wireguard', 'peer public key', 'public')}
AllowedIPs = 10.66.0.3/32
""")

    f = new(H + "backup/restic.env"); r = f.r; S, N = f.s, f.n
    f.done(f"""export RESTIC_REPOSITORY="b2:homelab-restic:/nas"
export RESTIC_PASSWORD='{S(pw_phrase(r), 'restic', 'restic repository password')}'
export B2_ACCOUNT_ID="{S('00' + hexs(r, 10) + '0000000001', 'backblaze', 'B2 application key id', pair=True)}"
export B2_ACCOUNT_KEY="{S('K00' + rs(r, 28), 'backblaze', 'B2 application key')}"
""")

    f = new(H + "backup/borg-offsite.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/bin/sh
export BORG_REPO=ssh://u{r.randint(100000, 999999)}@u{r.randint(100000, 999999)}.your-storagebox.de:23/./borg
export BORG_PASSPHRASE='{S(pw_phrase(r), 'borg', 'borg repository passphrase')}'
# export BORG_PASSCOMMAND="cat /root/.borg-pass"   <- TODO
info() {{ printf "\\n%s %s\\n\\n" "$( date )" "$*" >&2; }}
trap 'echo $( date ) Backup interrupted >&2; exit 2' INT TERM
borg create --verbose --filter AME --list --stats --compression lz4 ::'{{hostname}}-{{now}}' /etc /home /srv
borg prune --list --keep-daily 7 --keep-weekly 4 --keep-monthly 6
""")

    f = new(H + "backup/rclone.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""[gdrive]
type = drive
client_id = {N(str(r.randint(10**11, 10**12)) + '-' + rs(r, 32, LOWNUM) + '.apps.googleusercontent.com', 'google', 'OAuth client id, no secret here', 'identifier')}
scope = drive
token = {{"access_token":"{f.p('ya29.' + rs(r, 150, URLSAFE), 'google', 'Google OAuth access token in rclone.conf')}","token_type":"Bearer","refresh_token":"1//0{rs(r, 100, URLSAFE)}","expiry":"2024-03-01T19:20:01.0Z"}}

[nas-sftp]
type = sftp
host = 192.168.1.10
user = backup
pass = {S(b64u(r, 24 + r.randint(0, 8)), 'rclone', 'rclone obscured (reversible) sftp password')}
shell_type = unix

[crypt]
type = crypt
remote = gdrive:enc
password = {S(b64u(r, 40), 'rclone', 'rclone obscured crypt password')}
""")

    f = new(H + "vaultwarden/.env"); r = f.r; S, N = f.s, f.n
    f.done(f"""DOMAIN=https://vault.home.example
SIGNUPS_ALLOWED=false
ADMIN_TOKEN='{S(keys.argon2_shape(r, 'argon2id', 65540, 3, 4), 'vaultwarden', 'argon2 PHC admin token hash')}'
SMTP_HOST=smtp.fastmail.com
SMTP_FROM=vault@home.example
SMTP_PORT=587
SMTP_SECURITY=starttls
SMTP_USERNAME=vault@home.example
SMTP_PASSWORD={S(rs(r, 16, LOWNUM), 'smtp', 'Vaultwarden SMTP password')}
PUSH_INSTALLATION_ID={N(uuid4(r), 'bitwarden', 'push installation id', 'identifier')}
PUSH_INSTALLATION_KEY={N('xxxxxxxxxxxxxxxxxxxx', 'bitwarden', 'x-filled placeholder', 'placeholder')}
""")

    f = new(H + "gitea/app.ini"); r = f.r; S, N = f.s, f.n
    jw = jwt(r, {"nbf": 1700000000})
    f.done(f"""APP_NAME = Home Git
RUN_MODE = prod
RUN_USER = git

[database]
DB_TYPE = postgres
HOST = 127.0.0.1:5432
NAME = gitea
USER = gitea
PASSWD = `{S(pw_sym(r), 'postgres', 'Gitea database password (backtick-quoted)')}`
SSL_MODE = disable

[security]
INSTALL_LOCK = true
SECRET_KEY = {N('', 'gitea', 'empty, SECRET_KEY_URI used', 'empty', anchor='SECRET_KEY =')}
INTERNAL_TOKEN = {S(jw, 'gitea', 'Gitea INTERNAL_TOKEN (JWT)')}
PASSWORD_HASH_ALGO = {N('pbkdf2', 'gitea', 'hash algorithm name', 'policy', anchor='PASSWORD_HASH_ALGO')}
MIN_PASSWORD_LENGTH = 10

[oauth2]
JWT_SECRET = {S(b64u(r, 32), 'gitea', 'OAuth2 JWT secret')}

[mailer]
ENABLED = true
SMTP_ADDR = smtp.fastmail.com
SMTP_PORT = 465
USER = git@home.example
PASSWD = {N('', 'smtp', 'empty, mailer uses local relay', 'empty', anchor='PASSWD =')}
""")

    f = new(H + "frigate/config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""mqtt:
  host: 192.168.20.5
  user: frigate
  password: "{N('{FRIGATE_MQTT_PASSWORD}', 'mosquitto', 'Frigate env substitution', 'env-ref')}"
cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{S(pw_url(r), 'url-credentials', 'camera password in RTSP URL')}@192.168.20.31:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://admin:{N('{FRIGATE_RTSP_PASSWORD}', 'camera', 'Frigate env substitution', 'env-ref')}@192.168.20.33:554/h264Preview_01_sub
          roles: [detect]
  backyard:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{S(pw_url(r), 'url-credentials', 'camera password in RTSP URL')}@192.168.20.32:554/stream1
          roles: [detect, record]
detectors:
  coral:
    type: edgetpu
    device: usb
""")

    f = new(H + "docker/arr-stack/docker-compose.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""services:
  pihole:
    image: pihole/pihole:2024.02.0
    environment:
      TZ: Europe/Amsterdam
      WEBPASSWORD: "{N('${PIHOLE_WEBPASSWORD}', 'pihole', 'compose substitution', 'env-ref')}"
    volumes: ["./etc-pihole:/etc/pihole"]
  gluetun:
    image: qmcgaw/gluetun
    cap_add: [NET_ADMIN]
    environment:
      VPN_SERVICE_PROVIDER: mullvad
      VPN_TYPE: wireguard
      WIREGUARD_PRIVATE_KEY: {S(keys.wg_key(r), 'wireguard', 'VPN WireGuard key in compose')}
      WIREGUARD_ADDRESSES: 10.64.222.21/32
  qbittorrent:
    image: lscr.io/linuxserver/qbittorrent
    network_mode: service:gluetun
    environment:
      PUID: "1000"
      PGID: "1000"
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: arr
      POSTGRES_PASSWORD: ${{ARR_PG_PASSWORD:?set in .env}}
""")
    f.labels.append(dict(t="negative", value="${ARR_PG_PASSWORD:?set in .env}", service="postgres",
                         why="compose required-variable substitution", category="env-ref", anchor=None, group="negative:env-ref"))

    f = new(H + "proxmox/terraform/provider.tf"); r = f.r; S, N = f.s, f.n
    f.done(f"""terraform {{
  required_providers {{
    proxmox = {{
      source  = "telmate/proxmox"
      version = "3.0.1-rc1"
    }}
  }}
}}

provider "proxmox" {{
  pm_api_url          = "https://pve1.home.example:8006/api2/json"
  pm_api_token_id     = "{S('terraform@pve!tf', 'proxmox', 'API token id', pair=True)}"
  pm_api_token_secret = "{S(uuid4(r), 'proxmox', 'Proxmox API token secret (UUID-shaped)')}"
  pm_tls_insecure     = true
}}

resource "proxmox_vm_qemu" "k3s" {{
  name        = "k3s-01"
  target_node = "pve1"
  clone       = "debian12-cloudinit"
  ciuser      = "debian"
  cipassword  = "{N('${var.ci_password}', 'cloud-init', 'Terraform interpolation', 'template')}"
  sshkeys     = var.ssh_pubkeys
}}
""")

    f = new(H + "cloudflared/config.yml"); r = f.r; S, N = f.s, f.n
    tid = uuid4(r)
    f.done(f"""tunnel: {N(tid, 'cloudflare', 'tunnel UUID', 'identifier')}
credentials-file: /etc/cloudflared/{tid}.json
ingress:
  - hostname: cloud.home.example
    service: http://nextcloud:80
  - service: http_status:404
""")
    f = new(H + f"cloudflared/{tid}.json"); r = f.r; S, N = f.s, f.n
    f.done(json.dumps({"AccountTag": N(hexs(r, 32), 'cloudflare', 'account id', 'identifier'),
                       "TunnelSecret": S(b64b(r, 32), 'cloudflare', 'tunnel credentials secret'),
                       "TunnelID": tid}, indent=2))

    f = new(H + "node-red/settings.js"); r = f.r; S, N = f.s, f.n
    f.done(f"""module.exports = {{
    flowFile: 'flows.json',
    credentialSecret: "{S(pw_alnum(r, 24), 'node-red', 'credentialSecret for flows_cred.json')}",
    uiPort: process.env.PORT || 1880,
    adminAuth: {{
        type: "credentials",
        users: [{{
            username: "admin",
            password: "{S(keys.bcrypt(r, pw_word(r), '2b', 8), 'shadow-hash', 'Node-RED adminAuth bcrypt hash')}",
            permissions: "*"
        }}]
    }},
    httpNodeAuth: {{user: "flows", pass: "{N('$2b$08$...', 'node-red', 'truncated hash placeholder', 'placeholder')}"}},
    functionGlobalContext: {{ }},
    logging: {{ console: {{ level: "info", metrics: false, audit: false }} }}
}}
""")

    f = new(H + "nut/upsd.users"); r = f.r; S, N = f.s, f.n
    f.done(f"""[admin]
	password = {S(pw_word(r), 'nut', 'NUT upsd admin password')}
	actions = SET
	instcmds = ALL

[upsmon]
	password  = {N('${UPSMON_PASSWORD}', 'nut', 'variable reference', 'env-ref')}
	upsmon primary
""")
    f = new(H + "nut/upsmon.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""MONITOR eaton@localhost 1 upsmon {S(pw_alnum(r, 12), 'nut', 'NUT MONITOR line password')} primary
MINSUPPLIES 1
SHUTDOWNCMD "/sbin/shutdown -h +0"
POLLFREQ 5
NOTIFYFLAG ONBATT SYSLOG+WALL
""")

    f = new(H + "ddns/duckdns.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/bin/sh
echo url="https://www.duckdns.org/update?domains=lakehome&token={S(uuid4(r), 'duckdns', 'DuckDNS token (UUID) in update URL')}&ip=" | curl -k -o ~/duckdns/duck.log -K -
""")

    f = new(H + "ansible/inventory/hosts.yml"); r = f.r; S, N = f.s, f.n
    vault = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + hexs(r, 80) for _ in range(5))
    f.done(f"""all:
  children:
    pis:
      hosts:
        pi-dns: {{ansible_host: 192.168.1.2}}
        pi-zigbee: {{ansible_host: 192.168.20.6}}
      vars:
        ansible_user: pi
        ansible_password: {S(pw_word(r), 'ssh', 'Raspberry Pi SSH password in inventory')}
        ansible_become_password: "{{{{ ansible_password }}}}"
    nas:
      hosts:
        nas01: {{ansible_host: 192.168.1.10}}
      vars:
        ansible_become_password: !vault |
          {vault.splitlines()[0]}
{chr(10).join(vault.splitlines()[1:])}
""")
    f.labels.insert(1, dict(t="negative", value="{{ ansible_password }}", service="ansible",
                            why="Jinja reference", category="template", anchor=None, group="negative:template"))
    f.labels.append(dict(t="negative", value="$ANSIBLE_VAULT;1.1;AES256", service="ansible",
                         why="Ansible Vault ciphertext; key not in repo", category="ciphertext", anchor=None,
                         group="negative:ciphertext"))

    plain(H + "homeassistant/automations.yaml", """- id: '1707000000001'
  alias: Porch light at sunset
  trigger:
    - platform: sun
      event: sunset
      offset: "-00:15:00"
  action:
    - service: light.turn_on
      target:
        entity_id: light.porch
- id: '1707000000002'
  alias: Notify when washer done
  trigger:
    - platform: state
      entity_id: sensor.washer_state
      to: idle
  action:
    - service: notify.phone
      data:
        message: Washer finished
""")
    plain(H + "README.md", """# homelab

Ansible + compose files for the house. Hardware: 2x Pi 4, one N100 box running Proxmox, a Synology.

Secrets are supposed to be in `secrets.yaml` files which are gitignored. Check `.gitignore` before adding
anything new.
""")
