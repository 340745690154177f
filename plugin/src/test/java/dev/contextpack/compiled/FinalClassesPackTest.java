package dev.contextpack.compiled;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.model.Behaviour;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.resolve.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Final entity classes, final getters and a missing no-arg constructor (what Kotlin compiles without
 * all-open and no-arg) in the pack; FinalEntityBehaviourTest shows on H2 that Hibernate behaves so.
 */
class FinalClassesPackTest {

    static ContextPack generate(Path out, String pkg) {
        GenerateRequest request = new GenerateRequest(ZooTestSupport.testClasses(), List.of(ZooTestSupport.testClasses()), out, null,
                List.of(pkg), new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()), "compiled", "mvn process-classes");
        return new ContextPackEngine(EngineLog.SILENT).generate(request).pack();
    }

    static Entity entity(ContextPack pack, String name) {
        return pack.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    static List<Finding> findings(ContextPack pack, String code) {
        return pack.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void lazyLinksToUnproxiableEntitiesAreFindingsAndTheirRealFetchIsStated(@TempDir Path out) throws Exception {
        ContextPack pack = generate(out, "dev.contextpack.compiled.finals");
        List<Finding> notProxied = findings(pack, "CP-FINAL-ENTITY-NOT-PROXIED");
        assertEquals(List.of("dock", "warehouse"), notProxied.stream().map(Finding::member).sorted().toList(), notProxied::toString);
        assertTrue(notProxied.stream().allMatch(f -> f.className().endsWith(".Shipment") && f.severity() == Finding.Severity.warning));
        Finding warehouse = notProxied.stream().filter(f -> f.member().equals("warehouse")).findFirst().orElseThrow();
        assertTrue(warehouse.message().contains("cannot proxy Warehouse (a final class)"), warehouse.message());
        Finding dock = notProxied.stream().filter(f -> f.member().equals("dock")).findFirst().orElseThrow();
        assertTrue(dock.message().contains("final accessor Dock.getLabel()"), dock.message());

        Behaviour lazy = entity(pack, "Shipment").behaviours().stream().filter(b -> "warehouse".equals(b.member())).findFirst().orElseThrow();
        assertEquals("LAZY not applied", lazy.name());
        assertEquals(Provenance.verified, lazy.provenance(), "Hibernate's SessionFactory has no proxy factory for it");
        assertTrue(entity(pack, "Shipment").behaviours().stream().noneMatch(b -> "carrier".equals(b.member())), "Carrier is proxied");
        Behaviour target = entity(pack, "Warehouse").behaviours().stream().filter(b -> b.name().equals("not proxied")).findFirst().orElseThrow();
        assertTrue(target.effect().contains("`Shipment.warehouse`"), target.effect());
        assertTrue(entity(pack, "Carrier").behaviours().isEmpty());

        String page = Files.readString(out.resolve("entities/Shipment.md"));
        assertTrue(page.contains("| `LAZY not applied` | `warehouse` | `Warehouse: a final class` | Hibernate cannot proxy Warehouse, so it loads"), page);
    }

    @Test
    void anEntityWithoutANoArgConstructorIsAnError(@TempDir Path out) {
        ContextPack pack = generate(out, "dev.contextpack.compiled.finals");
        List<Finding> missing = findings(pack, "CP-NO-NOARG-CONSTRUCTOR");
        assertEquals(List.of("dev.contextpack.compiled.finals.Crane"), missing.stream().map(Finding::className).toList(), missing::toString);
        assertEquals(Finding.Severity.error, missing.get(0).severity());
        assertEquals(Provenance.verified, entity(pack, "Crane").provenance(), "Hibernate's boot accepts it");
    }

    @Test
    void aSealedEntityKeepsHibernateFromBuildingItsSessionFactory(@TempDir Path out) {
        ContextPack pack = generate(out, "dev.contextpack.compiled.sealed");
        List<Finding> sealed = findings(pack, "CP-SEALED-ENTITY");
        assertEquals(List.of("dev.contextpack.compiled.sealed.Vehicle"), sealed.stream().map(Finding::className).toList(), pack.findings()::toString);
        assertEquals(Finding.Severity.error, sealed.get(0).severity());
        assertTrue(sealed.get(0).message().contains("cannot inherit from sealed class dev.contextpack.compiled.sealed.Vehicle"), sealed.get(0).message());
        assertEquals(Provenance.verified, entity(pack, "Vehicle").provenance(), "the boot model accepts it; the SessionFactory does not");
    }
}
