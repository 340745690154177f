package dev.contextpack.resolve;

import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.Setting;
import dev.contextpack.scan.PersistenceUnit;
import dev.contextpack.scan.ScanResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the settings that change the physical model: framework, dialect and naming strategies.
 * Order of precedence: plugin parameter, then the application's settings files, then the defaults
 * of the framework found on the class path (Spring Boot's, else Hibernate's).
 */
public final class SettingsResolver {

    static final String BOOT4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    static final String BOOT3_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    static final String BOOT2_PHYSICAL = "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy";
    /** Where Spring Boot 2 sets its naming defaults. */
    static final String BOOT2_PROPERTIES = "org/springframework/boot/autoconfigure/orm/jpa/HibernateProperties$Naming.class";
    /** Spring Boot 3's physical default. */
    static final String CAMEL_CASE_PHYSICAL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot 4's physical default (HibernateProperties.Naming); unlike the one above it leaves quoted names alone. */
    static final String SNAKE_CASE_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    static final String HIBERNATE_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
    static final String HIBERNATE_IMPLICIT = "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl";
    static final String FALLBACK_DIALECT = "org.hibernate.dialect.H2Dialect";

    /** JDBC URL scheme or driver class on the class path → Hibernate core dialect. */
    private static final Map<String, String> DIALECT_BY_PRODUCT = Map.ofEntries(
            Map.entry("postgresql", "org.hibernate.dialect.PostgreSQLDialect"),
            Map.entry("mysql", "org.hibernate.dialect.MySQLDialect"),
            Map.entry("mariadb", "org.hibernate.dialect.MariaDBDialect"),
            Map.entry("oracle", "org.hibernate.dialect.OracleDialect"),
            Map.entry("sqlserver", "org.hibernate.dialect.SQLServerDialect"),
            Map.entry("h2", "org.hibernate.dialect.H2Dialect"),
            Map.entry("hsqldb", "org.hibernate.dialect.HSQLDialect"),
            Map.entry("db2", "org.hibernate.dialect.DB2Dialect"),
            Map.entry("cockroachdb", "org.hibernate.dialect.CockroachDialect"));
    private static final List<String[]> DRIVERS = List.of(
            new String[] {"org/postgresql/Driver.class", "postgresql"},
            new String[] {"com/mysql/cj/jdbc/Driver.class", "mysql"},
            new String[] {"org/mariadb/jdbc/Driver.class", "mariadb"},
            new String[] {"oracle/jdbc/OracleDriver.class", "oracle"},
            new String[] {"com/microsoft/sqlserver/jdbc/SQLServerDriver.class", "sqlserver"},
            new String[] {"com/ibm/db2/jcc/DB2Driver.class", "db2"},
            new String[] {"org/hsqldb/jdbc/JDBCDriver.class", "hsqldb"},
            new String[] {"org/h2/Driver.class", "h2"});
    /** Never passed to the boot (it must not connect) and never written to the pack. */
    private static final List<String> DENIED = List.of("hibernate.connection.", "jakarta.persistence.jdbc.",
            "javax.persistence.jdbc.", "hibernate.hikari.", "hibernate.c3p0.", "hibernate.agroal.",
            "hibernate.boot.allow_jdbc_metadata_access", "hibernate.hbm2ddl.", "jakarta.persistence.schema-generation.",
            "javax.persistence.schema-generation.", "hibernate.cache.", "javax.persistence.sharedCache",
            "jakarta.persistence.sharedCache", "hibernate.temp.use_jdbc_metadata_defaults",
            "jakarta.persistence.validation.", "javax.persistence.validation.");
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(password|passwd|pwd|pass$|passphrase|secret|credential|token|username|user$|url$|uri$|key$|apikey|api-key|auth|private|signature).*");
    /** Connection settings are never written, whatever their key says (hibernate.connection.pwd, ...). */
    private static final List<String> CONNECTION = List.of("hibernate.connection.", "jakarta.persistence.jdbc.",
            "javax.persistence.jdbc.", "hibernate.hikari.", "hibernate.c3p0.", "hibernate.agroal.", "hibernate.dbcp.", "hibernate.proxool.");
    private static final Pattern JDBC_SCHEME = Pattern.compile("^jdbc:(?:tc:)?([a-z0-9]+)[:/].*");

