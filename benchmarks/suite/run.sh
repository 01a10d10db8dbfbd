#!/usr/bin/env bash
# The performance suite (issue 5), at one or more corpus sizes, on 127.0.0.1. For each size N it:
#   1. writes N articles with the seeded generator (plus the shipped content/) and imports them with the import verb,
#      timing it and sampling its memory;
#   2. starts the published wiki and times process start to the first article served (cold start);
#   3. views 1,000 articles once (their renders are then cached, as on a wiki that has been read), and runs wrk for
#      --seconds each on: the static-file ceiling (the same Kestrel serving one article's exact bytes from wwwroot),
#      that article, 1,000 articles at random, searches, suggestions, and a mixed load (80% views, 15% searches,
#      5% saves by 5 editors through the bot API);
#   4. with --with-bdn, runs the BenchmarkDotNet pipeline, search, suggest and save benchmarks on the same database.
# Then it writes a Markdown report: a table per size, and the growth table over all sizes.
#
#   benchmarks/suite/run.sh [--seconds 10] [--connections 16] [--out FILE] [--with-bdn] [--provider sqlite|postgresql|both] N [N...]
#   benchmarks/suite/run.sh --out /tmp/suite.md 1000 10000 100000
#   benchmarks/suite/run.sh --provider both 10000      (SQLite and PostgreSQL side by side, in one run)
#   (with both, each size ends with the providers measured in turns: benchmarks/suite/side-by-side.sh)
#
# With --provider postgresql (or both) each size also runs on a database of its own in a throwaway PostgreSQL cluster
# on a loopback port (deploy/postgres/throwaway-cluster.sh; fsync stays ON there, as a real server would run).
# It installs nothing: it needs wrk, curl and sqlite3 (apt-get install -y wrk curl sqlite3), psql and Debian's
# postgresql for PostgreSQL runs, and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. benchmarks/load/lib.sh

seconds=10
warmup=5
connections=16
out=""
bdn=0
port=5078
sizes=()
providers=sqlite
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --with-bdn) bdn=1; shift ;;
        --port) port=$2; shift 2 ;;
        --provider) providers=$2; shift 2 ;;
        [0-9]*) sizes+=("$1"); shift ;;
        *) echo "usage: $0 [--seconds S] [--connections C] [--out FILE] [--with-bdn] [--port P] N [N...]" >&2; exit 2 ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || { echo "usage: $0 [--seconds S] [--connections C] [--out FILE] [--with-bdn] [--port P] N [N...]" >&2; exit 2; }
require_tools wrk curl sqlite3 dotnet
case "$providers" in
    sqlite) providers=(sqlite) ;;
    postgresql) providers=(postgresql) ;;
    both) providers=(sqlite postgresql) ;;
    *) echo "--provider is sqlite, postgresql or both" >&2; exit 2 ;;
esac

work=$(mktemp -d /tmp/alliance-wiki-suite.XXXXXX)
pg=""
if [[ " ${providers[*]} " == *" postgresql "* ]]; then
    require_tools psql
    chmod 755 "$work"
    # fsync on: the figures are a server's that keeps its data (the test cluster turns it off).
    pg=$(PG_FSYNC=on deploy/postgres/throwaway-cluster.sh start "$work/postgres" 55434)
    trap 'deploy/postgres/throwaway-cluster.sh stop "$work/postgres" || true' EXIT
fi
base="http://127.0.0.1:$port"
suite_start=$(date +%s)

echo "== building: the wiki published to $work/app, the benchmarks (Release)"
publish_wiki "$work/app"
dotnet build benchmarks/Alliance.Wiki.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dll="$work/app/Alliance.Wiki.dll"
bench=$(ls benchmarks/Alliance.Wiki.Benchmarks/bin/Release/net*/Alliance.Wiki.Benchmarks.dll | head -1)
mkdir -p "$work/app/wwwroot/ceiling"

# The queries of the search and suggest runs: the same as the BenchmarkDotNet benchmarks.
printf '/search?q=%s&fulltext=1\n' armistice missile+defense burden+sharing %22free+trade+agreement%22 treaty+-nuclear \
    alliance+OR+treaty election+category%3APolitics railway %EC%A3%BC%ED%95%9C%EB%AF%B8%EA%B5%B0 armistise >"$work/search.txt"
printf '/api/suggest?q=%s\n' k kor korea-united mutual+def ba Bobaba+M %EC%A3%BC%ED%95%9C zzq >"$work/suggest.txt"

