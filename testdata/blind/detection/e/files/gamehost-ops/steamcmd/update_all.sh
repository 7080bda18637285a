#!/usr/bin/env bash
# needs a real account for DST/ARK workshop content
STEAM_USER=lakeside_dl
STEAM_PASS='Autumn%Ebony46'
/opt/steamcmd/steamcmd.sh +force_install_dir /srv/ark +login "$STEAM_USER" "$STEAM_PASS" +app_update 376030 validate +quit
/opt/steamcmd/steamcmd.sh +force_install_dir /srv/tf2 +login anonymous +app_update 232250 +quit
