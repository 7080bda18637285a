#!/bin/sh
echo 'svc_app:Umber_2438za' | chpasswd
useradd -m -p "$(openssl passwd -6 'GHMW5514.qpxhaq72')" deploy
htpasswd -b -c /etc/nginx/.htpasswd admin 'Walnut.3026tn'
rabbitmqctl add_user orders 'RIYR9036_hoiykx72'
ldapsearch -x -H ldaps://ldap.corp.northwind.io -D 'cn=admin,dc=corp,dc=northwind,dc=io' -w 'Spring2025.Oxu' -b 'dc=corp,dc=northwind,dc=io' uid=jdoe
smbclient //fs01/share -U 'CORP\svc_scan%Fjord-4879kz' -c 'ls'
net use Z: \\fs01\share i-w2RQ6fPHwgV06e-gy /user:CORP\svc_scan
