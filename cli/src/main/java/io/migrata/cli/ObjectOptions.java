package io.migrata.cli;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --include}, {@code --exclude} and {@code --manage}: which objects a comparison covers, and
 * which it may drop; {@code --using} and {@code --strict-types}: how it treats type changes;
 * {@code --grants}: whether it compares privileges.
 */
final class ObjectOptions {

    @Option(names = "--include", paramLabel = "PATTERN", description = "Compare only the tables, views, sequences and types this glob names; repeatable (default: migrata.include).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN", description = "Leave out the objects this glob names, on both sides; repeatable (default: migrata.exclude).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--manage", paramLabel = "PATTERN", description = "Drop these objects when the entities lack them, though no revision created them; repeatable (default: migrata.manage).")
    List<String> manage = new ArrayList<>();

    @Option(names = "--using", paramLabel = "TABLE.COLUMN=EXPRESSION", description = "Convert this column's values to its new type with this USING expression, for a type change PostgreSQL makes only with an explicit cast; repeatable (default: migrata.using).")
    List<String> using = new ArrayList<>();

    @Option(names = "--strict-types", description = "Count types as equal only when PostgreSQL's catalog spells them the same, e.g. timestamptz and timestamptz(6) differ (default: migrata.types.strict).")
    Boolean strictTypes;

    @Option(names = "--grants", description = "Compare grants on tables, columns, sequences, schemas and functions, and default privileges, too"
            + " (default: migrata.grants, false).")
    Boolean grants;

    void applyTo(Migrata.Builder workflow) {
        workflow.set(Setting.INCLUDE, include);
        workflow.set(Setting.EXCLUDE, exclude);
        workflow.set(Setting.MANAGE, manage);
        workflow.set(Setting.USING, using.isEmpty() ? null : String.join(";", using));
        if (strictTypes != null) workflow.set(Setting.STRICT_TYPES, strictTypes.toString());
        if (grants != null) workflow.set(Setting.GRANTS, grants.toString());
    }
}
