package io.migrata.diff;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.DropAggregate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Aggregates by signature, on the definition the introspector writes from the catalog. A changed
 * aggregate is dropped and created again: {@code CREATE OR REPLACE AGGREGATE} refuses to change
 * its kind or state type, and an aggregate holds no data a drop could lose.
 */
final class AggregateComparator {

    private AggregateComparator() {
    }

    static void compare(SchemaModel from, SchemaModel to, Changes changes) {
        Map<String, AggregateDef> aggregates = new LinkedHashMap<>();
        from.aggregates().forEach(a -> aggregates.put(a.signature(), a));
        for (AggregateDef wanted : to.aggregates()) {
            AggregateDef current = aggregates.remove(wanted.signature());
            if (current != null && current.equals(wanted)) continue;
            if (current != null) changes.add(new DropAggregate(current));
            changes.add(new CreateAggregate(wanted));
        }
        aggregates.values().forEach(gone -> changes.add(new DropAggregate(gone)));
    }
}
