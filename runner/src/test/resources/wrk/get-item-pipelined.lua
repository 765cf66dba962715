-- wrk script: get-item.lua's GetItems pipelined, DEPTH requests written together on a connection
-- (wrk ... -s get-item-pipelined.lua URL -- DEPTH; default 10) and their answers read in order.
-- Each batch holds DEPTH consecutive keys of t1-1 .. t1-1000, the items put-item-conditional.lua
-- wrote; the batches are built once, in init, and sent in turn. wire-bench.sh runs it (op pget).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.GetItem"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"

init = function(args)
  local depth = tonumber(args[1] or "10")
  batches = {}
  for b = 0, 999 do
    local r = {}
    for j = 0, depth - 1 do
      local key = (b * depth + j) % 1000 + 1
      r[#r + 1] = wrk.format(nil, nil, nil, '{"TableName":"Wrk","Key":{"pk":{"S":"t1-' .. key .. '"}},"ConsistentRead":true}')
    end
    batches[b + 1] = table.concat(r)
  end
  counter = 0
end

request = function()
  counter = counter % 1000 + 1
  return batches[counter]
end
