#!/usr/bin/env bash
# Times every hostile Markdown case of issue 16 against the built wiki on 127.0.0.1 (the live preview, the preview
# button, the editor's save and the bot API; then diffs, revisions and blame of long lines, four diffs at once, and
# revisions saved before the render budget), while /healthz is polled every 50 ms. Prints one line per request and
# a summary (cases, worst time, 5xx, slowest /healthz); exits non-zero on any 5xx, any request over 2 s, or a
# /healthz over 100 ms. Usage: benchmarks/load/pathological.sh [--port 5078]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
port=5078
[ "${1:-}" = "--port" ] && port=$2
. benchmarks/load/lib.sh
require_tools dotnet curl python3 sqlite3

work=$(mktemp -d)
base="http://127.0.0.1:$port"
dotnet build -c Release src/Alliance.Wiki -o "$work/bin" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dll="$work/bin/Alliance.Wiki.dll"
wiki_load_settings "$work/wiki.db" "$root/content"
start_wiki "$dll" "$base" "$root" "$work/server.log"
wait_for "$base/healthz" "$work/server.log"

# An editor for the forms and a bot token for the API.
printf 'hostile-editor-password\n' | dotnet "$dll" create-user hostile-editor --role editor >/dev/null
token=$(dotnet "$dll" create-token hostile-editor | tail -1)
jar="$work/cookies"
form_token() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p; s/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1; }
csrf=$(form_token /account/sign-in)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=hostile-editor" --data-urlencode "Password=hostile-editor-password" \
    --data-urlencode "__RequestVerificationToken=$csrf" "$base/account/sign-in"

title="Korean_War"
latest() { curl -s "$base/api/pages/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["revision"])'; }
csrf=$(form_token "/edit/$title")
python3 benchmarks/load/pathological-cases.py "$work/cases" "$(latest "$title")"

( while true; do curl -s -o /dev/null -w '%{time_total}\n' "$base/healthz" >>"$work/healthz.txt"; sleep 0.05; done ) &
sampler=$!

results="$work/results.txt"
# timed LABEL CURL-ARGS...: one request, at most 30 s; appends "code seconds label".
timed() {
    local label=$1
    shift
    local out
    out=$(curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' "$@" || true)
    echo "$out $label" | tee -a "$results"
}

for file in "$work"/cases/*.md; do
    case=$(basename "$file" .md)
    [[ $case == diff-* ]] && continue
    timed "render $case" -b "$jar" --data-urlencode "text@$file" --data-urlencode "section=" --data-urlencode "__RequestVerificationToken=$csrf" "$base/api/render"
    timed "preview $case" -b "$jar" --data-urlencode "Text@$file" --data-urlencode "__RequestVerificationToken=$csrf" \
        --data-urlencode "BaseRevisionId=$(latest "$title")" "$base/edit/$title?handler=Preview"
    timed "save $case" -b "$jar" --data-urlencode "Text@$file" --data-urlencode "__RequestVerificationToken=$csrf" \
        --data-urlencode "BaseRevisionId=$(latest "$title")" "$base/edit/$title?handler=Save"
    timed "bot $case" -X PUT -H "Authorization: Bearer $token" -H "Content-Type: application/json" --data-binary "@$work/cases/$case.json" "$base/api/pages/$title"
done

# Long lines within the budget, saved by the bot and compared.
bot_save() {
    python3 -c 'import json,sys; print(json.dumps({"markdown": open(sys.argv[1], encoding="utf-8").read(), "summary": "long line", "baseRevision": int(sys.argv[2])}))' "$1" "$(latest "$title")" >"$work/body.json"
    curl -s -o /dev/null -X PUT -H "Authorization: Bearer $token" -H "Content-Type: application/json" --data-binary "@$work/body.json" "$base/api/pages/$title"
}
for line in 80KB-line 99000-char-line; do
    bot_save "$work/cases/diff-$line-a.md"
    from=$(latest "$title")
    bot_save "$work/cases/diff-$line-b.md"
    to=$(latest "$title")
    timed "diff $line" "$base/diff/$title?from=$from&to=$to"
    timed "diff side by side $line" "$base/diff/$title?from=$from&to=$to&view=side"
    timed "revision $line" "$base/revision/$from"
    timed "blame $line" "$base/blame/$title"
done
pids=()
for i in 1 2 3 4; do
    timed "diff 99000-char-line, four at once ($i)" "$base/diff/$title?from=$from&to=$to" &
    pids+=($!)
done
wait "${pids[@]}"

# Revisions saved before the render budget existed: written straight into the database, then viewed and diffed.
page=$(sqlite3 "$work/wiki.db" "SELECT Id FROM pages WHERE Title = 'Korean War'")
for case in 1.9MB-one-line 1.9MB-link-openers-one-line; do
    sqlite3 "$work/wiki.db" "INSERT INTO revisions (PageId, ParentId, Text, Comment, Author, CreatedAt, Size, IsMinor, Origin)
        SELECT PageId, Id, CAST(readfile('$work/cases/$case.md') AS TEXT), 'hostile', 'attacker', CreatedAt, length(readfile('$work/cases/$case.md')), 0, Origin
        FROM revisions WHERE Id = (SELECT LatestRevisionId FROM pages WHERE Id = $page);
        UPDATE pages SET LatestRevisionId = last_insert_rowid() WHERE Id = $page;"
done
new=$(sqlite3 "$work/wiki.db" "SELECT LatestRevisionId FROM pages WHERE Id = $page")
old=$(sqlite3 "$work/wiki.db" "SELECT ParentId FROM revisions WHERE Id = $new")
timed "diff of two hostile 1.9 MB revisions" "$base/diff/$title?from=$old&to=$new"
timed "revision hostile 1.9MB-link-openers (first view)" "$base/revision/$new"
timed "revision hostile 1.9MB-link-openers (second view)" "$base/revision/$new"
timed "revision hostile 1.9MB-one-line" "$base/revision/$old"
timed "blame of hostile revisions" "$base/blame/$title"
timed "diff hostile, reader leaves after 0.2 s" --max-time 0.2 "$base/diff/$title?from=$to&to=$new"

kill "$sampler" 2>/dev/null || true
sampler=""
cases=$(wc -l <"$results")
worst=$(sort -k2 -g "$results" | tail -1)
errors=$(awk '$1 >= 500 || $1 == "000" && $0 !~ /leaves/' "$results" | wc -l)
slow=$(awk '$2 > 2 && $0 !~ /leaves/' "$results" | wc -l)
health=$(sort -g "$work/healthz.txt" | tail -1)
polls=$(wc -l <"$work/healthz.txt")
over=$(awk '$1 > 0.1' "$work/healthz.txt" | wc -l)
echo
echo "requests: $cases; worst: $worst; 5xx or no answer: $errors; over 2 s: $slow"
echo "/healthz: $polls polls, slowest ${health} s, $over over 100 ms"
echo "(each request and poll is in $work)"
[ "$errors" -eq 0 ] && [ "$slow" -eq 0 ] && [ "$over" -eq 0 ]