# load NAME PATHS: wrk for $seconds s on random paths of the file; figures in $run/NAME.result.
load() {
    LOAD_PATHS=$2 LOAD_RESULT="$run/$1.result" \
        wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 10s --latency -s benchmarks/load/paths.lua "$base" >"$run/$1.wrk"
    local figures="$run/$1.result"
    echo "   $1: $(result requests_per_s "$figures") requests/s, p50 $(result latency_p50_ms "$figures") ms, p99 $(result latency_p99_ms "$figures") ms, errors $(( $(result errors_status "$figures") + $(result socket_errors "$figures") ))"
}

# row LABEL FILE [ERRORS]: a table row of a run's figures; errors are wrk's 4xx/5xx and socket errors unless given.
row() {
    printf '| %s | %s | %s ms | %s ms | %s |\n' "$1" "$(result requests_per_s "$2")" "$(result latency_p50_ms "$2")" \
        "$(result latency_p99_ms "$2")" "${3:-$(( $(result errors_status "$2") + $(result socket_errors "$2") ))}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", b ? 100 * a / b : 0 }'; }

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version)"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    echo "# Suite run of $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`benchmarks/suite/run.sh --seconds $seconds --connections $connections$([ $bdn = 1 ] && echo " --with-bdn") --provider $([ ${#providers[@]} -gt 1 ] && echo both || echo "${providers[0]}") ${sizes[*]}\` at commit $commit."
    echo "Machine: $machine; load average at the start $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "wrk: 2 threads, $connections connections, $seconds s a run, on the same 2 cores as the server."
} >"$work/report.md"
echo "| articles | import | import rate | import peak | cold start | view / ceiling | views (1,000 articles) | search p50 | suggest p50 | mixed | mixed p99 | server peak | database |" >"$work/growth.md"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" >>"$work/growth.md"

