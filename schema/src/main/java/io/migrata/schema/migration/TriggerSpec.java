package io.migrata.schema.migration;

import io.migrata.schema.TriggerDef;

/**
 * A trigger on a table or view with its whole statement: {@code trigger("users", "users_touch",
 * "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch()")};
 * {@code .comment("…")} gives its comment.
 */
public final class TriggerSpec {

    private final String table;
    private final String name;
    private final String definition;
    private final String comment;

    TriggerSpec(String table, String name, String definition, String comment) {
        this.table = table;
        this.name = name;
        this.definition = definition;
        this.comment = comment;
    }

    public TriggerSpec comment(String text) {
        return new TriggerSpec(table, name, definition, Require.present(text, "trigger comment"));
    }

    public TriggerDef resolve(ObjectNames names) {
        return new TriggerDef(names.parse(table, "table"), name, definition, comment);
    }
}
