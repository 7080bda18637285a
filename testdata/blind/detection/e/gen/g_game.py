"""Game-server hosting repository (Minecraft, Source, ARK, Factorio, TeamSpeak, Pterodactyl...)."""
import json
from lib import *
import keys
from keys import sha256hex

G = "gamehost-ops/"


def build():
    # ---------------- Minecraft
    f = new(G + "minecraft/survival/server.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""#Minecraft server properties
#Sat Mar 02 18:44:10 UTC 2024
allow-flight=false
allow-nether=true
broadcast-rcon-to-ops=true
difficulty=hard
enable-rcon=true
enable-query=false
gamemode=survival
level-name=world
level-seed={N(str(r.randint(10**17, 9 * 10**18)), 'minecraft', 'world generation seed, not a credential', 'identifier')}
max-players=40
motd=\\u00A76Lakeside Survival \\u00A77| 1.20.4
online-mode=true
rcon.password={S(pw_word(r), 'minecraft-rcon', 'RCON password in server.properties')}
rcon.port=25575
resource-pack-sha1={N(hexs(r, 40), 'minecraft', 'SHA-1 of the public resource pack', 'hash-nonsecret')}
server-port=25565
spawn-protection=16
view-distance=10
white-list=true
""")

    f = new(G + "minecraft/survival/plugins/LuckPerms/config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""####################################################################################################
# LuckPerms configuration
####################################################################################################
server: survival
use-server-uuids: true

storage-method: MariaDB

data:
  address: 10.20.0.15:3306
  database: luckperms
  username: lp_survival
  password: '{S(pw_sym(r), 'mariadb', 'LuckPerms storage password')}'
  pool-settings:
    maximum-pool-size: 10
    minimum-idle: 10
  table-prefix: 'luckperms_'

messaging-service: redis
redis:
  enabled: true
  address: 10.20.0.16
  username: ''
  password: '{S(pw_alnum(r, 24), 'redis', 'LuckPerms redis messaging password')}'
""")

    f = new(G + "minecraft/survival/plugins/AuthMe/config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""DataSource:
    backend: MYSQL
    caching: true
    mySQLHost: 10.20.0.15
    mySQLPort: '3306'
    mySQLUseSSL: true
    mySQLUsername: authme
    mySQLPassword: '{S(pw_leet(r), 'mariadb', 'AuthMe MySQL password')}'
    mySQLDatabase: authme
    mySQLTablename: authme
    mySQLColumnPassword: {N('password', 'authme', 'column name of the password column', 'identifier', anchor='mySQLColumnPassword')}
settings:
    security:
        minPasswordLength: {N('8', 'authme', 'password policy setting', 'policy', anchor='minPasswordLength')}
        passwordMaxLength: 30
        passwordHash: {N('SHA256', 'authme', 'hash algorithm name', 'policy', anchor='passwordHash')}
        unsafePasswords:
        - '{N('123456', 'authme', 'denylist of weak passwords the plugin rejects', 'policy')}'
        - 'password'
        - 'qwerty'
    restrictions:
        timeout: 30
        allowedNicknameCharacters: '[a-zA-Z0-9_]*'
""")

    f = new(G + "minecraft/survival/plugins/AuthMe/authme-export.sql"); r = f.r; S, N = f.s, f.n
    def authme_hash(pw):
        salt = hexs(r, 16)
        return f"$SHA${salt}${sha256hex(sha256hex(pw) + salt)}"
    f.done(f"""-- AuthMe table export, 2024-02-11
INSERT INTO `authme` (`id`,`username`,`realname`,`password`,`ip`,`lastlogin`) VALUES
(1,'stonegrinder','StoneGrinder','{S(authme_hash(pw_word(r)), 'shadow-hash', 'AuthMe $SHA$ salted password hash')}','10.8.0.22',1707645012000),
(2,'mossy_kat','Mossy_Kat','{S(authme_hash(pw_word(r)), 'shadow-hash', 'AuthMe $SHA$ salted password hash')}','10.8.0.31',1707651190000),
(3,'admin_lakeside','Admin_Lakeside','{S(authme_hash(pw_sym(r)), 'shadow-hash', 'AuthMe $SHA$ salted password hash (admin)')}','10.8.0.2',1707656003000);
""")

    f = new(G + "minecraft/velocity/velocity.toml"); r = f.r; S, N = f.s, f.n
    f.done(f"""config-version = "2.6"
bind = "0.0.0.0:25577"
motd = "<#09add3>Lakeside Network"
show-max-players = 500
online-mode = true
force-key-authentication = true
player-info-forwarding-mode = "modern"
forwarding-secret-file = "{N('forwarding.secret', 'velocity', 'path to the secret file, not the secret', 'secret-ref')}"

[servers]
lobby = "10.20.0.21:30066"
survival = "10.20.0.22:30067"
try = ["lobby"]

[query]
enabled = false
""")
    f = new(G + "minecraft/velocity/forwarding.secret"); r = f.r
    f.done(f.s(rs(r, 12), 'velocity', 'modern forwarding secret file'))

    f = new(G + "minecraft/survival/config/paper-global.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""_version: 29
proxies:
  bungee-cord:
    online-mode: true
  proxy-protocol: false
  velocity:
    enabled: true
    online-mode: true
    secret: '{S(rs(r, 12), 'velocity', 'Velocity forwarding secret copied into Paper config')}'
timings:
  enabled: false
""")

    f = new(G + "minecraft/survival/plugins/DiscordSRV/config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""# DiscordSRV config
BotToken: "{f.p(discord(r), 'discord', 'Discord bot token in DiscordSRV config')}"
Channels: {{"global": "{N(str(r.randint(10**17, 10**18)), 'discord', 'channel snowflake id', 'identifier')}"}}
DiscordConsoleChannelId: "000000000000000000"
Experiment_WebhookChatMessageDelivery: false
""")

    f = new(G + "minecraft/docker-compose.yml"); r = f.r; S, N = f.s, f.n
    cf = "$2a$10$" + rs(r, 53, "./" + ALNUM)
    f.done(f"""services:
  mc-modded:
    image: itzg/minecraft-server:java17
    ports: ["25566:25565"]
    environment:
      EULA: "TRUE"
      TYPE: AUTO_CURSEFORGE
      CF_API_KEY: '{S(cf, 'curseforge', 'CurseForge API key (bcrypt-shaped) in compose env')}'
      CF_SLUG: all-the-mods-9
      MEMORY: 10G
      ENABLE_RCON: "true"
      RCON_PASSWORD: "{S(pw_phrase(r), 'minecraft-rcon', 'RCON password in compose env')}"
      OPS: "{N(uuid4(r), 'minecraft', 'player UUID', 'identifier')}"
    volumes: ["./modded:/data"]
  backups:
    image: itzg/mc-backup
    environment:
      RCON_HOST: mc-modded
      RCON_PASSWORD: "${{RCON_PASSWORD}}"
      BACKUP_INTERVAL: 6h
""")
    f.labels.append(dict(t="negative", value="${RCON_PASSWORD}", service="minecraft-rcon",
                         why="compose variable substitution", category="env-ref", anchor=None, group="negative:env-ref"))

    # ---------------- Source / CS2 / Rust / Valheim
    f = new(G + "srcds/csgo/cfg/server.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""// Lakeside 5v5 server config
hostname "Lakeside | 5v5 Competitive | Tickrate 128"
rcon_password "{S(pw_word(r), 'srcds-rcon', 'Source RCON password')}"
sv_password "{N('', 'srcds', 'empty join password', 'empty', anchor='sv_password "')}"
sv_setsteamaccount "{S(hexs(r, 32).upper(), 'steam-gslt', 'Steam game server login token')}"
sv_lan 0
sv_cheats 0
mp_autoteambalance 1
log on
sv_logbans 1
exec banned_user.cfg
""")

    f = new(G + "srcds/tf2/cfg/server.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""hostname "Lakeside TF2 #2"
rcon_password ""
sv_password "{N('', 'srcds', 'empty join password (public server)', 'empty', anchor='sv_password')}"
// set rcon_password in autoexec via env
sv_region 3
sv_contact "{N('admins@lakeside.example', 'srcds', 'contact email', 'identifier')}"
""")
    f.labels.insert(0, dict(t="negative", value="", service="srcds-rcon", why="empty rcon_password disables rcon",
                            category="empty", anchor='rcon_password ""', group="negative:empty"))

    f = new(G + "rust/start.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/bin/bash
cd /home/rust/server
exec ./RustDedicated -batchmode -nographics \\
  +server.ip 0.0.0.0 +server.port 28015 \\
  +server.identity "lakeside_wipe" \\
  +server.seed {N(str(r.randint(1, 2147483647)), 'rust', 'procedural map seed', 'identifier')} +server.worldsize 3500 \\
  +rcon.port 28016 +rcon.password "{S(pw_rand(r, 16, '!#%*'), 'rust-rcon', 'Rust WebRCON password on command line')}" +rcon.web 1 \\
  -logfile /home/rust/logs/$(date +%F).log
""")

    f = new(G + "valheim/start_server.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/bin/bash
export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=892970

echo "Starting server PRESS CTRL-C to exit"
./valheim_server.x86_64 -name "Lakeside Vikings" -port 2456 -world "Dedicated" -password "{S(word(r).capitalize() + str(r.randint(100, 999)), 'valheim', 'Valheim server password in start script')}" -crossplay
export LD_LIBRARY_PATH=$templdpath
""")

    f = new(G + "steamcmd/update_all.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/usr/bin/env bash
# needs a real account for DST/ARK workshop content
STEAM_USER=lakeside_dl
STEAM_PASS='{S(pw_sym(r), 'steam', 'Steam account password in update script')}'
/opt/steamcmd/steamcmd.sh +force_install_dir /srv/ark +login "$STEAM_USER" "$STEAM_PASS" +app_update 376030 validate +quit
/opt/steamcmd/steamcmd.sh +force_install_dir /srv/tf2 +login anonymous +app_update 232250 +quit
""")

    f = new(G + "linuxgsm/lgsm/config-lgsm/csgoserver/csgoserver.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""##################################
######## Instance Settings ########
##################################
ip="0.0.0.0"
port="27015"
defaultmap="de_mirage"
maxplayers="16"
gslt="{S(hexs(r, 32).upper(), 'steam-gslt', 'GSLT in LinuxGSM instance config')}"
steamuser="{N('anonymous', 'steam', 'anonymous steam login', 'placeholder', anchor='steamuser')}"
steampass='{N('', 'steam', 'empty steam password for anonymous login', 'empty', anchor='steampass')}'
discordalert="on"
discordwebhook="{N('https://discord.com/api/webhooks/...', 'discord', 'elided webhook URL', 'placeholder')}"
""")

    # ---------------- ARK / Palworld / Factorio / Terraria
    f = new(G + "ark/ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""[ServerSettings]
ServerPassword={S(word(r) + str(r.randint(10, 99)), 'ark', 'ARK join password')}
ServerAdminPassword={S(pw_alnum(r, 16), 'ark', 'ARK admin password')}
SpectatorPassword={N('', 'ark', 'spectator password not set', 'empty', anchor='SpectatorPassword')}
RCONEnabled=True
RCONPort=27020
DifficultyOffset=1.0
XPMultiplier=2.5

[SessionSettings]
SessionName=Lakeside PvE | x3 | Island
Port=7777
""")

    f = new(G + "palworld/Pal/Saved/Config/LinuxServer/PalWorldSettings.ini", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""[/Script/Pal.PalGameWorldSettings]
OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,ExpRate=1.500000,bEnablePlayerToPlayerDamage=False,ServerPlayerMaxNum=32,ServerName="Lakeside Pals",ServerDescription="",AdminPassword="{S(pw_word(r), 'palworld', 'Palworld admin password')}",ServerPassword="",PublicPort=8211,RCONEnabled=True,RCONPort=25575,Region="",bUseAuth=True,BanListURL="https://api.palworldgame.com/api/banlist.txt")
""")

    f = new(G + "factorio/server-settings.json"); r = f.r; S, N = f.s, f.n
    d = {"name": "Lakeside Megabase", "description": "vanilla, no biters", "tags": ["vanilla", "megabase"],
         "max_players": 0, "visibility": {"public": True, "lan": True},
         "username": "lakeside_ops", "password": N("", "factorio", "password field empty, token used instead", "empty", anchor='"password": ""'),
         "token": S(hexs(r, 30), "factorio", "factorio.com account token"),
         "game_password": S(pw_phrase(r), "factorio", "game join password"),
         "require_user_verification": True, "autosave_interval": 10, "autosave_slots": 5,
         "afk_autokick_interval": 0, "auto_pause": True, "only_admins_can_pause_the_game": True}
    f.done(json.dumps(d, indent=2))

    f = new(G + "terraria/serverconfig.txt"); r = f.r; S, N = f.s, f.n
    f.done(f"""#this is an example config file for TerrariaServer.exe
