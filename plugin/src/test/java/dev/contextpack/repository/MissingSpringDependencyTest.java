package dev.contextpack.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.QueryMethod;
import dev.contextpack.resolve.Overrides;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Spring Data on the class path without a dependency its parser needs (commons-logging): derived
 * methods are unchecked with one stable reason, and two runs give the same pack. (A class that failed
 * to initialise fails with another message on every later attempt; the first version of the reader
 * let that order leak into the pack.)
 */
class MissingSpringDependencyTest {

    private static ContextPack build() {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.contains("commons-logging") && !p.contains("spring-jcl"))
                .map(Path::of).toList();
        return new ContextPackEngine(EngineLog.SILENT).build(new GenerateRequest(ZooTestSupport.testClasses(), classpath, null, null,
                List.of("dev.contextpack.repository"), new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()),
                "repository", "mvn process-classes"));
    }

    @Test
    void derived_methods_are_unchecked_with_one_reason_and_two_runs_agree() {
        ContextPack first = build();
        ContextPack second = build();
        assertEquals(first, second);
        List<QueryMethod> derived = first.repositories().stream().flatMap(r -> r.methods().stream())
                .filter(m -> m.source().equals("derived")).toList();
        assertFalse(derived.isEmpty());
        for (QueryMethod m : derived) {
            assertEquals(QueryMethod.UNCHECKED, m.status(), m.toString());
            assertEquals(derived.get(0).problem(), m.problem());
        }
        assertTrue(derived.get(0).problem().startsWith("Spring Data's method-name parser cannot run with the project's class path"), derived.get(0).problem());
        assertTrue(first.findings().stream().noneMatch(f -> f.code().equals("CP-REPOSITORY-UNREADABLE")), first.findings().toString());
    }
}
