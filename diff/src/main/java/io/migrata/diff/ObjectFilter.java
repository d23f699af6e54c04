package io.migrata.diff;

import io.migrata.schema.NamePattern;
import io.migrata.schema.GrantDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which objects a comparison covers, by name, as Alembic's {@code include_object} decides: an
 * object (table, view, sequence, enum type) is compared when it matches an include pattern (or
 * there are none) and no exclude pattern. Objects left out are invisible on both sides, so nothing
 * creates, alters or drops them; a sequence owned by a table left out goes with it. Patterns are
 * {@link NamePattern} globs.
 *
 * <pre>{@code
 * ObjectFilter filter = ObjectFilter.everything().including("app.*").excluding("*_backup", "shedlock");
 * }</pre>
 */
public record ObjectFilter(List<NamePattern> include, List<NamePattern> exclude) {

    public ObjectFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static ObjectFilter everything() {
        return new ObjectFilter(List.of(), List.of());
    }

    public ObjectFilter including(String... globs) {
        return new ObjectFilter(more(include, globs), exclude);
    }

    public ObjectFilter excluding(String... globs) {
        return new ObjectFilter(include, more(exclude, globs));
    }

    public boolean isEverything() {
        return include.isEmpty() && exclude.isEmpty();
    }

    public boolean covers(QualifiedName name) {
        if (!include.isEmpty() && include.stream().noneMatch(pattern -> pattern.matches(name))) return false;
        return exclude.stream().noneMatch(pattern -> pattern.matches(name));
    }

    /** The model with only the objects this filter covers. */
    public SchemaModel apply(SchemaModel model) {
        if (isEverything()) return model;
        List<TableDef> tables = model.tables().stream().filter(t -> covers(t.name())).toList();
        Set<QualifiedName> kept = tables.stream().map(TableDef::name).collect(Collectors.toSet());
        List<SequenceDef> sequences = model.sequences().stream()
                .filter(s -> covers(s.name()) && (s.ownedBy() == null || kept.contains(s.ownedBy().table())))
                .toList();
        return model.withTables(tables)
                .withSequences(sequences)
                .withViews(model.views().stream().filter(v -> covers(v.name())).toList())
                .withEnums(model.enums().stream().filter(e -> covers(e.name())).toList())
                .withDomains(model.domains().stream().filter(d -> covers(d.name())).toList())
                .withRowSecurity(model.rowSecurity().stream().filter(r -> covers(r.table())).toList())
                .withPolicies(model.policies().stream().filter(p -> covers(p.table())).toList())
                .withGrants(model.grants().stream()
                        .filter(g -> g.relation() == null || g.kind().isRoutine() || covers(g.relation())).toList());
    }

    private static List<NamePattern> more(List<NamePattern> patterns, String... globs) {
        List<NamePattern> all = new ArrayList<>(patterns);
        for (String glob : globs) all.add(NamePattern.of(glob));
        return all;
    }
}
