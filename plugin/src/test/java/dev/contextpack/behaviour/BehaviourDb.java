package dev.contextpack.behaviour;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * A real Hibernate SessionFactory on a fresh in-memory H2 database (schema created and dropped by
 * Hibernate), plus plain JDBC to read back what Hibernate really wrote, and a log of every SQL
 * statement Hibernate sent.
 */
final class BehaviourDb implements AutoCloseable {

    private static final String USER = "sa";
    private static final String PASSWORD = "";

    /** Every statement Hibernate prepared, lower-cased, in order; {@link #clearSql()} empties it. */
    private static final List<String> SQL = Collections.synchronizedList(new ArrayList<>());

    /** Registered by class name, so Hibernate instantiates it; it only appends to {@link #SQL}. */
    public static final class SqlLog implements StatementInspector {
        @Override
        public String inspect(String sql) {
            SQL.add(sql.toLowerCase(Locale.ROOT));
            return sql;
        }
    }

    private final String url;
    private final StandardServiceRegistry registry;
    private final SessionFactory sessionFactory;

    private BehaviourDb(String url, StandardServiceRegistry registry, SessionFactory sessionFactory) {
        this.url = url;
        this.registry = registry;
        this.sessionFactory = sessionFactory;
    }

    static BehaviourDb boot(List<Class<?>> classes, List<String> xmlMappings) {
        String url = "jdbc:h2:mem:behaviour_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", url);
        settings.put("jakarta.persistence.jdbc.user", USER);
        settings.put("jakarta.persistence.jdbc.password", PASSWORD);
        settings.put("hibernate.hbm2ddl.auto", "create-drop");
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        settings.put("hibernate.show_sql", "false");
        settings.put("hibernate.connection.pool_size", "3");
        settings.put("hibernate.session_factory.statement_inspector", SqlLog.class.getName());
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            xmlMappings.forEach(sources::addResource);
            return new BehaviourDb(url, registry, sources.buildMetadata().buildSessionFactory());
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** Runs {@code work} in a new session and transaction and commits; rolls back and rethrows on failure. */
    <T> T compute(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    void inTransaction(Consumer<Session> work) {
        compute(session -> {
            work.accept(session);
            return null;
        });
    }

    void clearSql() {
        SQL.clear();
    }

    /** The statements logged since the last {@link #clearSql()}. */
    List<String> sql() {
        synchronized (SQL) {
            return List.copyOf(SQL);
        }
    }

    /** Rows of a plain JDBC query on a connection of its own (so it sees only committed data). */
    List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("JDBC query failed: " + sql, e);
        }
    }

    /** The single value of a query returning one row and one column (null when the row has NULL). */
    Object value(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("Expected one row with one column from " + sql + ", got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    long count(String sql, Object... params) {
        return ((Number) value(sql, params)).longValue();
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // best effort
            }
        }
    }
}
