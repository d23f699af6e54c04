package io.migrata.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods fresh databases: every {@link TestDatabase} parameter is a new empty
 * database on the shared server ({@link PostgresServers#shared()}), or in an
 * {@link EveryPostgresMajor} test on a server of the run's major, dropped after the method; a
 * {@code TestDatabase} parameter of a {@code @BeforeAll} method lives until the class is done.
 */
public final class PostgresExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);
    private static final String MAJOR = "major";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Integer major = context.getStore(NAMESPACE).get(MAJOR, Integer.class);
        PostgresServer server = major == null ? PostgresServers.shared() : PostgresServers.ofMajor(major);
        try {
            TestDatabase database = TestDatabase.create(server);
            databasesOf(context).add(database);
            return database;
        } catch (SQLException e) {
            throw new ParameterResolutionException("could not create a test database on " + server + ": " + e.getMessage(), e);
        }
    }

    /** Makes the test's databases on a server of the major, for one run of an {@link EveryPostgresMajor} test. */
    static void useMajor(ExtensionContext context, int major) {
        context.getStore(NAMESPACE).put(MAJOR, major);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        dropAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        dropAll(context);
    }

    // Keyed by the context's id because a store lookup also sees the parent contexts' values:
    // a method must not find, and drop, the databases its class made in @BeforeAll.
    @SuppressWarnings("unchecked")
    private static List<TestDatabase> databasesOf(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("databases:" + context.getUniqueId(),
                key -> new ArrayList<TestDatabase>(), List.class);
    }

    private static void dropAll(ExtensionContext context) throws SQLException {
        List<TestDatabase> databases = databasesOf(context);
        SQLException failure = null;
        for (TestDatabase database : databases) {
            try {
                database.close();
            } catch (SQLException e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        databases.clear();
        if (failure != null) throw failure;
    }
}
