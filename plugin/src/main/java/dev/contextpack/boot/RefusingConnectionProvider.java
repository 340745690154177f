package dev.contextpack.boot;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Installed so that no code path of the boot can open a JDBC connection: the model is built from
 * the classes and settings alone. Any attempt fails loudly instead of reaching a database.
 */
public final class RefusingConnectionProvider implements ConnectionProvider {

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException("context-pack builds Hibernate's model without a database and never connects");
    }

    @Override
    public void closeConnection(Connection connection) {
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
