package io.migrata.schema.migration;

import io.migrata.schema.CheckDef;
import io.migrata.schema.QualifiedName;

/**
 * {@code CHECK (expression)}, always named, since the name PostgreSQL would pick depends on the
 * expression: {@code constraint("ck_bills_period").check("period_end >= period_start")}.
 */
public final class CheckSpec extends ConstraintSpec {

    private final String name;
    private final String expression;

    CheckSpec(String name, String expression) {
        this.name = name;
        this.expression = expression;
    }

    @Override
    public CheckDef resolve(QualifiedName table, ObjectNames names) {
        return new CheckDef(name, expression);
    }
}
