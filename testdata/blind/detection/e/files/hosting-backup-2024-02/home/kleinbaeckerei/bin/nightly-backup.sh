#!/bin/bash
# cron: 15 3 * * * /home/kleinbae/bin/nightly-backup.sh
D=$(date +%F)
mysqldump -u kleinbae_wp482 -p'!9Neza4vXe*ESnlI' kleinbae_wp482 | gzip > ~/backups/wp-$D.sql.gz
tar czf ~/backups/files-$D.tgz -C ~/public_html .
lftp -u kb-backup,'Cotton2317' ftp.backupspace.example -e "mirror -R --only-newer ~/backups /kleinbae; quit"
find ~/backups -mtime +14 -delete