for n in "${sizes[@]}"; do
  for provider in "${providers[@]}"; do
    run="$work/$n-$provider"
    mkdir -p "$run"
    echo "== $n articles on $provider: writing the corpus"
    dotnet "$bench" corpus "$n" "$run/corpus" >/dev/null
    cp content/*.md "$run/corpus/"
    total=$(ls "$run/corpus" | wc -l)

    wiki_load_settings "$run/wiki.db" "$root/content"
    unset Wiki__Database__Provider ConnectionStrings__Wiki
    if [ "$provider" = postgresql ]; then
        database="suite_$n"
        psql "$(pg_url "$pg" postgres)" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" >/dev/null
        export Wiki__Database__Provider=PostgreSql ConnectionStrings__Wiki="$pg;Database=$database"
        export Wiki__SearchIndexPath="$run/search"
    fi
    echo "== importing $total articles (the import verb, with its progress bar)"
    import_start=$(date +%s%N)
    dotnet "$dll" import "$run/corpus" >"$run/import.log" &
    importer=$!
    sample_memory "$importer" "$run/import-rss.tsv" 1
    wait "$importer"
    import_ms=$(( ($(date +%s%N) - import_start) / 1000000 ))
    import_s=$(awk -v ms="$import_ms" 'BEGIN { printf "%.1f", ms / 1000 }')
    import_rate=$(awk -v ms="$import_ms" -v n="$total" 'BEGIN { printf "%.0f", n * 1000 / ms }')
    kill "$sampler" 2>/dev/null || true
    sampler=""
    tail -1 "$run/import.log"
    import_peak=$(awk '$2 > p { p = $2 } END { printf "%d", p / 1024 }' "$run/import-rss.tsv")

    : >"$run/plan.tsv"
    create_editors "$dll" "$run/plan.tsv"

    # 1,000 articles, the same at every run of the same size.
    if [ "$provider" = postgresql ]; then
        psql "$(pg_url "$pg" "$database")" -qAtc "$(suite_titles_sql postgresql 1000)" >"$run/titles.txt"
    else
        sqlite3 "$run/wiki.db" "$(suite_titles_sql sqlite 1000)" >"$run/titles.txt"
    fi
    sed 's/ /_/g; s|^|/wiki/|' "$run/titles.txt" >"$run/views.txt"
    head -1 "$run/views.txt" >"$run/single.txt"
    echo "/ceiling/article.html" >"$run/ceiling.txt"

    echo "== cold start: process start to $(cat "$run/single.txt") served"
    start_ns=$(date +%s%N)
    start_wiki "$dll" "$base" "$work/app" "$run/server.log"
    wait_for "$base$(cat "$run/single.txt")" "$run/server.log"
    cold_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    echo "   ${cold_ms} ms"

    echo "== viewing the 1,000 articles once, then wrk for ${seconds} s a run"
    xargs -P 4 -I{} curl -fs -o /dev/null "$base{}" <"$run/views.txt"
    curl -fs "$base$(cat "$run/single.txt")" -o "$work/app/wwwroot/ceiling/article.html"
    sample_memory "$server" "$run/rss.tsv" 1
    load ceiling "$run/ceiling.txt"
    load view "$run/single.txt"
    load views "$run/views.txt"
    # The searches warmed first, as the views were (by the curls above): a fresh server's first seconds of searches
    # JIT-compile and load the index's terms, and a wiki that has been read has done both (559/s in the first 10 s
    # at 100,000 articles, 600-800/s warm, docs/benchmarks.md). The warm-up's figures are printed, not reported.
    seconds=$warmup load search-warmup "$work/search.txt"
    load search "$work/search.txt"
    load suggest "$work/suggest.txt"

    # The mixed load: views of the 1,000 articles, the searches above, saves of three of them's leads by 5 editors.
    sed 's/^/view\t/' "$run/titles.txt" >>"$run/plan.tsv"
    head -3 "$run/titles.txt" | while IFS= read -r title; do
        printf 'save\t%s\t%s\n' "$title" "$(latest_revision "$base" "$title")" >>"$run/plan.tsv"
    done
    mkdir -p "$run/mixed"
    LOAD_PLAN="$run/plan.tsv" LOAD_OUT="$run/mixed" \
        wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 10s --latency -s benchmarks/load/mixed-load.lua "$base" >"$run/mixed.wrk"
    mixed="$run/mixed/result.txt"
    echo "   mixed: $(result requests_per_s "$mixed") requests/s, p99 $(result latency_p99_ms "$mixed") ms, $(result saved200 "$mixed") saves, $(result s409 "$mixed") conflicts, $(result s5xx "$mixed") 5xx"

    # Save latency alone: 50 saves in a row of one article's lead through the bot API, each on the latest revision
    # (the mixed load's saves share the cores with views and searches); the median of curl's total times.
    echo "== save median: 50 saves in a row through the bot API"
    # Nothing else running: saves measured straight after the mixed load on PostgreSQL took 25.7–29.7 ms, and
    # 19.4–23.8 ms after this pause (docs/benchmarks.md, "At f7ff3b4"); what the server still does in those seconds
    # was not measured (likely the tiered JIT compiling what the load ran, and the index merging the load's saves).
    sleep 5
    save_title=$(head -1 "$run/titles.txt")
    token=$(grep -m1 '^token' "$run/plan.tsv" | cut -f2)
    : >"$run/saves.txt"
    for i in $(seq 1 50); do timed_save "$base" "$save_title" "$token" "$i" >>"$run/saves.txt"; done
    save_median=$(median_ms "$run/saves.txt")
    echo "   save median ${save_median} ms"

    server_peak=$(awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$server/status")
    anon_peak=$(awk '$3 > p { p = $3 } END { printf "%d", p / 1024 }' "$run/rss.tsv")
    kill "$sampler" 2>/dev/null || true
    sampler=""
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""

    echo "== the same views without the page cache (Wiki:PageCache=false): each from the render cache"
    export Wiki__PageCache=false
    start_wiki "$dll" "$base" "$work/app" "$run/server-uncached.log"
    wait_for "$base$(cat "$run/single.txt")" "$run/server-uncached.log"
    # As the page-cache server was: each of the 1,000 articles viewed once before wrk.
    xargs -P 4 -I{} curl -fs -o /dev/null "$base{}" <"$run/views.txt"
    load uncached-view "$run/single.txt"
    load uncached-views "$run/views.txt"
    unset Wiki__PageCache
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
    if [ "$provider" = postgresql ]; then
        db_size=$(psql "$(pg_url "$pg" "$database")" -qAtc "SELECT pg_size_pretty(pg_database_size(current_database()))")
    else
        db_size=$(du -sh "$run/wiki.db" | cut -f1)
    fi
    index_size=$(du -sh "$run/search" 2>/dev/null | cut -f1 || echo none)

    {
        echo
        echo "## $n generated articles ($total with the shipped ones), on $provider"
        echo
        echo "| run | requests/s | p50 | p99 | errors |"
        echo "|---|---:|---:|---:|---:|"
        row "static-file ceiling: one article's bytes from wwwroot" "$run/ceiling.result"
        row "article view: that article" "$run/view.result"
        row "article views: 1,000 articles at random" "$run/views.result"
        row "article view without the page cache: that article" "$run/uncached-view.result"
        row "article views without the page cache: 1,000 articles" "$run/uncached-views.result"
        row "search: 10 queries (\`&fulltext=1\`, after a ${warmup} s warm-up)" "$run/search.result"
        row "suggest: 8 prefixes" "$run/suggest.result"
        row "mixed: 80% views, 15% searches, 5% saves (errors: 5xx and socket errors)" "$mixed" "$(( $(result s5xx "$mixed") + $(result socket_errors "$mixed") ))"
        echo
        echo "- Article view / static ceiling: **$(ratio "$(result requests_per_s "$run/view.result")" "$(result requests_per_s "$run/ceiling.result")")** (1,000 articles: $(ratio "$(result requests_per_s "$run/views.result")" "$(result requests_per_s "$run/ceiling.result")"))."
        echo "- Without the page cache (each view from the render cache, no Markdown work): $(ratio "$(result requests_per_s "$run/uncached-view.result")" "$(result requests_per_s "$run/ceiling.result")") of the ceiling."
        echo "- Import: $total articles in **$import_s s** ($import_rate articles/s), peak memory $import_peak MB; database $db_size, search index (Lucene, \`search/\`) $index_size."
        echo "- Cold start (process start to the first article served): **$cold_ms ms**."
        echo "- Mixed load: $(result sent_views "$mixed") views, $(result sent_searches "$mixed") searches, $(result sent_saves "$mixed") saves ($(result saved200 "$mixed") answered 200, $(result s409 "$mixed") conflicts answered 409), $(result s5xx "$mixed") 5xx, $(result socket_errors "$mixed") socket errors."
        echo "- Save median (50 saves in a row through the bot API, nothing else running): **$save_median ms**."
        echo "- Server peak memory (VmHWM, after every run above): **$server_peak MB**; anonymous memory alone (RssAnon, the highest of the 1 s samples; the memory-mapped index left out): **$anon_peak MB**."
    } >>"$work/report.md"
    printf '| %s | %s s | %s/s | %s MB | %s ms | %s | %s/s | %s ms | %s ms | %s/s | %s ms | %s MB | %s |\n' "$n ($provider)" \
        "$import_s" "$import_rate" \
        "$import_peak" "$cold_ms" "$(ratio "$(result requests_per_s "$run/view.result")" "$(result requests_per_s "$run/ceiling.result")")" \
        "$(result requests_per_s "$run/views.result")" "$(result latency_p50_ms "$run/search.result")" "$(result latency_p50_ms "$run/suggest.result")" \
        "$(result requests_per_s "$mixed")" "$(result latency_p99_ms "$mixed")" "$server_peak" "$db_size" >>"$work/growth.md"

    # BenchmarkDotNet reads a SQLite file: it runs with the SQLite pass.
    if [ "$bdn" = 1 ] && [ "$provider" = sqlite ]; then
        echo "== BenchmarkDotNet at $n articles"
        (cd "$run" && WIKI_BENCH_ARTICLES=$n WIKI_BENCH_DB="$run/wiki.db" dotnet "$root/$bench" --filter '*' >"$run/bdn.log" 2>&1)
        {
            echo
            echo "### BenchmarkDotNet at $n articles"
            for file in "$run"/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
                echo
                grep "^|" "$file" | sed "s/\*\*//g; s/&quot;/\"/g"
            done
        } >>"$work/report.md"
    fi
    rm -rf "$run/corpus"
  done

  # Both providers: the two figures that compare them, again, measured in turns on the two wikis just built. The
  # blocks above run minutes apart, and the machine's speed moves between them (the static-file ceiling shows it).
  if [ ${#providers[@]} -gt 1 ]; then
    echo "== $n articles: SQLite and PostgreSQL in turns (benchmarks/suite/side-by-side.sh)"
    benchmarks/suite/side-by-side.sh --rounds 5 --seconds "$seconds" --app "$work/app" \
        --sqlite-search "$work/$n-sqlite/search" --postgresql-search "$work/$n-postgresql/search" \
        "$work/$n-sqlite/wiki.db" "postgresql:$pg;Database=suite_$n" >"$work/$n-side.log"
    {
        echo
        echo "## $n generated articles: SQLite and PostgreSQL in turns"
        echo
        echo "Both wikis above served at once, each round measuring one and then the other, the order swapped each round (\`benchmarks/suite/side-by-side.sh\`): views through the page cache of the 1,000 articles (wrk ${seconds} s), then 50 saves in a row."
        echo
        sed -n '/^| provider/,$p' "$work/$n-side.log"
    } >>"$work/report.md"
  fi
done

{
    echo
    echo "## Growth"
    echo
    echo "Latencies are wrk's, through HTTP on the same 2 cores; \"mixed\" is requests/s of the mixed load."
    echo
    cat "$work/growth.md"
    echo
    echo "The suite took $(( ($(date +%s) - suite_start) / 60 )) min $(( ($(date +%s) - suite_start) % 60 )) s. Files: $work."
} >>"$work/report.md"

[ -n "$out" ] && cp "$work/report.md" "$out"
echo
cat "$work/report.md"
