-- wrk script: TransactWriteItems of N conditional Puts of 1 KB items into table "Wrk" (key "pk",
-- type S), N given after wrk's "--" (default 2; API_TransactWriteItems.html allows up to 100
-- actions). Each Put is the conditional put of put-item-conditional.lua: the same 1 KB item and
-- the condition "attribute_not_exists(locked)", which every item passes, so every transaction
-- commits. The N items of a request have N distinct keys, which the table's hash spreads over its
-- partitions. Each wrk thread cycles through its own keys, x<thread>-1 .. x<thread>-50000, N per
-- request: no two requests in flight share an item (no TransactionConflict) and no request names
-- an item twice, and the table stays bounded however long the run. No ClientRequestToken.
-- wire-bench.sh runs it (ops tx2, tx25, tx100):
--   wrk -t2 -c32 -d10s -s transact-write-items.lua http://127.0.0.1:PORT/ -- 100
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.TransactWriteItems"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

items = 2
function init(args)
  if args[1] then
    items = tonumber(args[1])
  end
end

local payload = string.rep("x", 1000)
counter = 0
request = function()
  local puts = {}
  for j = 1, items do
    counter = counter % 50000 + 1
    puts[j] = '{"Put":{"TableName":"Wrk","Item":{"pk":{"S":"x' .. id .. '-' .. counter .. '"},"payload":{"S":"' .. payload
        .. '"}},"ConditionExpression":"attribute_not_exists(locked)"}}'
  end
  local body = '{"TransactItems":[' .. table.concat(puts, ",") .. ']}'
  return wrk.format(nil, nil, nil, body)
end
