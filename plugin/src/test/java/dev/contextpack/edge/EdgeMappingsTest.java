package dev.contextpack.edge;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.engine.GenerateResult;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Provenance;
import dev.contextpack.resolve.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legal mappings that once crashed the build or produced wrong text: each must give a verified
 * entity with the right facts, and the whole pack must render.
 */
class EdgeMappingsTest {

    private static GenerateResult generate(Path out, String pkg) {
        GenerateRequest request = new GenerateRequest(ZooTestSupport.testClasses(), List.of(ZooTestSupport.testClasses()), out, null,
                List.of(pkg), new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()), "edge", "mvn process-classes");
        return new ContextPackEngine(EngineLog.SILENT).generate(request);
    }

    private static Entity entity(ContextPack pack, String name) {
        return pack.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static Attribute attribute(Entity e, String name) {
        return e.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void oddButLegalMappingsAreVerifiedAndRendered(@TempDir Path out) throws Exception {
        ContextPack pack = generate(out, "dev.contextpack.edge").pack();
        // the dup package holds two classes with one entity name, rejected by Hibernate on purpose
        assertTrue(pack.findings().stream().noneMatch(f -> f.code().startsWith("CP-EXTRACT") || f.code().startsWith("CP-BOOT")
                && (f.className() == null || !f.className().contains(".dup."))), () -> pack.findings().toString());

        Entity widget = entity(pack, "edge.Widget");
        assertEquals(Provenance.verified, widget.provenance());
        assertEquals("String", attribute(widget, "payload").javaType(), "the type Hibernate resolved, not the type variable T");
        assertEquals("upper(name)", attribute(widget, "upperName").columns().get(0).formula());
        Attribute parts = attribute(widget, "box").embedded().attributes().stream().filter(a -> a.name().equals("parts")).findFirst().orElseThrow();
        assertEquals("Part", parts.association().target());
        assertEquals(List.of("widget_id"), parts.association().joinColumns().stream().map(c -> c.name()).toList());
        assertTrue(widget.callbacks().stream().anyMatch(c -> c.declaredIn().equals("java.lang.Object") && c.event() == null),
                "a listener outside the module is named without events");
        assertTrue(widget.rules().stream().anyMatch(r -> r.text().contains("`edge.Widget.box.parts`")), widget.rules().toString());

        Entity shape = entity(pack, "Shape");
        assertEquals("case when corners = 0 then 'C' else 'P' end", shape.inheritance().discriminatorColumn().formula());
        String shapePage = Files.readString(out.resolve("entities/Shape.md"));
        assertTrue(shapePage.contains("Discriminator formula `case when corners = 0 then 'C' else 'P' end`"), shapePage);
        assertTrue(Files.exists(out.resolve("entities/edge.Widget.md")));
    }

    @Test
    void aLinkOwnedFromBothSidesAndASetWithoutEqualsAreFindings(@TempDir Path out) {
        ContextPack pack = generate(out, "dev.contextpack.edge").pack();
        assertTrue(pack.findings().stream().anyMatch(f -> f.code().equals("CP-TRAP-TWO-OWNING-SIDES") && "bottles".equals(f.member())
                && f.message().contains("mappedBy = \"crate\"")), pack.findings()::toString);
        assertTrue(pack.findings().stream().anyMatch(f -> f.code().equals("CP-TRAP-SET-WITHOUT-EQUALS")
                && "dev.contextpack.edge.Bottle".equals(f.className())), pack.findings()::toString);
    }

    @Test
    void methodBodiesRevealNPlusOneReadsAndEqualsOnAGeneratedId(@TempDir Path out) {
        ContextPack pack = generate(out, "dev.contextpack.edge").pack();
        List<String> nPlusOne = pack.findings().stream().filter(f -> f.code().equals("CP-N-PLUS-ONE")).map(f -> f.message()).toList();
        assertTrue(nPlusOne.stream().anyMatch(m -> m.startsWith("`CrateReport.bottlesInLoop()` reads the LAZY `Crate.bottles`")), nPlusOne::toString);
        assertTrue(nPlusOne.stream().anyMatch(m -> m.startsWith("`CrateReport.bottlesInStream()`")), "a lambda of a stream is a loop body");
        assertTrue(nPlusOne.stream().noneMatch(m -> m.contains("bottlesOfOne")), "one read outside a loop is not an N+1");
        assertTrue(pack.findings().stream().anyMatch(f -> f.code().equals("CP-TRAP-EQUALS-ON-GENERATED-ID")
                && f.className().endsWith(".Widget")), pack.findings()::toString);
    }

    @Test
    void enversCustomSqlAndJsonSwitchesAreStated(@TempDir Path out) {
        ContextPack pack = generate(out, "dev.contextpack.edge").pack();
        java.util.Set<String> switches = entity(pack, "Ledger").behaviours().stream()
                .map(b -> b.name() + (b.member() == null ? "" : " on " + b.member())).collect(java.util.stream.Collectors.toSet());
        assertTrue(switches.containsAll(java.util.Set.of("@Audited", "@SQLInsert", "@SQLUpdate", "@JsonBackReference on crate")), switches::toString);
    }

    @Test
    void twoClassesWithOneEntityNameGetAPageEach(@TempDir Path out) {
        ContextPack pack = generate(out, "dev.contextpack.edge.dup").pack();
        List<String> names = pack.entities().stream().map(Entity::name).toList();
        assertEquals(2, names.size(), names::toString);
        assertNotEquals(names.get(0), names.get(1));
        assertTrue(pack.findings().stream().anyMatch(f -> f.code().equals("CP-BOOT-REJECTED")), pack.findings()::toString);
        for (String name : names) assertTrue(Files.exists(out.resolve("entities/" + name + ".md")), name);
    }
}
