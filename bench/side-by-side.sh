#!/bin/bash
# Two builds of Warta measured alternately on one seeded data folder, so both see the same load on
# a shared machine. For each: the built server (dist/main.js of that checkout) on 127.0.0.1:18707,
# wrk -t2 -c20 for 2 s to warm up, then for SECONDS, and the CPU (user + system) the Warta process
# and every PostgreSQL process of the folder spent per answered request, from /proc.
#   npm run build (in both checkouts); npx tsx bench/seed-public-pages.ts embedded /tmp/pages
#   bench/side-by-side.sh /path/to/old-checkout /path/to/new-checkout /tmp/pages postgres /dinas-a/ppid/dip 5 [rounds]
set -u
A=$1; B=$2; DIR=$3; ENGINE=$4; PAGE=$5; SECONDS_=${6:-5}; ROUNDS=${7:-2}
PORT=18707
cpu() { local t=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14+$15}' "/proc/$p/stat"))); done; echo $t; }
measure() {
  local root=$1
  # exec: the background job's pid is the server's.
  (cd "$root" && exec env -u DATABASE_URL WARTA_DATA_DIR="$DIR" WARTA_DB="$ENGINE" PORT=$PORT HOST=127.0.0.1 WARTA_DEMO=0 WARTA_LOG_LEVEL=warn node dist/main.js >"${TMPDIR:-/tmp}/side-by-side-server.log" 2>&1) &
  local server=$!
  for _ in $(seq 1 300); do curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" 2>/dev/null | grep -q 200 && break; sleep 0.1; done
  wrk -t2 -c20 -d2s -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$PORT$PAGE" >/dev/null
  local pgs; pgs=$(for p in $(pgrep -f "postgres -D $DIR"); do echo "$p"; pgrep -P "$p"; done)
  local n0 p0 n1 p1 out req
  n0=$(cpu "$server"); p0=$(cpu $pgs)
  out=$(wrk -t2 -c20 -d"${SECONDS_}s" --latency -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$PORT$PAGE")
  n1=$(cpu "$server"); p1=$(cpu $pgs)
  req=$(echo "$out" | grep -oP '\d+(?= requests in)')
  printf '%s %s: %s req/s, p50 %s, p99 %s; node CPU %s ms/request, PostgreSQL CPU %s ms/request; load %s\n' "$root" "$PAGE" \
    "$(echo "$out" | grep -oP 'Requests/sec:\s+\K[\d.]+')" "$(echo "$out" | grep -oP '^\s+50%\s+\K\S+')" "$(echo "$out" | grep -oP '^\s+99%\s+\K\S+')" \
    "$(echo "scale=2; ($n1-$n0)*10/$req" | bc)" "$(echo "scale=2; ($p1-$p0)*10/$req" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$server"; wait "$server" 2>/dev/null
}
for round in $(seq 1 "$ROUNDS"); do measure "$A"; measure "$B"; done
