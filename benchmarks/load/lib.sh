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
