package io.migrata.runner.checksum;

import io.migrata.schema.SqlType;
import io.migrata.schema.op.SchemaOp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;

/**
 * A canonical text of ops, the input of a revision's checksum. It is written from the records'
 * components, not their {@code toString()}: the text must mean exactly one op list, so strings
 * are quoted and escaped, and it must stay the same across releases that add optional
 * components, so components that are null, false or an empty list are left out (a new optional
 * component then does not change the checksum of an existing revision).
 *
 * <pre>{@code
 * CanonicalOps.write(List.of(ExecuteSql.irreversible("SELECT 1")));
 * // ExecuteSql{sql="SELECT 1",transactional=true}
 * }</pre>
 */
public final class CanonicalOps {

    private CanonicalOps() {
    }

    /** One line per op. */
    public static String write(List<? extends SchemaOp> ops) {
        StringBuilder text = new StringBuilder();
        for (SchemaOp op : ops) {
            value(text, op);
            text.append('\n');
        }
        return text.toString();
    }

    private static void value(StringBuilder text, Object value) {
        if (value instanceof String string) {
            string(text, string);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            text.append(value);
        } else if (value instanceof Enum<?> constant) {
            text.append(constant.getDeclaringClass().getSimpleName()).append('.').append(constant.name());
        } else if (value instanceof Collection<?> items) {
            text.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) text.append(',');
                value(text, item);
                first = false;
            }
            text.append(']');
        } else if (value instanceof SqlType type) {
            // A type is its spelling, as it was when SqlType held nothing else: its parsed parts
            // would change the checksum of every revision applied before.
            text.append("SqlType{spelling=");
            string(text, type.spelling());
            text.append('}');
        } else if (value != null && value.getClass().isRecord()) {
            record(text, (Record) value);
        } else {
            // Only the schema model's own value types reach here; anything else would have an
            // unstable text (an identity hash) and must be given a canonical form first.
            throw new IllegalStateException("no canonical form for " + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private static void record(StringBuilder text, Record record) {
        text.append(record.getClass().getSimpleName()).append('{');
        boolean first = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(record, component);
            if (value == null || Boolean.FALSE.equals(value) || value instanceof Collection<?> c && c.isEmpty()) continue;
            if (!first) text.append(',');
            text.append(component.getName()).append('=');
            value(text, value);
            first = false;
        }
        text.append('}');
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
        }
    }

    private static void string(StringBuilder text, String string) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) text.append(String.format("\\u%04x", (int) c));
                    else text.append(c);
                }
            }
        }
        text.append('"');
    }
}
