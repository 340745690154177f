package dev.contextpack.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.model.Provenance;
import dev.contextpack.model.Setting;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quarkus's settings: read with the prod profile, its dialect per db-kind, its naming and Hibernate defaults, never a secret. */
class QuarkusSettingsTest {

    static final String QUARKUS_ORM = QuarkusSettings.MARKER;
    static final String POSTGRES_DRIVER = "org/postgresql/Driver.class";
    static final String H2_DRIVER = "org/h2/Driver.class";

    @TempDir
    Path classpathDir;

    private final List<URLClassLoader> loaders = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (URLClassLoader loader : loaders) loader.close();
    }

    @Test
    void prodProfileWinsAndDbKindSelectsTheDialect() throws IOException {
        ResolvedSettings r = resolve(SettingsResolverTest.settings(
                "quarkus.datasource.db-kind", "h2",
                "%prod.quarkus.datasource.db-kind", "postgresql",
                "%dev.quarkus.hibernate-orm.database.generation", "drop-and-create",
                "quarkus.hibernate-orm.physical-naming-strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                QUARKUS_ORM, H2_DRIVER);
        assertEquals("Quarkus", setting(r, "framework").value());
        assertEquals("org.hibernate.dialect.PostgreSQLDialect", r.dialect());
        assertTrue(setting(r, "dialect").source().contains("%prod.quarkus.datasource.db-kind"), setting(r, "dialect").source());
        assertEquals("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", r.physicalNamingStrategy());
        assertEquals(Provenance.config, setting(r, "physicalNamingStrategy").provenance());
        // what the dev profile changes is listed apart; the model is the prod one
        Setting dev = setting(r, "quarkus.hibernate-orm.database.generation [profile dev]");
        assertEquals("drop-and-create", dev.value());
        assertEquals("none", setting(r, "quarkus.hibernate-orm.database.generation").value());
        assertEquals(Provenance.derived, setting(r, "quarkus.hibernate-orm.database.generation").provenance());
    }

    @Test
    void quarkusSetsNoNamingStrategyButItsOwnHibernateDefaults() throws IOException {
        ResolvedSettings r = resolve(SettingsResolverTest.settings("quarkus.datasource.db-kind", "postgresql"), QUARKUS_ORM);
        // unlike Spring Boot: Hibernate's own strategies, said to be Quarkus's default
        assertEquals(SettingsResolver.HIBERNATE_PHYSICAL, r.physicalNamingStrategy());
        assertEquals(SettingsResolver.HIBERNATE_IMPLICIT, r.implicitNamingStrategy());
        assertTrue(setting(r, "physicalNamingStrategy").source().startsWith("Quarkus default"));
        assertEquals(Provenance.derived, setting(r, "implicitNamingStrategy").provenance());
        // HibernateProcessorUtil.configureProperties: batch fetch 16 and the pooled-lo optimizer unless configured
        assertEquals("16", r.hibernateProperties().get("hibernate.default_batch_fetch_size"));
        assertEquals("pooled-lo", r.hibernateProperties().get("hibernate.id.optimizer.pooled.preferred"));
        assertEquals(Provenance.derived, setting(r, "hibernate.default_batch_fetch_size").provenance());
    }

    @Test
    void configuredBatchSizeOptimizerAndUnsupportedPropertiesReachTheBoot() throws IOException {
        ResolvedSettings r = resolve(SettingsResolverTest.settings(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.hibernate-orm.fetch.batch-size", "8",
                "quarkus.hibernate-orm.mapping.id.optimizer.default", "pooled",
                "quarkus.hibernate-orm.unsupported-properties.\"hibernate.order_updates\"", "true"), QUARKUS_ORM);
        assertEquals("8", r.hibernateProperties().get("hibernate.default_batch_fetch_size"));
        assertEquals("pooled", r.hibernateProperties().get("hibernate.id.optimizer.pooled.preferred"));
        assertEquals("true", r.hibernateProperties().get("hibernate.order_updates"));
        assertEquals(Provenance.config, setting(r, "hibernate.default_batch_fetch_size").provenance());
    }

    @Test
    void noSecretOrConnectionDataFromAnyProfile() throws IOException {
        ResolvedSettings r = resolve(SettingsResolverTest.settings(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.password", "pw-default-1",
                "%prod.quarkus.datasource.password", "pw-prod-2",
                "%dev.quarkus.datasource.password", "pw-dev-3",
                "quarkus.datasource.username", "app-user",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db.internal/app",
                "quarkus.hibernate-orm.unsupported-properties.\"hibernate.connection.password\"", "pw-4"), QUARKUS_ORM);
        String all = r.settings().toString() + r.hibernateProperties();
        for (String secret : List.of("pw-default-1", "pw-prod-2", "pw-dev-3", "app-user", "db.internal", "pw-4", "quarkus.datasource.password")) {
            assertFalse(all.contains(secret), secret + " leaked: " + all);
        }
    }

    @Test
    void withoutDbKindTheJdbcExtensionsDriverDecidesAndWithoutQuarkusItsKeysAreIgnored() throws IOException {
        ResolvedSettings byDriver = resolve(SettingsResolverTest.settings(), QUARKUS_ORM, POSTGRES_DRIVER);
        assertEquals("org.hibernate.dialect.PostgreSQLDialect", byDriver.dialect());
        assertTrue(setting(byDriver, "dialect").source().contains("Quarkus takes the db-kind of the only JDBC extension"));

        ResolvedSettings plain = resolve(SettingsResolverTest.settings("quarkus.datasource.db-kind", "postgresql",
                "quarkus.hibernate-orm.physical-naming-strategy", "x.Y"), H2_DRIVER);
        assertEquals("Hibernate ORM (JPA)", setting(plain, "framework").value());
        assertEquals("org.hibernate.dialect.H2Dialect", plain.dialect());
        assertEquals(SettingsResolver.HIBERNATE_PHYSICAL, plain.physicalNamingStrategy());
        assertNull(plain.settings().stream().filter(s -> s.name().startsWith("quarkus.")).findFirst().orElse(null));
    }

    @Test
    void pluginParametersStillWin() throws IOException {
        ResolvedSettings r = resolve(new Overrides("org.hibernate.dialect.MySQLDialect", "8.0", null, null, java.util.Map.of()),
                SettingsResolverTest.settings("quarkus.datasource.db-kind", "postgresql", "quarkus.datasource.db-version", "16"), QUARKUS_ORM);
        assertEquals("org.hibernate.dialect.MySQLDialect", r.dialect());
        assertEquals("8.0", r.databaseVersion());
        ResolvedSettings version = resolve(SettingsResolverTest.settings("quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.db-version", "16"), QUARKUS_ORM);
        assertEquals("16", version.databaseVersion());
        assertEquals(Provenance.config, setting(version, "databaseVersion").provenance());
    }

    @Test
    void yamlProfilesAndTheProdProfileFile(@TempDir Path classes) throws IOException {
        Files.writeString(classes.resolve("application.yaml"), String.join("\n",
                "quarkus:",
                "  datasource:",
                "    db-kind: h2",
                "    password: yaml-secret-5",
                "  hibernate-orm:",
                "    database:",
                "      generation: validate",
                "\"%dev\":",
                "  quarkus:",
                "    hibernate-orm:",
                "      database:",
                "        generation: drop-and-create",
                ""));
        Files.writeString(classes.resolve("application-prod.properties"), "quarkus.datasource.db-kind=mariadb\n");
        Files.writeString(classes.resolve("application-test.properties"), "quarkus.hibernate-orm.database.generation=drop-and-create\n");
        Path root = Files.createTempDirectory(classpathDir, "cp");
        Files.createDirectories(root.resolve(QUARKUS_ORM).getParent());
        Files.write(root.resolve(QUARKUS_ORM), new byte[0]);
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        loaders.add(loader);
        var profiles = ProjectSettings.profiles(classes);
        ProjectSettings files = QuarkusSettings.withProdProfileFile(ProjectSettings.read(classes), profiles, loader);
        ResolvedSettings r = new SettingsResolver().resolve(Overrides.none(), files, SettingsResolverTest.scan(), loader, List.of(root));
        // application-prod.properties is the prod profile: its db-kind decides
        assertEquals("org.hibernate.dialect.MariaDBDialect", r.dialect());
        assertTrue(setting(r, "dialect").source().startsWith("application-prod.properties (%prod.quarkus.datasource.db-kind)"), setting(r, "dialect").source());
        assertEquals("validate", setting(r, "quarkus.hibernate-orm.database.generation").value());
        assertEquals("drop-and-create", setting(r, "quarkus.hibernate-orm.database.generation [profile dev]").value());
        List<Setting> fromProfileFiles = SettingsResolver.profileSettings(profiles);
        assertEquals(List.of("quarkus.hibernate-orm.database.generation [profile test]"), fromProfileFiles.stream().map(Setting::name).toList());
        assertFalse(r.settings().toString().contains("yaml-secret-5"));
    }

    private ResolvedSettings resolve(ProjectSettings files, String... resources) throws IOException {
        return resolve(Overrides.none(), files, resources);
    }

    private ResolvedSettings resolve(Overrides overrides, ProjectSettings files, String... resources) throws IOException {
        Path root = Files.createTempDirectory(classpathDir, "cp");
        for (String resource : resources) {
            Path file = root.resolve(resource);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        loaders.add(loader);
        return new SettingsResolver().resolve(overrides, files, SettingsResolverTest.scan(), loader, List.of(root));
    }

    private static Setting setting(ResolvedSettings r, String name) {
        Setting s = r.settings().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        assertNotNull(s, "no setting " + name + " in " + r.settings());
        return s;
    }
}
