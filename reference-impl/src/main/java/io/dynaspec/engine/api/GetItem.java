package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.expression.LegacyConditions;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.ProjectionExpression;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
     * @param projectionExpression   ProjectionExpression, or null
     * @param attributeNames         ExpressionAttributeNames, or null
     * @param attributesToGet        the legacy AttributesToGet, or null
     * @param returnConsumedCapacity ReturnConsumedCapacity
     */
    public record Request(String tableName, Map<String, AttributeValue> key, boolean consistentRead,
                          String projectionExpression, Map<String, String> attributeNames, List<String> attributesToGet,
                          ReturnConsumedCapacity returnConsumedCapacity) {
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
        List<String> expressionParams = new ArrayList<>();
        if (r.projectionExpression() != null) {
            expressionParams.add("ProjectionExpression");
        }
        LegacyConditions.checkNotMixed(r.attributesToGet() == null ? List.of() : List.of("AttributesToGet"), expressionParams);
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.put("ProjectionExpression", r.projectionExpression());
        Placeholders.checkOnlyWithExpressions(r.attributeNames(), null, expressions);
        Placeholders placeholders = Placeholders.of(r.attributeNames(), null);
        ProjectionExpression projection = r.projectionExpression() == null ? null
                : ProjectionExpression.parse(r.projectionExpression(), placeholders);
        placeholders.checkAllUsed();

        Table table = WriteChecks.table(cluster, r.tableName());
        PrimaryKey key = table.keySchema().keyOfKeyParameter(r.key());
        Item item = table.read(key, r.consistentRead());
        Item shown = item;
        if (item != null && projection != null) {
            shown = projection.project(item);
        } else if (item != null && r.attributesToGet() != null) {
            shown = item.project(new LinkedHashSet<>(r.attributesToGet()));
        }
        return new Result(shown,
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? null
                        : Capacity.Consumed.ofRead(table.name(), Capacity.readUnits(item, r.consistentRead())));
    }
}
