package io.migrata.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A glob over object names: {@code *} is any run of characters, {@code ?} one character, the rest
 * is literal and case-sensitive (names as PostgreSQL stores them). A pattern with a dot matches
 * {@code schema.name}; one without matches the bare name in any schema.
 *
 * <pre>{@code
 * NamePattern.of("flyway_*").matches(QualifiedName.of("public", "flyway_schema_history"));   // true
 * NamePattern.of("audit.*").matches(QualifiedName.of("public", "audit_log"));                // false
 * }</pre>
 */
public final class NamePattern {

    private final String glob;
    private final Pattern pattern;
    private final boolean qualified;

    private NamePattern(String glob) {
        this.glob = glob;
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

    /** @throws IllegalArgumentException when the pattern is empty */
    public static NamePattern of(String glob) {
        Objects.requireNonNull(glob, "glob");
        if (glob.isEmpty()) throw new IllegalArgumentException("name pattern is empty");
        return new NamePattern(glob);
    }

    public boolean matches(QualifiedName name) {
        String subject = qualified ? name.schema() + "." + name.name() : name.name();
        return pattern.matcher(subject).matches();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamePattern that && glob.equals(that.glob);
    }

    @Override
    public int hashCode() {
        return glob.hashCode();
    }

    /** The glob as written. */
    @Override
    public String toString() {
        return glob;
    }
}
