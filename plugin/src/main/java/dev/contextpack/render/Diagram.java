package dev.contextpack.render;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** The relationships as Mermaid erDiagram edges; the template only formats them. */
public final class Diagram {

    /** GitHub's Mermaid refuses more than 500 edges; stay well below. */
    public static final int MAX_EDGES = 400;

    private Diagram() {
    }

    public static List<DiagramEdge> edges(ContextPack pack) {
        List<DiagramEdge> edges = new ArrayList<>();
        Map<String, Entity> byName = new HashMap<>();
        pack.entities().forEach(e -> byName.put(e.name(), e));
        for (Entity e : pack.entities()) {
            Entity parent = e.inheritance() == null || e.inheritance().parent() == null ? null : byName.get(e.inheritance().parent());
            for (Attribute a : e.attributes()) {
                // an inherited link is drawn once, from the entity that declares it
                if (parent != null && parent.attributes().stream().anyMatch(p -> p.name().equals(a.name()))) continue;
                add(edges, e, a.name(), a.association());
                if (a.embedded() != null) {
                    for (Attribute part : a.embedded().attributes()) add(edges, e, a.name() + "." + part.name(), part.association());
                }
            }
        }
        return edges;
    }

    private static void add(List<DiagramEdge> edges, Entity e, String attribute, Association as) {
        if (as == null || !as.owningSide() || as.target() == null) return;
        // a link read from annotations only is dashed and says so: Hibernate did not confirm it
        boolean unverified = e.unverified() != null;
        String label = e.name() + "." + attribute + (unverified ? " (unverified)" : "");
        String line = unverified ? ".." : "--";
        switch (as.kind()) {
            // "many E to one target": the target side is exactly one (or zero or one when optional)
            case "ManyToOne" -> edges.add(new DiagramEdge(e.name(), "}o", as.optional() ? "o|" : "||", as.target(), label, line));
            case "OneToOne" -> edges.add(new DiagramEdge(e.name(), "|o", as.optional() ? "o|" : "||", as.target(), label, line));
            case "OneToMany" -> edges.add(new DiagramEdge(e.name(), "|o", "o{", as.target(), label, line));
            default -> edges.add(new DiagramEdge(e.name(), "}o", "o{", as.target(), label, line));
        }
    }
}
