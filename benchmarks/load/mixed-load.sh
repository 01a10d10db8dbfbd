#!/usr/bin/env bash
# A mixed load at saturation on 127.0.0.1: 80% article views, 15% searches, 5% saves by 5 editors through the bot API.
# It starts the built wiki on its own temporary database, runs wrk for --duration seconds, and then checks:
# no 5xx, no socket errors, every save answered 200 is in the history, and memory that does not grow after warm-up.
#
#   benchmarks/load/mixed-load.sh [--duration 300] [--connections 32] [--threads 2] [--port 5077]
#
# It installs nothing. It needs wrk and sqlite3 (apt-get install -y wrk sqlite3), curl and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. benchmarks/load/lib.sh

duration=300
connections=32
threads=2
port=5077
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        *) echo "usage: $0 [--duration SECONDS] [--connections N] [--threads N] [--port PORT]" >&2; exit 2 ;;
    esac
done

require_tools wrk sqlite3 curl dotnet

work=$(mktemp -d /tmp/alliance-wiki-load.XXXXXX)
base="http://127.0.0.1:$port"

echo "== building (Release)"
dotnet build src/Alliance.Wiki -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dll=$(ls src/Alliance.Wiki/bin/Release/net*/Alliance.Wiki.dll | head -1)

wiki_load_settings "$work/wiki.db" "$root/content"

echo "== accounts: 5 editors, one bot token each (operator verbs)"
: >"$work/plan.tsv"
create_editors "$dll" "$work/plan.tsv"

echo "== starting the wiki on $base (database $work/wiki.db)"
start_wiki "$dll" "$base" "$root/src/Alliance.Wiki" "$work/server.log"
wait_for "$base/healthz" "$work/server.log"

# Views go to every shipped article; saves edit the lead of three of them, starting from their current revisions.
grep -h -m1 '^title:' content/*.md | sed 's/^title: *//' | while IFS= read -r title; do printf 'view\t%s\n' "$title"; done >>"$work/plan.tsv"
for title in "Sunshine Policy" "Indo-Pacific" "Nuclear Consultative Group"; do
    printf 'save\t%s\t%s\n' "$title" "$(latest_revision "$base" "$title")" >>"$work/plan.tsv"
done

echo "== sampling the server's memory (RSS) every 5 s"
sample_memory "$server" "$work/rss.tsv" 5

echo "== wrk: $threads threads, $connections connections, ${duration}s"
LOAD_PLAN="$work/plan.tsv" LOAD_OUT="$work" \
    wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 10s --latency -s benchmarks/load/mixed-load.lua "$base" | tee "$work/wrk.txt"
kill "$sampler" 2>/dev/null || true
sampler=""

echo "== checks"
get() { result "$1" "$work/result.txt"; }
failed=0

# The wiki must still be healthy, and the database whole.
curl -fs "$base/healthz" >/dev/null || { echo "FAIL: /healthz does not answer after the run"; failed=1; }
integrity=$(sqlite3 "$work/wiki.db" "PRAGMA integrity_check;")
[ "$integrity" = "ok" ] || { echo "FAIL: integrity_check says $integrity"; failed=1; }

[ "$(get s5xx)" = "0" ] || { echo "FAIL: $(get s5xx) answers were 5xx"; failed=1; }
[ "$(get socket_errors)" = "0" ] || { echo "FAIL: $(get socket_errors) socket errors"; failed=1; }
other4xx=$(( $(get s4xx) - $(get s409) ))
[ "$other4xx" = "0" ] || { echo "FAIL: $other4xx answers were 4xx other than a save's 409 conflict"; failed=1; }

# Every save answered 200 names a revision of its page in the database.
cat "$work"/saves-*.tsv | cut -f1,2 | sort -u >"$work/answered.tsv"
sqlite3 -separator $'\t' "$work/wiki.db" "SELECT p.Title, r.Id FROM revisions r JOIN pages p ON p.Id = r.PageId;" | sort -u >"$work/history.tsv"
answered=$(wc -l <"$work/answered.tsv")
missing=$(comm -23 "$work/answered.tsv" "$work/history.tsv" | wc -l)
[ "$answered" -gt 0 ] || { echo "FAIL: no save was answered 200"; failed=1; }
[ "$missing" = "0" ] || { echo "FAIL: $missing saves answered 200 are not in the history"; failed=1; }
load_revisions=$(sqlite3 "$work/wiki.db" "SELECT COUNT(*) FROM revisions WHERE Comment LIKE 'load edit %';")

# Memory after warm-up: the server's heap and caches fill for the first two fifths of the run (about two minutes of a
# five-minute run), so the last fifth may not average more than 10% above the fifth right after warm-up.
fifth=$(( duration / 5 ))
read -r early late peak <<<"$(awk -v f="$fifth" -v d="$duration" '
    $1 >= 2 * f && $1 < 3 * f { e += $2; ne++ }
    $1 >= d - f && $1 <= d { l += $2; nl++ }
    $2 > p { p = $2 }
    END { printf "%d %d %d\n", (ne ? e / ne : 0) / 1024, (nl ? l / nl : 0) / 1024, p / 1024 }' "$work/rss.tsv")"
growth=$(awk -v e="$early" -v l="$late" 'BEGIN { printf "%.1f", e ? (l - e) * 100 / e : 0 }')
awk -v g="$growth" 'BEGIN { exit !(g <= 10) }' || { echo "FAIL: memory grew ${growth}% after warm-up (${early} MB -> ${late} MB)"; failed=1; }

cat <<REPORT

== result ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t $threads -c $connections -d ${duration}s)
requests:        $(get requests) in $(get duration_s) s = $(get requests_per_s) requests/s
sent:            $(get sent_views) views, $(get sent_searches) searches, $(get sent_saves) saves
latency (ms):    p50 $(get latency_p50_ms), p90 $(get latency_p90_ms), p99 $(get latency_p99_ms), p99.9 $(get latency_p99.9_ms), max $(get latency_max_ms)
answers:         2xx $(get s2xx), 3xx $(get s3xx), 409 $(get s409), other 4xx $other4xx, 429 $(get s429), 5xx $(get s5xx)
socket errors:   $(get socket_errors) (connect $(get errors_connect), read $(get errors_read), write $(get errors_write), timeout $(get errors_timeout))
saves:           $(get saved200) answered 200 ($answered distinct revisions), $(get s409) conflicts (409); $load_revisions load revisions in the database; missing from the history: $missing
memory (RSS):    ${early} MB after warm-up (fifth 3 of 5), ${late} MB in the last fifth (${growth}%), peak ${peak} MB
database:        integrity_check $integrity, $(du -h "$work/wiki.db" | cut -f1) ($work/wiki.db)
memory over time (s, MB):
$(awk '{ printf "  %4d s  %5d MB\n", $1, $2 / 1024 }' "$work/rss.tsv" | awk -v step=$(( duration >= 120 ? 6 : 1 )) '(NR - 1) % step == 0')
REPORT

if [ "$failed" -ne 0 ]; then
    echo "LOAD RUN FAILED (files in $work)"
    exit 1
fi
echo "LOAD RUN PASSED (files in $work)"
