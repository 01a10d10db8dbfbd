# Shell functions shared by benchmarks/load/mixed-load.sh and benchmarks/suite/run.sh. Source it: besides the functions,
# it sets a trap that stops the wiki ($server) and the memory sampler ($sampler) when the script ends, however it ends.

server=""
sampler=""
cleanup() {
    [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
}
trap cleanup EXIT

# require_tools TOOL...: stop with a clear message when one is missing. Nothing is installed from here.
require_tools() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$tool is missing. Install it first (apt-get install -y wrk sqlite3 curl; the .NET SDK for dotnet)." >&2
            exit 2
        fi
    done
}

# wiki_load_settings DATABASE CONTENT: the run's own database, quiet logs, and rate limits raised so that a load
# measures the wiki, not the limiter.
wiki_load_settings() {
    export Wiki__DatabasePath="$1"
    export Wiki__ContentPath="$2"
    export Wiki__RateLimits__SignInPerMinute=100000000
    export Wiki__RateLimits__SavesPerMinute=100000000
    export Wiki__RateLimits__SearchesPerMinute=100000000
    export ASPNETCORE_ENVIRONMENT=Production
    export Logging__LogLevel__Default=Warning
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    # No watcher on appsettings.json: each process would take one of the machine's 128 inotify instances.
    export DOTNET_hostBuilder__reloadConfigOnChange=false
}

# create_editors DLL PLAN: five editor accounts through the operator verbs, and a "token<TAB>TOKEN" line in PLAN for each.
create_editors() {
    local dll=$1 plan=$2 i name
    for i in 1 2 3 4 5; do
        name="load-editor-$i"
        printf 'load-password-%s-%s\n' "$i" "$RANDOM$RANDOM" | dotnet "$dll" create-user "$name" --role editor >/dev/null
        printf 'token\t%s\n' "$(dotnet "$dll" create-token "$name" | tail -1)" >>"$plan"
    done
}

# publish_wiki DIR: the wiki published there as the suite runs it (Release, ReadyToRun per the project).
publish_wiki() {
    dotnet publish src/Alliance.Wiki -c Release -o "$1" -nologo -v quiet -clp:ErrorsOnly >/dev/null
}

# start_wiki DLL BASE CONTENT_ROOT LOG: starts the wiki in the background; its process id is in $server.
start_wiki() {
    dotnet "$1" --urls "$2" --contentRoot "$3" >"$4" 2>&1 &
    server=$!
}

# wait_for URL LOG [TRIES]: polls every 20 ms until URL answers 2xx; stops the script if the server died.
wait_for() {
    local url=$1 log=$2 tries=${3:-6000}
    while [ "$tries" -gt 0 ]; do
        curl -fs -o /dev/null "$url" 2>/dev/null && return 0
        kill -0 "$server" 2>/dev/null || { echo "the wiki did not start:" >&2; cat "$log" >&2; exit 1; }
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "$url did not answer" >&2
    exit 1
}

# sample_memory PID FILE SECONDS: appends "elapsed<TAB>VmRSS kB<TAB>RssAnon kB" to FILE every SECONDS while PID lives
# (RssAnon leaves out file-backed pages such as the memory-mapped search index); its id is in $sampler.
sample_memory() {
    local pid=$1 file=$2 every=$3
    (
        local start rss
        start=$(date +%s)
        while kill -0 "$pid" 2>/dev/null; do
            rss=$(awk '/^VmRSS/ { r = $2 } /^RssAnon/ { a = $2 } END { if (r) print r "\t" a }' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$rss" ] && printf '%s\t%s\n' "$(($(date +%s) - start))" "$rss" >>"$file"
            sleep "$every"
        done
    ) &
    sampler=$!
}

# result KEY FILE: a value from a key=value result file written by report.lua.
result() { grep "^$1=" "$2" | cut -d= -f2; }

# pg_url CONNECTION [DATABASE]: an Npgsql connection string ("Host=…;Port=…;Username=…[;Database=…]") as a URL psql
# reads; DATABASE, when given, replaces the string's own.
pg_url() {
    local host port user database
    host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$1"); port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$1")
    user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$1"); database=${2:-$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$1")}
    echo "postgresql://$user@$host:$port/$database"
}

# suite_titles_sql sqlite|postgresql LIMIT: the suite's viewed articles, the same on both providers and at every run of
# one size: titles that need no escaping in a URL, in a fixed scattered order.
suite_titles_sql() {
    if [ "$1" = postgresql ]; then
        echo "SELECT \"Title\" FROM pages WHERE \"Title\" ~ '^[A-Za-z0-9 ]+$' ORDER BY (\"Id\" * 7919) % 10007, \"Id\" LIMIT $2;"
    else
        echo "SELECT Title FROM pages WHERE Title NOT GLOB '*[^A-Za-z0-9 ]*' ORDER BY (Id * 7919) % 10007, Id LIMIT $2;"
    fi
}

# latest_revision BASE TITLE: the page's latest revision id, from the bot API.
latest_revision() {
    curl -fs "$1/api/pages/${2// /_}" | grep -o '"revision":[0-9]*' | head -1 | cut -d: -f2
}

# timed_save BASE TITLE TOKEN LABEL: saves a new lead on the latest revision through the bot API; prints curl's total time.
timed_save() {
    local revision
    revision=$(latest_revision "$1" "$2")
    curl -fs -o /dev/null -w '%{time_total}\n' -X PUT -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
        --data "{\"markdown\":\"Lead saved by the suite, save $4.\\n\",\"summary\":\"suite save $4\",\"baseRevision\":$revision,\"section\":0}" \
        "$1/api/pages/${2// /_}"
}

# median_ms FILE: the median of a file of times in seconds (one a line), in milliseconds.
median_ms() {
    sort -n "$1" | awk '{ t[NR] = $1 } END { printf "%.1f", 1000 * t[int((NR + 1) / 2)] }'
}
