package dev.contextpack.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.resolve.Overrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint changes with every input and output of a run, and only with them. */
class FingerprintTest {

    @TempDir
    Path dir;

    @Test
    void everyInputAndOutputChangesTheFingerprint() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/com/example"));
        Files.writeString(classes.resolve("A.class"), "class bytes");
        Files.writeString(dir.resolve("classes/application.properties"), "spring.jpa.open-in-view=false\n");
        Path jar = Files.writeString(dir.resolve("dep.jar"), "jar bytes");
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("README.md"), "# pack\n");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path suppressions = dir.resolve("suppressions.yaml");
        GenerateRequest request = new GenerateRequest(dir.resolve("classes"), List.of(dir.resolve("classes"), jar), pack, templates,
                List.of(), Overrides.none(), "m", "mvn process-classes");
        Map<String, String> parameters = Map.of("failOnSeverity", "none");
        Supplier<String> now = () -> Fingerprint.of(request, parameters, List.of(pack), List.of(suppressions));

        String first = now.get();
        assertEquals(first, now.get(), "nothing changed, same fingerprint");
        assertTrue(first.lines().noneMatch(l -> l.contains("Z ")), "no time stamp of the run itself");

        first = changes(now, first, () -> Files.writeString(classes.resolve("A.class"), "other bytes"), "a class");
        first = changes(now, first, () -> Files.writeString(dir.resolve("classes/application.properties"), "x=1\n"), "a configuration file");
        first = changes(now, first, () -> Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L)), "a dependency jar");
        first = changes(now, first, () -> Files.writeString(templates.resolve("entity.md.ftl"), "mine"), "a user template");
        first = changes(now, first, () -> Files.writeString(suppressions, "- code: X\n"), "the suppression file");
        first = changes(now, first, () -> Files.writeString(pack.resolve("README.md"), "# edited\n"), "an output");
        first = changes(now, first, () -> Files.delete(pack.resolve("README.md")), "a deleted output");
        assertNotEquals(first, Fingerprint.of(request, Map.of("failOnSeverity", "error"), List.of(pack), List.of(suppressions)), "a parameter");
        GenerateRequest otherDialect = new GenerateRequest(request.classesDirectory(), request.classpath(), pack, templates, List.of(),
                new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()), "m", "mvn process-classes");
        assertNotEquals(first, Fingerprint.of(otherDialect, parameters, List.of(pack), List.of(suppressions)), "an override");
    }

    private interface Change {
        void run() throws Exception;
    }

    private static String changes(Supplier<String> now, String before, Change change, String what) throws Exception {
        change.run();
        String after = now.get();
        assertNotEquals(before, after, what + " changes the fingerprint");
        return after;
    }
}
