package dev.contextpack.reliability;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.DeclaredAnnotation;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.Unverified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities Hibernate cannot boot (a class missing from the class path, a mapping it rejects) are
 * described from their bytecode: every fact the annotations declare, with provenance {@code annotation},
 * the JPA defaults written out, the entity marked unverified with the reason and the fix; the others
 * stay verified.
 */
class UnverifiedEntityTest {

    /** Shelf and Jar are valid; Label points at Shelf and, through a plain field, at a class deleted after compiling. */
    private static final Map<String, String> MISSING_CLASS = Map.of(
            "p/Shelf.java", TestProjects.entity("p", "Shelf", "String name; @OneToMany(mappedBy = \"shelf\") List<Jar> jars;"),
            "p/Jar.java", TestProjects.entity("p", "Jar", "String name; @ManyToOne Shelf shelf;"),
            "p/Stamped.java", """
                    package p;
                    @jakarta.persistence.MappedSuperclass
                    public abstract class Stamped { java.time.Instant createdAt; }
                    """,
            "p/Printer.java", "package p;\npublic class Printer {}\n",
            "p/Label.java", """
                    package p;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "labels", schema = "shop")
                    public class Label extends Stamped {
                        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "label_seq")
                        @SequenceGenerator(name = "label_seq", sequenceName = "label_sequence", allocationSize = 10)
                        Long id;
                        @Column(name = "label_text", length = 80, nullable = false) String text;
                        @Version int version;
                        @ManyToOne(cascade = CascadeType.ALL) Shelf shelf;
                        @ManyToOne(fetch = FetchType.LAZY, optional = false) Jar jar;
                        @Transient String scratch;
                        Printer printer;
                        @PrePersist void stamp() { }
                    }
                    """);

    private static ContextPack generate(Path classes, Path out) {
        return new ContextPackEngine(EngineLog.SILENT).generate(TestProjects.request(classes, out)).pack();
    }

    private static Entity entity(ContextPack pack, String name) {
        return pack.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static Attribute attribute(Entity e, String name) {
        return e.attributes().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(e.name() + "." + name + " in " + e.attributes()));
    }

    private static Map<String, String> values(Attribute a, String annotation) {
        DeclaredAnnotation d = a.declaredAnnotations().stream().filter(x -> x.name().equals(annotation)).findFirst()
                .orElseThrow(() -> new AssertionError("@" + annotation + " on " + a.name() + ": " + a.declaredAnnotations()));
        Map<String, String> values = new java.util.TreeMap<>();
        d.values().forEach(v -> values.put(v.name(), v.value()));
        return values;
    }

    private static boolean hasDefault(Unverified u, String attribute, String property, String value) {
        return u.defaults().stream().anyMatch(d -> java.util.Objects.equals(attribute, d.attribute()) && d.property().equals(property) && d.value().equals(value));
    }

