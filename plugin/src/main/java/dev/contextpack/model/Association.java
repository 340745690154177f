package dev.contextpack.model;

import java.util.List;

/**
 * A relationship to another entity, with its defaults made explicit.
 *
 * @param kind ManyToOne, OneToOne, OneToMany or ManyToMany
 * @param owningSide true when changing this attribute writes the foreign key or join table rows
 * @param mappedBy for the inverse side, the attribute of the target that owns the link
 * @param partner the attribute on the target of the other direction, when bidirectional
 * @param joinColumns the FK columns that store the link (in {@code fkTable}), written by the owning side only
 * @param referencedTable the table the join columns point to
 * @param referencedColumns the columns of {@code referencedTable} the join columns point to
 * @param fetch LAZY or EAGER as Hibernate will load it; {@code fetchDeclared} false means the JPA default
 */
public record Association(
        String kind,
        String target,
        String collectionType,
        boolean owningSide,
        String mappedBy,
        String partner,
        boolean bidirectional,
        String fkTable,
        List<Column> joinColumns,
        String referencedTable,
        List<String> referencedColumns,
        ForeignKey foreignKey,
        JoinTable joinTable,
        boolean optional,
        boolean sharedPrimaryKey,
        Cascade cascade,
        String fetch,
        boolean fetchDeclared,
        String orderBy,
        String orderColumn,
        String mapKey,
        List<Column> mapKeyColumns) {

    /** The same link, now known to be bidirectional with {@code partnerAttribute} on the target. */
    public Association withPartner(String partnerAttribute) {
        return new Association(kind, target, collectionType, owningSide, mappedBy, partnerAttribute, true, fkTable, joinColumns,
                referencedTable, referencedColumns, foreignKey, joinTable, optional, sharedPrimaryKey, cascade, fetch,
                fetchDeclared, orderBy, orderColumn, mapKey, mapKeyColumns);
    }
}