world=/srv/terraria/Worlds/Lakeside.wld
autocreate=3
worldname=Lakeside
difficulty=1
maxplayers=16
port=7777
password={S(word(r) + r.choice('!#') + str(r.randint(10, 99)), 'terraria', 'Terraria server password')}
motd=Welcome to Lakeside Terraria!
worldpath=/srv/terraria/Worlds/
secure=1
language=en-US
""")

    # ---------------- TeamSpeak / Mumble
    f = new(G + "voice/teamspeak/ts3db_mariadb.ini"); r = f.r; S, N = f.s, f.n
    f.done(f"""[config]
host=10.20.0.15
port=3306
username=teamspeak
password={S(pw_rand(r), 'mariadb', 'TeamSpeak 3 MariaDB password')}
database=teamspeak3
socket=
""")
    f = new(G + "voice/teamspeak/ts3server.ini"); r = f.r; S, N = f.s, f.n
    f.done(f"""machine_id=
default_voice_port=9987
voice_ip=0.0.0.0
licensepath=
filetransfer_port=30033
query_port=10011
query_protocols=raw,ssh
dbplugin=ts3db_mariadb
dbpluginparameter=ts3db_mariadb.ini
dbsqlpath=sql/
dblogkeepdays=90
serveradmin_password={S(pw_alnum(r, 8), 'teamspeak', 'TeamSpeak serverquery admin password')}
logpath=logs
""")
    f = new(G + "voice/mumble/mumble-server.ini"); r = f.r; S, N = f.s, f.n
    f.done(f"""; Murmur configuration file.