    @Test
    void anEntityReferringToAMissingClassIsDescribedFromItsBytecodeAndMarkedUnverified(@TempDir Path dir) throws Exception {
        Path classes = TestProjects.compile(dir, MISSING_CLASS);
        Files.delete(classes.resolve("p/Printer.class"));
        Path out = dir.resolve("pack");

        ContextPack pack = generate(classes, out);

        Entity label = entity(pack, "Label");
        assertEquals(Provenance.annotation, label.provenance());
        Unverified why = label.unverified();
        assertEquals("missingClass", why.cause());
        assertEquals("p.Printer", why.relatedClass());
        assertTrue(why.reason().contains("Class p.Printer is not on the project's runtime class path"), why.reason());
        assertTrue(why.fix().startsWith("Add the dependency that provides p.Printer"), why.fix());
        // the table as declared; the physical name is Hibernate's to give, so Entity.table stays empty
        assertEquals("shop.labels", why.declaredTable().qualifiedName());
        assertNull(label.table());

        // identifier and generator as declared
        assertEquals("id", label.identifier().attribute());
        assertEquals("Long", label.identifier().javaType());
        assertEquals("SEQUENCE", label.identifier().generation().strategy());
        assertEquals("label_sequence", label.identifier().generation().sequence());
        assertEquals(10, label.identifier().generation().incrementSize());
        assertEquals(Provenance.annotation, label.identifier().generation().provenance());
        assertEquals("version", label.versionAttribute());

        // @Column as declared, no physical column claimed
        Attribute text = attribute(label, "text");
        assertEquals(Map.of("name", "label_text", "length", "80", "nullable", "false"), values(text, "Column"));
        assertEquals(List.of(), text.columns());
        assertFalse(text.nullable());
        assertEquals(Provenance.annotation, text.provenance());
        // inherited from the mapped superclass, @Transient left out, the field typed with the missing class kept
        assertEquals("p.Stamped", attribute(label, "createdAt").declaredIn());
        assertTrue(label.attributes().stream().noneMatch(a -> a.name().equals("scratch")));
        assertEquals("p.Printer", attribute(label, "printer").javaType());
        assertEquals(List.of("p.Stamped"), label.mappedSuperclasses());

        // associations: kind, target, owning side, cascade (ALL expanded by Hibernate's cascade styles), fetch and its default
        Association shelf = attribute(label, "shelf").association();
        assertEquals("ManyToOne", shelf.kind());
        assertEquals("Shelf", shelf.target());
        assertTrue(shelf.owningSide());
        assertEquals("EAGER", shelf.fetch());
        assertFalse(shelf.fetchDeclared());
        assertEquals(List.of("ALL"), shelf.cascade().declared());
        assertTrue(shelf.cascade().operations().containsAll(List.of("PERSIST", "MERGE", "REMOVE", "REFRESH", "DETACH")), shelf.cascade()::toString);
        assertTrue(hasDefault(why, "shelf", "fetch", "EAGER"), why.defaults()::toString);
        assertTrue(hasDefault(why, "shelf", "optional", "true"), why.defaults()::toString);
        Association jar = attribute(label, "jar").association();
        assertEquals("LAZY", jar.fetch());
        assertTrue(jar.fetchDeclared());
        assertFalse(jar.optional());
        assertFalse(hasDefault(why, "jar", "fetch", "LAZY"), "a declared fetch is not a default");
        assertTrue(hasDefault(why, "jar", "cascade", "none"), why.defaults()::toString);

        // callbacks from the bytecode; no rule is derived from unverified facts
        assertTrue(label.callbacks().stream().anyMatch(c -> "PrePersist".equals(c.event()) && "stamp()".equals(c.method())), label.callbacks()::toString);
        assertEquals(List.of(), label.rules());

        // the others stay verified, and the verified Shelf names the link it cannot see the foreign key of
        Entity shelfEntity = entity(pack, "Shelf");
        assertEquals(Provenance.verified, shelfEntity.provenance());
        assertNull(shelfEntity.unverified());
        assertEquals(Provenance.verified, entity(pack, "Jar").provenance());
        assertEquals(List.of("Label.shelf"), shelfEntity.deleteImpact().unverifiedLinks());
        assertEquals(List.of("Label.jar"), entity(pack, "Jar").deleteImpact().unverifiedLinks());
        // the aggregate follows the declared cascade
        assertTrue(pack.aggregates().stream().anyMatch(a -> a.root().equals("Label") && a.savedWithRoot().contains("Shelf")), pack.aggregates()::toString);

        String page = read(out.resolve("entities/Label.md"));
        int banner = page.indexOf("> **Unverified: Hibernate could not boot this entity.** Class p.Printer is not on");
        assertTrue(banner > 0 && banner < page.indexOf("\n## "), page);
        assertTrue(page.contains("> **Fix:** Add the dependency that provides p.Printer"), page);
        assertTrue(page.contains("Table `shop.labels`: the name `@Table` declares (`shop.labels`) under the physical naming strategy in force"), page);
        assertTrue(page.contains("| `text` | `String` |  | `@Column(length=80, name=label_text, nullable=false)` |"), page);
        assertTrue(page.contains("| `createdAt` | `Instant` | `Stamped` |"), page);
        assertTrue(page.contains("- `shelf`: fetch EAGER (JPA default of @ManyToOne)"), page);
        assertTrue(page.contains("| `shelf` | ManyToOne | [Shelf](Shelf.md) | owning, no partner declares mappedBy to it | not known (not verified) | yes | EAGER (default) |"), page);
        assertTrue(page.contains("Which foreign keys point at this entity's table is not known"), page);
        assertFalse(page.contains("## Rules for changes"), page);
        assertTrue(page.contains("Label }o..o| Shelf : \"Label.shelf (unverified)\""), "dashed edge in the diagram:\n" + page);

        String shelfPage = read(out.resolve("entities/Shelf.md"));
        assertTrue(shelfPage.contains("Not counted here: the links of entities Hibernate did not boot, whose foreign keys are not known: `Label.shelf`"), shelfPage);
        assertFalse(shelfPage.contains("Unverified"), "a verified entity's page has no banner");
        String index = read(out.resolve("README.md"));
        assertTrue(index.contains("[Label](entities/Label.md) (**unverified**: missingClass) | `shop.labels` (from `@Table`) |"), index);
        assertTrue(index.contains("**Not verified: Hibernate could not boot [Label](entities/Label.md).**"), index);
        String yaml = read(out.resolve("context-pack.yaml"));
        assertTrue(yaml.contains("    unverified:\n      cause: missingClass\n      relatedClass: p.Printer\n"), yaml);

        // the site report says the same, without failing on the facts that are not known
        java.io.StringWriter html = new java.io.StringWriter();
        org.apache.maven.doxia.sink.impl.Xhtml5BaseSink sink = new org.apache.maven.doxia.sink.impl.Xhtml5BaseSink(html);
        new dev.contextpack.report.DataModelPage("mermaid.js").render(pack, sink, "Data model");
        sink.close();
        assertTrue(html.toString().contains("Not verified: Hibernate could not boot this entity.</strong> Class p.Printer is not on"), html::toString);
        assertTrue(html.toString().contains("Label }o..o| Shelf"), "dashed edge in the report's diagram");

        // deterministic: a second run writes nothing
        assertEquals(List.of(), new ContextPackEngine(EngineLog.SILENT).generate(TestProjects.request(classes, out)).writeReport().written());
    }

