#!/usr/bin/env bash
# Raw-HTTP figures of the reference engine beside dynalite 4.0.0, both measured in one run with the
# same wrk scripts: throughput, p99 latency and server CPU time per request (from /proc/PID/stat).
#
#   runner/src/test/resources/wrk/wire-bench.sh [--seconds 10] [--warmup 10] [--runs 3] [--connections "32 256"]
#                                               [--ops "put get batch"] [--modes "pinned unpinned"]   (ops also pget, tx2 tx25 tx100)
#                                               [--baseline-jar PATH] [--engine-opts "-XX:+UseZGC"] [--baseline-opts OPTS]
#                                               [--wrk-threads N] [--depth 10] [--rate R]
#
# pinned:   each server on core 0 (taskset), wrk on core 1 with one thread; the engine then runs
#           one event loop.
# unpinned: no taskset, the engine runs one event loop per core, wrk two threads.
# pget: get's GetItems pipelined, --depth requests written together on each connection
# (get-item-pipelined.lua): the read and the write of each batch shared by its requests.
# --rate R: the measured runs offer each server R requests a second: each connection waits
# connections x 1000 / R ms after each answer before its next request (wrk's delay, added by a
# wrapper script around put's, get's or batch's), so that the servers' latencies compare at the
# same load. Warm-ups run unpaced.
# --wrk-threads: wrk's threads in both modes instead. Two wrk threads sharing wrk's one core take
# turns, and a response that lands while the other thread runs waits for it: that wait, not the
# server's, is most of the p99 of a fast server at 32 connections (BENCHMARKS.md).
# Each figure is the median of --runs runs of --seconds each, after a warm-up per server and
# operation (--warmup seconds, default 10: long enough for the engine's JIT to settle); each ratio
# is the median of the runs' ratios, the two servers taking turns run by run.
# Needs wrk (Debian: apt-get install wrk), Java 17, Node.js with npm, taskset, python3.
# Builds the kit with ./dynaspec when needed and installs dynalite into .cache/dynaspec as the
# runner's dynalite target does. Raw lines go to target/wire-bench/runs.tsv, the tables to stdout.
# --baseline-jar: a third server, the engine from another build's dynaspec.jar (its lib/ beside
# it), started the same way and measured in turn with the other two: a change's before and after
# in one run, each beside dynalite.
# --engine-opts: the JVM options of the engine (default "-XX:+UseZGC", those ./dynaspec serve runs
# with); --baseline-opts: those of the baseline server (default the same). --baseline-opts without
# --baseline-jar runs this build's jar as the baseline: two JVM settings of one build in one run.
# Transactions: --ops tx2, tx25, tx100 (txN: TransactWriteItems of N conditional 1 KB Puts,
# transact-write-items.lua). dynalite has none, so their peer is the same engine's conditional
# 1 KB PutItem (put), measured in turn with them run by run; they get a table of their own, per
# transaction and per item, with the item's CPU time as a multiple of the put's. Before measuring,
# one transaction of each size must be answered 200. dynalite is started only for the other ops.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
seconds=10; warmup=10; runs=3; connections="32 256"; ops="put get batch"; modes="pinned unpinned"; baseline_jar=""
engine_opts="-XX:+UseZGC"; baseline_opts=""; wrk_threads=""; depth=10; rate=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --ops) ops="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    --baseline-jar) baseline_jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --engine-opts) engine_opts="$2"; shift 2 ;;
    --baseline-opts) baseline_opts="$2"; shift 2 ;;
    --wrk-threads) wrk_threads="$2"; shift 2 ;;
    --depth) depth="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk taskset node npm java curl; do
  command -v "$tool" >/dev/null || { echo "wire-bench: $tool is not on PATH" >&2; exit 2; }
done

out="$root/target/wire-bench"; mkdir -p "$out"
tsv="$out/runs.tsv"
printf 'mode\top\tconnections\tserver\trun\treq_per_s\tp50_ms\tp99_ms\tcpu_us_per_req\terrors\trss_mb\n' > "$tsv"