database=/var/lib/mumble-server/mumble-server.sqlite
icesecretwrite={N('', 'mumble', 'empty Ice secret', 'empty', anchor='icesecretwrite=')}
ice="tcp -h 127.0.0.1 -p 6502"
welcometext="<br />Welcome to <b>Lakeside Mumble</b>.<br />"
port=64738
serverpassword={N('', 'mumble', 'no server password', 'empty', anchor='serverpassword=')}
bandwidth=72000
users=100
registerName=Lakeside
registerPassword={S(pw_word(r), 'mumble', 'public server list registration password')}
sslCert=/etc/letsencrypt/live/voice.lakeside.example/fullchain.pem
sslKey=/etc/letsencrypt/live/voice.lakeside.example/privkey.pem
""")

    # ---------------- Pterodactyl
    f = new(G + "pterodactyl/panel/.env"); r = f.r; S, N = f.s, f.n
    f.done(f"""APP_ENV=production
APP_DEBUG=false
APP_KEY=base64:{S(b64b(r, 32), 'laravel', 'Pterodactyl panel APP_KEY')}
APP_THEME=pterodactyl
APP_TIMEZONE=Europe/Berlin
APP_URL=https://panel.lakeside.example
APP_LOCALE=en
APP_ENVIRONMENT_ONLY=false

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=panel
DB_USERNAME=pterodactyl
DB_PASSWORD={S(pw_alnum(r, 32), 'mysql', 'Pterodactyl panel DB password')}