    public ResolvedSettings resolve(Overrides overrides, ProjectSettings files, ScanResult scan, ClassLoader project,
                                    List<Path> classpath) {
        List<Setting> settings = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        PersistenceUnit unit = scan.persistenceUnits().isEmpty() ? null : scan.persistenceUnits().get(0);
        if (scan.persistenceUnits().size() > 1) {
            findings.add(new Finding("CP-SETTINGS-UNITS", Finding.Severity.warning, null, null,
                    "persistence.xml declares " + scan.persistenceUnits().size() + " persistence units; the pack uses the settings of the first, '"
                            + unit.name() + "'. Set the plugin's hibernateProperties to describe another unit."));
        }
        Map<String, String> unitProps = unit == null ? Map.of() : unit.properties();

        // Framework
        String bootImplicit = has(project, BOOT4_IMPLICIT) ? BOOT4_IMPLICIT : has(project, BOOT3_IMPLICIT) ? BOOT3_IMPLICIT : null;
        // Boot 2 has the same SpringImplicitNamingStrategy as Boot 3; its SpringPhysicalNamingStrategy is gone from Boot 3
        boolean boot2 = !BOOT4_IMPLICIT.equals(bootImplicit) && has(project, BOOT2_PHYSICAL);
        // Quarkus configures Hibernate from quarkus.hibernate-orm.* and quarkus.datasource.*, never from spring.jpa.*
        QuarkusSettings quarkus = bootImplicit == null && !boot2 ? QuarkusSettings.of(files, project) : null;
        String framework = BOOT4_IMPLICIT.equals(bootImplicit) ? "Spring Boot 4" : boot2 ? "Spring Boot 2" : bootImplicit != null ? "Spring Boot 3"
                : quarkus != null ? "Quarkus" : "Hibernate ORM (JPA)";
        settings.add(new Setting("framework", framework, Provenance.derived,
                bootImplicit != null || boot2 ? "Spring Boot's Hibernate auto-configuration is on the class path"
                        : quarkus != null ? "quarkus-hibernate-orm is on the class path: its settings are read with the prod profile"
                        + " (a %prod. key wins), the profile a packaged Quarkus application runs in"
                        : "no Spring Boot Hibernate auto-configuration on the class path"));

        // Hibernate properties passed to the boot: spring.jpa.properties.*, persistence.xml, then parameters.
        Map<String, String> hibernate = new TreeMap<>();
        Map<String, String> hibernateSources = new TreeMap<>();
        unitProps.forEach((k, v) -> put(hibernate, hibernateSources, k, v, "persistence.xml"));
        if (quarkus != null) quarkus.hibernateProperties().forEach((k, v) -> put(hibernate, hibernateSources, k, v[0], v[1]));
        files.values().forEach((k, v) -> {
            if (k.startsWith("spring.jpa.properties.")) {
                put(hibernate, hibernateSources, k.substring("spring.jpa.properties.".length()), v, files.source(k) + " (" + k + ")");
            }
        });
        overrides.hibernateProperties().forEach((k, v) -> put(hibernate, hibernateSources, k, v, "plugin parameter hibernateProperties"));

        // Dialect
        String dialect;
        String dialectSource;
        Provenance dialectProvenance = Provenance.config;
        // Spring's order: spring.jpa.properties.hibernate.dialect wins over spring.jpa.database-platform
        // (the vendor adapter adds its dialect only when the properties have none), which wins over
        // spring.jpa.database; persistence.xml comes after the application's Spring settings.
        String springDialect = files.get("spring.jpa.properties.hibernate.dialect");
        String database = files.get("spring.jpa.database");
        if (overrides.dialect() != null) {
            dialect = overrides.dialect();
            dialectSource = "plugin parameter dialect";
        } else if (overrides.hibernateProperties().get("hibernate.dialect") != null) {
            dialect = overrides.hibernateProperties().get("hibernate.dialect");
            dialectSource = "plugin parameter hibernateProperties";
        } else if (quarkus != null && quarkus.dialect() != null) {
            dialect = quarkus.dialect()[0];
            dialectSource = quarkus.dialect()[1];
        } else if (springDialect != null) {
            dialect = springDialect;
            dialectSource = files.source("spring.jpa.properties.hibernate.dialect") + " (spring.jpa.properties.hibernate.dialect)";
        } else if (files.get("spring.jpa.database-platform") != null) {
            dialect = files.get("spring.jpa.database-platform");
            dialectSource = files.source("spring.jpa.database-platform") + " (spring.jpa.database-platform)";
        } else if (database != null && DIALECT_BY_PRODUCT.containsKey(productOf(database))) {
            dialect = DIALECT_BY_PRODUCT.get(productOf(database));
            dialectSource = files.source("spring.jpa.database") + " (spring.jpa.database=" + database + ")";
        } else if (hibernate.containsKey("hibernate.dialect")) {
            dialect = hibernate.get("hibernate.dialect");
            dialectSource = hibernateSources.get("hibernate.dialect");
        } else {
            String[] fromUrl = dialectFromUrl(files, unitProps);
            if (fromUrl != null) {
                dialect = fromUrl[0];
                dialectSource = "the JDBC URL scheme in " + fromUrl[1] + " (the URL itself is not copied)";
                dialectProvenance = Provenance.derived;
            } else {
                List<String> drivers = driversOnClasspath(project);
                boolean boot = bootImplicit != null || boot2;
                // Spring Boot without a URL starts an embedded database when one is on the class path (H2, then HSQLDB)
                String embedded = boot ? drivers.stream().filter(d -> d.equals("h2") || d.equals("hsqldb")).findFirst().orElse(null) : null;
                String driver = embedded != null ? embedded : drivers.isEmpty() ? null : drivers.get(0);
                if (driver != null) {
                    dialect = DIALECT_BY_PRODUCT.get(driver);
                    dialectSource = embedded != null
                            ? "Spring Boot's embedded " + driver + " database: no spring.datasource.url is set and its driver is on the class path"
                            : quarkus != null ? "the " + driver + " JDBC driver on the runtime class path: Quarkus takes the db-kind of the only JDBC"
                            + " extension when quarkus.datasource.db-kind is not set"
                            : "the " + driver + " JDBC driver on the runtime class path";
                    dialectProvenance = Provenance.derived;
                    if (drivers.size() > 1) {
                        findings.add(new Finding("CP-SETTINGS-DRIVERS", Finding.Severity.warning, null, null,
                                "Several JDBC drivers are on the runtime class path (" + String.join(", ", drivers) + ") and no dialect or URL is set;"
                                        + " the pack describes " + driver + ". Set the plugin parameter <dialect> (or " + (quarkus != null ? "quarkus.datasource.db-kind"
                                        : "spring.jpa.database-platform") + ") to the database you deploy to."));
                    }
                } else {
                    dialect = FALLBACK_DIALECT;
                    dialectSource = "fallback: no dialect setting, JDBC URL or known driver found";
                    dialectProvenance = Provenance.derived;
                    findings.add(new Finding("CP-SETTINGS-DIALECT", Finding.Severity.warning, null, null,
                            "No dialect could be found (no hibernate.dialect, spring.jpa.database-platform, JDBC URL or known driver); "
                                    + "SQL types are those of H2. Set the plugin parameter <dialect> to the database you use."));
                }
            }
        }
        hibernate.remove("hibernate.dialect");
        settings.add(new Setting("dialect", dialect, dialectProvenance, dialectSource));

        String databaseVersion = overrides.databaseVersion();
        String[] quarkusVersion = databaseVersion == null && quarkus != null ? quarkus.databaseVersion() : null;
        if (quarkusVersion != null) databaseVersion = quarkusVersion[0];
        settings.add(quarkusVersion != null
                ? new Setting("databaseVersion", databaseVersion, quarkusVersion[1].startsWith("Quarkus default") ? Provenance.derived : Provenance.config,
                        quarkusVersion[1])
                : databaseVersion != null
                ? new Setting("databaseVersion", databaseVersion, Provenance.config, "plugin parameter databaseVersion")
                : new Setting("databaseVersion", "the dialect's minimum supported version", Provenance.derived,
                "no database is contacted; set the plugin parameter databaseVersion for version-dependent types"));

        // Naming strategies
        String[] physical = strategy(overrides.physicalNamingStrategy(), "physicalNamingStrategy", files,
                "spring.jpa.hibernate.naming.physical-strategy", hibernate, hibernateSources, "hibernate.physical_naming_strategy",
                BOOT4_IMPLICIT.equals(bootImplicit) ? SNAKE_CASE_PHYSICAL : boot2 ? boot2Physical(project)
                        : bootImplicit != null ? CAMEL_CASE_PHYSICAL : HIBERNATE_PHYSICAL,
                bootImplicit != null || boot2 ? framework + " default" : "Hibernate default");
        String[] implicit = strategy(overrides.implicitNamingStrategy(), "implicitNamingStrategy", files,
                "spring.jpa.hibernate.naming.implicit-strategy", hibernate, hibernateSources, "hibernate.implicit_naming_strategy",
                bootImplicit != null ? bootImplicit : HIBERNATE_IMPLICIT,
                bootImplicit != null ? framework + " default" : "Hibernate default");
        if (quarkus != null) {
            physical = quarkusStrategy(overrides.physicalNamingStrategy(), quarkus, "quarkus.hibernate-orm.physical-naming-strategy", physical);
            implicit = quarkusStrategy(overrides.implicitNamingStrategy(), quarkus, "quarkus.hibernate-orm.implicit-naming-strategy", implicit);
        }
        settings.add(new Setting("physicalNamingStrategy", physical[0], provenanceOf(physical[1]), physical[1]));
        settings.add(new Setting("implicitNamingStrategy", implicit[0], provenanceOf(implicit[1]), implicit[1]));
        for (String bean : scan.namingStrategyBeans()) {
            findings.add(new Finding("CP-SETTINGS-NAMING-BEAN", Finding.Severity.warning, bean, null,
                    "This class defines a naming strategy or Hibernate properties customizer in code, which settings files do not show; "
                            + "the pack used " + physical[0] + " / " + implicit[0]
                            + ". If it changes naming, set the plugin parameters physicalNamingStrategy/implicitNamingStrategy to match."));
        }

        // Other settings an agent needs (question 15), never secrets.
        if (bootImplicit != null || boot2) {
            String oiv = files.get("spring.jpa.open-in-view");
            settings.add(oiv != null
                    ? new Setting("spring.jpa.open-in-view", oiv, Provenance.config, files.source("spring.jpa.open-in-view"))
                    : new Setting("spring.jpa.open-in-view", "true", Provenance.derived,
                    "Spring Boot default: lazy associations load during view rendering; the session stays open for the whole request"));
        }
        files.values().forEach((k, v) -> {
            if (k.startsWith("spring.jpa.") && !k.startsWith("spring.jpa.properties.") && !k.equals("spring.jpa.open-in-view")
                    && !k.equals("spring.jpa.database-platform") && !k.startsWith("spring.jpa.hibernate.naming.") && !isSecret(k)
                    && !looksLikeConnectionData(v)) {
                settings.add(new Setting(k, v, Provenance.config, files.source(k)));
            }
        });
        if (quarkus != null) settings.addAll(quarkusSettings(quarkus));
        hibernate.forEach((k, v) -> {
            if (!isSecret(k) && !k.endsWith("naming_strategy") && !looksLikeConnectionData(v)) {
                settings.add(new Setting(k, v, provenanceOf(hibernateSources.get(k)), hibernateSources.get(k)));
            }
        });
        boolean validator = project.getResource("org/hibernate/validator/HibernateValidator.class") != null;
        String mode = hibernate.getOrDefault("jakarta.persistence.validation.mode", hibernate.get("javax.persistence.validation.mode"));
        settings.add(validator && !"none".equalsIgnoreCase(mode)
                ? new Setting("beanValidation", "on: Hibernate Validator checks the Bean Validation constraints before every insert and update",
                        Provenance.derived, "Hibernate Validator on the runtime class path" + (mode == null ? "" : ", validation mode " + mode))
                : new Setting("beanValidation", "off: Bean Validation constraints on entities are not checked by Hibernate", Provenance.derived,
                        validator ? "validation mode none" : "no Bean Validation provider on the runtime class path"));
        String schemaSource = schemaSource(files, project);
        if (schemaSource != null) {
            settings.add(new Setting("schemaManagedBy", schemaSource, Provenance.derived,
                    "the database schema is created by these scripts, not from the mapping: constraint names, lengths and nullability"
                            + " in this pack are what the mapping declares, and the scripts may differ"));
        }
        Map<String, String> boot = new TreeMap<>();
        hibernate.forEach((k, v) -> {
            if (DENIED.stream().noneMatch(k::startsWith)) boot.put(k, v);
        });
        boot.remove("hibernate.physical_naming_strategy");
        boot.remove("hibernate.implicit_naming_strategy");
        return new ResolvedSettings(framework, dialect, databaseVersion, physical[0], implicit[0], boot, settings, findings);
    }

