-- wrk script: a request every server answers at once without touching data, for a server's own
-- cost per request: an unknown operation, answered 400 UnknownOperationException before the body
-- is parsed. BENCHMARKS.md compares the engine's event loop with a Netty server on it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.Stub"
wrk.body = "{}"
