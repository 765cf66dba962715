package io.dynaspec.engine.api;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.util.List;
import java.util.Map;

/**
 * One page of a Query or Scan (API_Query.html and API_Scan.html, "Response Elements").
 *
 * @param items            the items that passed the filter, projected; null when Select is COUNT
 * @param count            how many items passed the filter
 * @param scannedCount     how many items were read, before the filter
 * @param lastEvaluatedKey the key of the last item read when the page stopped at Limit or past
 *                         1 MB, to pass as ExclusiveStartKey; null when the read reached its end
 * @param consumedCapacity capacity consumed, or null when not asked
 */
public record ItemPage(List<Item> items, int count, int scannedCount, Map<String, AttributeValue> lastEvaluatedKey,
                       Capacity.Consumed consumedCapacity) {
}
