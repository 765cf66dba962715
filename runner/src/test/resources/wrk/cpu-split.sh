#!/usr/bin/env bash
# A server's CPU per request split into user and system time, for a request that does no work and
# for two that do: the floor the kernel sets under every request, beside what each server adds.
#
#   runner/src/test/resources/wrk/cpu-split.sh [--rounds 5] [--seconds 6] [--warmup 10] [--connections 32]
#
# The engine (java -XX:+UseZGC -jar dynaspec.jar serve, as ./dynaspec serve runs it) and dynalite
# 4.0.0 each pinned to core 0 (taskset), wrk with one thread pinned to core 1, driven one at a
# time. Requests: stub.lua (an unknown operation, answered 400 UnknownOperationException before
# the body is parsed: the cost of a request and its answer on the wire alone), get-item.lua and
# put-item-conditional.lua (as in wire-bench.sh). After a warm-up per server and script, each round
# runs every script on each server in turn; utime and stime come from /proc/PID/stat around each
# run and are divided by the requests wrk counted. Prints each run, then the medians per server and
# script with each server's share of dynalite's and the engine's of its own stub.
# Needs wrk, Java 17, Node.js with npm, taskset, curl, python3; builds the kit with ./dynaspec when
# needed and installs dynalite into .cache/dynaspec as wire-bench.sh does. Raw lines go to
# target/cpu-split/runs.tsv.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
rounds=5; seconds=6; warmup=10; connections=32
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk taskset node npm java curl python3; do
  command -v "$tool" >/dev/null || { echo "cpu-split: $tool is not on PATH" >&2; exit 2; }
done
[ "$(nproc)" -ge 2 ] || { echo "cpu-split: needs two cores (the servers on one, wrk on the other)" >&2; exit 2; }

"$root/dynaspec" help >/dev/null   # builds the kit's jar when it is missing or stale
jar="$root/runner/target/dynaspec.jar"
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
install_dynalite
out="$root/target/cpu-split"
mkdir -p "$out"
tsv="$out/runs.tsv"
ticks=$(getconf CLK_TCK)

load() { taskset -c 1 wrk -t1 -c"$connections" "$@"; }

engine_port=$(free_port); dynalite_port=$(free_port)
taskset -c 0 java -XX:+UseZGC -jar "$jar" serve --port "$engine_port" --no-smoke-check > "$out/engine.log" 2>&1 &
engine_pid=$!
taskset -c 0 node "$dynalite_home/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$dynalite_port" \
    --createTableMs 0 > "$out/dynalite.log" 2>&1 &
dynalite_pid=$!
trap 'kill "$engine_pid" "$dynalite_pid" 2>/dev/null || true; wait "$engine_pid" "$dynalite_pid" 2>/dev/null || true' EXIT
await_http "$engine_port"; await_http "$dynalite_port"
create_table "$engine_port"; create_table "$dynalite_port"

scripts="stub get-item put-item-conditional"
echo "cpu-split: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start" >&2
for port in "$engine_port" "$dynalite_port"; do
  # puts first: they write the keys the GetItems read
  load -d2s -s "$here/put-item-conditional.lua" "http://127.0.0.1:$port/" > /dev/null
  for s in $scripts; do load -d"${warmup}s" -s "$here/$s.lua" "http://127.0.0.1:$port/" > /dev/null; done
done

printf 'round\tserver\trequest\trequests\tuser_us\tsystem_us\tall_us\tp99_ms\n' > "$tsv"
for round in $(seq 1 "$rounds"); do
  for s in $scripts; do
    for server in engine dynalite; do
      port_var="${server}_port"; pid_var="${server}_pid"
      read -r u0 s0 < <(awk '{print $14, $15}' "/proc/${!pid_var}/stat")
      result=$(load -d"${seconds}s" --latency -s "$here/$s.lua" "http://127.0.0.1:${!port_var}/")
      read -r u1 s1 < <(awk '{print $14, $15}' "/proc/${!pid_var}/stat")
      n=$(echo "$result" | awk '/requests in/ {print $1}')
      p99=$(to_ms "$(echo "$result" | awk '$1 == "99%" {print $2}')")
      line=$(awk -v r="$round" -v sv="$server" -v s="${s%.lua}" -v n="$n" -v u=$((u1 - u0)) -v y=$((s1 - s0)) -v hz="$ticks" -v p="$p99" \
        'BEGIN { printf "%s\t%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%s", r, sv, s, n, u / hz * 1e6 / n, y / hz * 1e6 / n, (u + y) / hz * 1e6 / n, p }')
      echo "$line" >> "$tsv"
      echo "  $line" >&2
    done
  done
done
echo "cpu-split: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2

python3 - "$tsv" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def med(server, request, field):
    return statistics.median(float(r[field]) for r in rows if r["server"] == server and r["request"] == request)
print("| request | server | µs user per request | µs system | µs in all | ÷ dynalite's, in all | ÷ the engine's stub | p99 ms |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for request in ("stub", "get-item", "put-item-conditional"):
    for server in ("engine", "dynalite"):
        share = med(server, request, "all_us") / med("dynalite", request, "all_us")
        floor = med(server, request, "all_us") / med("engine", "stub", "all_us")
        print(f"| {request} | {server} | {med(server, request, 'user_us'):.1f} | {med(server, request, 'system_us'):.1f}"
              f" | {med(server, request, 'all_us'):.1f} | {share:.3f} | {floor:.2f} | {med(server, request, 'p99_ms'):.2f} |")
PY
