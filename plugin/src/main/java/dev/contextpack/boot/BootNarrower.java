package dev.contextpack.boot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the entity a failed boot is about when Hibernate's message names none (an embeddable's
 * unmappable field, a type Hibernate cannot map): parts of the model are booted on their own,
 * each part closed under the entities it links to, and a binary search over a fixed order finds the
 * first entity whose part fails. Deterministic (the order is by the size of an entity's closure, then
 * by name, so an entity comes after those it links to, cycles aside) and bounded: about log2(n) + 1 boots.
 */
final class BootNarrower {

    /** The entity found, the boot's message for it, and how many boots it took. */
    record Narrowed(String className, String message, int boots) {
    }

    private final Map<String, Set<String>> references;
    private final Map<String, Set<String>> mentions;
    /** Boots these entities; returns null when Hibernate builds the model, else its message. */
    private final Function<Set<String>, String> failure;

    /**
     * @param mentions entity → the classes its own bytecode names: among entities that need each other (a
     *     bidirectional link), booting cannot tell which one fails, so the one whose bytecode names a class of
     *     the message comes first
     */
    BootNarrower(Map<String, Set<String>> references, Map<String, Set<String>> mentions, Function<Set<String>, String> failure) {
        this.references = references;
        this.mentions = mentions;
        this.failure = failure;
    }

    /** The maximum number of boots {@link #narrow} needs for {@code n} entities. */
    static int bootsFor(int n) {
        return 1 + (int) Math.ceil(Math.log(Math.max(n, 1)) / Math.log(2));
    }

    /**
     * @param entities the entities whose boot failed with {@code message}
     * @return null when the model does not boot even without entities (a setting, an XML file)
     */
    Narrowed narrow(Set<String> entities, String failedWith) {
        String message = failedWith;
        if (entities.isEmpty() || failure.apply(Set.of()) != null) return null;
        int boots = 1;
        List<String> order = new ArrayList<>(entities);
        order.sort(Comparator.comparingInt((String e) -> closure(Set.of(e), entities).size())
                .thenComparing(e -> mentions.getOrDefault(e, Set.of()).stream().noneMatch(c -> names(failedWith, c)))
                .thenComparing(e -> e));
        int lo = 1;
        int hi = order.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            String m = failure.apply(closure(Set.copyOf(order.subList(0, mid)), entities));
            boots++;
            if (m != null) {
                hi = mid;
                message = m;
            } else {
                lo = mid + 1;
            }
        }
        return new Narrowed(order.get(lo - 1), message, boots);
    }

    /** Whether the message names the class as a whole name (not {@code p.Foo} inside {@code p.FooBar}). */
    private static boolean names(String message, String className) {
        for (int i = message.indexOf(className); i >= 0; i = message.indexOf(className, i + 1)) {
            int end = i + className.length();
            if (end >= message.length() || !Character.isJavaIdentifierPart(message.charAt(end))) return true;
        }
        return false;
    }

    /** The entities plus every entity they link to, transitively, within {@code entities}. */
    private Set<String> closure(Set<String> start, Set<String> entities) {
        Set<String> closed = new TreeSet<>();
        List<String> todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (!entities.contains(next) || !closed.add(next)) continue;
            todo.addAll(references.getOrDefault(next, Set.of()));
        }
        return closed;
    }
}
