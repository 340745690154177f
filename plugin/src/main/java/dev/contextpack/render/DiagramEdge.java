package dev.contextpack.render;

/**
 * One line of the Mermaid erDiagram, drawn once per link from its owning side.
 * {@code left} and {@code right} are Mermaid cardinality markers, e.g. {@code ||} and {@code o{}.
 */
public record DiagramEdge(String from, String left, String right, String to, String label) {
}
