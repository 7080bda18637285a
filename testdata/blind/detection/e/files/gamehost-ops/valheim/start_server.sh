#!/bin/bash
export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=892970

echo "Starting server PRESS CTRL-C to exit"
./valheim_server.x86_64 -name "Lakeside Vikings" -port 2456 -world "Dedicated" -password "Jaguar345" -crossplay
export LD_LIBRARY_PATH=$templdpath
