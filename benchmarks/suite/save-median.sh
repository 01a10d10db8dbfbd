#!/usr/bin/env bash
# The suite's save measurement alone, against a wiki that already exists (the full suite imports 10,000 articles
# first, 75–175 s): 50 saves in a row of one article's lead through the bot API, each on the latest revision, and the
# median of curl's total times, exactly as benchmarks/suite/run.sh measures it.
#
#   benchmarks/suite/save-median.sh [--saves 50] [--warm 60] [--port 5400] [--app DIR] [--search DIR] DATABASE
#   DATABASE is a SQLite file (it is written to: pass a copy), or "postgresql:CONNECTION" ("Host=…;Port=…;Database=…").
#
# --app is a published wiki (dotnet publish src/Alliance.Wiki -c Release -o DIR); without it one is published to a
# temporary folder. --search is the Lucene index folder (default: search/ beside a SQLite file; for PostgreSQL a
# temporary folder, built at start). It prints each save's time to saves.txt in its work folder and the median.
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/load/lib.sh

saves=50
warm=60
port=5400
app=""
search=""
database=""
while [ $# -gt 0 ]; do
    case "$1" in
        --saves) saves=$2; shift 2 ;;
        --warm) warm=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        --app) app=$2; shift 2 ;;
        --search) search=$2; shift 2 ;;
        -*) echo "usage: $0 [--saves N] [--warm N] [--port P] [--app DIR] [--search DIR] DATABASE" >&2; exit 2 ;;
        *) database=$1; shift ;;
    esac
done
[ -n "$database" ] || { echo "usage: $0 [--saves N] [--warm N] [--port P] [--app DIR] [--search DIR] DATABASE" >&2; exit 2; }
require_tools curl dotnet

work=$(mktemp -d /tmp/alliance-wiki-saves.XXXXXX)
if [ -z "$app" ]; then
    app="$work/app"
    publish_wiki "$app"
fi
dll="$app/Alliance.Wiki.dll"
base="http://127.0.0.1:$port"

unset Wiki__Database__Provider ConnectionStrings__Wiki Wiki__SearchIndexPath
if [[ "$database" == postgresql:* ]]; then
    wiki_load_settings "$work/unused.db" "$PWD/content"
    export Wiki__Database__Provider=PostgreSql ConnectionStrings__Wiki="${database#postgresql:}"
    export Wiki__SearchIndexPath="${search:-$work/search}"
else
    wiki_load_settings "$(realpath "$database")" "$PWD/content"
    [ -n "$search" ] && export Wiki__SearchIndexPath="$search"
fi

editor="save-median-$RANDOM$RANDOM"
printf 'save-password-%s\n' "$RANDOM$RANDOM" | dotnet "$dll" create-user "$editor" --role editor >"$work/user.log" 2>&1 \
    || { cat "$work/user.log" >&2; exit 1; }
token=$(dotnet "$dll" create-token "$editor" | tail -1)

# The article the suite saves: the first of its 1,000 viewed titles, the same on both providers.
if [[ "$database" == postgresql:* ]]; then
    require_tools psql
    title=$(psql "$(pg_url "${database#postgresql:}")" -qAtc "$(suite_titles_sql postgresql 1)")
else
    require_tools sqlite3
    title=$(sqlite3 "$database" "$(suite_titles_sql sqlite 1)")
fi

start_wiki "$dll" "$base" "$app" "$work/server.log"
wait_for "$base/healthz" "$work/server.log" 30000
# Saves first, not counted: the suite's saves come after minutes of load, when the save's code has been compiled
# again by the tiered JIT; fresh from start, the JIT takes a quarter of the CPU during the first saves.
for i in $(seq 1 "$warm"); do timed_save "$base" "$title" "$token" "warm-$i" >/dev/null; done
# The server's CPU time (user + system, in clock ticks) around the saves: on a shared machine the median moves with
# the load, the CPU a save costs much less.
cpu() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
: >"$work/saves.txt"
cpu_before=$(cpu)
for i in $(seq 1 "$saves"); do timed_save "$base" "$title" "$token" "$i" >>"$work/saves.txt"; done
cpu_ms=$(awk -v a="$cpu_before" -v b="$(cpu)" -v n="$saves" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (b - a) * 1000 / hz / n }')
median=$(median_ms "$work/saves.txt")
echo "$saves saves of '$title' on $([[ "$database" == postgresql:* ]] && echo postgresql || echo sqlite): median $median ms, server CPU $cpu_ms ms a save (a GET and a PUT; warm-up $warm saves; load average $(cut -d' ' -f1-3 /proc/loadavg)); files: $work"