    private static Provenance provenanceOf(String source) {
        return source.endsWith("default") || source.startsWith("Quarkus default") ? Provenance.derived : Provenance.config;
    }

    /**
     * A naming strategy under Quarkus: the plugin parameter, else {@code quarkus.hibernate-orm.*-naming-strategy}, else
     * Hibernate's default (Quarkus sets a naming strategy only when that key is set), unless a Hibernate
     * property (persistence.xml, hibernateProperties) names one.
     */
    private static String[] quarkusStrategy(String override, QuarkusSettings quarkus, String key, String[] resolved) {
        if (override != null) return resolved;
        if (quarkus.get(key) != null) return new String[] {quarkus.get(key), quarkus.source(key)};
        if (!resolved[1].endsWith("default")) return resolved;
        return new String[] {resolved[0], "Quarkus default (" + key + " not set: Hibernate's own default)"};
    }

    /** The quarkus.hibernate-orm.* and datasource kind settings in force, then what the other profiles change; never secrets. */
    static List<Setting> quarkusSettings(QuarkusSettings quarkus) {
        List<Setting> settings = new ArrayList<>();
        String generation = "quarkus.hibernate-orm.database.generation";
        if (quarkus.get(generation) == null && quarkus.get("quarkus.hibernate-orm.schema-management.strategy") == null) {
            settings.add(new Setting(generation, "none", Provenance.derived,
                    "Quarkus default: Hibernate neither creates nor changes the schema in the prod profile"));
        }
        quarkus.values().forEach((k, v) -> {
            // naming, dialect, batch size and id optimizer are listed as what they set, with this key as their source
            boolean shownElsewhere = k.endsWith("naming-strategy") || k.endsWith(".dialect") || k.endsWith("batch-size")
                    || k.equals("quarkus.hibernate-orm.mapping.id.optimizer.default");
            if (quarkusJpaKey(k) && !shownElsewhere && !isSecret(k) && !looksLikeConnectionData(v)) {
                settings.add(new Setting(k, v, Provenance.config, quarkus.source(k)));
            }
        });
        quarkus.otherProfiles().forEach((profile, values) -> values.forEach((k, v) -> {
            if (quarkusJpaKey(k) && !isSecret(k) && !looksLikeConnectionData(v)) {
                settings.add(new Setting(k + " [profile " + profile + "]", v, Provenance.config,
                        "%" + profile + "." + k + ": applies only in Quarkus's " + profile + " profile; the model above is built with the prod profile"));
            }
        }));
        return settings;
    }

