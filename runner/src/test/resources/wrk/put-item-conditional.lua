-- wrk script: conditional PutItem of a 1 KB item into table "Wrk" (key "pk", type S), with the
-- condition "attribute_not_exists(locked)", which every item passes: the condition is parsed and
-- judged on every request. Each wrk thread writes its own keys, t<thread>-1 .. t<thread>-50000,
-- then overwrites them, so the table stays bounded however long the run. The Authorization header
-- is well formed but unsigned: local endpoints do not check signatures. wire-bench.sh runs it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.PutItem"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local payload = string.rep("x", 1000)
counter = 0
request = function()
  counter = counter % 50000 + 1
  local body = '{"TableName":"Wrk","Item":{"pk":{"S":"t' .. id .. '-' .. counter .. '"},"payload":{"S":"' .. payload
      .. '"}},"ConditionExpression":"attribute_not_exists(locked)"}'
  return wrk.format(nil, nil, nil, body)
end
