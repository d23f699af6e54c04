package io.migrata.introspect;

import io.migrata.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tables and views are left out: the exclude globs, and Migrata's own tables unless asked for.
 * Public for the generic JDBC reader, which applies the same options.
 */
public final class TableFilter {

    static final Set<String> VERSION_TABLES = Set.of("migrata_version", "migrata_history");

    private final List<Glob> excludes;
    private final boolean includeVersionTables;

    private TableFilter(List<Glob> excludes, boolean includeVersionTables) {
        this.excludes = excludes;
        this.includeVersionTables = includeVersionTables;
    }

    public static TableFilter of(IntrospectionOptions options) {
        return new TableFilter(options.excludeTables().stream().map(Glob::new).toList(), options.includeVersionTables());
    }

    public boolean excludes(QualifiedName relation) {
        if (!includeVersionTables && VERSION_TABLES.contains(relation.name())) return true;
        return excludes.stream().anyMatch(glob -> glob.matches(relation));
    }

    /** {@code *} and {@code ?} wildcards; a pattern with a dot names {@code schema.name}. */
    private static final class Glob {

        private final Pattern pattern;
        private final boolean qualified;

        Glob(String glob) {
            this.qualified = glob.contains(".");
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (char c : glob.toCharArray()) {
                if (c == '*' || c == '?') {
                    if (literal.length() > 0) regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                    regex.append(c == '*' ? ".*" : ".");
                } else {
                    literal.append(c);
                }
            }
            if (literal.length() > 0) regex.append(Pattern.quote(literal.toString()));
            this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
        }

        boolean matches(QualifiedName relation) {
            String subject = qualified ? relation.schema() + "." + relation.name() : relation.name();
            return pattern.matcher(subject).matches();
        }
    }
}
