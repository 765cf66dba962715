-- wrk script: strongly consistent GetItem of the 1 KB items that put-item-conditional.lua wrote
-- (keys t1-1 .. t1-1000, present after its warm-up), from table "Wrk". wire-bench.sh runs it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.GetItem"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"

counter = 0
request = function()
  counter = counter % 1000 + 1
  local body = '{"TableName":"Wrk","Key":{"pk":{"S":"t1-' .. counter .. '"}},"ConsistentRead":true}'
  return wrk.format(nil, nil, nil, body)
end
