package io.migrata.runner.sql;

import io.migrata.schema.op.DropEnumValue;

import java.util.List;

/**
 * Removing an enum label, which PostgreSQL has no statement for: the type is rebuilt without it
 * inside one {@code DO} block. The other labels, the columns that use the type (or arrays of it),
 * their defaults, and the indexes and checks whose expressions name the type are only known to the
 * database at run time, so the block reads them from the catalog:
 * <ol>
 *   <li>each column of an ordinary or partitioned table whose type is the enum or its array type
 *       has its default dropped, remembering the default's text, and a conversion queued;</li>
 *   <li>each index and check constraint whose expression or predicate names the type (a partial
 *       index {@code WHERE status <> 'paid'}) is dropped, remembering its definition: PostgreSQL
 *       would rebuild it during the conversion from text that names the old type;</li>
 *   <li>the old type is renamed out of the way, and a new type with the old name is created with
 *       the remaining labels in their order;</li>
 *   <li>each column is converted through text ({@code USING col::text::type}), which fails with
 *       PostgreSQL's own message if a row still holds the removed label, and gets its default
 *       back; then the indexes and checks are created again. The remembered text names the type
 *       as before, which now resolves to the new one; a default, index or check that names the
 *       removed label fails and rolls everything back;</li>
 *   <li>the old type is dropped, and the new one gets the old one's comment.</li>
 * </ol>
 * Views that use the type are not rebuilt: PostgreSQL refuses to convert a column a view uses, so
 * such a view is dropped before this op and created again after it.
 */
final class EnumLabelRemovalSql {

    /** The block after the three declarations {@link #drop} writes: old_type, type_name and removed. */
    private static final String BLOCK = """
                type_comment text := obj_description(old_type, 'pg_type');
                remaining text;
                user_column record;
                dependent record;
                conversions text[] := '{}';
                rebuilds text[] := '{}';
                conversion text;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_enum WHERE enumtypid = old_type AND enumlabel = removed) THEN
                    RAISE EXCEPTION 'enum % has no label %', type_name, quote_literal(removed);
                END IF;
                SELECT coalesce(string_agg(quote_literal(enumlabel), ', ' ORDER BY enumsortorder), '') INTO remaining
                FROM pg_enum WHERE enumtypid = old_type AND enumlabel <> removed;
                FOR user_column IN
                    SELECT format('%I.%I', n.nspname, c.relname) AS table_name, a.attname AS column_name,
                           a.atttypid <> old_type AS is_array,
                           CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_expression
                    FROM pg_attribute a
                    JOIN pg_class c ON c.oid = a.attrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                    WHERE a.atttypid IN (old_type, (SELECT typarray FROM pg_type WHERE oid = old_type))
                      AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount = 0 AND c.relkind IN ('r', 'p')
                    ORDER BY n.nspname, c.relname, a.attnum
                LOOP
                    IF user_column.default_expression IS NOT NULL THEN
                        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT',
                                       user_column.table_name, user_column.column_name);
                    END IF;
                    conversions := conversions || format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::text%s::%s%s',
                            user_column.table_name, user_column.column_name,
                            type_name, CASE WHEN user_column.is_array THEN '[]' ELSE '' END,
                            user_column.column_name, CASE WHEN user_column.is_array THEN '[]' ELSE '' END,
                            type_name, CASE WHEN user_column.is_array THEN '[]' ELSE '' END);
                    IF user_column.default_expression IS NOT NULL THEN
                        conversions := conversions || format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %s',
                                user_column.table_name, user_column.column_name, user_column.default_expression);
                    END IF;
                END LOOP;
                FOR dependent IN
                    SELECT format('%I.%I', n.nspname, i.relname) AS index_name, pg_get_indexdef(i.oid) AS definition
                    FROM pg_depend d
                    JOIN pg_class i ON i.oid = d.objid AND i.relkind IN ('i', 'I')
                    JOIN pg_namespace n ON n.oid = i.relnamespace
                    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_type'::regclass
                      AND d.refobjid IN (old_type, (SELECT typarray FROM pg_type WHERE oid = old_type))
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
                    ORDER BY 1
                LOOP
                    EXECUTE format('DROP INDEX %s', dependent.index_name);
                    rebuilds := rebuilds || dependent.definition;
                END LOOP;
                FOR dependent IN
                    SELECT format('%I.%I', n.nspname, t.relname) AS table_name, c.conname,
                           pg_get_constraintdef(c.oid) AS definition
                    FROM pg_depend d
                    JOIN pg_constraint c ON c.oid = d.objid AND c.contype = 'c'
                    JOIN pg_class t ON t.oid = c.conrelid
                    JOIN pg_namespace n ON n.oid = t.relnamespace
                    WHERE d.classid = 'pg_constraint'::regclass AND d.refclassid = 'pg_type'::regclass
                      AND d.refobjid IN (old_type, (SELECT typarray FROM pg_type WHERE oid = old_type))
                    ORDER BY 1, 2
                LOOP
                    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', dependent.table_name, dependent.conname);
                    rebuilds := rebuilds || format('ALTER TABLE %s ADD CONSTRAINT %I %s',
                            dependent.table_name, dependent.conname, dependent.definition);
                END LOOP;
                EXECUTE format('ALTER TYPE %s RENAME TO %I', type_name, 'migrata_old_' || old_type);
                EXECUTE format('CREATE TYPE %s AS ENUM (%s)', type_name, remaining);
                FOREACH conversion IN ARRAY conversions || rebuilds LOOP
                    EXECUTE conversion;
                END LOOP;
                EXECUTE format('DROP TYPE %s', old_type::regtype);
                IF type_comment IS NOT NULL THEN
                    EXECUTE format('COMMENT ON TYPE %s IS %L', type_name, type_comment);
                END IF;
            END""";

    private EnumLabelRemovalSql() {
    }

    static List<Statement> drop(DropEnumValue op) {
        String typeName = SqlText.literal(op.type().toString());
        String body = "DECLARE\n"
                + "    old_type oid := " + typeName + "::regtype;\n"
                + "    type_name text := " + typeName + ";\n"
                + "    removed text := " + SqlText.literal(op.label()) + ";\n"
                + BLOCK;
        return new Statements(op).add("DO " + SqlText.dollarQuoted(body)).toList();
    }
}
