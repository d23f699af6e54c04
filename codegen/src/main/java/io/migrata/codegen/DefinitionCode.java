package io.migrata.codegen;

import io.migrata.codegen.Code.Call;
import io.migrata.codegen.Code.Chain;
import io.migrata.codegen.Code.Lit;
import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.DomainDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.ExtensionDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.AggregateDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.migration.DefaultNames;
import io.migrata.schema.migration.IdentitySpec;
import io.migrata.schema.migration.ObjectNames;
import io.migrata.schema.migration.Schema;
import io.migrata.schema.migration.SequenceSpec;
import io.migrata.schema.op.CommentTarget;

import java.util.ArrayList;
import java.util.List;

/**
 * Definitions as the {@code Schema} factory calls that declare them: {@code column("phone",
 * varchar(20)).notNull()}, {@code foreignKey("user_id").references("users", "id")}, … Parts that
 * equal what the factory assumes (a nullable column, a default name, a b-tree, default numbering)
 * are left out, as a person writing the call would leave them out.
 */
final class DefinitionCode {

    private final ObjectNames names;

    DefinitionCode(ObjectNames names) {
        this.names = names;
    }

    Code name(QualifiedName name) {
        return Code.str(names.format(name));
    }

    Code column(ColumnDef column) {
        return column(column, false);
    }

    /** The column; {@code unique} adds {@code .unique()} for the one-column unique constraint it stands for. */
    Code column(ColumnDef column, boolean unique) {
        List<Call> calls = new ArrayList<>();
        if (column.collation() != null) calls.add(Code.call("collate", Code.str(column.collation())));
        if (!column.nullable() && column.identity() == null) calls.add(Code.call("notNull"));
        if (column.defaultExpression() != null) calls.add(Code.call("defaultTo", Code.str(column.defaultExpression())));
        if (column.identity() != null) calls.add(identityCall("identity", column.identity(), column.type()));
        if (column.generatedExpression() != null) {
            calls.add(Code.call("generatedAs", Code.str(column.generatedExpression())));
        }
        if (unique) calls.add(Code.call("unique"));
        if (column.comment() != null) calls.add(Code.call("comment", Code.str(column.comment())));
        return chain(Code.call("column", Code.str(column.name()), TypeCode.of(column.type())), calls);
    }

    /** {@code method()} for a by-default identity with default numbering, else {@code method(generatedAlways()…)}. */
    Call identityCall(String method, IdentityDef identity, SqlType type) {
        IdentitySpec base = identity.generation() == IdentityDef.Generation.ALWAYS
                ? Schema.generatedAlways() : Schema.generatedByDefault();
        List<Call> numbering = Numbered.calls(new IdentitySetters(type), base, identity.options());
        if (identity.generation() == IdentityDef.Generation.BY_DEFAULT && numbering.isEmpty()) return Code.call(method);
        String factory = identity.generation() == IdentityDef.Generation.ALWAYS ? "generatedAlways" : "generatedByDefault";
        return Code.call(method, chain(Code.call(factory), numbering));
    }

    Code constraint(QualifiedName table, ConstraintDef constraint) {
        if (constraint instanceof PrimaryKeyDef key) return primaryKey(table, key);
        if (constraint instanceof UniqueDef unique) return unique(table, unique);
        if (constraint instanceof CheckDef check) return check(check);
        return foreignKey(table, (ForeignKeyDef) constraint);
    }

    Code primaryKey(QualifiedName table, PrimaryKeyDef key) {
        boolean named = !key.name().equals(DefaultNames.primaryKey(table.name()));
        return named(named ? key.name() : null, Code.call("primaryKey", Code.strings(key.columns())), List.of());
    }

    Code unique(QualifiedName table, UniqueDef unique) {
        boolean named = !unique.name().equals(DefaultNames.unique(table.name(), unique.columns()));
        List<Call> calls = new ArrayList<>();
        if (unique.nullsNotDistinct()) calls.add(Code.call("nullsNotDistinct"));
        calls.addAll(deferrability(unique.deferrability()));
        return named(named ? unique.name() : null, Code.call("unique", Code.strings(unique.columns())), calls);
    }

    /** Whether the unique constraint is what {@code column(…).unique()} declares. */
    static boolean isColumnUnique(QualifiedName table, UniqueDef unique) {
        return unique.columns().size() == 1 && !unique.nullsNotDistinct()
                && unique.deferrability() == Deferrability.NOT_DEFERRABLE
                && unique.name().equals(DefaultNames.unique(table.name(), unique.columns()));
    }

