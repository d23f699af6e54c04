package io.migrata.diff;

import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A model's objects by qualified name, so pairing two models costs one lookup per object. */
final class ModelIndex {

    final SchemaModel model;
    private final Map<QualifiedName, TableDef> tables;
    private final Map<QualifiedName, EnumTypeDef> enums;
    private final Map<QualifiedName, SequenceDef> sequences;
    private final Map<QualifiedName, ViewDef> views;
    private final Set<String> enumSpellings;

    ModelIndex(SchemaModel model) {
        this.model = model;
        this.tables = byName(model.tables(), TableDef::name);
        this.enums = byName(model.enums(), EnumTypeDef::name);
        this.sequences = byName(model.sequences(), SequenceDef::name);
        this.views = byName(model.views(), ViewDef::name);
        this.enumSpellings = model.enums().stream().map(e -> e.asType().spelling()).collect(Collectors.toSet());
    }

    private static <T> Map<QualifiedName, T> byName(List<T> items, Function<T, QualifiedName> name) {
        Map<QualifiedName, T> map = new HashMap<>(items.size() * 2);
        for (T item : items) map.put(name.apply(item), item);
        return map;
    }

    TableDef table(QualifiedName name) {
        return tables.get(name);
    }

    EnumTypeDef enumType(QualifiedName name) {
        return enums.get(name);
    }

    SequenceDef sequence(QualifiedName name) {
        return sequences.get(name);
    }

    ViewDef view(QualifiedName name) {
        return views.get(name);
    }

    /** Whether a type spelling ({@code public.bill_status}) names one of the model's enums. */
    boolean isEnum(String spelling) {
        return enumSpellings.contains(spelling);
    }
}
