package dev.contextpack.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.resolve.Overrides;
import dev.contextpack.write.Drift;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check = the pack rendered in memory, compared with the directory; generate = the same files, written. */
class EngineCheckTest {

    @Test
    void aFreshlyGeneratedPackIsCurrentAndAnEditIsReportedAsADiff(@TempDir Path out) throws Exception {
        ContextPackEngine engine = new ContextPackEngine(EngineLog.SILENT);
        assertFalse(engine.check(ZooTestSupport.request(out), Suppressions.none()).drift().isEmpty(), "nothing generated yet");
        assertFalse(Files.exists(out.resolve("README.md")), "check wrote nothing");

        engine.generate(ZooTestSupport.request(out));
        CheckResult current = engine.check(ZooTestSupport.request(out), Suppressions.none());
        assertTrue(current.drift().isEmpty(), () -> current.drift().describe("", 50).toString());

        Path keeper = out.resolve("entities/Keeper.md");
        String text = Files.readString(keeper);
        Files.writeString(keeper, text.replace("# Keeper", "# Zookeeper"));
        Drift drift = engine.check(ZooTestSupport.request(out), Suppressions.none()).drift();
        assertEquals(List.of("entities/Keeper.md"), drift.changed().stream().map(Drift.Change::path).toList());
        assertTrue(drift.changed().get(0).diff().contains("-# Zookeeper"), drift.changed().get(0).diff().toString());
        assertTrue(drift.changed().get(0).diff().stream().anyMatch(l -> l.startsWith("+# Keeper")), drift.changed().get(0).diff().toString());
        assertEquals(text.replace("# Keeper", "# Zookeeper"), Files.readString(keeper), "check left the edited file alone");
    }

    @Test
    void aModuleWithoutEntitiesIsCurrentUnlessAnEarlierPackIsThere(@TempDir Path out) throws Exception {
        GenerateRequest none = new GenerateRequest(ZooTestSupport.testClasses(), List.of(ZooTestSupport.testClasses()), out, null,
                List.of("dev.contextpack.nothing.here"), Overrides.none(), "zoo", "mvn process-classes");
        ContextPackEngine engine = new ContextPackEngine(EngineLog.SILENT);
        assertTrue(engine.check(none, Suppressions.none()).drift().isEmpty());
        engine.generate(ZooTestSupport.request(out));
        Drift drift = engine.check(none, Suppressions.none()).drift();
        assertTrue(drift.extra().contains("README.md"), drift.extra().toString());
        assertTrue(Files.exists(out.resolve("README.md")));
    }
}
