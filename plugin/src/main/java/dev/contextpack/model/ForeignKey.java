package dev.contextpack.model;

import java.util.List;

/** A foreign key constraint Hibernate would export. */
public record ForeignKey(
        String name,
        String table,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        String onDelete) {
}
