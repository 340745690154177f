package dev.contextpack.model;

import java.util.List;

/**
 * A join table: {@code ownerColumns} point at the entity that declares the association,
 * {@code targetColumns} at the target.
 */
public record JoinTable(
        TableRef table,
        List<String> ownerColumns,
        List<String> targetColumns,
        List<ForeignKey> foreignKeys) {
}