is_tx() { case "$1" in tx[0-9]*) return 0 ;; *) return 1 ;; esac; }
for op in $ops; do
  case "$op" in
    put|get|batch|pget) ;;
    tx[0-9]*) [ "${op#tx}" -ge 1 ] && [ "${op#tx}" -le 100 ] || { echo "wire-bench: $op: 1 to 100 items" >&2; exit 2; } ;;
    *) echo "wire-bench: unknown operation $op" >&2; exit 2 ;;
  esac
  case "$op" in
    put|get|batch) ;;
    *) [ -z "$rate" ] || { echo "wire-bench: --rate paces put, get and batch only" >&2; exit 2; } ;;
  esac
done
need_dynalite=""
for op in $ops; do is_tx "$op" || need_dynalite=yes; done

"$root/dynaspec" help >/dev/null   # builds the kit's jar when it is missing or stale
jar="$root/runner/target/dynaspec.jar"
[ -n "$baseline_opts" ] && [ -z "$baseline_jar" ] && baseline_jar="$jar"
[ -z "$baseline_opts" ] && baseline_opts="$engine_opts"
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
if [ -n "$need_dynalite" ]; then install_dynalite; fi
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# rss_mb PID: the process's resident size now, in MB (VmRSS)
rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# start_servers MODE: starts the servers, sets dynaspec_pid, dynalite_pid (when needed) and their ports
start_servers() {
  local pin_server=()
  [ "$1" = pinned ] && pin_server=(taskset -c 0)
  dynaspec_port=$(free_port)
  # shellcheck disable=SC2086  # the options are words
  "${pin_server[@]}" java $engine_opts -jar "$jar" serve --port "$dynaspec_port" --no-smoke-check \
      > "$out/dynaspec-$1.log" 2>&1 &
  dynaspec_pid=$!; pids+=("$dynaspec_pid")
  dynalite_pid=""
  if [ -n "$need_dynalite" ]; then
    dynalite_port=$(free_port)
    "${pin_server[@]}" node "$dynalite_home/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$dynalite_port" \
        --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 > "$out/dynalite-$1.log" 2>&1 &
    dynalite_pid=$!; pids+=("$dynalite_pid")
  fi
  await_http "$dynaspec_port"; create_table "$dynaspec_port"
  if [ -n "$dynalite_pid" ]; then await_http "$dynalite_port"; create_table "$dynalite_port"; fi
  if [ -n "$baseline_jar" ]; then
    baseline_port=$(free_port)
    # shellcheck disable=SC2086
    "${pin_server[@]}" java $baseline_opts -jar "$baseline_jar" serve --port "$baseline_port" --no-smoke-check \
        > "$out/baseline-$1.log" 2>&1 &
    baseline_pid=$!; pids+=("$baseline_pid")
    await_http "$baseline_port"; create_table "$baseline_port"
  fi
}

stop_servers() {
  kill "$dynaspec_pid" ${dynalite_pid:-} ${baseline_pid:-} 2>/dev/null || true
  wait "$dynaspec_pid" ${dynalite_pid:-} ${baseline_pid:-} 2>/dev/null || true
}

servers="dynaspec dynalite"
[ -n "$baseline_jar" ] && servers="baseline dynaspec dynalite"
engines="dynaspec"
[ -n "$baseline_jar" ] && engines="baseline dynaspec"

# entries OP: what is measured for OP, in turn, each SERVER:LOAD (the server, the operation wrk
# sends): a transaction on each engine after its peer, the conditional put; other ops on every server
entries() {
  local s
  if is_tx "$1"; then
    for s in $engines; do printf '%s:put %s:%s ' "$s" "$s" "$1"; done
  else
    for s in $servers; do printf '%s:%s ' "$s" "$1"; done
  fi
}

