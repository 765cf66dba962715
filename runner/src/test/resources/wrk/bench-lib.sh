# Shell functions the wrk benchmark scripts share (sourced by wire-bench.sh and cpu-split.sh).
# The sourcing script sets root (the repository) first.

dynalite_home="$root/.cache/dynaspec/dynalite-4.0.0"

# install_dynalite: dynalite 4.0.0 into .cache/dynaspec, as the runner's dynalite target installs it
install_dynalite() {
  if [ ! -f "$dynalite_home/node_modules/dynalite/cli.js" ]; then
    mkdir -p "$dynalite_home"
    npm install --no-audit --no-fund --loglevel error --cache "$dynalite_home/npm-cache" \
        --prefix "$dynalite_home" dynalite@4.0.0 >&2
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# to_ms VALUE: wrk's latency (e.g. 812.00us, 1.23ms, 2.01s) in milliseconds
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}

# await_http PORT: waits up to 10 s for an answer on PORT
await_http() {
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.05
  done
  echo "$(basename "$0"): nothing answers on port $1" >&2; exit 1
}

# create_table PORT: table Wrk, string hash key pk, on demand, which the wrk scripts use
create_table() {
  curl -s -o /dev/null -H 'Content-Type: application/x-amz-json-1.0' \
    -H 'X-Amz-Target: DynamoDB_20120810.CreateTable' -H 'X-Amz-Date: 20260101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00' \
    --data '{"TableName":"Wrk","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],"KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"}' \
    "http://127.0.0.1:$1/"
}
