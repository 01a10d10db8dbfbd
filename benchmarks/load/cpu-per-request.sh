#!/usr/bin/env bash
# The server's CPU time per request under wrk, which a shared, loaded machine distorts far less than requests/s:
# on the 2 cores here other agents' builds took most of the CPU during issue 13's runs, so two builds were compared
# by running this against each in turn, in the same minute.
#
#   benchmarks/load/cpu-per-request.sh PID PORT PATHS [SECONDS]
#   benchmarks/load/cpu-per-request.sh "$server" 5214 /tmp/alliance-wiki-suite.X/10000/views.txt 8
#
# PID is the wiki's process (dotnet), PORT its port on 127.0.0.1, PATHS a file of request paths (one a line, as the
# suite writes them). Prints requests/s, the number of requests, non-2xx answers, the server's user+system CPU
# milliseconds per request and the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 3 ] || { echo "usage: $0 PID PORT PATHS [SECONDS]" >&2; exit 2; }
pid=$1 port=$2 paths=$3 seconds=${4:-10}
result=$(mktemp)
trap 'rm -f "$result"' EXIT
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
before=$(ticks)
out=$(LOAD_PATHS=$paths LOAD_RESULT=$result wrk -t 2 -c 16 -d "${seconds}s" --latency -s benchmarks/load/paths.lua "http://127.0.0.1:$port")
after=$(ticks)
echo "$out" | awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    /requests in/ { n = $1 } /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
    END { printf "%s requests/s, %d requests, non-2xx %d, server CPU %.3f ms/request, load %s\n", rps, n, bad, 1000 * t / hz / n, load }'
