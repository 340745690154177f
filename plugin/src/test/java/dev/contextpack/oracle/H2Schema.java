package dev.contextpack.oracle;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Schema oracle: lets plain Hibernate (default naming strategies, H2Dialect) create the schema of the
 * given mapping in a fresh in-memory H2 database, then reads back what the database really got from
 * H2's INFORMATION_SCHEMA. Nothing here looks at Hibernate's metamodel, so the result can be used to
 * check a metamodel-based description independently.
 *
 * <p>All identifiers and data types are lower-cased (H2 upper-cases unquoted identifiers). Tables are
 * keyed {@code "schema.table"} when the schema is not PUBLIC, else {@code "table"}; the same key form is
 * used for {@link ForeignKey#referencedTable()} and for sequences.
 */
public final class H2Schema {

    private static final String DB_USER = "sa";
    private static final String DB_PASSWORD = "";

    private H2Schema() {
    }

    /**
     * What the database holds after Hibernate's schema creation.
     *
     * @param tables    every base table, by key ("schema.table" or "table"), ordered by key
     * @param sequences every sequence, as "schema.name" or "name", sorted
     * @param ddl       the DDL script Hibernate generated (for debugging; not parsed)
     */
    public record Schema(Map<String, Table> tables, List<String> sequences, String ddl) {
        /** The table with this key; fails with the list of known keys when there is none. */
        public Table table(String key) {
            Table table = tables.get(key);
            if (table == null) {
                throw new IllegalArgumentException("No table '" + key + "' in " + tables.keySet());
            }
            return table;
        }
    }

    /**
     * @param schema      lower-case schema name ("public", "staff", ...)
     * @param name        lower-case table name
     * @param columns     by lower-case column name, ordered by name
     * @param primaryKey  primary-key columns in key order (empty when the table has none)
     * @param foreignKeys sorted by their column lists, then by name
     * @param uniqueKeys  column lists of the UNIQUE constraints (not the primary key), each in
     *                    constraint order, sorted
     */
    public record Table(String schema, String name, Map<String, Column> columns, List<String> primaryKey,
                        List<ForeignKey> foreignKeys, List<List<String>> uniqueKeys) {
        /** The column with this (lower-case) name; fails with the list of known columns when there is none. */
        public Column column(String columnName) {
            Column column = columns.get(columnName);
            if (column == null) {
                throw new IllegalArgumentException("No column '" + columnName + "' in " + name + columns.keySet());
            }
            return column;
        }

        /** The foreign key made of exactly these columns, in this order; fails when there is none. */
        public ForeignKey foreignKey(List<String> fkColumns) {
            return foreignKeys.stream().filter(fk -> fk.columns().equals(fkColumns)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No foreign key on " + fkColumns + " in " + name + ": " + foreignKeys));
        }

        /** Shorthand for a single-column foreign key. */
        public ForeignKey foreignKey(String fkColumn) {
            return foreignKey(List.of(fkColumn));
        }
    }

    /**
     * @param dataType                 H2's DATA_TYPE, lower-cased ("character varying", "bigint",
     *                                 "numeric", "timestamp with time zone", "enum", ...)
     * @param characterMaximumLength   for character/binary types, else null
     * @param numericPrecision         for numeric types, else null (H2 reports 32 for integer, 64 for
     *                                 bigint, 53 for double precision: binary precision)
     * @param numericScale             for numeric types, else null
     */
    public record Column(String name, String dataType, boolean nullable, Long characterMaximumLength,
                         Integer numericPrecision, Integer numericScale) {
    }

    /**
     * @param name              the constraint name, lower-cased (Hibernate generates "fk..." hashes
     *                          unless {@code @ForeignKey(name=...)} is given)
     * @param columns           referencing columns, in constraint order
     * @param referencedTable   key of the referenced table ("schema.table" or "table")
     * @param referencedColumns referenced columns, aligned with {@code columns}
     * @param deleteRule        H2's DELETE_RULE, lower-cased ("restrict", "no action", "cascade", ...)
     */
    public record ForeignKey(String name, List<String> columns, String referencedTable,
                             List<String> referencedColumns, String deleteRule) {
    }

    /**
     * Boots Hibernate on a new in-memory H2 database with the given managed classes (entities, and any
     * auto-applied converters) and orm.xml resources, lets it create the schema (including schemas), and
     * reads the result back.
     */
    public static Schema create(List<Class<?>> classes, List<String> xmlMappings) {
        String url = "jdbc:h2:mem:oracle_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        StringWriter ddl = new StringWriter();

        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", url);
        settings.put("jakarta.persistence.jdbc.user", DB_USER);
        settings.put("jakarta.persistence.jdbc.password", DB_PASSWORD);
        settings.put("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
        settings.put("jakarta.persistence.schema-generation.database.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", ddl);
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        settings.put("hibernate.hbm2ddl.halt_on_error", "true");
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        settings.put("hibernate.format_sql", "false");
        settings.put("hibernate.show_sql", "false");
        settings.put("hibernate.connection.pool_size", "2");

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            xmlMappings.forEach(sources::addResource);
            // Building the SessionFactory runs the schema creation (database and script).
            try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
                try (Connection connection = DriverManager.getConnection(url, DB_USER, DB_PASSWORD)) {
                    return read(connection, ddl.toString());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read INFORMATION_SCHEMA of " + url, e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            shutdown(url);
        }
    }

    /** Reads every non-system table and sequence of the database behind {@code connection}. */
    public static Schema read(Connection connection, String ddl) throws SQLException {
        // Tables, with their columns.
        Map<String, String[]> tableNames = new TreeMap<>(); // key -> {schema, name}
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
                     WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA' AND TABLE_TYPE = 'BASE TABLE'""")) {
            while (rs.next()) {
                String schema = lower(rs.getString(1));
                String name = lower(rs.getString(2));
                tableNames.put(key(schema, name), new String[] {schema, name});
            }
        }

        Map<String, Map<String, Column>> columns = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE,
                            CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE
                     FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'""")) {
            while (rs.next()) {
                String table = key(lower(rs.getString(1)), lower(rs.getString(2)));
                Column column = new Column(lower(rs.getString(3)), lower(rs.getString(4)),
                        "YES".equalsIgnoreCase(rs.getString(5)),
                        rs.getObject(6) == null ? null : rs.getLong(6),
                        rs.getObject(7) == null ? null : rs.getInt(7),
                        rs.getObject(8) == null ? null : rs.getInt(8));
                columns.computeIfAbsent(table, k -> new TreeMap<>()).put(column.name(), column);
            }
        }

        // Constraints: which table and kind each one is, and its columns in order.
        record Constraint(String type, String table) {
        }
        Map<String, Constraint> constraints = new HashMap<>(); // "schema.name" (always qualified) -> constraint
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_SCHEMA, TABLE_NAME
                     FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'""")) {
            while (rs.next()) {
                constraints.put(lower(rs.getString(1)) + "." + lower(rs.getString(2)),
                        new Constraint(rs.getString(3).toUpperCase(Locale.ROOT),
                                key(lower(rs.getString(4)), lower(rs.getString(5)))));
            }
        }

        record KeyColumn(String column, int ordinal, Integer positionInUnique) {
        }
        Map<String, List<KeyColumn>> keyColumns = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION,
                            POSITION_IN_UNIQUE_CONSTRAINT
                     FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'""")) {
            while (rs.next()) {
                keyColumns.computeIfAbsent(lower(rs.getString(1)) + "." + lower(rs.getString(2)), k -> new ArrayList<>())
                        .add(new KeyColumn(lower(rs.getString(3)), rs.getInt(4),
                                rs.getObject(5) == null ? null : rs.getInt(5)));
            }
        }
        keyColumns.values().forEach(list -> list.sort(Comparator.comparingInt(KeyColumn::ordinal)));

        Map<String, List<String>> primaryKeys = new HashMap<>();
        Map<String, List<List<String>>> uniqueKeys = new HashMap<>();
        Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
        for (Map.Entry<String, Constraint> e : constraints.entrySet()) {
            List<String> cols = keyColumns.getOrDefault(e.getKey(), List.of()).stream().map(KeyColumn::column).toList();
            switch (e.getValue().type()) {
                case "PRIMARY KEY" -> primaryKeys.put(e.getValue().table(), cols);
                case "UNIQUE" -> uniqueKeys.computeIfAbsent(e.getValue().table(), k -> new ArrayList<>()).add(cols);
                default -> { } // FOREIGN KEY handled below, CHECK ignored
            }
        }

        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME,
                            DELETE_RULE
                     FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS""")) {
            while (rs.next()) {
                String fkId = lower(rs.getString(1)) + "." + lower(rs.getString(2));
                String ukId = lower(rs.getString(3)) + "." + lower(rs.getString(4));
                Constraint fk = constraints.get(fkId);
                Constraint uk = constraints.get(ukId);
                if (fk == null || uk == null) {
                    throw new IllegalStateException("Dangling referential constraint " + fkId + " -> " + ukId);
                }
                List<KeyColumn> fkCols = keyColumns.getOrDefault(fkId, List.of());
                List<KeyColumn> ukCols = keyColumns.getOrDefault(ukId, List.of());
                List<String> referenced = new ArrayList<>();
                for (KeyColumn c : fkCols) {
                    int pos = c.positionInUnique() == null ? c.ordinal() : c.positionInUnique();
                    referenced.add(ukCols.stream().filter(u -> u.ordinal() == pos).map(KeyColumn::column)
                            .findFirst().orElseThrow());
                }
                foreignKeys.computeIfAbsent(fk.table(), k -> new ArrayList<>()).add(new ForeignKey(
                        lower(rs.getString(2)), fkCols.stream().map(KeyColumn::column).toList(),
                        uk.table(), List.copyOf(referenced), lower(rs.getString(5))));
            }
        }

        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : tableNames.entrySet()) {
            String k = e.getKey();
            List<ForeignKey> fks = new ArrayList<>(foreignKeys.getOrDefault(k, List.of()));
            fks.sort(Comparator.comparing((ForeignKey fk) -> String.join(",", fk.columns())).thenComparing(ForeignKey::name));
            List<List<String>> uks = new ArrayList<>(uniqueKeys.getOrDefault(k, List.of()));
            uks.sort(Comparator.comparing((List<String> uk) -> String.join(",", uk)));
            tables.put(k, new Table(e.getValue()[0], e.getValue()[1],
                    Collections.unmodifiableMap(new TreeMap<>(columns.getOrDefault(k, Map.of()))),
                    List.copyOf(primaryKeys.getOrDefault(k, List.of())),
                    List.copyOf(fks),
                    uks.stream().map(List::copyOf).toList()));
        }

        List<String> sequences = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES
                     WHERE SEQUENCE_SCHEMA <> 'INFORMATION_SCHEMA'""")) {
            while (rs.next()) {
                sequences.add(key(lower(rs.getString(1)), lower(rs.getString(2))));
            }
        }
        Collections.sort(sequences);

        return new Schema(Collections.unmodifiableMap(tables), List.copyOf(sequences), ddl);
    }

    private static String key(String schema, String name) {
        return schema == null || schema.equals("public") ? name : schema + "." + name;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static void shutdown(String url) {
        try (Connection c = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // best effort: the in-memory database is dropped with the JVM anyway
        }
    }
}