    Code check(CheckDef check) {
        return named(check.name(), Code.call("check", Code.str(check.expression())), List.of());
    }

    Code foreignKey(QualifiedName table, ForeignKeyDef fk) {
        boolean named = !fk.name().equals(DefaultNames.foreignKey(table.name(), fk.columns()));
        List<Call> calls = new ArrayList<>();
        List<Code> references = new ArrayList<>();
        references.add(name(fk.targetTable()));
        references.addAll(Code.strings(fk.targetColumns()));
        calls.add(Code.call("references", references));
        if (fk.onDelete() != ForeignKeyDef.Action.NO_ACTION) calls.add(Code.call("onDelete", new Lit(fk.onDelete().name())));
        if (fk.onUpdate() != ForeignKeyDef.Action.NO_ACTION) calls.add(Code.call("onUpdate", new Lit(fk.onUpdate().name())));
        if (fk.matchFull()) calls.add(Code.call("matchFull"));
        calls.addAll(deferrability(fk.deferrability()));
        return named(named ? fk.name() : null, Code.call("foreignKey", Code.strings(fk.columns())), calls);
    }

    private static List<Call> deferrability(Deferrability deferrability) {
        return switch (deferrability) {
            case NOT_DEFERRABLE -> List.of();
            case DEFERRABLE_INITIALLY_IMMEDIATE -> List.of(Code.call("deferrable"));
            case DEFERRABLE_INITIALLY_DEFERRED -> List.of(Code.call("deferrable"), Code.call("initiallyDeferred"));
        };
    }

    /** {@code kind(…).calls} or, named, {@code constraint("name").kind(…).calls}. */
    private static Code named(String name, Call kind, List<Call> calls) {
        if (name == null) return chain(kind, calls);
        List<Call> all = new ArrayList<>();
        all.add(kind);
        all.addAll(calls);
        return new Chain(Code.call("constraint", Code.str(name)), all);
    }

    Code index(IndexDef index, boolean concurrently) {
        List<Call> calls = new ArrayList<>();
        boolean plain = index.keys().stream().allMatch(DefinitionCode::isPlainColumn);
        calls.add(Code.call("on", plain ? Code.strings(index.keys().stream().map(IndexKey::column).toList())
                : index.keys().stream().map(DefinitionCode::indexKey).toList()));
        if (index.unique()) calls.add(Code.call("unique"));
        if (index.nullsNotDistinct()) calls.add(Code.call("nullsNotDistinct"));
        if (!index.method().equals("btree")) calls.add(Code.call("using", Code.str(index.method())));
        if (!index.include().isEmpty()) calls.add(Code.call("include", Code.strings(index.include())));
        if (index.predicate() != null) calls.add(Code.call("where", Code.str(index.predicate())));
        if (concurrently) calls.add(Code.call("concurrently"));
        return new Chain(Code.call("index", Code.str(index.name())), calls);
    }

    private static boolean isPlainColumn(IndexKey key) {
        return !key.isExpression() && !key.descending() && !key.hasExplicitNullOrder() && key.opclass() == null
                && key.collation() == null;
    }

    private static Code indexKey(IndexKey key) {
        List<Call> calls = new ArrayList<>();
        if (key.descending()) calls.add(Code.call("desc"));
        if (key.hasExplicitNullOrder()) calls.add(Code.call(key.nullsFirst() ? "nullsFirst" : "nullsLast"));
        if (key.opclass() != null) calls.add(Code.call("opclass", Code.str(key.opclass())));
        if (key.collation() != null) calls.add(Code.call("collate", Code.str(key.collation())));
        Call head = key.isExpression() ? Code.call("expression", Code.str(key.expression()))
                : Code.call("key", Code.str(key.column()));
        return chain(head, calls);
    }

    Code sequence(SequenceDef sequence) {
        String name = names.format(sequence.name());
        SequenceSpec base = Schema.sequence(name);
        List<Call> calls = new ArrayList<>();
        if (!sequence.type().equals(SqlType.of("bigint"))) {
            calls.add(Code.call("as", TypeCode.of(sequence.type())));
            base = base.as(sequence.type());
        }
        calls.addAll(Numbered.calls(new SequenceSetters(names), base, sequence.options()));
        if (sequence.ownedBy() != null) {
            calls.add(Code.call("ownedBy", name(sequence.ownedBy().table()), Code.str(sequence.ownedBy().column())));
        }
        if (sequence.comment() != null) calls.add(Code.call("comment", Code.str(sequence.comment())));
        return chain(Code.call("sequence", Code.str(name)), calls);
    }