    @Test
    void aMappingHibernateRejectsIsNarrowedToItsEntityAndTheEntityLinkingToItSaysWhy(@TempDir Path dir) {
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Shelf.java", TestProjects.entity("p", "Shelf", "@OneToMany(mappedBy = \"shelff\", orphanRemoval = true) List<Jar> jars;"),
                "p/Jar.java", TestProjects.entity("p", "Jar", "@ManyToOne Shelf shelf;"),
                "p/Tag.java", TestProjects.entity("p", "Tag", "String name;")));

        ContextPack pack = generate(classes, dir.resolve("pack"));

        Entity shelf = entity(pack, "Shelf");
        assertEquals("rejected", shelf.unverified().cause());
        assertEquals("jars", shelf.unverified().member());
        assertTrue(shelf.unverified().reason().contains("shelff"), shelf.unverified().reason());
        assertTrue(shelf.unverified().fix().contains("`jars`"), shelf.unverified().fix());
        Association jars = attribute(shelf, "jars").association();
        assertEquals("OneToMany", jars.kind());
        assertEquals("Jar", jars.target());
        assertFalse(jars.owningSide(), "mappedBy makes it the inverse side");
        assertEquals("shelff", jars.mappedBy());
        assertEquals("LAZY", jars.fetch());
        assertFalse(jars.fetchDeclared());
        assertTrue(jars.cascade().orphanRemoval());
        assertEquals(List.of("REMOVE"), jars.cascade().operations(), "orphan removal cascades REMOVE in Hibernate's cascade style");
        assertEquals("AUTO", shelf.identifier().generation().strategy());
        assertTrue(hasDefault(shelf.unverified(), "id", "generation", "AUTO"), shelf.unverified().defaults()::toString);

        // Jar is rejected only because Shelf was left out: its reason points at Shelf, with a warning, not a second error
        Entity jar = entity(pack, "Jar");
        assertEquals("linksToUnverified", jar.unverified().cause());
        assertEquals("p.Shelf", jar.unverified().relatedClass());
        assertTrue(jar.unverified().fix().startsWith("Fix p.Shelf"), jar.unverified().fix());
        Finding linked = pack.findings().stream().filter(f -> "p.Jar".equals(f.className())).findFirst().orElseThrow();
        assertEquals("CP-BOOT-LINKED-UNVERIFIED", linked.code());
        assertEquals(Finding.Severity.warning, linked.severity());
        assertEquals("ManyToOne", attribute(jar, "shelf").association().kind());

        assertEquals(Provenance.verified, entity(pack, "Tag").provenance());
        assertNull(entity(pack, "Tag").unverified());
    }

    @Test
    void anAssociationToANonEntityIsRejectedAndItsTargetNamedFromTheGenericSignature(@TempDir Path dir) {
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Printer.java", "package p;\npublic class Printer { Long id; }\n",
                "p/Label.java", TestProjects.entity("p", "Label", "@OneToMany(cascade = CascadeType.PERSIST) Set<Printer> printers;"),
                "p/Tag.java", TestProjects.entity("p", "Tag", "String name;")));

        ContextPack pack = generate(classes, dir.resolve("pack"));

        Entity label = entity(pack, "Label");
        assertEquals("rejected", label.unverified().cause());
        assertEquals("printers", label.unverified().member());
        Association printers = attribute(label, "printers").association();
        assertEquals("Printer", printers.target());
        assertTrue(printers.owningSide());
        assertEquals(List.of("PERSIST"), printers.cascade().operations());
        assertEquals("Set<p.Printer>", attribute(label, "printers").javaType());
        assertEquals(Provenance.verified, entity(pack, "Tag").provenance());
    }

    @Test
    void aFailureWhoseMessageNamesNoEntityIsNarrowedDownByBootingPartsOfTheModel(@TempDir Path dir) {
        // Hibernate's message names only p.Printer (a type it cannot map, inside an embeddable): before, no entity was verified
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Printer.java", "package p;\npublic class Printer { Long id; }\n",
                "p/Inner.java", "package p;\n@jakarta.persistence.Embeddable\npublic class Inner { Printer printer; String note; }\n",
                "p/Tag.java", TestProjects.entity("p", "Tag", "String name;"),
                "p/Shelf.java", TestProjects.entity("p", "Shelf", "@Embedded Inner inner; @OneToMany(mappedBy = \"shelf\") List<Jar> jars;"),
                "p/Jar.java", TestProjects.entity("p", "Jar", "String name; @ManyToOne Shelf shelf;")));

        ContextPack pack = generate(classes, dir.resolve("pack"));

        assertTrue(pack.findings().stream().noneMatch(f -> f.code().equals("CP-BOOT-FAILED")), pack.findings()::toString);
        Entity shelf = entity(pack, "Shelf");
        assertEquals("rejected", shelf.unverified().cause());
        // Shelf and Jar need each other; Shelf's own bytecode (through Inner) names p.Printer, so Shelf is the one
        assertTrue(shelf.unverified().reason().startsWith("Hibernate's message names no entity (Could not determine recommended JdbcType"
                + " for Java type 'p.Printer'.); booting parts of the model on their own (3 boots) narrowed it to p.Shelf"), shelf.unverified().reason());
        Attribute inner = attribute(shelf, "inner");
        assertEquals("p.Inner", inner.embedded().embeddableClass());
        assertEquals(List.of("note", "printer"), inner.embedded().attributes().stream().map(Attribute::name).toList());
        assertEquals("linksToUnverified", entity(pack, "Jar").unverified().cause());
        assertEquals(Provenance.verified, entity(pack, "Tag").provenance());
    }

    @Test
    void anEntityDeclaredOnlyInOrmXmlThatHibernateRejectsIsTakenOutOfItsFileAndTheFileIsStillBooted(@TempDir Path dir) {
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Widget.java", "package p;\npublic class Widget { Long id; java.util.List<Gadget> parts; }\n",
                "p/Gadget.java", "package p;\npublic class Gadget { Long id; String label; }\n",
                "p/Tag.java", TestProjects.entity("p", "Tag", "String name;"),
                "META-INF/orm.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.2">
                            <package>p</package>
                            <entity class="Widget" access="FIELD">
                                <attributes>
                                    <id name="id"/>
                                    <one-to-many name="parts" target-entity="p.Gadget" mapped-by="nope"/>
                                </attributes>
                            </entity>
                            <entity class="Gadget" access="FIELD">
                                <table name="gadgets"/>
                                <attributes>
                                    <id name="id"/>
                                    <basic name="label"/>
                                </attributes>
                            </entity>
                        </entity-mappings>
                        """));

        ContextPack pack = generate(classes, dir.resolve("pack"));

        // before, the whole boot failed: no entity was verified
        assertTrue(pack.findings().stream().noneMatch(f -> f.code().startsWith("CP-BOOT-FAILED") || f.code().equals("CP-BOOT-XML")), pack.findings()::toString);
        Entity widget = entity(pack, "Widget");
        assertEquals("orm.xml", widget.declaredBy());
        assertEquals("rejected", widget.unverified().cause());
        assertTrue(widget.unverified().reason().contains("nope"), widget.unverified().reason());
        assertEquals(List.of("id", "parts"), widget.attributes().stream().map(Attribute::name).toList());
        // the other entity of the same file is still booted from it
        Entity gadget = entity(pack, "Gadget");
        assertEquals(Provenance.verified, gadget.provenance());
        assertEquals("gadgets", gadget.table().name());
        assertEquals(Provenance.verified, entity(pack, "Tag").provenance());
    }

    @Test
    void inheritanceElementCollectionsAndPropertyAccessAreReadFromTheBytecode(@TempDir Path dir) {
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Vehicle.java", """
                        package p;
                        import jakarta.persistence.*;
                        @Entity @Inheritance(strategy = InheritanceType.JOINED)
                        public abstract class Vehicle { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String plate; }
                        """,
                "p/Car.java", "package p;\n@jakarta.persistence.Entity\npublic class Car extends Vehicle { int seats; }\n",
                "p/Truck.java", """
                        package p;
                        import jakarta.persistence.*;
                        import java.util.*;
                        @Entity @DiscriminatorValue("T")
                        public class Truck extends Vehicle {
                            @ElementCollection @OrderColumn(name = "pos") List<String> loads;
                            @OneToMany(mappedBy = "missing") Set<Car> escorts;
                        }
                        """,
                "p/Depot.java", """
                        package p;
                        import jakarta.persistence.*;
                        @Entity
                        public class Depot {
                            private Long id;
                            private Printer printer;
                            @Id public Long getId() { return id; }
                            public void setId(Long id) { this.id = id; }
                            @Column(name = "depot_name", unique = true) public String getName() { return null; }
                            public void setName(String name) { }
                            @Transient public Printer getPrinter() { return printer; }
                        }
                        """,
                "p/Printer.java", "package p;\npublic class Printer {}\n"));
        deleteClass(classes, "p/Printer.class");

        ContextPack pack = generate(classes, dir.resolve("pack"));

        Entity truck = entity(pack, "Truck");
        assertEquals("rejected", truck.unverified().cause());
        assertEquals("JOINED", truck.inheritance().strategy());
        assertEquals("Vehicle", truck.inheritance().root());
        assertEquals("Vehicle", truck.inheritance().parent());
        assertEquals("T", truck.inheritance().discriminatorValue());
        assertFalse(hasDefault(truck.unverified(), null, "inheritance", "JOINED"), "declared on the root, not a default");
        // the inherited attributes, each with the class that declares it; the id from the root
        assertEquals("p.Vehicle", attribute(truck, "plate").declaredIn());
        assertEquals("IDENTITY", truck.identifier().generation().strategy());
        Attribute loads = attribute(truck, "loads");
        assertEquals("String", loads.elementCollection().elementType());
        assertEquals("pos", loads.elementCollection().orderColumn());
        assertEquals("LAZY", loads.elementCollection().fetch());
        assertTrue(hasDefault(truck.unverified(), "loads", "fetch", "LAZY"), truck.unverified().defaults()::toString);
        // the verified root knows only its verified subclass
        assertEquals(List.of("Car"), entity(pack, "Vehicle").inheritance().subclasses());
        assertEquals(Provenance.verified, entity(pack, "Car").provenance());

        // @Id on a getter: property access, the getters are the attributes; @Transient left out
        Entity depot = entity(pack, "Depot");
        assertEquals("missingClass", depot.unverified().cause());
        assertEquals(List.of("id", "name"), depot.attributes().stream().map(Attribute::name).toList());
        assertEquals(Map.of("name", "depot_name", "unique", "true"), values(attribute(depot, "name"), "Column"));
        assertEquals("ASSIGNED", depot.identifier().generation().strategy());
    }

    @Test
    void aDeclaredTableNameIsGivenUnderTheApplicationsPhysicalNamingStrategyWithoutABoot(@TempDir Path dir) {
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Tag.java", TestProjects.entity("p", "Tag", "String name;"),
                "p/StockLabel.java", """
                        package p;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "StockLabel")
                        public class StockLabel { @Id Long id; @OneToMany(mappedBy = "nothing") java.util.List<Tag> tags; }
                        """));
        dev.contextpack.engine.GenerateRequest plain = TestProjects.request(classes, dir.resolve("pack"));
        dev.contextpack.engine.GenerateRequest request = new dev.contextpack.engine.GenerateRequest(plain.classesDirectory(), plain.classpath(),
                plain.outputDirectory(), null, List.of(), new dev.contextpack.resolve.Overrides("org.hibernate.dialect.H2Dialect", null,
                "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl", null, Map.of()), "test", "mvn process-classes");

        ContextPack pack = new ContextPackEngine(EngineLog.SILENT).generate(request).pack();

        Unverified why = entity(pack, "StockLabel").unverified();
        assertEquals("StockLabel", why.declaredTable().name());
        assertEquals("stock_label", why.physicalTable().name(), "Hibernate's snake-case strategy object, applied to the declared name");
        assertEquals("tag", entity(pack, "Tag").table().name(), "the verified entity under the same strategy");
    }

    @Test
    void whenNothingBootsEveryEntityIsStillDescribedFromItsBytecodeAndNoEntityIsBlamed(@TempDir Path dir) {
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Shelf.java", TestProjects.entity("p", "Shelf", "@OneToMany(mappedBy = \"shelf\") List<Jar> jars;"),
                "p/Jar.java", TestProjects.entity("p", "Jar", "@ManyToOne(optional = false) Shelf shelf;")));
        dev.contextpack.engine.GenerateRequest plain = TestProjects.request(classes, dir.resolve("pack"));
        dev.contextpack.engine.GenerateRequest request = new dev.contextpack.engine.GenerateRequest(plain.classesDirectory(), plain.classpath(),
                plain.outputDirectory(), null, List.of(), new dev.contextpack.resolve.Overrides("org.example.NoSuchDialect", null, null, null, Map.of()),
                "test", "mvn process-classes");

        ContextPack pack = new ContextPackEngine(EngineLog.SILENT).generate(request).pack();

        Finding failed = pack.findings().stream().filter(f -> f.code().equals("CP-BOOT-FAILED")).findFirst()
                .orElseThrow(() -> new AssertionError(pack.findings().toString()));
        assertTrue(failed.message().contains("NoSuchDialect"), failed.message());
        assertTrue(pack.findings().stream().noneMatch(f -> f.code().equals("CP-BOOT-REJECTED")), "a bad setting blames no entity");
        Entity jar = entity(pack, "Jar");
        assertEquals("bootFailed", jar.unverified().cause());
        assertTrue(jar.unverified().reason().contains("NoSuchDialect"), jar.unverified().reason());
        assertFalse(attribute(jar, "shelf").association().optional());
        assertFalse(attribute(entity(pack, "Shelf"), "jars").association().owningSide());
        // both sides read from the bytecode are linked: the owning side learns its partner from mappedBy
        assertEquals("jars", attribute(jar, "shelf").association().partner());
    }

    private static void deleteClass(Path classes, String file) {
        try {
            Files.delete(classes.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
