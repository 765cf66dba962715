#!/usr/bin/env bash
# Raw-HTTP figures of the reference engine beside dynalite 4.0.0, both measured in one run with the
# same wrk scripts: throughput, p99 latency and server CPU time per request (from /proc/PID/stat).
#
#   runner/src/test/resources/wrk/wire-bench.sh [--seconds 10] [--warmup 10] [--runs 3] [--connections "32 256"]
#                                               [--ops "put get batch"] [--modes "pinned unpinned"]
#                                               [--baseline-jar PATH]
#
# pinned:   each server on core 0 (taskset), wrk on core 1; the engine then runs one event loop.
# unpinned: no taskset, the engine runs one event loop per core.
# Each figure is the median of --runs runs of --seconds each, after a warm-up per server and
# operation (--warmup seconds, default 10: long enough for the engine's JIT to settle); each ratio
# is the median of the runs' ratios, the two servers taking turns run by run.
# Needs wrk (Debian: apt-get install wrk), Java 17, Node.js with npm, taskset, python3.
# Builds the kit with ./dynaspec when needed and installs dynalite into .cache/dynaspec as the
# runner's dynalite target does. Raw lines go to target/wire-bench/runs.tsv, the tables to stdout.
# --baseline-jar: a third server, the engine from another build's dynaspec.jar (its lib/ beside
# it), started the same way and measured in turn with the other two: a change's before and after
# in one run, each beside dynalite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
seconds=10; warmup=10; runs=3; connections="32 256"; ops="put get batch"; modes="pinned unpinned"; baseline_jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --ops) ops="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    --baseline-jar) baseline_jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk taskset node npm java curl; do
  command -v "$tool" >/dev/null || { echo "wire-bench: $tool is not on PATH" >&2; exit 2; }
done

out="$root/target/wire-bench"; mkdir -p "$out"
tsv="$out/runs.tsv"
printf 'mode\top\tconnections\tserver\trun\treq_per_s\tp50_ms\tp99_ms\tcpu_us_per_req\terrors\n' > "$tsv"

"$root/dynaspec" help >/dev/null   # builds the kit's jar when it is missing or stale
jar="$root/runner/target/dynaspec.jar"
dynalite_home="$root/.cache/dynaspec/dynalite-4.0.0"
if [ ! -f "$dynalite_home/node_modules/dynalite/cli.js" ]; then
  mkdir -p "$dynalite_home"
  npm install --no-audit --no-fund --loglevel error --cache "$dynalite_home/npm-cache" \
      --prefix "$dynalite_home" dynalite@4.0.0 >&2
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

await_http() {
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.05
  done
  echo "wire-bench: nothing answers on port $1" >&2; exit 1
}

create_table() {
  curl -s -o /dev/null -H 'Content-Type: application/x-amz-json-1.0' \
    -H 'X-Amz-Target: DynamoDB_20120810.CreateTable' -H 'X-Amz-Date: 20260101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00' \
    --data '{"TableName":"Wrk","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],"KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"}' \
    "http://127.0.0.1:$1/"
}

# start_servers MODE: starts both servers, sets dynaspec_pid, dynalite_pid and their ports
start_servers() {
  local pin_server=()
  [ "$1" = pinned ] && pin_server=(taskset -c 0)
  dynaspec_port=$(free_port)
  # the JVM options ./dynaspec serve runs with
  "${pin_server[@]}" java -XX:+UseZGC -jar "$jar" serve --port "$dynaspec_port" --no-smoke-check \
      > "$out/dynaspec-$1.log" 2>&1 &
  dynaspec_pid=$!; pids+=("$dynaspec_pid")
  dynalite_port=$(free_port)
  "${pin_server[@]}" node "$dynalite_home/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$dynalite_port" \
      --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 > "$out/dynalite-$1.log" 2>&1 &
  dynalite_pid=$!; pids+=("$dynalite_pid")
  await_http "$dynaspec_port"; await_http "$dynalite_port"
  create_table "$dynaspec_port"; create_table "$dynalite_port"
  if [ -n "$baseline_jar" ]; then
    baseline_port=$(free_port)
    "${pin_server[@]}" java -XX:+UseZGC -jar "$baseline_jar" serve --port "$baseline_port" --no-smoke-check \
        > "$out/baseline-$1.log" 2>&1 &
    baseline_pid=$!; pids+=("$baseline_pid")
    await_http "$baseline_port"; create_table "$baseline_port"
  fi
}

stop_servers() {
  kill "$dynaspec_pid" "$dynalite_pid" ${baseline_pid:-} 2>/dev/null || true
  wait "$dynaspec_pid" "$dynalite_pid" ${baseline_pid:-} 2>/dev/null || true
}

servers="dynaspec dynalite"
[ -n "$baseline_jar" ] && servers="baseline dynaspec dynalite"

script_of() {
  case "$1" in
    put) echo "$here/put-item-conditional.lua" ;;
    get) echo "$here/get-item.lua" ;;
    batch) echo "$here/batch-write-item.lua" ;;
  esac
}

# to_ms VALUE: wrk's latency (e.g. 812.00us, 1.23ms, 2.01s) in milliseconds
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}