    Code enumType(EnumTypeDef type) {
        List<Code> args = new ArrayList<>();
        args.add(name(type.name()));
        args.addAll(Code.strings(type.labels()));
        List<Call> calls = type.comment() == null ? List.of() : List.of(Code.call("comment", Code.str(type.comment())));
        return chain(Code.call("enumType", args), calls);
    }

    /** {@code extension("citext").version("1.6")}, with {@code .schema(…)} outside the default schema. */
    Code extension(ExtensionDef extension) {
        List<Call> calls = new ArrayList<>();
        if (!extension.schema().equals(names.defaultSchema())) calls.add(Code.call("schema", Code.str(extension.schema())));
        if (extension.version() != null) calls.add(Code.call("version", Code.str(extension.version())));
        if (extension.comment() != null) calls.add(Code.call("comment", Code.str(extension.comment())));
        return chain(Code.call("extension", Code.str(extension.name())), calls);
    }

    Code function(FunctionDef function) {
        Call call = Code.call("function", name(function.name()), Code.str(function.argumentTypes()), Code.str(function.definition()));
        return function.comment() == null ? call : chain(call, List.of(Code.call("comment", Code.str(function.comment()))));
    }

    Code aggregate(AggregateDef aggregate) {
        Call call = Code.call("aggregate", name(aggregate.name()), Code.str(aggregate.argumentTypes()), Code.str(aggregate.definition()));
        return aggregate.comment() == null ? call : chain(call, List.of(Code.call("comment", Code.str(aggregate.comment()))));
    }

    Code trigger(TriggerDef trigger) {
        Call call = Code.call("trigger", name(trigger.table()), Code.str(trigger.name()), Code.str(trigger.definition()));
        return trigger.comment() == null ? call : chain(call, List.of(Code.call("comment", Code.str(trigger.comment()))));
    }

    /** {@code domain("email", text()).notNull().check(…)}, the collation, default, checks and comment only when it has them. */
    Code domain(DomainDef domain) {
        List<Call> calls = new ArrayList<>();
        if (domain.collation() != null) calls.add(Code.call("collate", Code.str(domain.collation())));
        if (domain.defaultValue() != null) calls.add(Code.call("defaultValue", Code.str(domain.defaultValue())));
        if (domain.notNull()) calls.add(Code.call("notNull"));
        domain.checks().forEach(c -> calls.add(Code.call("check", Code.str(c.name()), Code.str(c.definition()))));
        if (domain.comment() != null) calls.add(Code.call("comment", Code.str(domain.comment())));
        return chain(Code.call("domain", name(domain.name()), TypeCode.of(domain.baseType())), calls);
    }

    /** {@code policy("notes", "own_rows").using(…)}, saying only what differs from a permissive policy for all to PUBLIC. */
    Code policy(PolicyDef policy) {
        List<Call> calls = new ArrayList<>();
        if (!policy.command().equals("ALL")) calls.add(Code.call("command", Code.str(policy.command())));
        if (!policy.permissive()) calls.add(Code.call("restrictive"));
        if (!policy.roles().equals(List.of(PolicyDef.PUBLIC))) calls.add(Code.call("roles", Code.strings(policy.roles())));
        if (policy.using() != null) calls.add(Code.call("using", Code.str(policy.using())));
        if (policy.withCheck() != null) calls.add(Code.call("withCheck", Code.str(policy.withCheck())));
        return chain(Code.call("policy", name(policy.table()), Code.str(policy.name())), calls);
    }

    /** {@code privilege("SELECT").onTable("users").to("reporting")}. */
    Code grant(GrantDef grant) {
        List<Call> calls = new ArrayList<>();
        calls.add(switch (grant.kind()) {
            case TABLE -> Code.call("onTable", name(grant.relation()));
            case SEQUENCE -> Code.call("onSequence", name(grant.relation()));
            case SCHEMA -> Code.call("onSchema", Code.str(grant.schema()));
            case FUNCTION -> Code.call("onFunction", name(grant.relation()), Code.str(grant.argumentTypes()));
            case AGGREGATE -> Code.call("onAggregate", name(grant.relation()), Code.str(grant.argumentTypes()));
            case COLUMN -> Code.call("onColumn", name(grant.relation()), Code.str(grant.column()));
            case DEFAULT_TABLES -> Code.call("onTablesCreatedBy", Code.str(grant.creator()));
            case DEFAULT_SEQUENCES -> Code.call("onSequencesCreatedBy", Code.str(grant.creator()));
            case DEFAULT_FUNCTIONS -> Code.call("onFunctionsCreatedBy", Code.str(grant.creator()));
            case DEFAULT_TYPES -> Code.call("onTypesCreatedBy", Code.str(grant.creator()));
            case DEFAULT_SCHEMAS -> Code.call("onSchemasCreatedBy", Code.str(grant.creator()));
        });
        if (grant.kind().isDefault() && grant.schema() != null) calls.add(Code.call("inSchema", Code.str(grant.schema())));
        calls.add(Code.call("to", Code.str(grant.grantee())));
        if (grant.grantable()) calls.add(Code.call("withGrantOption"));
        return chain(Code.call("privilege", Code.str(grant.privilege())), calls);
    }

