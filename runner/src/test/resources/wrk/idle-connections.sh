#!/usr/bin/env bash
# Many idle keep-alive connections to the reference engine: what each costs the server.
#
#   runner/src/test/resources/wrk/idle-connections.sh [--connections 10000]
#
# Starts the engine as wire-bench.sh does (java -XX:+UseZGC -jar dynaspec.jar serve, unpinned),
# creates a table, then a Python client in its own process opens the connections, makes one
# GetItem on each and leaves them idle. Before and after, the engine's live heap is read from a
# class histogram (jcmd GC.class_histogram runs a full collection first), its resident size and
# threads from /proc. Afterwards a new connection and the first idle one must both be answered.
# Needs Java 17 (with jcmd), python3, curl, and a file-descriptor limit above --connections.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
connections=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in java jcmd python3 curl; do
  command -v "$tool" >/dev/null || { echo "idle-connections: $tool is not on PATH" >&2; exit 2; }
done
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -le "$((connections + 100))" ]; then
  echo "idle-connections: ulimit -n is $(ulimit -n), too low for $connections connections" >&2; exit 2
fi

"$root/dynaspec" help >/dev/null   # builds the kit's jar when it is missing or stale
jar="$root/runner/target/dynaspec.jar"
out="$root/target/idle-connections"; mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -XX:+UseZGC -jar "$jar" serve --port "$port" --no-smoke-check --max-connections $((connections + 100)) \
    > "$out/engine.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.05
done
curl -s -o /dev/null -H 'Content-Type: application/x-amz-json-1.0' -H 'X-Amz-Target: DynamoDB_20120810.CreateTable' \
  --data '{"TableName":"Idle","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],"KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"}' \
  "http://127.0.0.1:$port/"

live_heap() { jcmd "$pid" GC.class_histogram | awk '/^Total/ {print $3}'; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
threads() { awk '/^Threads/ {print $2}' "/proc/$pid/status"; }

heap0=$(live_heap); rss0=$(rss_kb); threads0=$(threads)
rm -f "$out/client.done" "$out/measured"
cat > "$out/client.py" <<'PY'
import os, socket, sys, time
port, n, done, measured = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
body = b'{"TableName":"Idle","Key":{"pk":{"S":"k"}}}'
req = (b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
       b"X-Amz-Target: DynamoDB_20120810.GetItem\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
def ask(s):
    s.sendall(req)
    got = b""
    while not got.endswith(b"{}"):
        chunk = s.recv(4096)
        if not chunk:
            raise SystemExit("connection closed before the answer")
        got += chunk
    if not got.startswith(b"HTTP/1.1 200"):
        raise SystemExit("unexpected answer: %r" % got[:80])
start = time.monotonic()
held = []
for i in range(n):
    s = socket.create_connection(("127.0.0.1", port))
    ask(s)
    held.append(s)
opened = time.monotonic() - start
open(done, "w").write("%.2f\n" % opened)
while not os.path.exists(measured):   # held until the shell has measured, then checked
    time.sleep(0.1)
fresh = socket.create_connection(("127.0.0.1", port)); ask(fresh)
ask(held[0])
print("new connection and first idle connection answered")
PY
python3 "$out/client.py" "$port" "$connections" "$out/client.done" "$out/measured" &
client=$!
while [ ! -s "$out/client.done" ]; do
  kill -0 "$client" 2>/dev/null || { echo "idle-connections: the client failed" >&2; exit 1; }
  sleep 0.2
done
sleep 1
heap1=$(live_heap); rss1=$(rss_kb); threads1=$(threads)
echo "connections:            $connections, opened and answered in $(cat "$out/client.done") s"
echo "live heap:              $heap0 -> $heap1 bytes: $(( (heap1 - heap0) / connections )) bytes per connection"
echo "resident size:          $rss0 -> $rss1 kB: $(( (rss1 - rss0) * 1024 / connections )) bytes per connection"
echo "threads:                $threads0 -> $threads1"
touch "$out/measured"
wait "$client"