# load MODE WRK-ARGS...: wrk, on core 1 when pinned
load() {
  local mode="$1"; shift
  if [ "$mode" = pinned ]; then taskset -c 1 wrk "$@"; else wrk "$@"; fi
}

# measure MODE OP CONNECTIONS SERVER PORT PID RUN
measure() {
  local before after result
  before=$(cpu_ticks "$6")
  result=$(load "$1" -t2 -c"$3" -d"${seconds}s" --latency -s "$(script_of "$2")" "http://127.0.0.1:$5/")
  after=$(cpu_ticks "$6")
  local requests rps p50 p99 errors cpu
  requests=$(echo "$result" | awk '/requests in/ {print $1}')
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$result" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$result" | awk '$1 == "99%" {print $2}')")
  errors=$(echo "$result" | awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' | tr '\n' ' ')
  cpu=$(awk -v t=$((after - before)) -v hz="$ticks" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$7" "$rps" "$p50" "$p99" "$cpu" "${errors:-0}" >> "$tsv"
  echo "  $1 $2 c=$3 $4 run $7: $rps req/s, p50 $p50 ms, p99 $p99 ms, $cpu us CPU/request ${errors:+errors: $errors}" >&2
}

for mode in $modes; do
  start_servers "$mode"
  for op in $ops; do
    for server in $servers; do
      port_var="${server}_port"; pid_var="${server}_pid"
      # warm-up (the engine's JIT); before GetItem, puts write the keys it reads
      [ "$op" = get ] && load "$mode" -t2 -c32 -d2s -s "$(script_of put)" "http://127.0.0.1:${!port_var}/" >/dev/null
      load "$mode" -t2 -c32 -d"${warmup}s" -s "$(script_of "$op")" "http://127.0.0.1:${!port_var}/" >/dev/null
    done
    for c in $connections; do
      for run in $(seq 1 "$runs"); do
        # the servers take turns, so that all see the same machine over the run
        for server in $servers; do
          port_var="${server}_port"; pid_var="${server}_pid"
          measure "$mode" "$op" "$c" "$server" "${!port_var}" "${!pid_var}" "$run"
        done
      done
    done
  done
  stop_servers
done

# Medians, and the medians of each run's dynaspec ÷ dynalite ratios.
python3 - "$tsv" <<'PY'
import csv, statistics, sys
cells = {}
for r in csv.DictReader(open(sys.argv[1]), delimiter="\t"):
    cells.setdefault((r["mode"], r["op"], r["connections"]), {}).setdefault(r["run"], {})[r["server"]] = r
print("| mode | operation | connections | dynaspec req/s | dynalite req/s | throughput × | dynaspec p99 ms"
      " | dynalite p99 ms | p99 ÷ | dynaspec CPU µs/req | dynalite CPU µs/req | CPU ÷ |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for (mode, op, conns), runs in cells.items():
    a = [runs[r]["dynaspec"] for r in sorted(runs)]
    b = [runs[r]["dynalite"] for r in sorted(runs)]
    def med(xs, f):
        return statistics.median(float(x[f]) for x in xs)
    def ratio(f):
        return statistics.median(float(x[f]) / float(y[f]) for x, y in zip(a, b))
    print(f"| {mode} | {op} | {conns} | {med(a, 'req_per_s'):,.0f} | {med(b, 'req_per_s'):,.0f} | {ratio('req_per_s'):.2f}×"
          f" | {med(a, 'p99_ms'):.2f} | {med(b, 'p99_ms'):.2f} | {ratio('p99_ms'):.2f}"
          f" | {med(a, 'cpu_us_per_req'):.1f} | {med(b, 'cpu_us_per_req'):.1f} | {ratio('cpu_us_per_req'):.3f} |")
if any("baseline" in run for runs in cells.values() for run in runs.values()):
    print()
    print("| mode | operation | connections | baseline CPU µs/req | dynaspec CPU µs/req | dynalite CPU µs/req"
          " | baseline CPU ÷ dynalite | dynaspec CPU ÷ dynalite | dynaspec CPU ÷ baseline | baseline req/s | dynaspec req/s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (mode, op, conns), runs in cells.items():
        order = sorted(runs)
        x = {s: [runs[r][s] for r in order] for s in ("baseline", "dynaspec", "dynalite")}
        def med(s, f):
            return statistics.median(float(r[f]) for r in x[s])
        def ratio(s, t, f="cpu_us_per_req"):
            return statistics.median(float(p[f]) / float(q[f]) for p, q in zip(x[s], x[t]))
        print(f"| {mode} | {op} | {conns} | {med('baseline', 'cpu_us_per_req'):.1f} | {med('dynaspec', 'cpu_us_per_req'):.1f}"
              f" | {med('dynalite', 'cpu_us_per_req'):.1f} | {ratio('baseline', 'dynalite'):.3f} | {ratio('dynaspec', 'dynalite'):.3f}"
              f" | {ratio('dynaspec', 'baseline'):.3f} | {med('baseline', 'req_per_s'):,.0f} | {med('dynaspec', 'req_per_s'):,.0f} |")
PY
