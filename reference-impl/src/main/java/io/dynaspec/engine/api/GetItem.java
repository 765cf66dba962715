package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * GetItem (API_GetItem.html): the item with the key, from the leader when ConsistentRead is true,
 * else from any live replica; projected when asked. Capacity counts the whole item, not the
 * projection (provisioned-capacity-mode.html, "Read capacity units").
 */
public final class GetItem {

    /**
     * @param tableName              TableName
     * @param key                    Key
     * @param consistentRead         ConsistentRead
     * @param projection             the projection to apply (identity when none)
     * @param returnConsumedCapacity ReturnConsumedCapacity
     */
    public record Request(String tableName, Map<String, AttributeValue> key, boolean consistentRead,
                          UnaryOperator<Item> projection, ReturnConsumedCapacity returnConsumedCapacity) {
    }

    /**
     * @param item             the item, projected, or null when there is none
     * @param consumedCapacity capacity consumed, or null when not asked
     */
    public record Result(Item item, Capacity.Consumed consumedCapacity) {
    }

    private final Cluster cluster;

    public GetItem(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        Table table = WriteChecks.table(cluster, r.tableName());
        PrimaryKey key = table.keySchema().keyOfKeyParameter(r.key());
        Item item = table.read(key, r.consistentRead());
        return new Result(item == null ? null : r.projection().apply(item),
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? null
                        : Capacity.Consumed.ofRead(table.name(), Capacity.readUnits(item, r.consistentRead())));
    }
}
