#!/bin/sh
export BORG_REPO=ssh://u889127@u679760.your-storagebox.de:23/./borg
export BORG_PASSPHRASE='orchid-lily-lava-scarlet'
# export BORG_PASSCOMMAND="cat /root/.borg-pass"   <- TODO
info() { printf "\n%s %s\n\n" "$( date )" "$*" >&2; }
trap 'echo $( date ) Backup interrupted >&2; exit 2' INT TERM
borg create --verbose --filter AME --list --stats --compression lz4 ::'{hostname}-{now}' /etc /home /srv
borg prune --list --keep-daily 7 --keep-weekly 4 --keep-monthly 6