# check_tx PORT ITEMS: one transaction of ITEMS conditional 1 KB Puts, as the wrk script sends,
# must be answered 200
check_tx() {
  local body status
  body=$(python3 -c '
import json, sys
n = int(sys.argv[1])
print(json.dumps({"TransactItems": [{"Put": {"TableName": "Wrk",
    "Item": {"pk": {"S": "check-%d-%d" % (n, j)}, "payload": {"S": "x" * 1000}},
    "ConditionExpression": "attribute_not_exists(locked)"}} for j in range(n)]}))' "$2")
  status=$(curl -s -o "$out/check-tx$2.json" -w '%{http_code}' -H 'Content-Type: application/x-amz-json-1.0' \
    -H 'X-Amz-Target: DynamoDB_20120810.TransactWriteItems' -H 'X-Amz-Date: 20260101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00' \
    --data-binary @- "http://127.0.0.1:$1/" <<< "$body")
  if [ "$status" != 200 ]; then
    echo "wire-bench: a $2-item TransactWriteItems was answered $status: $(cat "$out/check-tx$2.json")" >&2; exit 1
  fi
}

script_of() {
  case "$1" in
    put) echo "$here/put-item-conditional.lua" ;;
    get) echo "$here/get-item.lua" ;;
    pget) echo "$here/get-item-pipelined.lua" ;;
    batch) echo "$here/batch-write-item.lua" ;;
    tx*) echo "$here/transact-write-items.lua" ;;
  esac
}

# script_args OP: what follows wrk's "--" for OP's script
script_args() {
  case "$1" in
    tx*) echo "-- ${1#tx}" ;;
    pget) echo "-- $depth" ;;
  esac
}

# load MODE WRK-ARGS...: wrk, on core 1 with one thread when pinned, two threads when not
load() {
  local mode="$1"; shift
  if [ "$mode" = pinned ]; then taskset -c 1 wrk -t"${wrk_threads:-1}" "$@"; else wrk -t"${wrk_threads:-2}" "$@"; fi
}

# paced SCRIPT MS: a wrk script that runs SCRIPT and has each connection wait MS after each answer
# before its next request (wrk's delay), for --rate
paced() {
  local wrapper
  wrapper="$out/paced-$(basename "$1" .lua)-$2.lua"
  printf 'dofile("%s")\ndelay = function() return %s end\n' "$1" "$2" > "$wrapper"
  echo "$wrapper"
}

