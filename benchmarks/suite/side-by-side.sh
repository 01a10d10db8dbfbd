#!/usr/bin/env bash
# SQLite and PostgreSQL measured in turns, in one window of time: the two figures of issue 13 that compare the
# providers (views through the page cache, PostgreSQL within 10% of SQLite's; the save median, ≤ 25 ms on PostgreSQL),
# against two wikis that already hold the same articles. The suite (run.sh) measures each provider in its own block,
# minutes apart, and on this shared machine the level moves between quarter-hours by more than the 10% compared; here
# both servers run at once and every round measures one and then the other (the order swapped each round), so a
# moment's load falls on both.
#
#   benchmarks/suite/side-by-side.sh [--rounds 5] [--seconds 5] [--saves 50] [--warm 100] [--app DIR]
#                                    [--sqlite-search DIR] [--postgresql-search DIR] SQLITE_FILE "postgresql:CONNECTION"
#
# Both databases are written to (saves, an editor and its token): pass copies. The titles viewed are the suite's
# 1,000 (read from the SQLite file; the same corpus on both). Each round: wrk for --seconds on those 1,000 articles
# through the page cache (16 connections, 2 threads, on the same 2 cores), then --saves saves in a row of one
# article's lead through the bot API (the suite's save); per provider it prints every round's figures and the median
# of the rounds, and the ratio of the two view medians. The idle server's follower polls its change log twice a second.
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/load/lib.sh

rounds=5
seconds=5
saves=50
warm=100
app=""
sqlite_search=""
postgres_search=""
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --saves) saves=$2; shift 2 ;;
        --warm) warm=$2; shift 2 ;;
        --app) app=$2; shift 2 ;;
        --sqlite-search) sqlite_search=$2; shift 2 ;;
        --postgresql-search) postgres_search=$2; shift 2 ;;
        -*) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
        *) args+=("$1"); shift ;;
    esac
done
[ ${#args[@]} -eq 2 ] && [[ "${args[1]}" == postgresql:* ]] || { echo "usage: $0 [options] SQLITE_FILE \"postgresql:CONNECTION\"" >&2; exit 2; }
sqlite_file=$(realpath "${args[0]}")
postgres=${args[1]#postgresql:}
require_tools wrk curl sqlite3 psql dotnet

work=$(mktemp -d /tmp/alliance-wiki-side.XXXXXX)
if [ -z "$app" ]; then
    app="$work/app"
    publish_wiki "$app"
fi
dll="$app/Alliance.Wiki.dll"
wiki_load_settings "$sqlite_file" "$PWD/content"
unset Wiki__Database__Provider ConnectionStrings__Wiki Wiki__SearchIndexPath

# settings PROVIDER: exports that provider's settings (in the subshell that calls it).
settings() {
    if [ "$1" = postgresql ]; then
        export Wiki__Database__Provider=PostgreSql ConnectionStrings__Wiki="$postgres" Wiki__SearchIndexPath="${postgres_search:-$work/postgresql-search}"
    elif [ -n "$sqlite_search" ]; then
        export Wiki__SearchIndexPath="$sqlite_search"
    fi
}

# on PROVIDER COMMAND...: runs the command with that provider's settings.
on() { (settings "$1"; shift; exec "$@"); }

sqlite3 "$sqlite_file" "$(suite_titles_sql sqlite 1000)" | sed 's/ /_/g; s|^|/wiki/|' >"$work/views.txt"
title=$(sqlite3 "$sqlite_file" "$(suite_titles_sql sqlite 1)")
declare -A base token pid
port=5410
for provider in sqlite postgresql; do
    editor="side-$RANDOM$RANDOM"
    printf 'side-password-%s\n' "$RANDOM$RANDOM" | on "$provider" dotnet "$dll" create-user "$editor" --role editor >"$work/$provider-user.log" 2>&1 \
        || { cat "$work/$provider-user.log" >&2; exit 1; }
    token[$provider]=$(on "$provider" dotnet "$dll" create-token "$editor" | tail -1)
    base[$provider]="http://127.0.0.1:$port"
    # One subshell that becomes the server, so that $! is the server's own process.
    (settings "$provider"; exec dotnet "$dll" --urls "${base[$provider]}" --contentRoot "$app" >"$work/$provider-server.log" 2>&1) &
    pid[$provider]=$!
    port=$((port + 1))
done
trap 'kill "${pid[sqlite]}" "${pid[postgresql]}" 2>/dev/null || true; wait "${pid[sqlite]}" "${pid[postgresql]}" 2>/dev/null || true' EXIT
for provider in sqlite postgresql; do
    wait_for "${base[$provider]}/healthz" "$work/$provider-server.log" 120000
    # As the suite does: every article viewed once (its page then cached), and saves not counted first.
    xargs -P 4 -I{} curl -fs -o /dev/null "${base[$provider]}{}" <"$work/views.txt"
    for i in $(seq 1 "$warm"); do timed_save "${base[$provider]}" "$title" "${token[$provider]}" "warm-$i" >/dev/null; done
done

echo "Side by side: $rounds rounds of wrk ${seconds} s on 1,000 articles and $saves saves, at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); load average at the start $(cut -d' ' -f1-3 /proc/loadavg)."
: >"$work/sqlite.rounds"
: >"$work/postgresql.rounds"
for round in $(seq 1 "$rounds"); do
    order="sqlite postgresql"
    [ $((round % 2)) = 0 ] && order="postgresql sqlite"
    for provider in $order; do
        LOAD_PATHS="$work/views.txt" LOAD_RESULT="$work/$provider-$round.result" \
            wrk -t 2 -c 16 -d "${seconds}s" --timeout 10s -s benchmarks/load/paths.lua "${base[$provider]}" >"$work/$provider-$round.wrk"
        : >"$work/$provider-$round.saves"
        for i in $(seq 1 "$saves"); do timed_save "${base[$provider]}" "$title" "${token[$provider]}" "$round-$i" >>"$work/$provider-$round.saves"; done
        views=$(result requests_per_s "$work/$provider-$round.result")
        errors=$(( $(result errors_status "$work/$provider-$round.result") + $(result socket_errors "$work/$provider-$round.result") ))
        printf '%s\t%s\t%s\t%s\n' "$round" "$views" "$(median_ms "$work/$provider-$round.saves")" "$errors" >>"$work/$provider.rounds"
        echo "round $round, $provider: $views views/s (errors $errors), save median $(median_ms "$work/$provider-$round.saves") ms"
    done
done

# median_column FILE COLUMN: the median of a column of the rounds.
median_column() { cut -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A views_median
echo
echo "| provider | views through the page cache (each round) | median | save median (each round) | median |"
echo "|---|---|---:|---|---:|"
for provider in sqlite postgresql; do
    views_median[$provider]=$(median_column "$work/$provider.rounds" 2)
    echo "| $provider | $(cut -f2 "$work/$provider.rounds" | paste -sd' ' | sed 's/ /, /g') | ${views_median[$provider]} | $(cut -f3 "$work/$provider.rounds" | paste -sd' ' | sed 's/ /, /g') ms | $(median_column "$work/$provider.rounds" 3) ms |"
done
echo
echo "PostgreSQL's views through the page cache: $(awk -v p="${views_median[postgresql]}" -v s="${views_median[sqlite]}" 'BEGIN { printf "%+.1f%%", 100 * (p - s) / s }') of SQLite's (medians of the rounds); files: $work"
