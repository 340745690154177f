package dev.contextpack.reliability;

import dev.contextpack.engine.Suppressions;
import dev.contextpack.resolve.ProjectSettings;
import dev.contextpack.resolve.SettingsFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The settings files and the suppression file are text the plugin does not control. Mutated
 * versions of real files (seeded: a failure names its round and replays) are either read or
 * refused with a message that names the file; never another exception, a hang or a stack overflow.
 */
class UntrustedTextFuzzTest {

    private static final String PROPERTIES = """
            spring.datasource.url=jdbc:postgresql://localhost/shop
            spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect
            spring.jpa.properties.hibernate.default_batch_fetch_size=${BATCH:16}
            spring.jpa.open-in-view=false
            #---
            spring.config.activate.on-profile=test
            spring.jpa.show-sql=true
            name=caf\\u00e9 \\
              continued
            """;
    private static final String YAML = """
            spring:
              jpa:
                open-in-view: false
                properties:
                  hibernate:
                    dialect: org.hibernate.dialect.H2Dialect
                    default_batch_fetch_size: ${BATCH:16}
              datasource: &ds
                url: jdbc:h2:mem:shop
            list: [a, b, {c: d}]
            copy: *ds
            ---
            spring:
              config:
                activate:
                  on-profile: test
            """;
    private static final String SUPPRESSIONS = """
            - code: CP-TRAP-EAGER-COLLECTION
              class: com.example.Order
              member: lines
              reason: loaded on every screen anyway
            - code: CP-N-PLUS-ONE
              class: com.example.Report
              reason: "batch size 50"
            """;
    private static final String[] NOISE = {":", ": ", "-", "- ", " ", "  ", "\t", "\n", "\r\n", "[", "]", "{", "}", "\"", "'", "\\", "\\u",
            "\\u00", "#", "!", "&a", "*a", "*zz", "%", "@", "|", ">", "é", "\u0000", "\uFEFF", "${", "}", "${x:${y}}", "---", "...", "?", ",",
            "!!binary", "!!java.lang.Runtime", "<<: *a", "=", "0x", "~", "null"};

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, NOISE[random.nextInt(NOISE.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                default -> {
                    int from = random.nextInt(s.length() + 1);
                    s.insert(at, s.substring(from, Math.min(s.length(), from + random.nextInt(20))));
                }
            }
        }
        return s.toString();
    }

    @Test
    void mutatedSettingsFilesAreReadOrRefusedWithTheirName(@TempDir Path classes) throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            boolean yaml = round % 2 == 0;
            String name = yaml ? "application.yml" : "application.properties";
            Files.deleteIfExists(classes.resolve("application.yml"));
            Files.deleteIfExists(classes.resolve("application.properties"));
            String text = mutate(yaml ? YAML : PROPERTIES, random);
            Files.write(classes.resolve(name), text.getBytes(yaml ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            try {
                ProjectSettings settings = ProjectSettings.read(classes);
                settings.values().forEach((k, v) -> assertTrue(k != null && v != null && !v.contains("${"), k + "=" + v));
            } catch (SettingsFileException e) {
                assertTrue(e.getMessage().startsWith("Cannot read " + name) && e.getMessage().contains("Fix the"), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + ", " + name + ":\n" + text + "\n-> " + e, e);
            }
        }
    }

    @Test
    void hostileYamlIsRefusedNotObeyed(@TempDir Path classes) throws IOException {
        // deep nesting, an alias bomb, a tag asking for a Java type: each is refused (or read as text), quickly
        String[] hostile = {"a: " + "[".repeat(20_000), "a: &a [x,x,x,x,x,x,x,x,x]\n" + billionLaughs(), "a: !!java.net.URL [\"http://example.com\"]\n"};
        for (String text : hostile) {
            Files.writeString(classes.resolve("application.yml"), text);
            long start = System.nanoTime();
            try {
                ProjectSettings.read(classes);
            } catch (SettingsFileException e) {
                assertTrue(e.getMessage().startsWith("Cannot read application.yml"), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail(text.substring(0, Math.min(80, text.length())) + " -> " + e, e);
            }
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "took too long");
        }
    }

    private static String billionLaughs() {
        StringBuilder s = new StringBuilder();
        String previous = "a";
        for (int i = 0; i < 12; i++) {
            String name = "l" + i;
            s.append(name).append(": &").append(name).append(" [*").append(previous).append(",*").append(previous).append(",*")
                    .append(previous).append(",*").append(previous).append("]\n");
            previous = name;
        }
        return s.toString();
    }

    @Test
    void mutatedSuppressionFilesAreReadOrRefusedWithTheirName(@TempDir Path dir) throws IOException {
        Random random = new Random(11);
        Path file = dir.resolve("context-pack-suppressions.yaml");
        for (int round = 0; round < 300; round++) {
            String text = mutate(SUPPRESSIONS, random);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Suppressions.read(file);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("context-pack-suppressions.yaml"), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + ":\n" + text + "\n-> " + e, e);
            }
        }
    }
}
