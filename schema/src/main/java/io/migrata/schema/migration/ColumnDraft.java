package io.migrata.schema.migration;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.SqlType;

import java.util.HashSet;
import java.util.Set;

/**
 * A column being altered: the {@link ColumnChange} clauses of one call write into it, and only
 * the finished result is checked, so clauses may come in any order (a default can be dropped
 * "after" the identity that needs it gone is set).
 */
final class ColumnDraft {

    private final ColumnDef from;
    private final Set<String> changed = new HashSet<>();
    private SqlType type;
    private String using;
    private String reverseUsing;
    private boolean nullable;
    private String defaultExpression;
    private IdentityDef identity;
    private IdentitySpec identitySpec;
    private String generatedExpression;
    private String collation;

    ColumnDraft(ColumnDef from) {
        this.from = from;
        this.type = from.type();
        this.nullable = from.nullable();
        this.defaultExpression = from.defaultExpression();
        this.identity = from.identity();
        this.generatedExpression = from.generatedExpression();
        this.collation = from.collation();
    }

    private void once(String aspect) {
        if (!changed.add(aspect)) {
            throw new IllegalArgumentException("alter column " + from.name() + " changes its " + aspect + " twice");
        }
    }

    void setType(SqlType newType, String newUsing, String newReverseUsing) {
        once("type");
        type = newType;
        using = newUsing;
        reverseUsing = newReverseUsing;
    }

    void setNullable(boolean newNullable) {
        once("nullability");
        nullable = newNullable;
    }

    void setDefault(String expression) {
        once("default");
        defaultExpression = expression;
    }

    void setIdentity(IdentitySpec spec) {
        once("identity");
        identitySpec = spec;
        identity = null;
    }

    void setGenerated(String expression) {
        once("generation expression");
        generatedExpression = expression;
    }

    void setCollation(String newCollation) {
        once("collation");
        collation = newCollation;
    }

    String using() {
        return using;
    }

    String reverseUsing() {
        return reverseUsing;
    }

    /** The altered column; an identity set here is numbered for the final type and makes it NOT NULL. */
    ColumnDef result() {
        IdentityDef finalIdentity = identitySpec != null ? identitySpec.resolve(type) : identity;
        boolean finalNullable = identitySpec != null && !changed.contains("nullability") ? false : nullable;
        return new ColumnDef(from.name(), type, finalNullable, defaultExpression, finalIdentity, generatedExpression,
                collation, from.comment());
    }
}
