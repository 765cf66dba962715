package io.dynaspec.engine.api;

import io.dynaspec.engine.error.Errors;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A shard iterator as GetShardIterator gives it out and GetRecords takes it: the stream, the shard,
 * the first sequence number to read, and when it was given out (it expires 15 minutes later,
 * API_streams_GetShardIterator.html). Opaque to clients: the fields, base64-encoded.
 *
 * @param streamArn    the stream
 * @param shardId      the shard
 * @param from         the first sequence number the next read returns, if the shard holds it
 * @param issuedMillis the engine's clock when the iterator was given out
 */
public record ShardIterator(String streamArn, String shardId, long from, long issuedMillis) {
    /** "A shard iterator expires 15 minutes after it is returned to the requester." */
    public static final long LIFETIME_MILLIS = 15 * 60 * 1000L;

    public String encode() {
        String text = streamArn + "|" + shardId + "|" + from + "|" + issuedMillis;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The iterator a token stands for: ValidationException for one the engine did not give out. */
    public static ShardIterator decode(String token) {
        try {
            String[] f = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            if (f.length == 4) {
                return new ShardIterator(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw Errors.invalidShardIterator();
    }

    /** A sequence number as the Streams API writes it: 21 digits (API_streams_StreamRecord.html, 21 to 40 characters). */
    public static String sequenceNumber(long sequence) {
        return String.format("%021d", sequence);
    }

    /** A sequence number the engine gave out, read back. */
    public static long parseSequenceNumber(String text) {
        if (!text.matches("[0-9]{21,40}")) {
            throw Errors.invalidSequenceNumber(text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Errors.invalidSequenceNumber(text);
        }
    }
}
