package dev.contextpack.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSettingsTest {

    @TempDir
    Path classes;

    @Test
    void noFilesGiveNoSettings() {
        ProjectSettings settings = ProjectSettings.read(classes);
        assertEquals(Map.of(), settings.values());
        assertEquals(Map.of(), settings.sources());
    }

    @Test
    void propertiesAreReadTrimmedWithTheirSource() throws IOException {
        write("application.properties", """
                # comment
                spring.jpa.database-platform = org.hibernate.dialect.PostgreSQLDialect  \s
                spring.jpa.open-in-view=false
                spring.jpa.properties.hibernate.default_schema: shop
                """);

        ProjectSettings settings = ProjectSettings.read(classes);

        assertEquals("org.hibernate.dialect.PostgreSQLDialect", settings.get("spring.jpa.database-platform"));
        assertEquals("false", settings.get("spring.jpa.open-in-view"));
        assertEquals("shop", settings.get("spring.jpa.properties.hibernate.default_schema"));
        assertEquals("application.properties", settings.source("spring.jpa.open-in-view"));
        assertEquals(3, settings.values().size());
    }

    @Test
    void yamlIsFlattenedWithNestedKeysAndLists() throws IOException {
        write("application.yml", """
                spring:
                  jpa:
                    open-in-view: false
                    properties:
                      hibernate:
                        jdbc:
                          batch_size: 25
                        default_schema: shop
                  datasource:
                    url: jdbc:postgresql://localhost/shop
                app:
                  packages:
                    - com.example.a
                    - com.example.b
                  servers:
                    - host: one
                      port: 1
                    - host: two
                  empty:
                """);

        ProjectSettings settings = ProjectSettings.read(classes);

        assertEquals("false", settings.get("spring.jpa.open-in-view"));
        assertEquals("25", settings.get("spring.jpa.properties.hibernate.jdbc.batch_size"));
        assertEquals("shop", settings.get("spring.jpa.properties.hibernate.default_schema"));
        assertEquals("jdbc:postgresql://localhost/shop", settings.get("spring.datasource.url"));
        assertEquals("com.example.a", settings.get("app.packages[0]"));
        assertEquals("com.example.b", settings.get("app.packages[1]"));
        assertEquals("one", settings.get("app.servers[0].host"));
        assertEquals("1", settings.get("app.servers[0].port"));
        assertEquals("two", settings.get("app.servers[1].host"));
        assertNull(settings.get("app.empty"), "a null value is not a setting");
        assertFalse(settings.values().containsKey("spring"), "only leaves are keys");
        assertFalse(settings.values().containsKey("app.packages"));
        assertEquals("application.yml", settings.source("spring.datasource.url"));
    }

    @Test
    void yamlExtensionIsReadToo() throws IOException {
        write("application.yaml", "spring.jpa.show-sql: true\n");
        ProjectSettings settings = ProjectSettings.read(classes);
        assertEquals("true", settings.get("spring.jpa.show-sql"));
        assertEquals("application.yaml", settings.source("spring.jpa.show-sql"));
    }

    @Test
    void propertiesWinOverYamlForTheSameKey() throws IOException {
        write("application.yml", """
                spring:
                  jpa:
                    database-platform: org.hibernate.dialect.MySQLDialect
                    show-sql: true
                """);
        write("application.properties", "spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect\n");

        ProjectSettings settings = ProjectSettings.read(classes);

        assertEquals("org.hibernate.dialect.PostgreSQLDialect", settings.get("spring.jpa.database-platform"));
        assertEquals("application.properties", settings.source("spring.jpa.database-platform"));
        assertEquals("true", settings.get("spring.jpa.show-sql"), "yml-only keys stay");
        assertEquals("application.yml", settings.source("spring.jpa.show-sql"));
    }

    @Test
    void ymlWinsOverYaml() throws IOException {
        write("application.yaml", "a:\n  b: from-yaml\n  c: only-yaml\n");
        write("application.yml", "a:\n  b: from-yml\n");
        ProjectSettings settings = ProjectSettings.read(classes);
        assertEquals("from-yml", settings.get("a.b"));
        assertEquals("only-yaml", settings.get("a.c"));
    }

    @Test
    void profileDocumentsAreSkipped() throws IOException {
        write("application.yml", """
                spring:
                  jpa:
                    database-platform: org.hibernate.dialect.H2Dialect
                    show-sql: false
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  jpa:
                    database-platform: org.hibernate.dialect.PostgreSQLDialect
                    hibernate:
                      ddl-auto: validate
                ---
                spring:
                  jpa:
                    show-sql: true
                """);

        ProjectSettings settings = ProjectSettings.read(classes);

        assertEquals("org.hibernate.dialect.H2Dialect", settings.get("spring.jpa.database-platform"));
        assertNull(settings.get("spring.jpa.hibernate.ddl-auto"), "the prod document is not read");
        assertNull(settings.get("spring.config.activate.on-profile"));
        assertEquals("true", settings.get("spring.jpa.show-sql"), "a later document without activation still applies");
    }

    @Test
    void profileDocumentsWithDottedActivationKeyAreSkipped() throws IOException {
        write("application.yml", """
                spring.jpa.database-platform: org.hibernate.dialect.H2Dialect
                ---
                spring.config.activate.on-profile: prod
                spring.jpa.database-platform: org.hibernate.dialect.PostgreSQLDialect
                """);
        ProjectSettings settings = ProjectSettings.read(classes);
        assertEquals("org.hibernate.dialect.H2Dialect", settings.get("spring.jpa.database-platform"));
    }

    @Test
    void malformedYamlAtTheFirstTokenNamesTheFile() throws IOException {
        write("application.yml", "\tspring: bad\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProjectSettings.read(classes));

        assertTrue(e.getMessage().contains("application.yml"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix the YAML"), e.getMessage());
    }

    @Test
    void malformedYamlAnywhereFailsTheRead() throws IOException {
        write("application.yml", "spring:\n  jpa: [unclosed\n    open-in-view: : false\n");
        assertThrows(RuntimeException.class, () -> ProjectSettings.read(classes));
    }

    @Test
    void malformedYamlInsideADocumentNamesTheFile() throws IOException {
        write("application.yml", "spring:\n  jpa: [unclosed\n    open-in-view: : false\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProjectSettings.read(classes));

        assertTrue(e.getMessage().contains("application.yml"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix the YAML"), e.getMessage());
    }

    @Test
    void profileSpecificFilesAreNotRead() throws IOException {
        write("application-prod.properties", "spring.jpa.show-sql=true\n");
        write("application-prod.yml", "spring:\n  jpa:\n    open-in-view: false\n");
        assertEquals(Map.of(), ProjectSettings.read(classes).values());
    }

    @Test
    void multiDocumentPropertiesSkipProfileDocuments() throws IOException {
        write("application.properties", """
                spring.jpa.database-platform=org.hibernate.dialect.H2Dialect
                #---
                spring.config.activate.on-profile=prod
                spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect
                #---
                spring.jpa.open-in-view=false
                """);
        ProjectSettings settings = ProjectSettings.read(classes);
        assertEquals("org.hibernate.dialect.H2Dialect", settings.get("spring.jpa.database-platform"));
        assertEquals("false", settings.get("spring.jpa.open-in-view"), "a later document without activation still applies");
    }

    @Test
    void placeholdersResolveFromTheFilesAndUnresolvableValuesAreLeftOut() throws IOException {
        write("application.properties", """
                database=h2
                spring.sql.init.schema-locations=classpath*:db/${database}/schema.sql
                spring.jpa.database-platform=${DIALECT:org.hibernate.dialect.MySQLDialect}
                spring.datasource.url=${JDBC_URL}
                """);
        ProjectSettings settings = ProjectSettings.read(classes);
        assertEquals("classpath*:db/h2/schema.sql", settings.get("spring.sql.init.schema-locations"));
        assertEquals("org.hibernate.dialect.MySQLDialect", settings.get("spring.jpa.database-platform"), "the default of an unknown key");
        assertNull(settings.get("spring.datasource.url"), "an environment-dependent value is not guessed");
        assertNull(settings.source("spring.datasource.url"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(classes.resolve(name), text, StandardCharsets.UTF_8);
    }

    @org.junit.jupiter.api.Test
    void profile_files_say_what_each_profile_changes_without_secrets(@org.junit.jupiter.api.io.TempDir Path classes) throws IOException {
        Files.writeString(classes.resolve("application.properties"), "spring.jpa.open-in-view=true\n");
        Files.writeString(classes.resolve("application-prod.yml"), """
                spring:
                  datasource:
                    url: jdbc:postgresql://prod-user:prod-pass@prod.db.example/app
                    password: prod-s3cret
                  jpa:
                    open-in-view: false
                    properties:
                      hibernate.jdbc.batch_size: 100
                      hibernate.connection.password: hib-pw
                """);
        Files.writeString(classes.resolve("application-test.properties"), "spring.jpa.hibernate.ddl-auto=create-drop\napp.token=tok\n");
        Map<String, ProjectSettings> profiles = ProjectSettings.profiles(classes);
        assertEquals(java.util.Set.of("prod", "test"), profiles.keySet());
        java.util.List<dev.contextpack.model.Setting> settings = SettingsResolver.profileSettings(profiles);
        Map<String, String> byName = new java.util.TreeMap<>();
        settings.forEach(s -> byName.put(s.name(), s.value()));
        assertEquals(Map.of("spring.jpa.open-in-view [profile prod]", "false",
                "spring.jpa.properties.hibernate.jdbc.batch_size [profile prod]", "100",
                "spring.jpa.hibernate.ddl-auto [profile test]", "create-drop"), byName);
        String all = settings.toString();
        for (String secret : new String[] {"prod-pass", "prod-s3cret", "hib-pw", "prod.db.example", "tok"}) {
            assertFalse(all.contains(secret), secret + " reached the settings: " + all);
        }
        assertTrue(settings.get(0).source().startsWith("application-prod.yml"), settings.get(0).source());
    }
}
