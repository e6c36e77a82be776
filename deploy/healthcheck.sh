#!/usr/bin/env bash
# HEALTHCHECK for images without curl: GET http://127.0.0.1:PORT/PATH over bash's /dev/tcp; healthy on a 200.
# Usage: dsar-healthcheck PORT PATH
set -euo pipefail
port=${1:?port}
path=${2:?path}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3
[[ "$status" == HTTP/1.?" 200 "* ]]