    private static boolean quarkusJpaKey(String key) {
        return key.startsWith("quarkus.hibernate-orm.") && !key.startsWith("quarkus.hibernate-orm.unsupported-properties.")
                || key.equals("quarkus.datasource.db-kind") || key.equals("quarkus.datasource.db-version");
    }

    private static String[] strategy(String override, String parameter, ProjectSettings files, String springKey,
                                     Map<String, String> hibernate, Map<String, String> hibernateSources, String hibernateKey,
                                     String defaultValue, String defaultSource) {
        if (override != null) return new String[] {override, "plugin parameter " + parameter};
        if (files.get(springKey) != null) return new String[] {files.get(springKey), files.source(springKey) + " (" + springKey + ")"};
        if (hibernate.get(hibernateKey) != null) return new String[] {hibernate.get(hibernateKey), hibernateSources.get(hibernateKey)};
        return new String[] {defaultValue, defaultSource};
    }

    private static void put(Map<String, String> values, Map<String, String> sources, String key, String value, String source) {
        values.put(key, value);
        sources.put(key, source);
    }

    /** Spring's {@code Database} enum names, as the product keys of {@link #DIALECT_BY_PRODUCT}. */
    private static String productOf(String database) {
        String d = database.trim().toLowerCase(Locale.ROOT);
        return switch (d) {
            case "sql_server" -> "sqlserver";
            case "hsql" -> "hsqldb";
            default -> d;
        };
    }

