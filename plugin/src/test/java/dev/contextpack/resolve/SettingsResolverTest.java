package dev.contextpack.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.Setting;
import dev.contextpack.scan.PersistenceUnit;
import dev.contextpack.scan.ScanResult;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsResolverTest {

    static final String BOOT4_MARKER = "org/springframework/boot/hibernate/SpringImplicitNamingStrategy.class";
    static final String BOOT3_MARKER = "org/springframework/boot/orm/jpa/hibernate/SpringImplicitNamingStrategy.class";
    static final String BOOT2_MARKER = "org/springframework/boot/orm/jpa/hibernate/SpringPhysicalNamingStrategy.class";
    static final String CAMEL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    static final String SNAKE = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    static final String HIBERNATE_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
    static final String HIBERNATE_IMPLICIT = "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl";
    static final String POSTGRES = "org.hibernate.dialect.PostgreSQLDialect";
    static final String MYSQL = "org.hibernate.dialect.MySQLDialect";
    static final String H2 = "org.hibernate.dialect.H2Dialect";

    @TempDir
    Path classpathDir;

    private final List<URLClassLoader> loaders = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (URLClassLoader loader : loaders) loader.close();
    }

    // ---------------------------------------------------------------- framework and naming

    @Test
    void springBoot4UsesSnakeCaseAndBoot4ImplicitStrategy() throws IOException {
        // HibernateProperties.Naming of spring-boot-hibernate 4.0 defaults to PhysicalNamingStrategySnakeCaseImpl
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT4_MARKER);

        assertEquals("Spring Boot 4", r.framework());
        assertEquals(SNAKE, r.physicalNamingStrategy());
        assertEquals("org.springframework.boot.hibernate.SpringImplicitNamingStrategy", r.implicitNamingStrategy());
        Setting physical = setting(r, "physicalNamingStrategy");
        assertEquals(SNAKE, physical.value());
        assertEquals(Provenance.derived, physical.provenance());
        Setting implicit = setting(r, "implicitNamingStrategy");
        assertEquals("org.springframework.boot.hibernate.SpringImplicitNamingStrategy", implicit.value());
        assertEquals(Provenance.derived, implicit.provenance());
        assertEquals(Provenance.derived, setting(r, "framework").provenance());
    }

    @Test
    void springBoot3UsesTheOrmJpaImplicitStrategy() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT3_MARKER);

        assertEquals("Spring Boot 3", r.framework());
        assertEquals(CAMEL, r.physicalNamingStrategy());
        assertEquals("org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy", r.implicitNamingStrategy());
        assertEquals(Provenance.derived, setting(r, "implicitNamingStrategy").provenance());
    }

    @Test
    void boot4MarkerWinsWhenBothBootMarkersArePresent() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT3_MARKER, BOOT4_MARKER);
        assertEquals("Spring Boot 4", r.framework());
        assertEquals("org.springframework.boot.hibernate.SpringImplicitNamingStrategy", r.implicitNamingStrategy());
    }

    @Test
    void springBoot2UsesSpringPhysicalNamingStrategy() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT2_MARKER);
        assertEquals("Spring Boot 2", r.framework());
        assertEquals("org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy", r.physicalNamingStrategy());
    }

    /**
     * Boot 2 ships the same SpringImplicitNamingStrategy as Boot 3: SpringPhysicalNamingStrategy, gone from Boot 3,
     * is what tells them apart. From 2.6 on, Boot 2's HibernateProperties names CamelCaseToUnderscoresNamingStrategy.
     */
    @Test
    void springBoot26OrLaterUsesTheStrategyItsHibernatePropertiesNames() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT2_MARKER, BOOT3_MARKER, "boot26:" + SettingsResolver.BOOT2_PROPERTIES);

        assertEquals("Spring Boot 2", r.framework());
        assertEquals(CAMEL, r.physicalNamingStrategy());
        assertEquals("org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy", r.implicitNamingStrategy());
        assertEquals("Spring Boot 2 default", setting(r, "physicalNamingStrategy").source());
    }

    @Test
    void springBoot25KeepsItsSpringPhysicalNamingStrategy() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT2_MARKER, BOOT3_MARKER, SettingsResolver.BOOT2_PROPERTIES);

        assertEquals("Spring Boot 2", r.framework());
        assertEquals("org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy", r.physicalNamingStrategy());
    }

    @Test
    void withoutSpringBootHibernateDefaultsApply() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan());

        assertEquals("Hibernate ORM (JPA)", r.framework());
        assertEquals(HIBERNATE_PHYSICAL, r.physicalNamingStrategy());
        assertEquals(HIBERNATE_IMPLICIT, r.implicitNamingStrategy());
        assertEquals(Provenance.derived, setting(r, "physicalNamingStrategy").provenance());
        assertEquals(Provenance.derived, setting(r, "implicitNamingStrategy").provenance());
        assertNull(find(r, "spring.jpa.open-in-view"), "open-in-view is a Spring Boot setting");
    }

    @Test
    void springNamingPropertyOverridesBootDefault() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(),
                settings("spring.jpa.hibernate.naming.physical-strategy", HIBERNATE_PHYSICAL), scan(), BOOT4_MARKER);

        assertEquals(HIBERNATE_PHYSICAL, r.physicalNamingStrategy());
        Setting physical = setting(r, "physicalNamingStrategy");
        assertEquals(Provenance.config, physical.provenance());
        assertTrue(physical.source().contains("application.properties"), physical.source());
        assertTrue(physical.source().contains("spring.jpa.hibernate.naming.physical-strategy"), physical.source());
        // implicit untouched
        assertEquals("org.springframework.boot.hibernate.SpringImplicitNamingStrategy", r.implicitNamingStrategy());
        assertEquals(Provenance.derived, setting(r, "implicitNamingStrategy").provenance());
    }

    @Test
    void hibernateNamingPropertyIsUsedWhenNoSpringKeyIsSet() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(),
                settings("spring.jpa.properties.hibernate.implicit_naming_strategy", "com.example.MyImplicit"), scan(), BOOT3_MARKER);

        assertEquals("com.example.MyImplicit", r.implicitNamingStrategy());
        assertEquals(Provenance.config, setting(r, "implicitNamingStrategy").provenance());
        assertFalse(r.hibernateProperties().containsKey("hibernate.implicit_naming_strategy"),
                "the strategy is passed as a resolved value, not a raw property");
    }

    @Test
    void overridesWinOverSettingsFilesAndDefaults() throws IOException {
        Overrides overrides = new Overrides(null, null, "com.example.Physical", "com.example.Implicit", Map.of());
        ResolvedSettings r = resolve(overrides, settings(
                "spring.jpa.hibernate.naming.physical-strategy", HIBERNATE_PHYSICAL,
                "spring.jpa.hibernate.naming.implicit-strategy", HIBERNATE_IMPLICIT), scan(), BOOT4_MARKER);

        assertEquals("com.example.Physical", r.physicalNamingStrategy());
        assertEquals("com.example.Implicit", r.implicitNamingStrategy());
        assertEquals(Provenance.config, setting(r, "physicalNamingStrategy").provenance());
        assertEquals("plugin parameter physicalNamingStrategy", setting(r, "physicalNamingStrategy").source());
        assertEquals("plugin parameter implicitNamingStrategy", setting(r, "implicitNamingStrategy").source());
    }

    // ---------------------------------------------------------------- dialect

    @Test
    void dialectOverrideWinsOverEverything() throws IOException {
        Overrides overrides = new Overrides("org.hibernate.dialect.OracleDialect", null, null, null, Map.of());
        ResolvedSettings r = resolve(overrides, settings(
                "spring.jpa.database-platform", MYSQL,
                "spring.jpa.properties.hibernate.dialect", "org.hibernate.dialect.MariaDBDialect",
                "spring.datasource.url", "jdbc:postgresql://localhost/db"), scan(), "org/h2/Driver.class");

        assertEquals("org.hibernate.dialect.OracleDialect", r.dialect());
        Setting dialect = setting(r, "dialect");
        assertEquals(Provenance.config, dialect.provenance());
        assertEquals("plugin parameter dialect", dialect.source());
        assertNoDialectWarning(r);
    }

    @Test
    void hibernateDialectPropertyWinsOverDatabasePlatformAsInSpring() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(
                "spring.jpa.database-platform", MYSQL,
                "spring.jpa.properties.hibernate.dialect", "org.hibernate.dialect.MariaDBDialect",
                "spring.datasource.url", "jdbc:postgresql://localhost/db"), scan());

        assertEquals("org.hibernate.dialect.MariaDBDialect", r.dialect());
        assertEquals(Provenance.config, setting(r, "dialect").provenance());
        assertTrue(setting(r, "dialect").source().contains("spring.jpa.properties.hibernate.dialect"), setting(r, "dialect").source());
        assertFalse(r.hibernateProperties().containsKey("hibernate.dialect"), "dialect is not passed twice");
    }

    @Test
    void hibernateDialectPropertyWinsOverUrl() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(
                "spring.jpa.properties.hibernate.dialect", "org.hibernate.dialect.MariaDBDialect",
                "spring.datasource.url", "jdbc:postgresql://localhost/db"), scan(), "org/postgresql/Driver.class");

        assertEquals("org.hibernate.dialect.MariaDBDialect", r.dialect());
        assertEquals(Provenance.config, setting(r, "dialect").provenance());
        assertTrue(setting(r, "dialect").source().contains("spring.jpa.properties.hibernate.dialect"), setting(r, "dialect").source());
        assertFalse(r.hibernateProperties().containsKey("hibernate.dialect"));
        assertNull(find(r, "hibernate.dialect"), "the dialect is reported once, as 'dialect'");
    }

    @Test
    void persistenceUnitDialectPropertyIsUsed() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(),
                scan(unit("pu", Map.of("hibernate.dialect", MYSQL))), "org/postgresql/Driver.class");
        assertEquals(MYSQL, r.dialect());
        assertEquals("persistence.xml", setting(r, "dialect").source());
    }

    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://db.example:5432/shop, org.hibernate.dialect.PostgreSQLDialect",
            "jdbc:mysql://db.example:3306/shop, org.hibernate.dialect.MySQLDialect",
            "jdbc:mariadb://db.example/shop, org.hibernate.dialect.MariaDBDialect",
            "jdbc:tc:postgresql:16:///shop, org.hibernate.dialect.PostgreSQLDialect",
            "jdbc:sqlserver://db.example:1433;databaseName=shop, org.hibernate.dialect.SQLServerDialect",
            "jdbc:oracle:thin:@db.example:1521/shop, org.hibernate.dialect.OracleDialect",
            "jdbc:h2:mem:shop, org.hibernate.dialect.H2Dialect",
            "JDBC:PostgreSQL://db.example/shop, org.hibernate.dialect.PostgreSQLDialect"})
    void jdbcUrlSchemeGivesTheDialect(String url, String expected) throws IOException {
        // A MySQL driver on the class path must lose against the URL.
        ResolvedSettings r = resolve(Overrides.none(), settings("spring.datasource.url", url), scan(),
                "com/mysql/cj/jdbc/Driver.class");

        assertEquals(expected, r.dialect());
        Setting dialect = setting(r, "dialect");
        assertEquals(Provenance.derived, dialect.provenance());
        assertTrue(dialect.source().contains("spring.datasource.url"), dialect.source());
        assertFalse(dialect.source().contains(url), "the URL itself is not copied: " + dialect.source());
        assertNoDialectWarning(r);
    }

    @Test
    void persistenceUnitJdbcUrlGivesTheDialect() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(),
                scan(unit("pu", Map.of("jakarta.persistence.jdbc.url", "jdbc:mariadb://host/db"))));
        assertEquals("org.hibernate.dialect.MariaDBDialect", r.dialect());
        assertTrue(setting(r, "dialect").source().contains("jakarta.persistence.jdbc.url"));
    }

    @Test
    void unknownUrlSchemeFallsBackToTheDriverOnTheClassPath() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings("spring.datasource.url", "${DATABASE_URL}"), scan(),
                "org/postgresql/Driver.class");

        assertEquals(POSTGRES, r.dialect());
        assertEquals(Provenance.derived, setting(r, "dialect").provenance());
        assertTrue(setting(r, "dialect").source().contains("driver"), setting(r, "dialect").source());
        assertNoDialectWarning(r);
    }

    @Test
    void driverOnClassPathGivesTheDialect() throws IOException {
        assertEquals(POSTGRES, resolve(Overrides.none(), settings(), scan(), "org/postgresql/Driver.class").dialect());
        assertEquals(MYSQL, resolve(Overrides.none(), settings(), scan(), "com/mysql/cj/jdbc/Driver.class").dialect());
    }

    @Test
    void noHintAtAllFallsBackToH2WithAWarning() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan());

        assertEquals(H2, r.dialect());
        assertEquals(Provenance.derived, setting(r, "dialect").provenance());
        Finding warning = finding(r, "CP-SETTINGS-DIALECT");
        assertNotNull(warning, "a fallback dialect is reported: " + r.findings());
        assertEquals(Finding.Severity.warning, warning.severity());
        assertTrue(warning.message().contains("<dialect>"), "says what to do: " + warning.message());
    }

    @Test
    void databaseVersionComesFromOverridesOnly() throws IOException {
        ResolvedSettings none = resolve(Overrides.none(), settings(), scan());
        assertNull(none.databaseVersion());
        assertEquals(Provenance.derived, setting(none, "databaseVersion").provenance());

        ResolvedSettings set = resolve(new Overrides(null, "16.2", null, null, Map.of()), settings(), scan());
        assertEquals("16.2", set.databaseVersion());
        assertEquals("16.2", setting(set, "databaseVersion").value());
        assertEquals(Provenance.config, setting(set, "databaseVersion").provenance());
    }

    // ---------------------------------------------------------------- secrets and properties

    @Test
    void connectionDataNeverReachesSettingsOrHibernateProperties() throws IOException {
        List<String> secrets = List.of("db-host-7f3a", "s3cr3t-user", "hunter2-pw", "pw-in-jpa-props",
                "user-in-jpa-props", "url-host-in-jpa-props", "pu-pass-91", "pu-user-91", "pu-host-91", "hikari-pass-5");
        ProjectSettings files = settings(
                "spring.datasource.url", "jdbc:postgresql://db-host-7f3a:5432/shop",
                "spring.datasource.username", "s3cr3t-user",
                "spring.datasource.password", "hunter2-pw",
                "spring.datasource.hikari.password", "hikari-pass-5",
                "spring.jpa.properties.hibernate.connection.password", "pw-in-jpa-props",
                "spring.jpa.properties.hibernate.connection.username", "user-in-jpa-props",
                "spring.jpa.properties.hibernate.connection.url", "jdbc:postgresql://url-host-in-jpa-props/db",
                "spring.jpa.properties.hibernate.jdbc.batch_size", "25");
        PersistenceUnit pu = unit("shop", Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:postgresql://pu-host-91/db",
                "jakarta.persistence.jdbc.user", "pu-user-91",
                "jakarta.persistence.jdbc.password", "pu-pass-91"));

        ResolvedSettings r = resolve(Overrides.none(), files, scan(pu), BOOT4_MARKER);

        assertEquals(POSTGRES, r.dialect(), "the URL scheme is still used");
        for (String secret : secrets) {
            for (Setting s : r.settings()) {
                assertFalse(String.valueOf(s.value()).contains(secret), "setting " + s + " leaks " + secret);
                assertFalse(String.valueOf(s.source()).contains(secret), "setting " + s + " leaks " + secret);
                assertFalse(s.name().contains(secret), "setting " + s + " leaks " + secret);
            }
            r.hibernateProperties().forEach((k, v) -> assertFalse(v.contains(secret), k + "=" + v + " leaks " + secret));
            for (Finding f : r.findings()) assertFalse(String.valueOf(f.message()).contains(secret), f.toString());
            assertFalse(r.toString().contains(secret), "nothing in the result holds " + secret);
        }
        assertEquals("25", r.hibernateProperties().get("hibernate.jdbc.batch_size"));
    }

    @Test
    void deniedKeysAreNotPassedToTheBootButHarmlessOnesAre() throws IOException {
        ProjectSettings files = settings(
                "spring.jpa.properties.hibernate.connection.provider_class", "com.example.Pool",
                "spring.jpa.properties.hibernate.connection.autocommit", "false",
                "spring.jpa.properties.hibernate.hbm2ddl.auto", "create-drop",
                "spring.jpa.properties.hibernate.jdbc.batch_size", "50",
                "spring.jpa.properties.hibernate.default_schema", "shop");
        PersistenceUnit pu = unit("pu", Map.of(
                "jakarta.persistence.schema-generation.database.action", "drop-and-create",
                "hibernate.order_inserts", "true"));
        Overrides overrides = new Overrides(null, null, null, null, Map.of(
                "hibernate.connection.isolation", "2", "hibernate.timezone.default_storage", "NORMALIZE_UTC"));

        ResolvedSettings r = resolve(overrides, files, scan(pu));

        Map<String, String> boot = r.hibernateProperties();
        assertEquals(Map.of(
                "hibernate.jdbc.batch_size", "50",
                "hibernate.default_schema", "shop",
                "hibernate.order_inserts", "true",
                "hibernate.timezone.default_storage", "NORMALIZE_UTC"), boot);
    }

    @Test
    void pluginHibernatePropertiesWinOverFilesWhichWinOverPersistenceXml() throws IOException {
        PersistenceUnit pu = unit("pu", Map.of("hibernate.jdbc.batch_size", "10", "hibernate.default_schema", "pu_schema",
                "hibernate.order_updates", "true"));
        ProjectSettings files = settings("spring.jpa.properties.hibernate.jdbc.batch_size", "20",
                "spring.jpa.properties.hibernate.default_schema", "file_schema");
        Overrides overrides = new Overrides(null, null, null, null, Map.of("hibernate.jdbc.batch_size", "30"));

        ResolvedSettings r = resolve(overrides, files, scan(pu));

        assertEquals("30", r.hibernateProperties().get("hibernate.jdbc.batch_size"));
        assertEquals("file_schema", r.hibernateProperties().get("hibernate.default_schema"));
        assertEquals("true", r.hibernateProperties().get("hibernate.order_updates"));
        assertEquals("plugin parameter hibernateProperties", setting(r, "hibernate.jdbc.batch_size").source());
        assertEquals(Provenance.config, setting(r, "hibernate.default_schema").provenance());
    }

    // ---------------------------------------------------------------- other settings and findings

    @Test
    void openInViewDefaultIsReportedForSpringBoot() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT4_MARKER);
        Setting oiv = setting(r, "spring.jpa.open-in-view");
        assertEquals("true", oiv.value());
        assertEquals(Provenance.derived, oiv.provenance());
    }

    @Test
    void openInViewFromConfigIsReported() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings("spring.jpa.open-in-view", "false"), scan(), BOOT3_MARKER);
        Setting oiv = setting(r, "spring.jpa.open-in-view");
        assertEquals("false", oiv.value());
        assertEquals(Provenance.config, oiv.provenance());
        assertEquals("application.properties", oiv.source());
        assertEquals(1, r.settings().stream().filter(s -> s.name().equals("spring.jpa.open-in-view")).count());
    }

    @Test
    void otherSpringJpaSettingsAreListedWithTheirSource() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings("spring.jpa.hibernate.ddl-auto", "validate",
                "spring.jpa.show-sql", "true"), scan(), BOOT4_MARKER);
        assertEquals("validate", setting(r, "spring.jpa.hibernate.ddl-auto").value());
        assertEquals(Provenance.config, setting(r, "spring.jpa.hibernate.ddl-auto").provenance());
        assertEquals("true", setting(r, "spring.jpa.show-sql").value());
    }

    @Test
    void namingStrategyBeanGivesAFinding() throws IOException {
        ScanResult scan = scan(List.of(), new TreeSet<>(List.of("com.example.NamingConfig.physicalNaming()")));
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan, BOOT4_MARKER);

        Finding f = finding(r, "CP-SETTINGS-NAMING-BEAN");
        assertNotNull(f, r.findings().toString());
        assertEquals("com.example.NamingConfig.physicalNaming()", f.className());
        assertEquals(Finding.Severity.warning, f.severity());
        assertTrue(f.message().contains(SNAKE), "names the strategy the pack used: " + f.message());
        assertTrue(f.message().contains("physicalNamingStrategy"), "says what to set: " + f.message());
    }

    @Test
    void noNamingBeanNoFinding() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings("spring.datasource.url", "jdbc:h2:mem:x"), scan(), BOOT4_MARKER);
        assertEquals(List.of(), r.findings());
    }

    @Test
    void twoPersistenceUnitsGiveAFindingAndTheFirstIsUsed() throws IOException {
        ScanResult scan = scan(
                unit("first", Map.of("hibernate.dialect", MYSQL)),
                unit("second", Map.of("hibernate.dialect", POSTGRES)));
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan);

        Finding f = finding(r, "CP-SETTINGS-UNITS");
        assertNotNull(f, r.findings().toString());
        assertTrue(f.message().contains("2 persistence units"), f.message());
        assertTrue(f.message().contains("'first'"), f.message());
        assertEquals(MYSQL, r.dialect());
    }

    @Test
    void onePersistenceUnitGivesNoUnitsFinding() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(unit("only", Map.of())));
        assertNull(finding(r, "CP-SETTINGS-UNITS"));
    }

    // ---------------------------------------------------------------- suspected bugs (see report)

    @Test
    void pluginHibernatePropertiesDialectWinsOverDatabasePlatform() throws IOException {
        Overrides overrides = new Overrides(null, null, null, null, Map.of("hibernate.dialect", POSTGRES));
        ResolvedSettings r = resolve(overrides, settings("spring.jpa.database-platform", MYSQL), scan());
        assertEquals(POSTGRES, r.dialect());
    }

    @Test
    void springBootWithoutAUrlUsesItsEmbeddedDatabaseEvenWithOtherDrivers() throws IOException {
        // spring-petclinic: h2, mysql and postgresql drivers at runtime, no spring.datasource.url
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), BOOT4_MARKER,
                "org/postgresql/Driver.class", "com/mysql/cj/jdbc/Driver.class", "org/h2/Driver.class");
        assertEquals("org.hibernate.dialect.H2Dialect", r.dialect());
        assertTrue(setting(r, "dialect").source().contains("embedded"), setting(r, "dialect").source());
        assertNotNull(finding(r, "CP-SETTINGS-DRIVERS"), "several drivers are named in a finding");
    }

    @Test
    void withoutSpringBootTheFirstKnownDriverIsUsedAndSeveralDriversAreAFinding() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(), scan(), "org/postgresql/Driver.class", "org/h2/Driver.class");
        assertEquals(POSTGRES, r.dialect());
        Finding f = finding(r, "CP-SETTINGS-DRIVERS");
        assertNotNull(f);
        assertTrue(f.message().contains("postgresql, h2"), f.message());
    }

    @Test
    void migrationsAreNamedAsTheSourceOfTheSchema() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings("spring.flyway.locations", "classpath:db/migration"), scan(),
                "org/flywaydb/core/Flyway.class");
        assertEquals("Flyway migrations (classpath:db/migration)", setting(r, "schemaManagedBy").value());
        assertNull(find(resolve(Overrides.none(), settings(), scan()), "schemaManagedBy"));
    }

    @Test
    void aUrlValueIsNeverCopiedWhateverItsKey() throws IOException {
        ResolvedSettings r = resolve(Overrides.none(), settings(
                "spring.jpa.properties.hibernate.some_endpoint", "https://internal.example/secret",
                "spring.jpa.properties.hibernate.jdbc.batch_size", "20"), scan());
        assertNull(find(r, "hibernate.some_endpoint"));
        assertNotNull(find(r, "hibernate.jdbc.batch_size"));
    }

    // ---------------------------------------------------------------- helpers

    private ResolvedSettings resolve(Overrides overrides, ProjectSettings files, ScanResult scan, String... resources)
            throws IOException {
        Path root = Files.createTempDirectory(classpathDir, "cp");
        for (String resource : resources) {
            // "boot26:<path>": a HibernateProperties whose constants name CamelCaseToUnderscoresNamingStrategy, as Boot 2.6+ does
            boolean boot26 = resource.startsWith("boot26:");
            Path file = root.resolve(boot26 ? resource.substring("boot26:".length()) : resource);
            Files.createDirectories(file.getParent());
            Files.write(file, boot26 ? ("..." + CAMEL.replace('.', '/') + "...").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : new byte[0]);
        }
        // No parent: nothing of the test's own class path (H2 driver, Hibernate) is visible.
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        loaders.add(loader);
        return new SettingsResolver().resolve(overrides, files, scan, loader, List.of(root));
    }

    static ProjectSettings settings(String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
            sources.put(keyValues[i], "application.properties");
        }
        return new ProjectSettings(new TreeMap<>(values), new TreeMap<>(sources));
    }

    static PersistenceUnit unit(String name, Map<String, String> properties) {
        return new PersistenceUnit(name, List.of(), List.of(), false, properties);
    }

    static ScanResult scan(PersistenceUnit... units) {
        return scan(List.of(units), new TreeSet<>());
    }

    static ScanResult scan(List<PersistenceUnit> units, TreeSet<String> namingBeans) {
        return new ScanResult(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
                List.of(), new TreeSet<>(), units, namingBeans, Map.of(), List.of(), List.of(), Map.of());
    }

    private static Setting find(ResolvedSettings r, String name) {
        return r.settings().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static Setting setting(ResolvedSettings r, String name) {
        Setting s = find(r, name);
        assertNotNull(s, "no setting " + name + " in " + r.settings());
        return s;
    }

    private static Finding finding(ResolvedSettings r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    private static void assertNoDialectWarning(ResolvedSettings r) {
        assertNull(finding(r, "CP-SETTINGS-DIALECT"), r.findings().toString());
    }
}
