package dev.contextpack.engine;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.MethodBodies;
import dev.contextpack.scan.ScanResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings that need method bodies: a LAZY association read inside a loop (one query per
 * element), and equals/hashCode built on a generated id. Only what the code really does is
 * reported; no page gets a generic N+1 warning.
 */
final class BodyFindings {

    private BodyFindings() {
    }

    static List<Finding> of(List<Entity> entities, MethodBodies bodies, ScanResult scan) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Entity> byClass = new HashMap<>();
        entities.forEach(e -> byClass.putIfAbsent(e.className(), e));
        Set<String> seen = new TreeSet<>();
        for (MethodBodies.LoopCall call : bodies.loopCalls()) {
            Entity e = entityOf(call.owner(), byClass, scan);
            if (e == null) continue;
            String property = property(call.getter());
            Attribute a = e.attributes().stream().filter(x -> x.name().equals(property)).findFirst().orElse(null);
            if (a == null || a.association() == null || !"LAZY".equals(a.association().fetch())) continue;
            if (!seen.add(e.className() + "#" + property + "#" + call.caller())) continue;
            Association as = a.association();
            findings.add(new Finding("CP-N-PLUS-ONE", Finding.Severity.warning, e.className(), property,
                    "`" + call.caller() + "` reads the LAZY `" + e.name() + "." + property + "` inside a loop: one more query per "
                            + e.name() + (e.behaviours().stream().anyMatch(b -> "@BatchSize".equals(b.name()) && property.equals(b.member()))
                            ? " (batched by @BatchSize)" : "")
                            + ". Load it with the query that finds the " + e.name() + " rows (join fetch or an entity graph)"
                            + (as.kind().endsWith("ToMany") ? ", or set a batch size." : ".")));
        }
        for (Entity e : entities) {
            if (e.identifier() == null || e.identifier().attribute() == null || e.identifier().generation() == null) continue;
            String strategy = e.identifier().generation().strategy();
            if (strategy.equals("ASSIGNED") || strategy.equals("FOREIGN")) continue;
            String id = e.identifier().attribute();
            String getter = "get" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            for (ClassFacts c = scan.classes().get(e.className()); c != null; c = c.superclass() == null ? null : scan.classes().get(c.superclass())) {
                Set<String> reads = bodies.equalityReads(c.name());
                if (reads.contains(id) || reads.contains(getter)) {
                    findings.add(new Finding("CP-TRAP-EQUALS-ON-GENERATED-ID", Finding.Severity.warning, e.className(), id,
                            "equals/hashCode of " + c.name().substring(c.name().lastIndexOf('.') + 1) + " use the generated `" + id
                                    + "`, which is null until " + e.identifier().generation().strategy() + " assigns it: an instance put in a Set"
                                    + " (or used as a map key) before persist is not found after. Use a business key, or a constant hashCode."));
                    break;
                }
            }
        }
        return findings;
    }

    /** The entity a getter's owner class stands for: the class itself or an entity it extends. */
    private static Entity entityOf(String owner, Map<String, Entity> byClass, ScanResult scan) {
        for (ClassFacts c = scan.classes().get(owner); ; c = scan.classes().get(c.superclass())) {
            Entity e = byClass.get(c == null ? owner : c.name());
            if (e != null || c == null || c.superclass() == null) return e;
        }
    }

    private static String property(String getter) {
        String rest = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return rest.isEmpty() ? rest : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
}
