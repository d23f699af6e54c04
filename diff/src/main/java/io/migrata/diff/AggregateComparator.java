package io.migrata.diff;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.DropAggregate;
import io.migrata.schema.op.SetComment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
            if (current == null) {
                changes.add(new CreateAggregate(wanted));
                continue;
            }
            // The comment changes by its own op; a recreated aggregate gets the one it had, then that op.
            AggregateDef recreated = wanted.withComment(current.comment());
            if (!current.equals(recreated)) {
                changes.add(new DropAggregate(current));
                changes.add(new CreateAggregate(recreated));
            }
            if (!Objects.equals(current.comment(), wanted.comment())) {
                changes.add(new SetComment(CommentTarget.aggregate(recreated), current.comment(), wanted.comment()));
            }
        }
        aggregates.values().forEach(gone -> changes.add(new DropAggregate(gone)));
    }
}
