package io.dynaspec.engine.server;

/**
 * One HTTP response before it is written.
 *
 * @param status       HTTP status
 * @param contentType  its Content-Type, or null for none
 * @param body         its body
 * @param extraHeaders further header lines, each ending in CRLF, or empty
 * @param identified   whether it carries DynamoDB's {@code x-amzn-RequestId} and the
 *                     {@code x-amz-crc32} of its body, which clients check: added as it is written
 */
record HttpResponse(int status, String contentType, byte[] body, String extraHeaders, boolean identified) {
    HttpResponse(int status, String contentType, byte[] body, String extraHeaders) {
        this(status, contentType, body, extraHeaders, false);
    }

    HttpResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, "", false);
    }

    /** An answer of DynamoDB's protocol, written with its request id and checksum. */
    static HttpResponse identified(int status, String contentType, byte[] body) {
        return new HttpResponse(status, contentType, body, "", true);
    }
}
