package dev.contextpack.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.model.Aggregate;
import dev.contextpack.model.ContextPack;
import dev.contextpack.write.Drift;
import dev.contextpack.write.ManagedSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AGENTS.md's managed section: short, every link leads to a page of the pack, hand text kept, checked like the pack. */
class AgentFilesTest {

    @Test
    void theSectionIsShortItsLinksResolveAndHandTextStays(@TempDir Path root) throws Exception {
        Path packDir = root.resolve("module/context-pack");
        GenerateRequest request = ZooTestSupport.request(packDir);
        ContextPackEngine engine = new ContextPackEngine(EngineLog.SILENT);
        ContextPack pack = engine.generate(request).pack();
        Path agents = root.resolve("AGENTS.md");
        Files.writeString(agents, "# How we work\n\nAsk before adding a dependency.\n");
        List<ContextPackEngine.AgentFile> files = List.of(new ContextPackEngine.AgentFile(agents, "AGENTS.md", "module/context-pack/"));

        Drift before = engine.updateAgentFiles(pack, request, files);
        assertEquals(List.of("AGENTS.md"), before.changed().stream().map(Drift.Change::path).toList(), "the section was added");

        String text = Files.readString(agents);
        assertTrue(text.startsWith("# How we work\n\nAsk before adding a dependency.\n\n" + ManagedSection.begin("zoo") + "\n"), text);
        String body = ManagedSection.body("AGENTS.md", text, "zoo");
        long lines = body.lines().count();
        assertTrue(lines <= 40, "tens of lines, not hundreds: " + lines + "\n" + body);
        assertTrue(body.contains(pack.entities().size() + " JPA entities,"), body);
        for (Aggregate ag : pack.aggregates()) {
            if (!ag.savedWithRoot().isEmpty()) assertTrue(body.contains("[" + ag.root() + "](module/context-pack/entities/" + ag.root() + ".md) saves"), ag.root());
        }
        Matcher link = Pattern.compile("\\]\\(([^)]+)\\)").matcher(body);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(Files.isRegularFile(root.resolve(link.group(1))), "link " + link.group(1) + " leads to a file of the pack");
        }
        assertTrue(links >= 3, body);

        assertTrue(engine.compareAgentFiles(pack, request, files).isEmpty(), "just written: current");
        assertTrue(engine.updateAgentFiles(pack, request, files).isEmpty(), "a second run changes nothing");
        Files.writeString(agents, text.replace("JPA entities", "entities"));
        assertEquals(1, engine.compareAgentFiles(pack, request, files).changed().size(), "an edit inside the markers is drift");
        engine.updateAgentFiles(null, request, files);
        assertEquals("# How we work\n\nAsk before adding a dependency.\n", Files.readString(agents), "a module without a pack removes its section");
    }

    @Test
    void aLongListOfUnverifiedEntitiesIsCutToAFewNames() {
        ContextPack zoo = new ContextPackEngine(EngineLog.SILENT).build(ZooTestSupport.request(null), Suppressions.none());
        dev.contextpack.model.Entity e = zoo.entities().get(0);
        List<dev.contextpack.model.Entity> many = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new dev.contextpack.model.Entity("Unbooted" + i, "p.Unbooted" + i, dev.contextpack.model.Provenance.annotation, e.declaredBy(),
                    false, null, List.of(), null, List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), null, null, List.of()));
        }
        ContextPack pack = new ContextPack(zoo.formatVersion(), zoo.generator(), zoo.module(), zoo.settings(), many, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());
        String body = new dev.contextpack.render.MarkdownRenderer(null).renderAgentSection(pack,
                new dev.contextpack.render.Header(ContextPackEngine.GENERATOR, "mvn process-classes"), "context-pack/");
        String line = body.lines().filter(l -> l.startsWith("- Not verified by Hibernate")).findFirst().orElseThrow();
        assertTrue(line.contains("Unbooted0, ") && line.endsWith(", and 60 more (marked in the index)."), line);
        assertTrue(!line.contains("Unbooted40"), line);
    }
}
