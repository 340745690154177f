package dev.contextpack.render;

/**
 * One line of the Mermaid erDiagram, drawn once per link from its owning side.
 * {@code left} and {@code right} are Mermaid cardinality markers, e.g. {@code ||} and {@code o{};
 * {@code line} is {@code --} (solid), or {@code ..} (dashed) for a link of an entity Hibernate did not
 * boot, read from its annotations only.
 */
public record DiagramEdge(String from, String left, String right, String to, String label, String line) {

    public DiagramEdge(String from, String left, String right, String to, String label) {
        this(from, left, right, to, label, "--");
    }
}
