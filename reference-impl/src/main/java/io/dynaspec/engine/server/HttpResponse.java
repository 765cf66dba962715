package io.dynaspec.engine.server;

/**
 * One HTTP response before it is written.
 *
 * @param status       HTTP status
 * @param contentType  its Content-Type, or null for none
 * @param body         its body
 * @param extraHeaders further header lines, each ending in CRLF, or empty
 */
record HttpResponse(int status, String contentType, byte[] body, String extraHeaders) {
    HttpResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, "");
    }
}
