package io.dynaspec.engine.value;

/** The ten data type descriptors of DynamoDB (Developer Guide, HowItWorks.NamingRulesDataTypes.html). */
public enum AttributeType {
    S, N, B, SS, NS, BS, M, L, NULL, BOOL;

    /** The descriptor as it appears on the wire and in {@code attribute_type}. */
    public String descriptor() {
        return name();
    }

    /** The descriptor for a wire name, or null when the name is not one of the ten. */
    public static AttributeType fromDescriptor(String name) {
        return switch (name) {
            case "S" -> S;
            case "N" -> N;
            case "B" -> B;
            case "SS" -> SS;
            case "NS" -> NS;
            case "BS" -> BS;
            case "M" -> M;
            case "L" -> L;
            case "NULL" -> NULL;
            case "BOOL" -> BOOL;
            default -> null;
        };
    }
}
