package dev.contextpack.engine;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.SourceModule;
import dev.contextpack.render.Header;
import dev.contextpack.render.PackFile;
import dev.contextpack.render.YamlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mapping zoo split over two modules and read back as one: the same entities as the zoo read as one
 * module, each naming the module (and source file) it came from; a class both modules compile is a finding.
 */
class AggregatedPackTest {

    @TempDir
    static Path dir;
    static ContextPack pack;
    static List<PackFile> files;

    @BeforeAll
    static void aggregate() throws IOException {
        Path classes = ZooTestSupport.testClasses();
        Path zoo = classes.resolve("dev/contextpack/zoo");
        ReactorModule enclosures = new ReactorModule("zoo-enclosures", "zoo/enclosures", dir.resolve("zoo/enclosures/target/classes"),
                List.of(dir.resolve("zoo/enclosures/src/main/java")));
        ReactorModule visitors = new ReactorModule("zoo-visitors", "zoo/visitors", dir.resolve("zoo/visitors/target/classes"),
                List.of(dir.resolve("zoo/visitors/src/main/java")));
        // enclosures: the zoo classes A to K; visitors: the rest of the test classes (the zoo's orm.xml included)
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                boolean early = file.getParent().equals(zoo) && file.getFileName().toString().charAt(0) <= 'K';
                copy(file, (early ? enclosures : visitors).classesDirectory().resolve(relative));
            }
        }
        // both modules compile Keeper; only Aviary's source is in a source root
        copy(zoo.resolve("Keeper.class"), visitors.classesDirectory().resolve("dev/contextpack/zoo/Keeper.class"));
        Path aviarySource = enclosures.sourceRoots().get(0).resolve("dev/contextpack/zoo/Aviary.java");
        Files.createDirectories(aviarySource.getParent());
        Files.writeString(aviarySource, "// the source of Aviary\n");

        MergedClasses merged = MergedClasses.build(List.of(enclosures, visitors), dir.resolve("target/context-pack-aggregate/classes"));
        GenerateRequest zooRequest = ZooTestSupport.request(null);
        GenerateRequest request = new GenerateRequest(merged.directory(), List.of(merged.directory()), null, null, zooRequest.packages(),
                zooRequest.overrides(), "zoo-parent", "mvn process-classes context-pack:aggregate");
        ContextPackEngine engine = new ContextPackEngine(EngineLog.SILENT)
                .refining(new ModuleAttribution(merged, dir, Suppressions.none(), EngineLog.SILENT));
        pack = engine.build(request);
        files = engine.render(pack, request);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    @Test
    void theEntitiesAreTheOnesOfTheZooReadAsOneModule() {
        List<Entity> withoutModules = pack.entities().stream().map(e -> e.withModule(null)).toList();
        assertEquals(ZooTestSupport.pack().entities(), withoutModules);
    }

    @Test
    void eachEntityNamesItsModuleAndTheSourceFileWhenASourceRootHoldsIt() {
        assertEquals(new SourceModule("zoo-enclosures", "zoo/enclosures", "zoo/enclosures/src/main/java/dev/contextpack/zoo/Aviary.java",
                Provenance.config), entity("Aviary").module());
        assertEquals(new SourceModule("zoo-visitors", "zoo/visitors", null, Provenance.config), entity("Visitor").module());
        assertEquals("zoo-enclosures", entity("Animal").module().artifactId());
        assertTrue(pack.entities().stream().allMatch(e -> e.module() != null), "every entity of the build has its module");
    }

    @Test
    void aClassBothModulesCompileIsDescribedFromTheLaterOneAndIsAFinding() {
        assertEquals("zoo-visitors", entity("Keeper").module().artifactId());
        List<Finding> shadowed = pack.findings().stream().filter(f -> f.code().equals(ModuleAttribution.SHADOWED)).toList();
        assertEquals(1, shadowed.size(), shadowed.toString());
        assertEquals("dev.contextpack.zoo.Keeper", shadowed.get(0).className());
        assertEquals(Finding.Severity.warning, shadowed.get(0).severity());
        assertTrue(shadowed.get(0).message().startsWith("modules `zoo-enclosures` (zoo/enclosures), `zoo-visitors` (zoo/visitors) each compile"
                + " this class; the pack describes the one of `zoo-visitors`"), shadowed.get(0).message());
    }

    @Test
    void thePagesSayWhereToEditAndTheIndexListsTheModules() {
        String aviary = file("entities/Aviary.md");
        assertTrue(aviary.contains("\nEdit it in module `zoo-enclosures` (`zoo/enclosures/`): `zoo/enclosures/src/main/java/dev/contextpack/zoo/Aviary.java`.\n"),
                aviary);
        assertTrue(file("entities/Visitor.md").contains("\nEdit it in module `zoo-visitors` (`zoo/visitors/`).\n"));
        String index = file("README.md");
        assertTrue(index.contains("## Modules\n"), index);
        assertTrue(index.contains("| `zoo-enclosures` | `zoo/enclosures` | [Animal](entities/Animal.md), "), index);
        assertTrue(file(YamlRenderer.FILE).contains("""
                    module:
                      artifactId: zoo-enclosures
                      directory: zoo/enclosures
                      source: zoo/enclosures/src/main/java/dev/contextpack/zoo/Aviary.java
                      provenance: config
                """));
    }

    @Test
    void aSingleModulePackNamesNoModule() {
        ContextPack single = ZooTestSupport.pack();
        assertTrue(single.entities().stream().allMatch(e -> e.module() == null));
        List<PackFile> singleFiles = new ContextPackEngine(EngineLog.SILENT).render(single, ZooTestSupport.request(null));
        for (PackFile f : singleFiles) {
            assertFalse(f.content().contains("## Modules") || f.content().contains("Edit it in module") || f.content().contains("    module:\n"), f.path());
        }
        assertFalse(new YamlRenderer().render(single, new Header("context-pack", "mvn")).content().contains("artifactId:"));
    }

    private static Entity entity(String name) {
        return pack.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static String file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }
}
