package io.migrata.diff;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which column default expressions are volatile, as PostgreSQL's {@code pg_proc.provolatile} says
 * of the functions (and operators' functions) they call. A volatile default is computed per row,
 * so adding a column with it rewrites the table; a stable or immutable one ({@code now()},
 * {@code 'x'::text}) is evaluated once and stored without a rewrite (PostgreSQL 11 and later).
 *
 * <p>The diff never asks a database: the caller that has one reads the answers
 * ({@code migrata}'s workflows do, from the compared database) and passes them in. An expression
 * no answer covers counts as volatile when it calls a function at all, so an unknown default is
 * reported as a possible rewrite rather than missed.
 *
 * <pre>{@code
 * DefaultVolatility known = DefaultVolatility.of(Map.of("gen_random_uuid()", true, "now()", false));
 * known.isVolatile("now()");          // false: PostgreSQL said so
 * DefaultVolatility.unknown().isVolatile("now()");   // true: it calls a function, nobody asked
 * }</pre>
 *
 * @param answers whether each expression is volatile, by its text as the column default spells it
 */
public record DefaultVolatility(Map<String, Boolean> answers) {

    /** A function call: a name and an opening parenthesis, once literals and casts are taken out. */
    private static final Pattern CALL = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*\"?\\s*\\(");
    private static final Pattern LITERALS = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"");
    private static final Pattern CASTS = Pattern.compile("::\\s*[\\p{L}_][\\p{L}\\p{N}_$. ]*(\\([0-9, ]*\\))?(\\[\\])*");

    public DefaultVolatility {
        answers = Map.copyOf(Objects.requireNonNull(answers, "answers"));
    }

    public static DefaultVolatility of(Map<String, Boolean> answers) {
        return new DefaultVolatility(answers);
    }

    /** No answers: every default that calls a function counts as volatile. */
    public static DefaultVolatility unknown() {
        return new DefaultVolatility(Map.of());
    }

    /** Whether PostgreSQL's answer for {@code expression} is among the answers. */
    public boolean isKnown(String expression) {
        return answers.containsKey(expression);
    }

    public boolean isVolatile(String expression) {
        Boolean answer = answers.get(expression);
        if (answer != null) return answer;
        String code = CASTS.matcher(LITERALS.matcher(expression).replaceAll("''")).replaceAll("");
        return CALL.matcher(code).find();
    }
}
