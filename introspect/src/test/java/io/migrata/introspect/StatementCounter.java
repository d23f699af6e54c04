package io.migrata.introspect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

/** Wraps a connection and counts the SQL statements executed through it. */
final class StatementCounter {

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private int executed;

    int executed() {
        return executed;
    }

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection);
    }

    private <T> T proxy(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (type != Connection.class && EXECUTE.contains(method.getName())) executed++;
            Object result = invoke(method, target, args);
            if (type == Connection.class && result instanceof Statement) {
                return proxy(method.getReturnType(), result);
            }
            return result;
        }));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
