package io.migrata.diff;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.DropAggregate;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetComment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregates by signature, on the definition the introspector writes from the catalog. A changed
 * aggregate is dropped and created again: {@code CREATE OR REPLACE AGGREGATE} refuses to change
 * its kind or state type, and an aggregate holds no data a drop could lose. The drop takes its
 * grants with it: when grants are compared, those it keeps are revoked before and granted after, so
 * the downgrade has them too.
 */
final class AggregateComparator {

    private AggregateComparator() {
    }

    /** @param grantsCompared whether the models' grants are compared, so a recreated aggregate can be given them again */
    static void compare(SchemaModel from, SchemaModel to, boolean grantsCompared, Changes changes) {
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
            if (!current.equals(recreated)) recreate(current, recreated, from, to, grantsCompared, changes);
            if (!Objects.equals(current.comment(), wanted.comment())) {
                changes.add(new SetComment(CommentTarget.aggregate(recreated), current.comment(), wanted.comment()));
            }
        }
        aggregates.values().forEach(gone -> changes.add(new DropAggregate(gone)));
    }

    private static void recreate(AggregateDef current, AggregateDef recreated, SchemaModel from, SchemaModel to, boolean grantsCompared,
                                 Changes changes) {
        changes.add(new DropAggregate(current));
        changes.add(new CreateAggregate(recreated));
        if (!grantsCompared) return;
        List<GrantDef> kept = from.grants().stream()
                .filter(g -> g.kind() == GrantDef.Kind.AGGREGATE && g.object().equals(current.signature()))
                .filter(g -> to.grant(g.key()).filter(g::equals).isPresent())
                .toList();
        for (GrantDef grant : kept) {
            changes.add(new RevokePrivilege(grant));
            changes.add(new GrantPrivilege(grant));
        }
    }
}
