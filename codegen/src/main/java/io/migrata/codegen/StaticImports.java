package io.migrata.codegen;

import com.palantir.javapoet.ClassName;
import io.migrata.codegen.Code.Call;
import io.migrata.codegen.Code.Chain;
import io.migrata.codegen.Code.Lambda;
import io.migrata.codegen.Code.Lit;
import io.migrata.schema.migration.Schema;
import io.migrata.schema.migration.Types;

import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The static imports a generated file needs: each factory of {@link Schema} and {@link Types} its
 * code calls, and each foreign key action it names, found by walking the code. The factories are
 * read from the classes themselves, so a new one needs no change here.
 */
final class StaticImports {

    static final ClassName SCHEMA = ClassName.get(Schema.class);
    static final ClassName TYPES = ClassName.get(Types.class);

    private static final Set<String> SCHEMA_MEMBERS = staticMembers(Schema.class);
    private static final Set<String> TYPES_MEMBERS = staticMembers(Types.class);

    private final Map<ClassName, Set<String>> used = new TreeMap<>((a, b) -> a.canonicalName().compareTo(b.canonicalName()));

    private static Set<String> staticMembers(Class<?> type) {
        Set<String> names = new TreeSet<>();
        Stream.concat(Stream.of(type.getMethods()), Stream.of(type.getFields()))
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type)
                .map(Member::getName)
                .forEach(names::add);
        return names;
    }

    /** Records what the arguments of a statement use (the statement's own method is called on {@code op}). */
    void collectArguments(Call statement) {
        statement.args().forEach(arg -> collect(arg, false));
    }

    private void collect(Code code, boolean method) {
        if (code instanceof Lit lit) {
            use(lit.text());
        } else if (code instanceof Call call) {
            if (!method) use(call.name());
            call.args().forEach(arg -> collect(arg, false));
        } else if (code instanceof Chain chain) {
            collect(chain.head(), false);
            chain.calls().forEach(call -> collect(call, true));
        } else if (code instanceof Lambda lambda) {
            collect(lambda.body(), false);
        }
    }

    private void use(String name) {
        if (SCHEMA_MEMBERS.contains(name)) used.computeIfAbsent(SCHEMA, k -> new TreeSet<>()).add(name);
        if (TYPES_MEMBERS.contains(name)) used.computeIfAbsent(TYPES, k -> new TreeSet<>()).add(name);
    }

    /** Each class with the members used from it, both in name order. */
    Map<ClassName, Set<String>> used() {
        return used;
    }
}
