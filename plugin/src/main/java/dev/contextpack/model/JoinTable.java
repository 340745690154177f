package dev.contextpack.model;

import java.util.List;

/**
 * A join table: {@code ownerColumns} point at {@code ownerTable}, the table of the entity that
 * declares the association (for an inherited association, its parent's), {@code targetColumns}
 * at {@code targetTable}.
 */
public record JoinTable(
        TableRef table,
        List<String> ownerColumns,
        String ownerTable,
        List<String> targetColumns,
        String targetTable,
        List<ForeignKey> foreignKeys) {
}
