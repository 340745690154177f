package dev.contextpack.scan;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which entities each entity needs for Hibernate to boot it, read from the bytecode: the entity classes
 * named in the (generic) types of its members, of its superclasses' members and of the embeddables it
 * holds, and its superclass entities. A part of the model booted alone must hold these, or it fails for
 * the missing targets rather than for the mapping under test.
 */
public final class EntityReferences {

    private EntityReferences() {
    }

    /** Entity class → the entity classes it needs directly (itself excluded), sorted. */
    public static Map<String, Set<String>> of(ScanResult scan, Set<String> entities) {
        return read(scan, entities, false);
    }

    /**
     * Entity class → every class its own members, superclasses and embeddables name in their types (not
     * following links to other entities): a failure whose message names such a class is about this entity.
     */
    public static Map<String, Set<String>> mentions(ScanResult scan, Set<String> entities) {
        return read(scan, entities, true);
    }

    private static Map<String, Set<String>> read(ScanResult scan, Set<String> entities, boolean mentions) {
        Map<String, Set<String>> references = new TreeMap<>();
        for (String entity : entities) {
            SortedSet<String> needs = new TreeSet<>();
            Set<String> visited = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            todo.add(entity);
            while (!todo.isEmpty()) {
                ClassFacts facts = scan.classes().get(todo.poll());
                if (facts == null || !visited.add(facts.name())) continue;
                if (facts.superclass() != null) {
                    if (entities.contains(facts.superclass())) needs.add(facts.superclass());
                    todo.add(facts.superclass());
                }
                java.util.List<MemberFacts> members = new java.util.ArrayList<>(facts.fields().values());
                members.addAll(facts.getters().values());
                for (MemberFacts member : members) {
                    for (String token : member.type().split("[^A-Za-z0-9_$.]+")) {
                        if (mentions && token.contains(".")) needs.add(token);
                        if (entities.contains(token)) needs.add(token);
                        else if (scan.embeddables().contains(token)) todo.add(token);
                    }
                    String target = member.param("jakarta.persistence.ManyToOne", "targetEntity");
                    for (String kind : new String[] {"OneToOne", "OneToMany", "ManyToMany"}) {
                        if (target == null) target = member.param("jakarta.persistence." + kind, "targetEntity");
                    }
                    if (target != null && entities.contains(target)) needs.add(target);
                }
            }
            needs.remove(entity);
            references.put(entity, Collections.unmodifiableSet(needs));
        }
        return Collections.unmodifiableMap(references);
    }
}
