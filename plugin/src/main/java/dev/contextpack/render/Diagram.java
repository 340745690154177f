package dev.contextpack.render;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;

import java.util.ArrayList;
import java.util.List;

/** The relationships as Mermaid erDiagram edges; the template only formats them. */
final class Diagram {

    /** GitHub's Mermaid refuses more than 500 edges; stay well below. */
    static final int MAX_EDGES = 400;

    private Diagram() {
    }

    static List<DiagramEdge> edges(ContextPack pack) {
        List<DiagramEdge> edges = new ArrayList<>();
        for (Entity e : pack.entities()) {
            for (Attribute a : e.attributes()) {
                add(edges, e, a.name(), a.association());
                if (a.embedded() != null) {
                    for (Attribute part : a.embedded().attributes()) add(edges, e, a.name() + "." + part.name(), part.association());
                }
            }
        }
        return edges;
    }

    private static void add(List<DiagramEdge> edges, Entity e, String attribute, Association as) {
        if (as == null || !as.owningSide()) return;
        String label = e.name() + "." + attribute;
        switch (as.kind()) {
            // "many E to one target": the target side is exactly one (or zero or one when optional)
            case "ManyToOne" -> edges.add(new DiagramEdge(e.name(), "}o", as.optional() ? "o|" : "||", as.target(), label));
            case "OneToOne" -> edges.add(new DiagramEdge(e.name(), "|o", as.optional() ? "o|" : "||", as.target(), label));
            case "OneToMany" -> edges.add(new DiagramEdge(e.name(), "|o", "o{", as.target(), label));
            default -> edges.add(new DiagramEdge(e.name(), "}o", "o{", as.target(), label));
        }
    }
}
