package io.dynaspec.engine.api;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Capacity arithmetic of provisioned-capacity-mode.html: "One write capacity unit represents one
 * write per second for an item up to 1 KB in size"; "One read capacity unit represents one strongly
 * consistent read per second, or two eventually consistent reads per second, for an item up to
 * 4 KB"; item sizes are rounded up to the next 1 KB / 4 KB boundary.
 */
class CapacityTest {

    /** An item of exactly n bytes: name "d" (1 byte) plus a string of n - 1 bytes. */
    private static Item sized(int n) {
        return Item.of(Map.of("d", new AttributeValue.S("x".repeat(n - 1))));
    }

    @Test
    void writesCostOneUnitPerStartedKilobyte() {
        assertEquals(1, Capacity.writeUnits(null, sized(1)));
        assertEquals(1, Capacity.writeUnits(null, sized(1024)));
        assertEquals(2, Capacity.writeUnits(null, sized(1025)));
        assertEquals(400, Capacity.writeUnits(null, sized(409_600)));
    }

    @Test
    void aWriteIsSizedByTheLargerOfTheOldAndNewItem() {
        assertEquals(3, Capacity.writeUnits(sized(3000), sized(10)));
        assertEquals(3, Capacity.writeUnits(sized(10), sized(3000)));
    }

    @Test
    void deletingAMissingItemCostsOneUnit() {
        assertEquals(1, Capacity.writeUnits(null, null));
    }

    @Test
    void readsCostOneUnitPerStarted4KbAndHalfWhenEventuallyConsistent() {
        assertEquals(1, Capacity.readUnits(sized(4096), true));
        assertEquals(2, Capacity.readUnits(sized(4097), true));
        assertEquals(0.5, Capacity.readUnits(sized(100), false));
        assertEquals(1.0, Capacity.readUnits(sized(4097), false));
        assertEquals(1, Capacity.readUnits(null, true));
        assertEquals(0.5, Capacity.readUnits(null, false));
    }
}
