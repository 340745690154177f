package dev.contextpack.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quarkus's Hibernate ORM settings ({@code quarkus.hibernate-orm.*}, {@code quarkus.datasource.*}) as the
 * packaged application sees them: Quarkus runs a packaged application in the {@code prod} profile, so a
 * {@code %prod.} key wins over the same key without a prefix. Keys of other profiles ({@code %dev.}, {@code %test.})
 * are kept apart, to be listed as what that profile changes. The Hibernate properties Quarkus sets by default
 * (read from quarkus-hibernate-orm 3.33's {@code HibernateProcessorUtil.configureProperties}) are added here, so
 * the boot model is the one Quarkus builds.
 */
public final class QuarkusSettings {

    /** quarkus-hibernate-orm's runtime API: its presence on the class path makes the application a Quarkus one. */
    static final String MARKER = "io/quarkus/hibernate/orm/PersistenceUnit.class";
    static final String PROD = "%prod.";

    /** Quarkus's db-kind (after {@code DatabaseKind.normalize}) → the Hibernate core dialect its JDBC extension selects. */
    private static final Map<String, String> DIALECT_BY_KIND = Map.of(
            "postgresql", "org.hibernate.dialect.PostgreSQLDialect",
            "mysql", "org.hibernate.dialect.MySQLDialect",
            "mariadb", "org.hibernate.dialect.MariaDBDialect",
            "h2", "org.hibernate.dialect.H2Dialect",
            "mssql", "org.hibernate.dialect.SQLServerDialect",
            "oracle", "org.hibernate.dialect.OracleDialect",
            "db2", "org.hibernate.dialect.DB2Dialect");

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, String> sources = new TreeMap<>();
    /** profile → key → value, for the profiles other than prod. */
    private final Map<String, Map<String, String>> otherProfiles = new TreeMap<>();
    private final ClassLoader project;

    private QuarkusSettings(ProjectSettings files, ClassLoader project) {
        this.project = project;
        files.values().forEach((key, value) -> {
            if (!key.startsWith("%")) {
                if (!values.containsKey(key) || !sources.get(key).contains(PROD)) {
                    values.put(key, value);
                    sources.put(key, files.source(key) + " (" + key + ")");
                }
            } else if (key.startsWith(PROD)) {
                String plain = key.substring(PROD.length());
                values.put(plain, value);
                sources.put(plain, files.source(key) + " (" + key + ")");
            } else if (key.indexOf('.') > 1) {
                otherProfiles.computeIfAbsent(key.substring(1, key.indexOf('.')), k -> new TreeMap<>())
                        .put(key.substring(key.indexOf('.') + 1), value);
            }
        });
    }

    /** Null when quarkus-hibernate-orm is not on the project's class path. */
    public static QuarkusSettings of(ProjectSettings files, ClassLoader project) {
        return project.getResource(MARKER) == null ? null : new QuarkusSettings(files, project);
    }

    /**
     * Quarkus reads {@code application-prod.properties} (and .yaml) as the prod profile's keys: they are added as
     * {@code %prod.} keys, so they win as Quarkus lets them. Unchanged when quarkus-hibernate-orm is absent (Spring
     * Boot's profile files are described as profiles, not applied).
     */
    public static ProjectSettings withProdProfileFile(ProjectSettings files, Map<String, ProjectSettings> profiles, ClassLoader project) {
        ProjectSettings prod = profiles.get("prod");
        if (prod == null || project.getResource(MARKER) == null) return files;
        Map<String, String> values = new TreeMap<>(files.values());
        Map<String, String> sources = new TreeMap<>(files.sources());
        prod.values().forEach((k, v) -> {
            if (k.startsWith("%")) return;
            values.put(PROD + k, v);
            sources.put(PROD + k, prod.source(k));
        });
        return new ProjectSettings(values, sources);
    }

    public String get(String key) {
        return values.get(key);
    }

    /** The file and the key a value came from, e.g. {@code application.properties (%prod.quarkus.datasource.db-kind)}. */
    public String source(String key) {
        return sources.get(key);
    }

    /** The prod-effective {@code quarkus.*} keys, sorted. */
    public Map<String, String> values() {
        return values;
    }

    /** Profile (dev, test, ...) → the keys it sets, without the prefix. */
    public Map<String, Map<String, String>> otherProfiles() {
        return otherProfiles;
    }

    /** {@code [dialect, source]} from {@code quarkus.hibernate-orm.dialect}, else {@code quarkus.datasource.db-kind}; null when neither is set. */
    public String[] dialect() {
        String explicit = firstOf("quarkus.hibernate-orm.dialect", "quarkus.hibernate-orm.dialect.dialect");
        if (explicit != null) return new String[] {get(explicit), source(explicit)};
        String kind = get("quarkus.datasource.db-kind");
        if (kind == null) return null;
        String dialect = DIALECT_BY_KIND.get(normalizedKind(kind));
        return dialect == null ? null : new String[] {dialect, source("quarkus.datasource.db-kind") + ", the dialect Quarkus selects for this db-kind"};
    }

    /**
     * {@code [version, source]}: {@code quarkus.datasource.db-version}, else the default Quarkus applies for the
     * db-kind (its {@code DialectVersions.Defaults}, read from the project's class path); null: the dialect's own default.
     */
    public String[] databaseVersion() {
        if (get("quarkus.datasource.db-version") != null) {
            return new String[] {get("quarkus.datasource.db-version"), source("quarkus.datasource.db-version")};
        }
        String kind = get("quarkus.datasource.db-kind");
        if (kind == null) return null;
        try {
            Class<?> defaults = Class.forName("io.quarkus.hibernate.orm.runtime.config.DialectVersions$Defaults", false, project);
            Object version = defaults.getField(normalizedKind(kind).toUpperCase(Locale.ROOT)).get(null);
            return version == null ? null : new String[] {version.toString(), "Quarkus default for db-kind " + normalizedKind(kind)
                    + " (DialectVersions.Defaults of the project's quarkus-hibernate-orm)"};
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** {@code DatabaseKind.normalize} of the project's Quarkus (pgsql → postgresql, ...), else the value in lower case. */
    String normalizedKind(String kind) {
        try {
            Class<?> databaseKind = Class.forName("io.quarkus.datasource.common.runtime.DatabaseKind", false, project);
            Object normalized = databaseKind.getMethod("normalize", String.class).invoke(null, kind);
            if (normalized != null) return normalized.toString();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // an older Quarkus without normalize(): the value as written
        }
        return kind.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The Hibernate properties Quarkus passes to the boot, with where each comes from: the configured value or
     * Quarkus's default. {@code quarkus.hibernate-orm.unsupported-properties."x"} is passed through as {@code x}.
     */
    public Map<String, String[]> hibernateProperties() {
        Map<String, String[]> properties = new TreeMap<>();
        String batch = firstOf("quarkus.hibernate-orm.fetch.batch-size", "quarkus.hibernate-orm.batch-fetch-size");
        properties.put("hibernate.default_batch_fetch_size", batch != null ? new String[] {get(batch), source(batch)}
                : new String[] {"16", "Quarkus default (quarkus.hibernate-orm.fetch.batch-size)"});
        String optimizer = "quarkus.hibernate-orm.mapping.id.optimizer.default";
        properties.put("hibernate.id.optimizer.pooled.preferred", get(optimizer) != null ? new String[] {get(optimizer), source(optimizer)}
                : new String[] {"pooled-lo", "Quarkus default (" + optimizer + ")"});
        String prefix = "quarkus.hibernate-orm.unsupported-properties.";
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) properties.put(key.substring(prefix.length()).replace("\"", ""), new String[] {value, source(key)});
        });
        return properties;
    }

    private String firstOf(String... keys) {
        for (String key : keys) {
            if (get(key) != null) return key;
        }
        return null;
    }
}