HASHIDS_SALT={S(rs(r, 20), 'pterodactyl', 'hashids salt')}
HASHIDS_LENGTH=8

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailbox.example
MAIL_PORT=587
MAIL_USERNAME=panel@lakeside.example
MAIL_PASSWORD="{N('${MAIL_PASSWORD_SECRET}', 'smtp', 'Laravel .env nested variable', 'env-ref')}"
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=no-reply@lakeside.example

REDIS_HOST=127.0.0.1
REDIS_PASSWORD={N('null', 'redis', 'null means no password', 'empty', anchor='REDIS_PASSWORD')}
REDIS_PORT=6379
""")

    f = new(G + "pterodactyl/wings/config.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""debug: false
uuid: {N(uuid4(r), 'pterodactyl', 'node UUID', 'identifier')}
token_id: {S(rs(r, 16), 'pterodactyl', 'Wings token id', pair=True)}
token: {S(rs(r, 64), 'pterodactyl', 'Wings node token')}
api:
  host: 0.0.0.0
  port: 8080
  ssl:
    enabled: true
    cert: /etc/letsencrypt/live/node1.lakeside.example/fullchain.pem
    key: /etc/letsencrypt/live/node1.lakeside.example/privkey.pem
  upload_limit: 100
system:
  data: /var/lib/pterodactyl/volumes
  sftp:
    bind_port: 2022
remote: https://panel.lakeside.example
""")

    # ---------------- bot, docs, i18n
    f = new(G + "bots/status-bot/bot.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""import os
import discord
from mcstatus import JavaServer

# TODO move to env before pushing
TOKEN = "{f.p(discord(r), 'discord', 'Discord bot token hard-coded in bot.py')}"
GUILD = int(os.getenv("GUILD_ID", "0"))
RCON_PW = {N('os.environ["RCON_PASSWORD"]', 'minecraft-rcon', 'read from environment', 'env-ref')}

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_ready():
    status = JavaServer.lookup("play.lakeside.example").status()
    print(f"{{status.players.online}} online")

client.run(TOKEN)
""")

    f = new(G + "minecraft/survival/plugins/AuthMe/messages/messages_en.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""registration:
  register_request: '&3Please, register to the server with the command: /register <password> <ConfirmPassword>'
  success: '&2Successfully registered!'
password:
  match_error: '{N("&cPasswords didn''t match, check them again!", 'authme', 'UI message', 'ui-label')}'
  name_in_password: '&cYou can''t use your name as password, please choose another one...'
  unsafe_password: '&cThe chosen password isn''t safe, please choose another one...'
  wrong_length: '{N('&cYour password is too short or too long! Please try with another one!', 'authme', 'UI message', 'ui-label')}'
login:
  command_usage: '&cUsage: /login <password>'
  wrong_password: '{N('&cWrong password!', 'authme', 'UI message', 'ui-label')}'
  login_request: '&cPlease, login with the command: /login <password>'
""")

    plain(G + "README.md", """# gamehost-ops

Configuration for the Lakeside community game servers.

| Server | Host | Notes |
|---|---|---|
| Minecraft survival | mc1 | Paper behind Velocity |
| CS2 / TF2 | srcds1 | LinuxGSM |
| ARK, Palworld | ark1 | 64 GB RAM |
| Voice | voice1 | TeamSpeak 3 + Mumble |

Secrets live in the panel; do not commit them (yes, we know).
""")
    plain(G + "minecraft/survival/bukkit.yml", """settings:
  allow-end: true
  warn-on-overload: true
  permissions-file: permissions.yml
  update-folder: update
  shutdown-message: Server closed
  minimum-api: none
spawn-limits:
  monsters: 70
  animals: 10
  water-animals: 5
chunk-gc:
  period-in-ticks: 600
ticks-per:
  animal-spawns: 400
  monster-spawns: 1
  autosave: 6000
""")
