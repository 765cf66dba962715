package io.dynaspec.engine.cluster;

/**
 * A table's Time to Live setting (API_TimeToLiveDescription.html): the attribute that holds each
 * item's expiry, or none while TTL is disabled, and when the setting last changed, for
 * UpdateTimeToLive's one-hour rule.
 *
 * @param attributeName the TTL attribute, or null when TTL is disabled
 * @param changedMillis the engine's clock when UpdateTimeToLive last changed it; Long.MIN_VALUE
 *                      when it never has
 */
public record TimeToLive(String attributeName, long changedMillis) {
    /** A table's setting until UpdateTimeToLive enables TTL. */
    public static final TimeToLive NEVER_SET = new TimeToLive(null, Long.MIN_VALUE);

    public boolean enabled() {
        return attributeName != null;
    }
}
