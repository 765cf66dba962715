package io.dynaspec.engine.cluster.storage;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * How a file of records reads back after what a disk can do to it: whole, cut short in its last
 * record's header or payload, grown with zeros, or damaged in its last record or in the middle;
 * and the binary encoding of every attribute type, read back equal.
 */
class RecordsTest {

    private static StoredFile fileOf(CrashingVolume v, int records) throws Exception {
        StoredFile f = v.open("log");
        Records.Batch b = new Records.Batch();
        for (int i = 0; i < records; i++) {
            b.add(new Encoder(16).writeLong(i).writeString("record " + i));
        }
        b.writeTo(f);
        f.force();
        return f;
    }

    private static Records.Scan read(StoredFile f, List<Long> seen) throws Exception {
        return Records.read(f, payload -> seen.add(new Decoder(payload).readLong()));
    }

    @Test
    void aWholeFileReadsClean() throws Exception {
        StoredFile f = fileOf(new CrashingVolume(), 3);
        List<Long> seen = new ArrayList<>();
        Records.Scan s = read(f, seen);
        assertEquals(Records.Ending.CLEAN, s.ending());
        assertEquals(List.of(0L, 1L, 2L), seen);
        assertEquals(f.size(), s.validLength());
    }

    @Test
    void aLastRecordCutShortIsATornTail() throws Exception {
        for (int cut = 1; cut < 18; cut++) {
            CrashingVolume v = new CrashingVolume();
            StoredFile f = fileOf(v, 3);
            long whole = f.size();
            long two = whole - (whole / 3);
            f.truncate(whole - cut);
            List<Long> seen = new ArrayList<>();
            Records.Scan s = read(f, seen);
            assertEquals(Records.Ending.TORN_TAIL, s.ending(), "cut " + cut);
            assertEquals(List.of(0L, 1L), seen, "cut " + cut);
            assertEquals(two, s.validLength(), "cut " + cut);
        }
    }

    @Test
    void zerosWhereTheFileGrewAreATornTail() throws Exception {
        StoredFile f = fileOf(new CrashingVolume(), 2);
        f.append(new byte[100], 0, 100);
        List<Long> seen = new ArrayList<>();
        assertEquals(Records.Ending.TORN_TAIL, read(f, seen).ending());
        assertEquals(List.of(0L, 1L), seen);
    }

    @Test
    void damageInTheLastRecordIsATornTailAndInTheMiddleIsDamage() throws Exception {
        CrashingVolume v = new CrashingVolume();
        StoredFile f = fileOf(v, 3);
        long size = f.size();
        v.damage("log", size - 2);
        List<Long> seen = new ArrayList<>();
        assertEquals(Records.Ending.TORN_TAIL, read(f, seen).ending());
        assertEquals(List.of(0L, 1L), seen);

        CrashingVolume w = new CrashingVolume();
        StoredFile g = fileOf(w, 3);
        w.damage("log", 10);
        List<Long> seenToo = new ArrayList<>();
        Records.Scan s = read(g, seenToo);
        assertEquals(Records.Ending.DAMAGED, s.ending());
        assertEquals(List.of(), seenToo);
        assertEquals(0, s.validLength());
    }

    @Test
    void everyAttributeTypeReadsBackEqual() {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("s", new AttributeValue.S("héllo ✓"));
        m.put("n", new AttributeValue.N(DynamoNumber.parse("-1.2345678901234567890123456789012345678E-100")));
        m.put("b", new AttributeValue.B(Bytes.copyOf(new byte[] {0, -1, 7})));
        m.put("ss", new AttributeValue.SS(new LinkedHashSet<>(List.of("a", "b"))));
        m.put("ns", new AttributeValue.NS(new LinkedHashSet<>(List.of(DynamoNumber.parse("1"), DynamoNumber.parse("1e125")))));
        m.put("bs", new AttributeValue.BS(Set.of(Bytes.copyOf(new byte[] {1}), Bytes.copyOf(new byte[0]))));
        m.put("l", new AttributeValue.L(List.of(AttributeValue.Null.INSTANCE, AttributeValue.Bool.TRUE, AttributeValue.Bool.FALSE)));
        m.put("m", new AttributeValue.M(Map.of("inner", new AttributeValue.M(Map.of("x", new AttributeValue.S(""))))));
        Item item = Item.of(m);
        PrimaryKey key = new PrimaryKey(new AttributeValue.S("p"), new AttributeValue.N(DynamoNumber.parse("42")));
        byte[] bytes = new Encoder(8).writeItem(item).writeKey(key).writeItem(null).toByteArray();
        Decoder d = new Decoder(bytes);
        assertEquals(item, d.readItem());
        assertEquals(key, d.readKey());
        assertNull(d.readItem());
        assertEquals(true, d.atEnd());
    }
}
