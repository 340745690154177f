package dev.contextpack.engine;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Behaviour;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.scan.ClassShapes;
import dev.contextpack.scan.ClassShapes.Nullness;
import dev.contextpack.scan.MethodBodies;
import org.hibernate.PropertyNotFoundException;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.internal.util.ReflectHelper;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.persister.entity.EntityPersister;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Facts that depend on how the compiler shaped the entity classes (Kotlin without its all-open and
 * no-arg plugins, Java's {@code final}): which entities Hibernate cannot proxy, so that their LAZY
 * to-one links load at once; which entities Hibernate cannot instantiate; and where a property's
 * Kotlin nullability disagrees with its column.
 */
final class ClassShapeFacts {

    static final String NOT_PROXIED = "CP-FINAL-ENTITY-NOT-PROXIED";
    static final String NO_CONSTRUCTOR = "CP-NO-NOARG-CONSTRUCTOR";
    static final String KOTLIN_NULLABILITY = "CP-KOTLIN-NULLABILITY";
    static final String SEALED = "CP-SEALED-ENTITY";

    record Result(List<Entity> entities, List<Finding> findings) {
    }

    /** Why Hibernate cannot proxy an entity, and where that fact comes from. */
    private record Unproxied(String reason, Provenance provenance, boolean kotlin) {
    }

    private ClassShapeFacts() {
    }

    /**
     * @param sessionFactory Hibernate's runtime model, built only when some entity's bytecode is final
     *        (a module without one does not pay for it); null from the supplier when it cannot be built
     */
    static Result of(List<Entity> entities, ClassShapes shapes, MethodBodies bodies, Metadata metadata,
                     Supplier<SessionFactoryImplementor> sessionFactory, Supplier<String> unavailable) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(sealedEntities(entities, shapes, sessionFactory, unavailable));
        Map<String, Unproxied> unproxied = unproxied(entities, shapes, sessionFactory);
        Map<String, List<String>> linksTo = new TreeMap<>();
        Map<String, List<Behaviour>> added = new HashMap<>();
        for (Entity e : entities) {
            for (Attribute a : e.attributes()) {
                Association as = a.association();
                if (as == null || !as.kind().endsWith("ToOne") || !"LAZY".equals(as.fetch()) || as.joinColumns().isEmpty()) continue;
                Unproxied target = unproxied.get(as.target());
                if (target == null) continue;
                linksTo.computeIfAbsent(as.target(), k -> new ArrayList<>()).add(e.name() + "." + a.name());
                added.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(new Behaviour("LAZY not applied", a.name(), as.target() + ": " + target.reason(),
                        "Hibernate cannot proxy " + as.target() + ", so it loads `" + a.name() + "` at once with the " + e.name()
                                + ": one more SELECT per " + e.name() + " row a query or find() returns, whether the code reads it or not.",
                        target.provenance()));
                findings.add(new Finding(NOT_PROXIED, Finding.Severity.warning, e.className(), a.name(),
                        "`" + e.name() + "." + a.name() + "` is LAZY, but Hibernate cannot proxy " + as.target() + " (" + target.reason()
                                + "): it is loaded at once, with one more SELECT per " + e.name() + " row loaded. To make it lazy, let Hibernate subclass "
                                + as.target() + ": no `final` on the class or its getters and setters" + (target.kotlin()
                                ? " (Kotlin: the all-open plugin for `jakarta.persistence.Entity`; it keeps an explicit `final`)." : ".")));
            }
        }
        for (Entity e : entities) {
            Unproxied u = unproxied.get(e.name());
            if (u == null) continue;
            List<String> links = linksTo.getOrDefault(e.name(), List.of());
            added.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(new Behaviour("not proxied", null, u.reason(),
                    "Hibernate cannot create a proxy of " + e.name() + ": getReference() loads the row, and LAZY to-one links to it "
                            + (links.isEmpty() ? "would load it at once." : "(" + String.join(", ", links.stream().map(l -> "`" + l + "`").toList())
                            + ") load it at once."), u.provenance()));
        }
        for (Entity e : entities) {
            findings.addAll(constructor(e, shapes, bodies, metadata));
            kotlin(e, shapes, added, findings);
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<Behaviour> extra = added.get(e.name());
            if (extra == null) {
                out.add(e);
                continue;
            }
            List<Behaviour> behaviours = new ArrayList<>(e.behaviours());
            behaviours.addAll(extra);
            behaviours.sort(Comparator.comparing((Behaviour b) -> b.member() == null ? "" : b.member()).thenComparing(Behaviour::name));
            out.add(e.withBehaviours(List.copyOf(behaviours)));
        }
        return new Result(out, findings);
    }

    /**
     * The entities Hibernate gives no proxy factory. Only entities whose bytecode has a final class or
     * final accessors are asked, and Hibernate's runtime model answers (its own rule: a final class, or
     * a final getter or setter, and no proxy); without a SessionFactory the bytecode alone says it.
     */
    private static Map<String, Unproxied> unproxied(List<Entity> entities, ClassShapes shapes, Supplier<SessionFactoryImplementor> sessionFactory) {
        Map<String, Unproxied> out = new HashMap<>();
        for (Entity e : entities) {
            if (e.provenance() != Provenance.verified || e.isAbstract()) continue;
            String reason = finalReason(e.className(), shapes);
            if (reason == null && shapes.of(e.className()) != null && shapes.of(e.className()).sealedClass()) reason = "a sealed class";
            if (reason == null) continue;
            SessionFactoryImplementor sf = sessionFactory.get();
            if (sf == null) {
                out.put(e.name(), new Unproxied(reason, Provenance.annotation, shapes.of(e.className()).kotlin()));
                continue;
            }
            EntityPersister persister = sf.getMappingMetamodel().findEntityDescriptor(e.className());
            if (persister != null && persister.getRepresentationStrategy().getProxyFactory() == null) {
                out.put(e.name(), new Unproxied(reason, Provenance.verified, shapes.of(e.className()).kotlin()));
            }
        }
        return out;
    }

    /** What makes the class unproxyable in its bytecode, or null: the class or an accessor (its own or inherited) is final. */
    private static String finalReason(String className, ClassShapes shapes) {
        ClassShapes.Shape shape = shapes.of(className);
        if (shape == null) return null;
        if (shape.finalClass()) return (shape.kotlin() ? "a final Kotlin class" : "a final class");
        List<String> accessors = new ArrayList<>();
        for (ClassShapes.Shape s = shape; s != null; s = s.superclass() == null ? null : shapes.of(s.superclass())) {
            String simple = s.name().substring(s.name().lastIndexOf('.') + 1);
            for (String m : s.finalAccessors()) accessors.add(simple + "." + m);
        }
        return accessors.isEmpty() ? null : "final " + (accessors.size() == 1 ? "accessor " : "accessors ") + String.join(", ", accessors);
    }

    /**
     * A sealed entity class: Hibernate 7.4 tries to define a proxy subclass of it, which the JVM refuses, and
     * its SessionFactory, so the application, does not start. Reported only when the SessionFactory fails so.
     */
    private static List<Finding> sealedEntities(List<Entity> entities, ClassShapes shapes, Supplier<SessionFactoryImplementor> sessionFactory,
                                        Supplier<String> unavailable) {
        List<Entity> permitted = entities.stream().filter(e -> e.provenance() == Provenance.verified && shapes.of(e.className()) != null
                && shapes.of(e.className()).sealedClass()).toList();
        if (permitted.isEmpty() || sessionFactory.get() != null) return List.of();
        String why = unavailable.get();
        List<Finding> findings = new ArrayList<>();
        for (Entity e : permitted) {
            if (why == null || !why.contains("inherit from sealed class " + e.className())) continue;
            findings.add(new Finding(SEALED, Finding.Severity.error, e.className(), null,
                    e.name() + " is a sealed class: Hibernate " + org.hibernate.Version.getVersionString() + " cannot build its SessionFactory,"
                            + " because the JVM refuses the proxy subclass it defines (" + why.substring(why.indexOf(':') + 1).strip()
                            + "). The application does not start; remove `sealed` from the class (Kotlin: make it `open` or `abstract`)."));
        }
        return findings;
    }

    /**
     * Hibernate's own rule ({@link ReflectHelper#getDefaultConstructor}): its boot and SessionFactory accept an
     * entity without a no-arg constructor (only logging HHH000182), and every load of a row then fails.
     */
    private static List<Finding> constructor(Entity e, ClassShapes shapes, MethodBodies bodies, Metadata metadata) {
        if (e.provenance() != Provenance.verified || e.isAbstract() || metadata == null) return List.of();
        PersistentClass pc = metadata.getEntityBinding(e.className());
        if (pc == null || pc.getMappedClass() == null) return List.of();
        try {
            if (ReflectHelper.getDefaultConstructor(pc.getMappedClass()) != null) return List.of();
        } catch (PropertyNotFoundException missing) {
            // the case below
        }
        ClassShapes.Shape shape = shapes.of(e.className());
        boolean kotlin = shape != null && shape.kotlin();
        return List.of(new Finding(NO_CONSTRUCTOR, Finding.Severity.error, e.className(), null,
                e.name() + " has no no-arg constructor: Hibernate starts and persist() works, but every find(), query or lazy load of a "
                        + e.name() + " row fails with \"No default constructor for entity\", and so does loading an entity with a LAZY link to a "
                        + e.name() + " (its proxy needs the constructor too). Add one (it may be protected"
                        + (kotlin ? "; Kotlin: the no-arg plugin's `jpa` preset, which covers `@Entity`"
                        : bodies.lombokGenerated(e.className(), "<init>") ? "; Lombok: `@NoArgsConstructor` next to `@Builder`/`@AllArgsConstructor`/`@Value`" : "")
                        + ")."));
    }

    /** Kotlin nullability of each column-backed property against the column, with a summary on the page. */
    private static void kotlin(Entity e, ClassShapes shapes, Map<String, List<Behaviour>> added, List<Finding> findings) {
        if (e.provenance() != Provenance.verified) return;
        List<String> nonNull = new ArrayList<>();
        List<String> nullable = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            ClassShapes.Shape declaring = shapes.of(a.declaredIn());
            if (declaring == null || !declaring.kotlin() || a.identifier() || a.version() || a.embedded() != null || a.elementCollection() != null) continue;
            Nullness kotlin = declaring.fieldNullness().get(a.name());
            Association as = a.association();
            boolean columns = as == null ? !a.columns().isEmpty() && a.columns().stream().allMatch(c -> c.formula() == null)
                    : as.kind().endsWith("ToOne") && !as.joinColumns().isEmpty();
            if (kotlin == null || !columns) continue;
            (kotlin == Nullness.NON_NULL ? nonNull : nullable).add(a.name());
            String where = "`" + (as == null ? a.columns().get(0).table() + "." + a.columns().get(0).name()
                    : as.fkTable() + "." + as.joinColumns().get(0).name()) + "`";
            if (kotlin == Nullness.NON_NULL && a.nullable()) {
                findings.add(new Finding(KOTLIN_NULLABILITY, Finding.Severity.warning, e.className(), a.name(),
                        "`" + e.name() + "." + a.name() + "` is non-null in Kotlin, but its column " + where + " allows NULL: Hibernate sets the field"
                                + " by reflection, past Kotlin's null checks, so a row with NULL there "
                                + (isPrimitive(a.javaType()) ? "fails to load (null cannot go into a primitive)." : "puts null into the property,"
                                + " and the NullPointerException comes where the value is used.")
                                + notNullValidation(e, a.name()).map(v -> " `" + v + "` keeps this application from writing NULL (when Bean Validation"
                                + " runs), not rows written otherwise (SQL scripts, other applications).").orElse("")
                                + " Declare the column NOT NULL (" + (as == null ? "`@Column(nullable = false)`" : "`optional = false`")
                                + ") or the property nullable."));
            } else if (kotlin == Nullness.NULLABLE && !a.nullable()) {
                findings.add(new Finding(KOTLIN_NULLABILITY, Finding.Severity.warning, e.className(), a.name(),
                        "`" + e.name() + "." + a.name() + "` is nullable in Kotlin, but its column " + where + " is NOT NULL: code that leaves it"
                                + " null compiles, and the insert or update fails. Make the property non-null, or the column nullable."));
            }
        }
        if (nonNull.isEmpty() && nullable.isEmpty()) return;
        added.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(new Behaviour("Kotlin nullability", null,
                (nonNull.isEmpty() ? "" : "non-null: " + String.join(", ", nonNull)) + (nonNull.isEmpty() || nullable.isEmpty() ? "" : "; ")
                        + (nullable.isEmpty() ? "" : "nullable: " + String.join(", ", nullable)),
                "Kotlin rejects null where code sets a non-null property; Hibernate sets the fields by reflection, so only the column"
                        + " keeps NULL out of them.", Provenance.annotation));
    }

    /** A Bean Validation constraint on the attribute that rejects null (@NotNull, @NotEmpty, @NotBlank), as the pack states it. */
    private static java.util.Optional<String> notNullValidation(Entity e, String attribute) {
        return e.constraints().stream()
                .filter(c -> "BEAN_VALIDATION".equals(c.kind()) && c.attributes().contains(attribute) && c.detail() != null)
                .map(c -> c.detail())
                .filter(d -> d.startsWith("@NotNull") || d.startsWith("@NotEmpty") || d.startsWith("@NotBlank"))
                .findFirst();
    }

    private static boolean isPrimitive(String javaType) {
        return javaType != null && List.of("int", "long", "short", "byte", "boolean", "char", "float", "double").contains(javaType);
    }
}
