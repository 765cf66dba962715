-- wrk script: BatchWriteItem of 25 PutRequests of 1 KB items (about 25 KB a request) into table
-- "Wrk". Each wrk thread writes its own keys, b<thread>-1 .. b<thread>-50000, then overwrites them,
-- so the table stays bounded. wire-bench.sh runs it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.BatchWriteItem"
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
  local puts = {}
  for j = 1, 25 do
    counter = counter % 50000 + 1
    puts[j] = '{"PutRequest":{"Item":{"pk":{"S":"b' .. id .. '-' .. counter .. '"},"payload":{"S":"' .. payload .. '"}}}}'
  end
  local body = '{"RequestItems":{"Wrk":[' .. table.concat(puts, ",") .. ']}}'
  return wrk.format(nil, nil, nil, body)
end
