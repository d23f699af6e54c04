package io.migrata.runner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Opens a new connection to the target database. The runner opens two at a time (one holds the
 * migration lock, one does the work) and closes what it opens.
 *
 * <pre>{@code
 * ConnectionFactory connections = dataSource::getConnection;
 * ConnectionFactory connections = ConnectionFactory.of("jdbc:postgresql://localhost/app", "app", secret);
 * }</pre>
 */
@FunctionalInterface
public interface ConnectionFactory {

    Connection open() throws SQLException;

    static ConnectionFactory of(DataSource dataSource) {
        return dataSource::getConnection;
    }

    static ConnectionFactory of(String url, String user, String password) {
        return () -> DriverManager.getConnection(url, user, password);
    }
}