# measure MODE OP CONNECTIONS SERVER PORT PID RUN [LOAD]: LOAD, the operation wrk sends, is OP unless
# given otherwise (a transaction's peer, whose row's server is then SERVER/LOAD)
measure() {
  local before after result sent="${8:-$2}" script
  script=$(script_of "$sent")
  if [ -n "$rate" ]; then script=$(paced "$script" $(( $3 * 1000 / rate ))); fi
  before=$(cpu_ticks "$6")
  # shellcheck disable=SC2046  # script_args is empty or "-- N"
  result=$(load "$1" -c"$3" -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$5/" $(script_args "$sent"))
  after=$(cpu_ticks "$6")
  local requests rps p50 p99 errors cpu rss
  rss=$(rss_mb "$6")
  requests=$(echo "$result" | awk '/requests in/ {print $1}')
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$result" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$result" | awk '$1 == "99%" {print $2}')")
  errors=$(echo "$result" | awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' | tr '\n' ' ')
  cpu=$(awk -v t=$((after - before)) -v hz="$ticks" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
  local label="$4"
  [ "$sent" != "$2" ] && label="$4/$sent"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$label" "$7" "$rps" "$p50" "$p99" "$cpu" "${errors:-0}" "$rss" >> "$tsv"
  echo "  $1 $2 c=$3 $label run $7: $rps req/s, p50 $p50 ms, p99 $p99 ms, $cpu us CPU/request, resident $rss MB ${errors:+errors: $errors}" >&2
}

echo "wire-bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; wrk threads ${wrk_threads:-1 pinned, 2 unpinned}${rate:+; $rate requests a second offered}; engine: java $engine_opts${baseline_jar:+; baseline: java $baseline_opts -jar $baseline_jar}" >&2
for mode in $modes; do
  start_servers "$mode"
  for op in $ops; do
    if is_tx "$op"; then
      for server in $engines; do port_var="${server}_port"; check_tx "${!port_var}" "${op#tx}"; done
    fi
    for entry in $(entries "$op"); do
      server="${entry%%:*}"; sent="${entry#*:}"
      port_var="${server}_port"
      # warm-up (the engine's JIT); before GetItem, puts write the keys it reads
      if [ "$sent" = get ] || [ "$sent" = pget ]; then
        load "$mode" -c32 -d2s -s "$(script_of put)" "http://127.0.0.1:${!port_var}/" >/dev/null
      fi
      # shellcheck disable=SC2046
      load "$mode" -c32 -d"${warmup}s" -s "$(script_of "$sent")" "http://127.0.0.1:${!port_var}/" $(script_args "$sent") >/dev/null
    done
    for c in $connections; do
      for run in $(seq 1 "$runs"); do
        # the servers take turns, so that all see the same machine over the run
        for entry in $(entries "$op"); do
          server="${entry%%:*}"; sent="${entry#*:}"
          port_var="${server}_port"; pid_var="${server}_pid"
          measure "$mode" "$op" "$c" "$server" "${!port_var}" "${!pid_var}" "$run" "$sent"
        done
      done
    done
    echo "wire-bench: load average $(cut -d' ' -f1-3 /proc/loadavg) after $mode $op" >&2
  done
  stop_servers
done

# Medians, and the medians of each run's dynaspec ÷ dynalite ratios.
python3 - "$tsv" <<'PY'
import csv, statistics, sys
cells = {}
for r in csv.DictReader(open(sys.argv[1]), delimiter="\t"):
    cells.setdefault((r["mode"], r["op"], r["connections"]), {}).setdefault(r["run"], {})[r["server"]] = r
plain = {k: v for k, v in cells.items() if not k[1].startswith("tx")}
if plain:
    print("| mode | operation | connections | dynaspec req/s | dynalite req/s | throughput × | dynaspec p99 ms"
          " | dynalite p99 ms | p99 ÷ | dynaspec CPU µs/req | dynalite CPU µs/req | CPU ÷ |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for (mode, op, conns), runs in plain.items():
    a = [runs[r]["dynaspec"] for r in sorted(runs)]
    b = [runs[r]["dynalite"] for r in sorted(runs)]
    def med(xs, f):
        values = [float(x[f]) for x in xs if f != "p99_ms" or float(x[f]) > 0]
        return statistics.median(values) if values else float("nan")
    def ratio(f):
        # a run for which wrk gave no latency figures (0, as for some of dynalite's pipelined runs) gives no ratio
        pairs = [float(x[f]) / float(y[f]) for x, y in zip(a, b) if float(x[f]) > 0 and float(y[f]) > 0]
        return statistics.median(pairs) if pairs else float("nan")
    print(f"| {mode} | {op} | {conns} | {med(a, 'req_per_s'):,.0f} | {med(b, 'req_per_s'):,.0f} | {ratio('req_per_s'):.2f}×"
          f" | {med(a, 'p99_ms'):.2f} | {med(b, 'p99_ms'):.2f} | {ratio('p99_ms'):.2f}"
          f" | {med(a, 'cpu_us_per_req'):.1f} | {med(b, 'cpu_us_per_req'):.1f} | {ratio('cpu_us_per_req'):.3f} |")
if any("baseline" in run for runs in plain.values() for run in runs.values()):
    print()
    print("| mode | operation | connections | baseline CPU µs/req | dynaspec CPU µs/req | dynalite CPU µs/req"
          " | baseline CPU ÷ dynalite | dynaspec CPU ÷ dynalite | dynaspec CPU ÷ baseline | baseline req/s | dynaspec req/s"
          " | baseline p99 ms | dynaspec p99 ms | baseline resident MB | dynaspec resident MB |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (mode, op, conns), runs in plain.items():
        order = sorted(runs)
        x = {s: [runs[r][s] for r in order] for s in ("baseline", "dynaspec", "dynalite")}
        def med(s, f):
            return statistics.median(float(r[f]) for r in x[s])
        def ratio(s, t, f="cpu_us_per_req"):
            return statistics.median(float(p[f]) / float(q[f]) for p, q in zip(x[s], x[t]))
        print(f"| {mode} | {op} | {conns} | {med('baseline', 'cpu_us_per_req'):.1f} | {med('dynaspec', 'cpu_us_per_req'):.1f}"
              f" | {med('dynalite', 'cpu_us_per_req'):.1f} | {ratio('baseline', 'dynalite'):.3f} | {ratio('dynaspec', 'dynalite'):.3f}"
              f" | {ratio('dynaspec', 'baseline'):.3f} | {med('baseline', 'req_per_s'):,.0f} | {med('dynaspec', 'req_per_s'):,.0f}"
              f" | {med('baseline', 'p99_ms'):.2f} | {med('dynaspec', 'p99_ms'):.2f}"
              f" | {max(float(r['rss_mb']) for r in x['baseline']):,.0f} | {max(float(r['rss_mb']) for r in x['dynaspec']):,.0f} |")
# Transactions beside their peer, the same engine's conditional put: per transaction and per item,
# and the medians of each run's ratios of the item's CPU time to the put's.
tx = {k: v for k, v in cells.items() if k[1].startswith("tx")}
if tx:
    if plain:
        print()
    print("| mode | operation | connections | server | transactions/s | items/s | puts/s | transaction p99 ms"
          " | put p99 ms | CPU µs per transaction | CPU µs per item | put CPU µs/req | item CPU ÷ put CPU"
          " | transaction CPU ÷ put CPU | items/s ÷ puts/s | errors (transactions / puts) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    def errors(rows):
        non2xx = timeouts = 0
        for r in rows:
            e = r["errors"].replace(",", " ").split()
            if e and e[0].isdigit():
                non2xx += int(e[0])
            if "timeout" in e:
                timeouts += int(e[e.index("timeout") + 1])
        return "0" if non2xx == timeouts == 0 else f"{non2xx} non-2xx, {timeouts} timeouts"
    for (mode, op, conns), runs in tx.items():
        n = int(op[2:])
        order = sorted(runs)
        for s in [s for s in ("baseline", "dynaspec") if s in runs[order[0]]]:
            t = [runs[r][s] for r in order]
            p = [runs[r][s + "/put"] for r in order]
            def med(xs, f):
                return statistics.median(float(x[f]) for x in xs)
            def ratio(f, scale=1.0):
                return statistics.median(float(x[f]) * scale / float(y[f]) for x, y in zip(t, p))
            print(f"| {mode} | {op} | {conns} | {s} | {med(t, 'req_per_s'):,.0f} | {med(t, 'req_per_s') * n:,.0f}"
                  f" | {med(p, 'req_per_s'):,.0f} | {med(t, 'p99_ms'):.2f} | {med(p, 'p99_ms'):.2f}"
                  f" | {med(t, 'cpu_us_per_req'):,.1f} | {med(t, 'cpu_us_per_req') / n:.1f} | {med(p, 'cpu_us_per_req'):.1f}"
                  f" | {ratio('cpu_us_per_req', 1 / n):.2f} | {ratio('cpu_us_per_req'):.2f} | {ratio('req_per_s', n):.2f}"
                  f" | {errors(t)} / {errors(p)} |")
bad = [r for runs in cells.values() for run in runs.values() for r in run.values() if r["errors"] != "0"]
if bad:
    print(f"wire-bench: {len(bad)} runs saw errors (non-2xx responses or socket errors): see the errors column of"
          f" {sys.argv[1]}", file=sys.stderr)
PY
