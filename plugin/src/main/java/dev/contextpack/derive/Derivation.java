package dev.contextpack.derive;

import dev.contextpack.model.Aggregate;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything computed from the whole model, in order: aggregates, delete impact, rules, traps.
 */
public final class Derivation {

    public record Derived(List<Entity> entities, List<Aggregate> aggregates, List<Finding> findings) {
    }

    private Derivation() {
    }

    public static Derived derive(List<Entity> entities, int batchSize) {
        List<Aggregate> aggregates = Aggregates.of(entities);
        Map<String, String> roots = Aggregates.rootOf(aggregates);
        DeleteImpacts impacts = new DeleteImpacts(entities);
        List<Entity> withImpact = new ArrayList<>();
        for (Entity e : entities) withImpact.add(e.withDerived(roots.get(e.name()), impacts.of(e)));
        List<Entity> withRules = new RuleDeriver(batchSize).derive(withImpact);
        return new Derived(withRules, aggregates, Traps.of(withRules));
    }
}
