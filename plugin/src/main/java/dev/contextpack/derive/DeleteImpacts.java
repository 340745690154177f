package dev.contextpack.derive;

import dev.contextpack.model.Attribute;
import dev.contextpack.model.DeleteImpact;
import dev.contextpack.model.Entity;
import dev.contextpack.model.ForeignKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per entity: what a delete removes (REMOVE cascades and orphan removal, followed transitively),
 * and every foreign key that points at its table with what clears it first, so that the ones that
 * make the delete fail are named.
 */
final class DeleteImpacts {

    private final Map<String, Entity> byName;
    private final Map<String, List<ForeignKey>> incoming;
    private final Map<String, List<Entity>> joinedSubclasses = new java.util.HashMap<>();
    private final Map<String, List<String>> unverifiedLinks = new java.util.HashMap<>();

    DeleteImpacts(List<Entity> entities) {
        this.byName = entities.stream().collect(Collectors.toMap(Entity::name, Function.identity(), (a, b) -> a));
        this.incoming = incomingKeys(entities);
        // links from entities Hibernate did not boot: their foreign keys are not known, so they are named apart
        for (Entity other : entities) {
            if (other.unverified() == null) continue;
            for (Attribute a : other.attributes()) {
                var as = a.association();
                if (as != null && as.owningSide() && as.target() != null) {
                    unverifiedLinks.computeIfAbsent(as.target(), k -> new ArrayList<>()).add(other.name() + "." + a.name());
                }
            }
        }
        unverifiedLinks.values().forEach(java.util.Collections::sort);
        // by parent, so that each entity does not scan all the others (issue 7: N² at 2,000 entities)
        for (Entity other : byName.values()) {
            if (other.inheritance() != null && "JOINED".equals(other.inheritance().strategy()) && other.table() != null
                    && other.inheritance().parent() != null) {
                joinedSubclasses.computeIfAbsent(other.inheritance().parent(), k -> new ArrayList<>()).add(other);
            }
        }
    }

    DeleteImpact of(Entity e) {
        if (e.table() == null && e.identifier() == null) return null;
        List<String> alsoDeleted = new ArrayList<>();
        collectRemoved(e, new LinkedHashSet<>(List.of(e.name())), alsoDeleted, "");
        Map<String, String> cleared = clearedWith(e);
        List<DeleteImpact.Reference> references = new ArrayList<>();
        if (e.table() != null) {
            for (ForeignKey fk : incoming.getOrDefault(e.table().qualifiedName(), List.of())) {
                String handledBy = cleared.get(fk.table());
                if (handledBy == null && !"NO ACTION".equals(fk.onDelete()) && !"RESTRICT".equals(fk.onDelete())) {
                    handledBy = "the database (ON DELETE " + fk.onDelete() + "), without Hibernate knowing";
                }
                references.add(new DeleteImpact.Reference(fk, handledBy));
            }
        }
        String softDelete = e.behaviours().stream()
                .filter(b -> b.member() == null && (b.name().equals("@SoftDelete") || b.name().equals("@SQLDelete")))
                .map(b -> b.name() + ": " + b.detail()).findFirst().orElse(null);
        return new DeleteImpact(softDelete, List.copyOf(alsoDeleted), List.copyOf(references),
                unverifiedLinks.getOrDefault(e.name(), List.of()));
    }

    /** REMOVE cascades and orphan removal, followed through the target's own cascades. */
    private void collectRemoved(Entity e, Set<String> path, List<String> out, String indent) {
        for (Attribute a : e.attributes()) {
            var as = a.association();
            if (as == null || !as.cascade().operations().contains("REMOVE")) continue;
            String why = as.cascade().orphanRemoval() && !as.cascade().declared().contains("ALL") && !as.cascade().declared().contains("REMOVE")
                    ? "orphanRemoval implies REMOVE" : "cascade REMOVE";
            out.add(indent + e.name() + "." + a.name() + " -> " + as.target() + " (" + why + ")");
            Entity target = byName.get(as.target());
            if (target != null && path.add(target.name())) {
                collectRemoved(target, path, out, indent + "  ");
                path.remove(target.name());
            }
        }
    }

    /**
     * Tables whose rows Hibernate deletes or detaches itself before removing the entity: its
     * element collections, secondary tables, JOINED subclass tables, the join tables of the
     * collections it owns, and the rows a REMOVE cascade or an owned one-to-many reaches.
     */
    private Map<String, String> clearedWith(Entity e) {
        Map<String, String> cleared = new TreeMap<>();
        e.secondaryTables().forEach(st -> cleared.put(st.table().qualifiedName(), "secondary table of the same entity"));
        for (Entity other : joinedSubclasses.getOrDefault(e.name(), List.of())) {
            cleared.put(other.table().qualifiedName(), "subclass table of " + other.name() + " (same entity)");
        }
        for (Attribute a : e.attributes()) {
            if (a.elementCollection() != null && a.elementCollection().table() != null) {
                cleared.put(a.elementCollection().table().qualifiedName(), "element collection `" + e.name() + "." + a.name() + "`");
            }
            var as = a.association();
            if (as == null) continue;
            String self = "`" + e.name() + "." + a.name() + "`";
            if (as.owningSide() && as.joinTable() != null) {
                cleared.put(as.joinTable().table().qualifiedName(), "join table of " + self);
            } else if (("OneToMany".equals(as.kind()) || !as.owningSide()) && as.fkTable() != null && as.joinTable() == null) {
                if (as.cascade().operations().contains("REMOVE")) {
                    cleared.put(as.fkTable(), "cascade REMOVE along " + self);
                } else if (as.owningSide() && as.joinColumns().stream().allMatch(c -> c.nullable())) {
                    cleared.put(as.fkTable(), self + " sets the column to NULL first");
                }
            }
        }
        return cleared;
    }

    /** Every foreign key of the schema, by the table it references. */
    static Map<String, List<ForeignKey>> incomingKeys(List<Entity> entities) {
        Map<String, ForeignKey> all = new TreeMap<>();
        for (Entity e : entities) {
            e.foreignKeys().forEach(fk -> all.put(fk.table() + "/" + fk.name(), fk));
            collect(e.attributes(), all);
        }
        Map<String, List<ForeignKey>> byReferenced = new TreeMap<>();
        for (ForeignKey fk : all.values()) {
            byReferenced.computeIfAbsent(fk.referencedTable(), k -> new ArrayList<>()).add(fk);
        }
        byReferenced.values().forEach(list -> list.sort(Comparator.comparing(ForeignKey::table).thenComparing(fk -> fk.columns().toString())));
        return byReferenced;
    }

    private static void collect(List<Attribute> attributes, Map<String, ForeignKey> all) {
        for (Attribute a : attributes) {
            if (a.association() != null) {
                ForeignKey fk = a.association().foreignKey();
                if (fk != null) all.put(fk.table() + "/" + fk.name(), fk);
                if (a.association().joinTable() != null) a.association().joinTable().foreignKeys().forEach(k -> all.put(k.table() + "/" + k.name(), k));
            }
            if (a.elementCollection() != null && a.elementCollection().foreignKey() != null) {
                ForeignKey fk = a.elementCollection().foreignKey();
                all.put(fk.table() + "/" + fk.name(), fk);
            }
            if (a.embedded() != null) collect(a.embedded().attributes(), all);
        }
    }
}
