package dev.contextpack;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.model.ContextPack;
import dev.contextpack.resolve.Overrides;
import dev.contextpack.zoo.ZooEntities;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the engine on the mapping zoo in target/test-classes, as the goal would on a module. */
public final class ZooTestSupport {

    private static ContextPack cached;

    private ZooTestSupport() {
    }

    public static Path testClasses() {
        try {
            return Path.of(ZooEntities.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GenerateRequest request(Path output) {
        return new GenerateRequest(testClasses(), List.of(testClasses()), output, null, List.of("dev.contextpack.zoo"),
                new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()), "zoo", "mvn process-classes");
    }

    /** The zoo's pack (built once per test JVM: the boot takes about a second). */
    public static synchronized ContextPack pack() {
        if (cached == null) {
            cached = new ContextPackEngine(EngineLog.SILENT).build(request(null));
        }
        return cached;
    }
}
