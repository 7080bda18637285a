#!/bin/bash
cd /home/rust/server
exec ./RustDedicated -batchmode -nographics \
  +server.ip 0.0.0.0 +server.port 28015 \
  +server.identity "lakeside_wipe" \
  +server.seed 1311221782 +server.worldsize 3500 \
  +rcon.port 28016 +rcon.password "Zq84BVMEQT*ymcZB" +rcon.web 1 \
  -logfile /home/rust/logs/$(date +%F).log