    /** {@code ROW_SECURITY_FORCED}: the constant of the migration API's {@code Schema}. */
    static Code rowSecurity(RowSecurity mode) {
        return new Lit("ROW_SECURITY_" + mode.name());
    }

    Code view(ViewDef view) {
        List<Call> calls = new ArrayList<>();
        if (view.materialized()) calls.add(Code.call("materialized"));
        if (!view.withData()) calls.add(Code.call("withNoData"));
        for (IndexDef index : view.indexes()) calls.add(Code.call("index", index(index, false)));
        if (view.comment() != null) calls.add(Code.call("comment", Code.str(view.comment())));
        return chain(Code.call("view", name(view.name()), Code.str(view.definition())), calls);
    }

    Code commentTarget(CommentTarget target) {
        Code object = name(target.object());
        return switch (target.kind()) {
            case TABLE -> Code.call("onTable", object);
            case COLUMN -> Code.call("onColumn", object, Code.str(target.member()));
            case VIEW -> Code.call("onView", object);
            case MATERIALIZED_VIEW -> Code.call("onMaterializedView", object);
            case TYPE -> Code.call("onType", object);
            case SEQUENCE -> Code.call("onSequence", object);
            case DOMAIN -> Code.call("onDomain", object);
            case FUNCTION -> Code.call("onFunction", object, Code.str(target.arguments()));
            case PROCEDURE -> Code.call("onProcedure", object, Code.str(target.arguments()));
            case AGGREGATE -> Code.call("onAggregate", object, Code.str(target.arguments()));
            case TRIGGER -> Code.call("onTrigger", object, Code.str(target.member()));
        };
    }

    /** {@code before("x")}, {@code after("x")} or {@code atEnd()}. */
    static Code enumPosition(String before, String after) {
        if (before != null) return Code.call("before", Code.str(before));
        if (after != null) return Code.call("after", Code.str(after));
        return Code.call("atEnd");
    }

    private static Code chain(Call head, List<Call> calls) {
        return calls.isEmpty() ? head : new Chain(head, calls);
    }

    /** Numbering of an identity on a column of {@code type}. */
    private record IdentitySetters(SqlType type) implements Numbered.Setters<IdentitySpec> {

        @Override
        public IdentitySpec start(IdentitySpec spec, long value) {
            return spec.start(value);
        }

        @Override
        public IdentitySpec increment(IdentitySpec spec, long value) {
            return spec.increment(value);
        }

        @Override
        public IdentitySpec minValue(IdentitySpec spec, long value) {
            return spec.minValue(value);
        }

        @Override
        public IdentitySpec maxValue(IdentitySpec spec, long value) {
            return spec.maxValue(value);
        }

        @Override
        public IdentitySpec cache(IdentitySpec spec, long value) {
            return spec.cache(value);
        }

        @Override
        public IdentitySpec cycle(IdentitySpec spec) {
            return spec.cycle();
        }

        @Override
        public SequenceOptions resolve(IdentitySpec spec) {
            return spec.resolve(type).options();
        }
    }

    /** Numbering of a sequence, its names read as the generated code will read them. */
    private record SequenceSetters(ObjectNames names) implements Numbered.Setters<SequenceSpec> {

        @Override
        public SequenceSpec start(SequenceSpec spec, long value) {
            return spec.start(value);
        }

        @Override
        public SequenceSpec increment(SequenceSpec spec, long value) {
            return spec.increment(value);
        }

        @Override
        public SequenceSpec minValue(SequenceSpec spec, long value) {
            return spec.minValue(value);
        }

        @Override
        public SequenceSpec maxValue(SequenceSpec spec, long value) {
            return spec.maxValue(value);
        }

        @Override
        public SequenceSpec cache(SequenceSpec spec, long value) {
            return spec.cache(value);
        }

        @Override
        public SequenceSpec cycle(SequenceSpec spec) {
            return spec.cycle();
        }

        @Override
        public SequenceOptions resolve(SequenceSpec spec) {
            return spec.resolve(names).options();
        }
    }
}
