package io.migrata.schema;

import java.util.Objects;

/** A {@code CHECK} constraint; {@code expression} is what {@code pg_get_expr(conbin)} prints. */
public record CheckDef(String name, String expression) implements ConstraintDef {

    public CheckDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String kind() {
        return "check";
    }
}
