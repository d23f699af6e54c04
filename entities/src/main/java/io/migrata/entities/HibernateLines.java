package io.migrata.entities;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.Map;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;

/**
 * The three calls of the reader whose names differ between Hibernate 7 (which it is compiled with)
 * and Hibernate 6.6 (which a Spring Boot 3.5 application has on its class path, where
 * migrata-junit reads its entities). Each is looked up once, by the name the running Hibernate has.
 */
final class HibernateLines {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final MethodHandle INIT_COMMANDS = either(InitCommand.class, "initCommands", "getInitCommands", String[].class);
    private static final MethodHandle FOREIGN_KEYS = either(Table.class, "getForeignKeyCollection", "getForeignKeys", null);
    /** Absent from 6.6, where a named column check is written inline as on PostgreSQL under 7. */
    private static final MethodHandle NAMED_COLUMN_CHECK = optional(Dialect.class, "supportsNamedColumnCheck", boolean.class);

    private HibernateLines() {
    }

    static String[] initCommands(InitCommand command) {
        return (String[]) invoke(INIT_COMMANDS, command);
    }

    /** 7 returns the keys as a collection, 6.6 as a map by key columns. */
    @SuppressWarnings("unchecked")
    static Collection<ForeignKey> foreignKeys(Table table) {
        Object keys = invoke(FOREIGN_KEYS, table);
        return keys instanceof Map<?, ?> byColumns ? (Collection<ForeignKey>) byColumns.values() : (Collection<ForeignKey>) keys;
    }

    static boolean supportsNamedColumnCheck(Dialect dialect) {
        return NAMED_COLUMN_CHECK == null || (boolean) invoke(NAMED_COLUMN_CHECK, dialect);
    }

    private static MethodHandle either(Class<?> owner, String name, String older, Class<?> returns) {
        MethodHandle found = find(owner, name);
        if (found == null) found = find(owner, older);
        if (found == null) {
            throw new LinkageError("this Hibernate has neither " + owner.getName() + "." + name + " nor ." + older
                    + "; the entity reader runs on Hibernate 6.6 and 7");
        }
        return returns == null ? found : found.asType(MethodType.methodType(returns, owner));
    }

    private static MethodHandle optional(Class<?> owner, String name, Class<?> returns) {
        MethodHandle found = find(owner, name);
        return found == null ? null : found.asType(MethodType.methodType(returns, owner));
    }

    private static MethodHandle find(Class<?> owner, String name) {
        try {
            return LOOKUP.unreflect(owner.getMethod(name));
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new LinkageError("cannot call " + owner.getName() + "." + name, e);
        }
    }

    private static Object invoke(MethodHandle handle, Object target) {
        try {
            return handle.invoke(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
