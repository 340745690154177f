package dev.contextpack.derive;

import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;
import dev.contextpack.model.LifecycleCallback;
import dev.contextpack.model.Panache;
import dev.contextpack.model.Repository;
import dev.contextpack.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Panache's {@code delete(query)}, {@code deleteAll()} and {@code update(query)} run one bulk HQL statement: no entity
 * is loaded, so cascades, orphan removal, lifecycle callbacks and {@code @Version} do not apply. For each entity Panache
 * can reach (an active record, or the entity of a PanacheRepository) that has such a mapping, a rule names what the
 * bulk statement skips. Entities without one get no rule: there is nothing to skip.
 */
public final class PanacheRules {

    private PanacheRules() {
    }

    public static List<Entity> apply(List<Entity> entities, Panache panache, List<Repository> repositories) {
        if (panache == null) return entities;
        Set<String> reachable = new TreeSet<>();
        panache.activeRecords().forEach(a -> reachable.add(a.entity()));
        List<String> repositoryNames = new ArrayList<>();
        for (Repository r : repositories) {
            if ("panache".equals(r.style()) && r.entity() != null) {
                reachable.add(r.entity());
                repositoryNames.add(r.entity() + ":" + r.name());
            }
        }
        List<Entity> result = new ArrayList<>();
        for (Entity e : entities) {
            if (!reachable.contains(e.name())) {
                result.add(e);
                continue;
            }
            List<Rule> rules = new ArrayList<>(e.rules());
            boolean active = panache.activeRecords().stream().anyMatch(a -> a.entity().equals(e.name()));
            List<String> via = new ArrayList<>();
            if (active) via.add("`" + e.name() + ".delete(query, ...)`, `" + e.name() + ".deleteAll()`");
            repositoryNames.stream().filter(n -> n.startsWith(e.name() + ":"))
                    .forEach(n -> via.add("`" + n.substring(n.indexOf(':') + 1) + ".delete(query, ...)`/`deleteAll()`"));
            List<String> deleteSkips = deleteSkips(e);
            if (!deleteSkips.isEmpty()) {
                List<String> blocked = blockedKeys(e);
                rules.add(new Rule("panache-bulk-delete", null, String.join(" and ", via) + " run one bulk HQL DELETE: they skip "
                        + String.join(", ", deleteSkips) + ", which `delete()` on a loaded " + e.name() + " applies"
                        + (blocked.isEmpty() ? "" : "; so the DELETE fails while rows still reference a deleted " + e.name() + " through "
                        + String.join(", ", blocked))
                        + ". To keep them, load the entities and delete each (`" + (active ? e.name() + ".list(query, ...)" : "list(query, ...)")
                        + ".forEach(" + (active ? "PanacheEntityBase::delete" : "repository::delete") + ")`), or delete what they would remove first."));
            }
            List<String> updateSkips = updateSkips(e);
            if (!updateSkips.isEmpty()) {
                rules.add(new Rule("panache-bulk-update", null, (active ? "`" + e.name() + ".update(query, ...)`" : "The repository's `update(query, ...)`")
                        + " runs one bulk HQL UPDATE: it skips " + String.join(", ", updateSkips)
                        + ". Change loaded entities instead when these must run."));
            }
            result.add(e.withRules(List.copyOf(rules)));
        }
        return result;
    }

    private static List<String> deleteSkips(Entity e) {
        List<String> skips = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            var as = a.association();
            if (as == null || as.cascade() == null) continue;
            if (as.cascade().operations().contains("REMOVE")) skips.add("the cascade REMOVE to `" + e.name() + "." + a.name() + "` (" + as.target() + ")");
            if (as.cascade().orphanRemoval()) skips.add("the orphan removal of `" + e.name() + "." + a.name() + "`");
        }
        for (LifecycleCallback c : e.callbacks()) {
            if (c.event() != null && (c.event().equals("PreRemove") || c.event().equals("PostRemove"))) {
                skips.add("the @" + c.event() + " callback `" + simple(c.declaredIn()) + "." + c.method() + "`");
            }
        }
        return skips;
    }

    /** Foreign keys into the table that only Hibernate's cascade or orphan removal clears before a delete, not the database. */
    private static List<String> blockedKeys(Entity e) {
        List<String> keys = new ArrayList<>();
        if (e.deleteImpact() == null) return keys;
        for (var r : e.deleteImpact().references()) {
            if (r.handledBy() != null && !r.handledBy().startsWith("the database")) {
                keys.add("`" + r.key().table() + "." + String.join(", ", r.key().columns()) + "`");
            }
        }
        return keys;
    }

    private static List<String> updateSkips(Entity e) {
        List<String> skips = new ArrayList<>();
        if (e.versionAttribute() != null) skips.add("the `@Version` increment of `" + e.name() + "." + e.versionAttribute() + "` (optimistic locking)");
        for (LifecycleCallback c : e.callbacks()) {
            if (c.event() != null && (c.event().equals("PreUpdate") || c.event().equals("PostUpdate"))) {
                skips.add("the @" + c.event() + " callback `" + simple(c.declaredIn()) + "." + c.method() + "`");
            }
        }
        return skips;
    }

    private static String simple(String className) {
        return className == null ? "" : className.substring(className.lastIndexOf('.') + 1);
    }
}