    /** Migration tools or SQL init scripts found in the module: the real schema comes from them. */
    private static String schemaSource(ProjectSettings files, ClassLoader project) {
        List<String> found = new ArrayList<>();
        if (project.getResource("org/flywaydb/core/Flyway.class") != null || project.getResource("db/migration") != null) {
            found.add("Flyway migrations" + (files.get("spring.flyway.locations") != null ? " (" + files.get("spring.flyway.locations") + ")" : ""));
        }
        if (project.getResource("liquibase/Liquibase.class") != null) {
            found.add("Liquibase changelogs" + (files.get("spring.liquibase.change-log") != null ? " (" + files.get("spring.liquibase.change-log") + ")" : ""));
        }
        String init = files.get("spring.sql.init.schema-locations");
        if (init != null || project.getResource("schema.sql") != null) {
            found.add("SQL init scripts (" + (init != null ? init : "schema.sql") + ")");
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }

    /** A value that is a URL or a JDBC URL is connection data whatever its key says. */
    static boolean looksLikeConnectionData(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.contains("jdbc:") || v.contains("://");
    }

    /**
     * What each profile file changes among the JPA and Hibernate settings, as {@code key [profile p]};
     * secrets and connection data are left out, as for the default profile.
     */
    public static List<Setting> profileSettings(Map<String, ProjectSettings> profiles) {
        List<Setting> settings = new ArrayList<>();
        profiles.forEach((profile, files) -> files.values().forEach((k, v) -> {
            boolean jpa = k.startsWith("spring.jpa.") || k.startsWith("hibernate.") || k.startsWith("jakarta.persistence.") || quarkusJpaKey(k)
                    || k.startsWith("spring.sql.init.") || k.startsWith("spring.flyway.enabled") || k.startsWith("spring.liquibase.enabled");
            // Quarkus applies its prod profile file to the model (QuarkusSettings.withProdProfileFile): not listed apart
            if (profile.equals("prod") && quarkusJpaKey(k)) return;
            if (jpa && !isSecret(k) && !isSecret(k.substring(k.lastIndexOf('.') + 1)) && !looksLikeConnectionData(v) && !k.contains(".url")) {
                settings.add(new Setting(k + " [profile " + profile + "]", v, Provenance.config,
                        files.source(k) + ": applies only when the profile " + profile + " is active; the model above is built with the default profile"));
            }
        }));
        return settings;
    }

    static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SECRET.matcher(key).matches() && !key.endsWith("naming_strategy") || CONNECTION.stream().anyMatch(k::startsWith);
    }

