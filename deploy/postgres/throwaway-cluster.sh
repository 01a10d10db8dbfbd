#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the tests and for trying the many-machines setup on one machine.
#   deploy/postgres/throwaway-cluster.sh start DIR PORT   → initdb in DIR (if empty), start on 127.0.0.1:PORT,
#                                                            print the connection string on stdout
#   deploy/postgres/throwaway-cluster.sh stop DIR
# Runs the server as the `postgres` user when started as root (initdb refuses root). Trust authentication on
# loopback only, fsync off unless PG_FSYNC=on (the benchmark suite): a cluster for tests, never for a wiki's data
# (docs/deploy.md shows a real one).
set -euo pipefail
action=${1:?start or stop}
dir=${2:?data folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb)")
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bin/initdb" --pgdata="$dir" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" --pgdata="$dir" --log="$dir/server.log" --wait --timeout=60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${PG_FSYNC:-off} -c synchronous_commit=${PG_FSYNC:-off} -c full_page_writes=${PG_FSYNC:-off} -c max_connections=300" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" --pgdata="$dir" --mode=fast --wait stop >/dev/null
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
