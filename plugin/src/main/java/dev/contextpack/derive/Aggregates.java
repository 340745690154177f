package dev.contextpack.derive;

import dev.contextpack.model.Aggregate;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cascade graph read as aggregates: an entity that PERSIST reaches from another is saved with
 * it; the roots are the entities no PERSIST cascade reaches. An entity reached from two roots
 * belongs to the first by name and is listed in both roots' savedWithRoot.
 */
final class Aggregates {

    private Aggregates() {
    }

    static List<Aggregate> of(List<Entity> entities) {
        Map<String, Set<String>> persists = new TreeMap<>();
        Map<String, Set<String>> removes = new TreeMap<>();
        Set<String> reached = new TreeSet<>();
        for (Entity e : entities) {
            for (Attribute a : e.attributes()) {
                var as = a.association();
                if (as == null || as.target().equals(e.name())) continue;
                if (as.cascade().operations().contains("PERSIST")) {
                    persists.computeIfAbsent(e.name(), k -> new TreeSet<>()).add(as.target());
                    reached.add(as.target());
                }
                if (as.cascade().operations().contains("REMOVE")) removes.computeIfAbsent(e.name(), k -> new TreeSet<>()).add(as.target());
            }
        }
        List<Aggregate> aggregates = new ArrayList<>();
        Set<String> assigned = new TreeSet<>();
        for (Entity e : entities) {
            if (reached.contains(e.name()) || e.identifier() == null) continue;
            Set<String> saved = closure(e.name(), persists);
            Set<String> deleted = closure(e.name(), removes);
            Set<String> members = new TreeSet<>(List.of(e.name()));
            for (String s : saved) if (assigned.add(s)) members.add(s);
            assigned.add(e.name());
            aggregates.add(new Aggregate(e.name(), List.copyOf(members), List.copyOf(saved), List.copyOf(deleted)));
        }
        // a cycle of PERSIST cascades has no entity outside it: each member is then a root of its own
        for (Entity e : entities) {
            if (!assigned.contains(e.name()) && e.identifier() != null) {
                assigned.add(e.name());
                aggregates.add(new Aggregate(e.name(), List.of(e.name()), List.copyOf(closure(e.name(), persists)),
                        List.copyOf(closure(e.name(), removes))));
            }
        }
        return aggregates;
    }

    /** The root of each entity's aggregate. */
    static Map<String, String> rootOf(List<Aggregate> aggregates) {
        Map<String, String> roots = new TreeMap<>();
        for (Aggregate aggregate : aggregates) aggregate.members().forEach(m -> roots.putIfAbsent(m, aggregate.root()));
        return roots;
    }

    private static Set<String> closure(String start, Map<String, Set<String>> edges) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(edges.getOrDefault(start, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(start) || !seen.add(next)) continue;
            todo.addAll(edges.getOrDefault(next, Set.of()));
        }
        return seen;
    }
}
