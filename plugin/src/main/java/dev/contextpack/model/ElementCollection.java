package dev.contextpack.model;

import java.util.List;

/** An {@code @ElementCollection}: values stored in their own table, deleted and re-inserted with the owner. */
public record ElementCollection(
        String collectionType,
        String elementType,
        TableRef table,
        List<String> keyColumns,
        ForeignKey foreignKey,
        List<Column> valueColumns,
        List<Attribute> embeddableAttributes,
        String orderBy,
        String orderColumn,
        List<Column> mapKeyColumns,
        String fetch,
        boolean fetchDeclared) {
}
