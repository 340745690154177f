package dev.contextpack.model;

/**
 * A Hibernate (or Jackson, Envers) switch that changes what reads, writes or deletes do.
 *
 * @param name the annotation or setting, e.g. "@SoftDelete"
 * @param member the attribute it is on; null for the entity
 * @param detail its value (the SQL restriction, the column, the batch size, ...)
 * @param effect one sentence on what it does to this entity
 */
public record Behaviour(String name, String member, String detail, String effect, Provenance provenance) {
}
