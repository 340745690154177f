package dev.contextpack.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergedClassesTest {

    @Test
    void theLaterModuleWinsAndOnlyFilesThatChangeThePackAreReportedAsShadowed(@TempDir Path dir) throws IOException {
        ReactorModule persistence = module(dir, "persistence", "com/acme/Order.class", "com/acme/OrderRepository.class",
                "application.properties", "logback.xml", "META-INF/orm.xml");
        ReactorModule app = module(dir, "app", "com/acme/Order.class", "com/acme/App$Inner.class", "application.properties", "logback.xml");
        Path merged = dir.resolve("target/context-pack-aggregate/classes");

        MergedClasses classes = MergedClasses.build(List.of(persistence, app), merged);

        assertEquals("app com/acme/Order.class", Files.readString(merged.resolve("com/acme/Order.class")), "the later module's copy is read");
        assertEquals("persistence com/acme/OrderRepository.class", Files.readString(merged.resolve("com/acme/OrderRepository.class")));
        assertEquals(List.of("application.properties", "com/acme/Order.class"), classes.shadowed().stream().map(MergedClasses.Shadowed::path).toList(),
                "logback.xml is read by nobody here: not a finding");
        assertEquals(List.of(persistence, app), classes.shadowed().get(0).holders());
        assertEquals(app, classes.shadowed().get(0).winner());
        assertEquals(app, classes.moduleOf("com.acme.Order"));
        assertEquals(persistence, classes.moduleOf("com.acme.OrderRepository"));
        assertEquals(app, classes.moduleOf("com.acme.App$Inner"));
        assertNull(classes.moduleOf("org.springframework.data.repository.Repository"), "a dependency's class has no module");
        assertEquals(app, classes.settingsFiles().get("application.properties"));
        assertEquals(persistence, classes.settingsFiles().get("orm.xml"));
    }

    @Test
    void aSecondRunStartsFromAnEmptyDirectory(@TempDir Path dir) throws IOException {
        Path merged = dir.resolve("merged");
        MergedClasses.build(List.of(module(dir, "old", "com/acme/Gone.class")), merged);
        ReactorModule current = module(dir, "current", "com/acme/Here.class");

        MergedClasses classes = MergedClasses.build(List.of(current), merged);

        assertFalse(Files.exists(merged.resolve("com/acme/Gone.class")), "a class removed from the build is not described");
        assertTrue(Files.exists(merged.resolve("com/acme/Here.class")));
        assertEquals(List.of("com/acme/Here.class"), List.copyOf(classes.originsByPath().keySet()));
    }

    @Test
    void aModuleWithoutClassesDirectoryIsSkipped(@TempDir Path dir) {
        ReactorModule empty = new ReactorModule("docs", "docs", dir.resolve("docs/target/classes"), List.of());

        MergedClasses classes = MergedClasses.build(List.of(empty), dir.resolve("merged"));

        assertTrue(classes.originsByPath().isEmpty());
        assertTrue(Files.isDirectory(dir.resolve("merged")));
    }

    @Test
    void whatCountsAsAFileThatChangesThePack() {
        assertTrue(MergedClasses.matters("com/acme/Order.class"));
        assertFalse(MergedClasses.matters("module-info.class"));
        assertTrue(MergedClasses.matters("application.yml"));
        assertTrue(MergedClasses.matters("application-dev.properties"));
        assertTrue(MergedClasses.matters("META-INF/persistence.xml"));
        assertTrue(MergedClasses.matters("META-INF/orm.xml"));
        assertTrue(MergedClasses.matters("mappings/Order.hbm.xml"));
        assertFalse(MergedClasses.matters("config/application.properties"), "Spring Boot reads only the class path root's");
        assertFalse(MergedClasses.matters("logback.xml"));
    }

    /** A module whose classes directory holds the files, each containing its module's name and path. */
    static ReactorModule module(Path dir, String name, String... files) throws IOException {
        Path classes = dir.resolve(name).resolve("target/classes");
        for (String file : files) {
            Path path = classes.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, name + " " + file);
        }
        return new ReactorModule(name, name, classes, List.of(dir.resolve(name).resolve("src/main/java")));
    }
}
