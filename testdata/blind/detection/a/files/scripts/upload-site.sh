#!/bin/sh
lftp -e 'mirror -R public/ /htdocs; quit' ftp://deploy:Cf8s+z7HE3#e3BTEjaE@ftp.acme-hosting.net
