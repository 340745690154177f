package dev.contextpack.derive;

import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * Mappings well known as traps. Each finding has a stable code, a severity and one line on why;
 * the catalogue is listed in README.md.
 */
final class Traps {

    static final String REMOVE_MANY_TO_MANY = "CP-TRAP-REMOVE-MANY-TO-MANY";
    static final String REMOVE_TO_ONE = "CP-TRAP-REMOVE-TO-ONE";
    static final String EAGER_COLLECTION = "CP-TRAP-EAGER-COLLECTION";

    private Traps() {
    }

    static final String TWO_OWNING_SIDES = "CP-TRAP-TWO-OWNING-SIDES";

    static List<Finding> of(List<Entity> entities) {
        List<Finding> findings = new ArrayList<>();
        java.util.Map<String, Entity> byName = new java.util.HashMap<>();
        entities.forEach(e -> byName.putIfAbsent(e.name(), e));
        for (Entity e : entities) {
            for (Attribute a : e.attributes()) {
                var as = a.association();
                if (as == null || !as.owningSide() || !"OneToMany".equals(as.kind()) || as.bidirectional()) continue;
                Entity target = byName.get(as.target());
                // where the link is stored is Hibernate's answer: not known when either side did not boot
                if (target == null || e.unverified() != null || target.unverified() != null) continue;
                for (Attribute back : target.attributes()) {
                    var b = back.association();
                    if (b != null && b.owningSide() && "ManyToOne".equals(b.kind()) && b.target().equals(e.name()) && !b.bidirectional()) {
                        findings.add(new Finding(TWO_OWNING_SIDES, Finding.Severity.warning, e.className(), a.name(),
                                "`" + e.name() + "." + a.name() + "` and `" + target.name() + "." + back.name() + "` look like the two sides of one link,"
                                        + " but both own it: Hibernate stores it twice (" + (as.joinTable() != null ? "join table " + as.joinTable().table().qualifiedName()
                                        : String.valueOf(as.fkTable())) + " and " + b.fkTable() + ") and the two can disagree."
                                        + " Add mappedBy = \"" + back.name() + "\" to the @OneToMany."));
                    }
                }
            }
        }
        for (Entity e : entities) {
            for (Attribute a : e.attributes()) {
                var as = a.association();
                // inherited attributes are reported once, on the entity that declares them
                if (as == null || !a.declaredIn().equals(e.className()) && entities.stream().anyMatch(p -> p.className().equals(a.declaredIn()))) continue;
                boolean removes = as.cascade().operations().contains("REMOVE");
                if (removes && "ManyToMany".equals(as.kind())) {
                    findings.add(new Finding(REMOVE_MANY_TO_MANY, Finding.Severity.warning, e.className(), a.name(),
                            "Cascade REMOVE on a many-to-many: removing " + e.name() + " deletes every " + as.target()
                                    + " it is linked to, although other rows share them (and their other links then block or vanish)."
                                    + " Remove REMOVE (and ALL) from the cascade unless every " + as.target() + " belongs to one " + e.name() + " only."));
                }
                if (removes && "ManyToOne".equals(as.kind())) {
                    findings.add(new Finding(REMOVE_TO_ONE, Finding.Severity.warning, e.className(), a.name(),
                            "Cascade REMOVE on a many-to-one: removing one " + e.name() + " deletes its " + as.target()
                                    + ", which other " + e.name() + " rows may still reference. Drop REMOVE from the cascade."));
                }
                if ("EAGER".equals(as.fetch()) && as.kind().endsWith("ToMany")) {
                    findings.add(new Finding(EAGER_COLLECTION, Finding.Severity.warning, e.className(), a.name(),
                            "An EAGER collection: every load of " + e.name() + " also loads all its " + as.target()
                                    + " rows, also where they are not needed, and two EAGER bags in one query fail (MultipleBagFetchException)."
                                    + " Make it LAZY and fetch it where it is needed (join fetch or an entity graph)."));
                }
            }
        }
        return findings;
    }
}
