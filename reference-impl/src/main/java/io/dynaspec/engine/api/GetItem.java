package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.expression.DocumentPath;
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
        checkParameterKinds(r.projectionExpression(), r.attributeNames(), r.attributesToGet());
        Placeholders placeholders = Placeholders.of(r.attributeNames(), null);
        ProjectionExpression projection = r.projectionExpression() == null ? null
                : ProjectionExpression.parse(r.projectionExpression(), placeholders);
        placeholders.checkAllUsed();
        ReadParameters.attributesToGet(r.attributesToGet());

        Table table = WriteChecks.table(cluster, r.tableName());
        PrimaryKey key = table.keySchema().keyOfKeyParameter(r.key());
        if (projection != null) {
            keysAreScalars(table.metadata(), projection);
        }
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

    /**
     * AttributesToGet and ProjectionExpression exclude each other, and ExpressionAttributeNames
     * needs an expression. DynamoDB judges these before the key's values, as dynalite's suite
     * records of live DynamoDB (getItem: a mix with a key value of no type is reported as a mix).
     */
    public static void checkParameterKinds(String projectionExpression, Map<String, String> attributeNames,
                                           List<String> attributesToGet) {
        List<String> expressionParams = new ArrayList<>();
        if (projectionExpression != null) {
            expressionParams.add("ProjectionExpression");
        }
        LegacyConditions.checkNotMixed(attributesToGet == null ? List.of() : List.of("AttributesToGet"), expressionParams);
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.put("ProjectionExpression", projectionExpression);
        Placeholders.checkOnlyWithExpressions(attributeNames, null, expressions);
    }

    /**
     * A projection may name a key attribute of the table or of an index only whole
     * (HowItWorks.CoreComponents.html: key attributes are scalars); the messages as dynalite's
     * suite records them of live DynamoDB.
     */
    private static void keysAreScalars(TableMetadata meta, ProjectionExpression projection) {
        for (DocumentPath path : projection.paths()) {
            if (path.depth() >= 2 && meta.keySchema().isKeyAttribute(path.attributeName())) {
                throw WriteChecks.keyNotScalar("Key", path.attributeName());
            }
            WriteChecks.notIntoIndexKey(meta, path);
        }
    }
}