    private static String[] dialectFromUrl(ProjectSettings files, Map<String, String> unitProps) {
        for (String key : List.of("spring.datasource.url", "spring.datasource.jdbc-url", "spring.datasource.hikari.jdbc-url")) {
            String url = files.get(key);
            String dialect = dialectForUrl(url);
            if (dialect != null) return new String[] {dialect, files.source(key) + " (" + key + ")"};
        }
        for (String key : List.of("jakarta.persistence.jdbc.url", "hibernate.connection.url", "javax.persistence.jdbc.url")) {
            String dialect = dialectForUrl(unitProps.get(key));
            if (dialect != null) return new String[] {dialect, "persistence.xml (" + key + ")"};
        }
        return null;
    }

    static String dialectForUrl(String url) {
        if (url == null) return null;
        Matcher m = JDBC_SCHEME.matcher(url.toLowerCase(Locale.ROOT));
        return m.matches() ? DIALECT_BY_PRODUCT.get(m.group(1)) : null;
    }

    private static List<String> driversOnClasspath(ClassLoader project) {
        List<String> found = new ArrayList<>();
        for (String[] driver : DRIVERS) {
            if (project.getResource(driver[0]) != null) found.add(driver[1]);
        }
        return found;
    }

    /**
     * Spring Boot 2's physical default, as its own HibernateProperties names it: 2.6 and later name Hibernate's
     * CamelCaseToUnderscoresNamingStrategy, earlier versions their SpringPhysicalNamingStrategy.
     */
    static String boot2Physical(ClassLoader project) {
        try (java.io.InputStream in = project.getResourceAsStream(BOOT2_PROPERTIES)) {
            if (in == null) return BOOT2_PHYSICAL;
            String constants = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return constants.contains(CAMEL_CASE_PHYSICAL.replace('.', '/')) ? CAMEL_CASE_PHYSICAL : BOOT2_PHYSICAL;
        } catch (java.io.IOException e) {
            return BOOT2_PHYSICAL;
        }
    }

    private static boolean has(ClassLoader loader, String className) {
        return loader.getResource(className.replace('.', '/') + ".class") != null;
    }
}
