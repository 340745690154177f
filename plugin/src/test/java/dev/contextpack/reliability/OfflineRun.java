package dev.contextpack.reliability;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;

import java.nio.file.Path;

/** Runs the engine in a JVM of its own (started in a network namespace without any network): CLASSES OUTPUT. */
public final class OfflineRun {
    public static void main(String[] args) {
        new ContextPackEngine(EngineLog.SILENT).generate(TestProjects.request(Path.of(args[0]), Path.of(args[1])));
    }
}
