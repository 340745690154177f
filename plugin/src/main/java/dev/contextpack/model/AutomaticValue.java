package dev.contextpack.model;

/**
 * A value the framework sets, which code must not set by hand.
 *
 * @param attribute the attribute (a path for embedded values)
 * @param setBy who sets it, e.g. "Hibernate (@CreationTimestamp)" or "the database (IDENTITY)"
 * @param when when it is set: "persist", "insert", "insert and every update", "every read", ...
 */
public record AutomaticValue(String attribute, String setBy, String when, Provenance provenance) {
}
