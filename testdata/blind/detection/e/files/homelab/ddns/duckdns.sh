#!/bin/sh
echo url="https://www.duckdns.org/update?domains=lakehome&token=2f6decae-3fe7-4548-bc4d-828ce821b2c4&ip=" | curl -k -o ~/duckdns/duck.log -K -
