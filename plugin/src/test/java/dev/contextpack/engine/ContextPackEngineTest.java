package dev.contextpack.engine;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Setting;
import dev.contextpack.resolve.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContextPackEngineTest {

    @Test
    void theContextClassLoaderIsRestoredAfterTheBoot(@TempDir Path out) {
        ClassLoader mine = new URLClassLoader(new URL[0], getClass().getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(mine);
        try {
            new ContextPackEngine(EngineLog.SILENT).generate(ZooTestSupport.request(out));
            assertSame(mine, thread.getContextClassLoader());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void aModuleWithoutEntitiesWritesNothing(@TempDir Path out) {
        List<String> info = new ArrayList<>();
        EngineLog log = new EngineLog() {
            @Override
            public void info(String message) {
                info.add(message);
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
            }
        };
        GenerateRequest request = new GenerateRequest(ZooTestSupport.testClasses(), List.of(ZooTestSupport.testClasses()),
                out.resolve("pack"), null, List.of("dev.contextpack.nothing.here"), Overrides.none(), "empty", "mvn process-classes");
        GenerateResult result = new ContextPackEngine(log).generate(request);
        assertNull(result.pack());
        assertFalse(Files.exists(out.resolve("pack")), "no directory, no empty files");
        assertTrue(info.get(0).contains("no JPA entity"), info.toString());
    }

    @Test
    void aPackWithoutEntitiesLeftIsRemovedButHandWrittenFilesStay(@TempDir Path out) throws Exception {
        new ContextPackEngine(EngineLog.SILENT).generate(ZooTestSupport.request(out));
        Files.writeString(out.resolve("NOTES.md"), "mine\n");
        GenerateRequest none = new GenerateRequest(ZooTestSupport.testClasses(), List.of(ZooTestSupport.testClasses()), out, null,
                List.of("dev.contextpack.nothing.here"), Overrides.none(), "zoo", "mvn process-classes");
        GenerateResult result = new ContextPackEngine(EngineLog.SILENT).generate(none);
        assertNull(result.pack());
        assertFalse(Files.exists(out.resolve("README.md")), "the earlier pack no longer claims to describe the module");
        assertFalse(Files.exists(out.resolve("entities/Keeper.md")));
        assertTrue(Files.exists(out.resolve("NOTES.md")), "a hand-written file stays");
    }

    @Test
    void thePackNamesBothHibernateVersionsAndTheSettingsItUsed() {
        ContextPack pack = ZooTestSupport.pack();
        Map<String, String> settings = new java.util.HashMap<>();
        for (Setting s : pack.settings()) settings.put(s.name(), s.value());
        assertEquals(org.hibernate.Version.getVersionString(), settings.get("hibernateVersion"));
        assertEquals("none on the class path", settings.get("projectHibernateVersion"), "the zoo's class path is test-classes only");
        assertEquals("org.hibernate.dialect.H2Dialect", settings.get("dialect"));
        assertEquals("org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl", settings.get("physicalNamingStrategy"));
        assertEquals("org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl", settings.get("implicitNamingStrategy"));
        assertEquals("Hibernate ORM (JPA)", settings.get("framework"));
    }

    @Test
    void theProjectsHibernateVersionIsReadFromItsJar() {
        assertEquals("7.2.19.Final", ContextPackEngine.projectHibernateVersion(List.of(
                Path.of("repo", "org", "hibernate", "orm", "hibernate-core", "7.2.19.Final", "hibernate-core-7.2.19.Final.jar"),
                Path.of("target", "classes"))));
        assertNull(ContextPackEngine.projectHibernateVersion(List.of(Path.of("target", "classes"))));
    }
}
