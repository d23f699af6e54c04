package io.migrata.introspect;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts what the retrievers read together into one {@link SchemaModel}. */
record ModelAssembler(
        List<String> schemas,
        List<Relation> relations,
        Map<Long, List<ColumnDef>> columns,
        Map<Long, TableConstraints> constraints,
        Map<Long, List<IndexDef>> indexes,
        List<EnumTypeDef> enums,
        List<SequenceDef> sequences) {

    SchemaModel assemble() {
        List<TableDef> tables = relations.stream().filter(Relation::isTable).map(this::table).toList();
        Set<QualifiedName> tableNames = tables.stream().map(TableDef::name).collect(Collectors.toSet());
        List<ViewDef> views = relations.stream().filter(r -> !r.isTable())
                .map(this::view)
                .toList();
        List<SequenceDef> kept = sequences.stream().filter(s -> !ownedByATableLeftOut(s, tableNames)).toList();
        return new SchemaModel(schemas, tables, enums, kept, views);
    }

    // A sequence owned by a table that is not read (excluded, an inheritance child, a foreign table) goes with it: alone it would look like a sequence to create or drop. Owners
    // in schemas that are not read at all are outside the model and keep their sequences.
    private boolean ownedByATableLeftOut(SequenceDef sequence, Set<QualifiedName> tableNames) {
        if (sequence.ownedBy() == null) return false;
        QualifiedName owner = sequence.ownedBy().table();
        return schemas.contains(owner.schema()) && !tableNames.contains(owner);
    }

    private ViewDef view(Relation relation) {
        boolean materialized = relation.kind() == Relation.Kind.MATERIALIZED_VIEW;
        return new ViewDef(relation.name(), relation.viewDefinition(), materialized, relation.comment(),
                materialized ? indexes.getOrDefault(relation.oid(), List.of()) : List.of(), materialized && !relation.populated());
    }

    // A partition's columns are its parent's (PostgreSQL copies them, with their defaults), so they
    // are not listed: a column added to the parent is then one change, not one per partition.
    private TableDef table(Relation relation) {
        TableConstraints found = constraints.getOrDefault(relation.oid(), TableConstraints.NONE);
        return new TableDef(relation.name(),
                relation.partitionOf() != null ? List.of() : columns.getOrDefault(relation.oid(), List.of()),
                found.primaryKey(),
                found.uniques(),
                found.checks(),
                found.foreignKeys(),
                indexes.getOrDefault(relation.oid(), List.of()),
                relation.comment(),
                relation.partitionKey(),
                relation.partitionOf());
    }
}
