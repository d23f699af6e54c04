package io.migrata.diff;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.op.AlterExtension;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateExtension;
import io.migrata.schema.op.CreateFunction;
import io.migrata.schema.op.CreateTrigger;
import io.migrata.schema.op.DropExtension;
import io.migrata.schema.op.DropFunction;
import io.migrata.schema.op.DropTrigger;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.ReplaceFunction;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetComment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Extensions by name, functions and procedures by signature, triggers by table and name. Their
 * definitions are PostgreSQL's own text, so they compare with {@code equals}. A changed function
 * is replaced in place, keeping what calls it; a changed trigger is dropped and created again.
 */
final class RoutineComparator {

    private RoutineComparator() {
    }

    /** @param grantsCompared whether the models' grants are compared, so a recreated function can be given them again */
    static void compare(SchemaModel from, SchemaModel to, boolean grantsCompared, Changes changes) {
        Map<String, ExtensionDef> extensions = byKey(from.extensions(), ExtensionDef::name);
        for (ExtensionDef wanted : to.extensions()) {
            ExtensionDef current = extensions.remove(wanted.name());
            if (current == null) changes.add(new CreateExtension(wanted));
            else if (!current.equals(wanted)) changes.add(new AlterExtension(current, wanted));
        }
        extensions.values().forEach(gone -> changes.add(new DropExtension(gone)));

        Map<String, FunctionDef> functions = byKey(from.functions(), FunctionDef::signature);
        for (FunctionDef wanted : to.functions()) {
            FunctionDef current = functions.remove(wanted.signature());
            if (current == null) {
                changes.add(new CreateFunction(wanted));
                continue;
            }
            // The comment changes by its own op, so a replaced routine keeps the one it had.
            FunctionDef replaced = wanted.withComment(current.comment());
            if (!current.equals(replaced)) replace(new ReplaceFunction(current, replaced), from, to, grantsCompared, changes);
            if (!Objects.equals(current.comment(), wanted.comment())) {
                changes.add(new SetComment(CommentTarget.function(replaced), current.comment(), wanted.comment()));
            }
        }
        functions.values().forEach(gone -> changes.add(new DropFunction(gone)));

        Map<String, TriggerDef> triggers = byKey(from.triggers(), RoutineComparator::triggerKey);
        for (TriggerDef wanted : to.triggers()) {
            TriggerDef current = triggers.remove(triggerKey(wanted));
            if (current == null) {
                changes.add(new CreateTrigger(wanted));
                continue;
            }
            // The comment changes by its own op; a recreated trigger gets the one it had, then that op.
            TriggerDef recreated = wanted.withComment(current.comment());
            if (!current.equals(recreated)) {
                changes.add(new DropTrigger(current));
                changes.add(new CreateTrigger(recreated));
            }
            if (!Objects.equals(current.comment(), wanted.comment())) {
                changes.add(new SetComment(CommentTarget.trigger(recreated), current.comment(), wanted.comment()));
            }
        }
        triggers.values().forEach(gone -> changes.add(new DropTrigger(gone)));
    }

    /**
     * A routine PostgreSQL may drop and create again loses its grants: when they are compared, those
     * it keeps are revoked before and granted after it, so they are there again whichever way
     * PostgreSQL replaces it, and the downgrade does the same the other way; when they are not, a
     * note says what is lost. Its comment is written again by the replace itself.
     */
    private static void replace(ReplaceFunction op, SchemaModel from, SchemaModel to, boolean grantsCompared, Changes changes) {
        changes.add(op);
        if (!op.mayRecreate()) return;
        String signature = op.from().signature();
        String recreated = "PostgreSQL may drop " + op.from().kind() + " " + signature + " and create it again (its parameters or"
                + " result change)";
        if (!grantsCompared) {
            changes.note(recreated + ", which loses its grants: grants are not compared (migrata.grants), so give them again by hand");
            return;
        }
        List<GrantDef> kept = from.grants().stream()
                .filter(g -> g.kind() == GrantDef.Kind.FUNCTION && g.object().equals(signature))
                .filter(g -> to.grant(g.key()).filter(g::equals).isPresent())
                .toList();
        changes.note(recreated + (kept.isEmpty() ? "" : "; its grants are given again"));
        for (GrantDef grant : kept) {
            changes.add(new RevokePrivilege(grant));
            changes.add(new GrantPrivilege(grant));
        }
    }

    private static String triggerKey(TriggerDef trigger) {
        return trigger.table() + " " + trigger.name();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) map.put(key.apply(item), item);
        return map;
    }
}
