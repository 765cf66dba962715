-- wrk script: PutItem with a distinct key per request into table "Wrk" (create it first with
-- CreateTable, key "pk" of type S). The Authorization header is well formed but unsigned: local
-- endpoints do not check signatures. Used for the raw-HTTP figures in BENCHMARKS.md.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.PutItem"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
counter = 0
request = function()
  counter = counter + 1
  local body = '{"TableName":"Wrk","Item":{"pk":{"S":"k' .. counter .. '"},"payload":{"S":"' .. string.rep("x", 64) .. '"}}}'
  return wrk.format(nil, nil, nil, body)
end
