package io.dynaspec.engine.cluster;

/**
 * The three availability zones every partition group spans, one replica in each (the seed: "Each
 * partition in the group lives in a different AZ").
 */
public enum AvailabilityZone {
    A, B, C;

    /** The zone's short name as users type it: {@code a}, {@code b}, {@code c}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AvailabilityZone parse(String label) {
        return switch (label.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "a" -> A;
            case "b" -> B;
            case "c" -> C;
            default -> throw new IllegalArgumentException("no availability zone '" + label + "': use a, b or c");
        };
    }
}
