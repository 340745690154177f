package dev.contextpack.model;

import java.util.List;

/**
 * A persistent attribute. Exactly one of {@code columns} (basic), {@code embedded},
 * {@code elementCollection} or {@code association} describes how it is stored.
 *
 * @param declaredIn the class that declares the field (an entity, a mapped superclass or an embeddable)
 * @param nullable whether the mapping allows null (for basic values: all columns nullable)
 * @param enumStorage ORDINAL or STRING for enums, as Hibernate stores them
 * @param converter the AttributeConverter class applied, explicit or auto-applied
 */
public record Attribute(
        String name,
        String javaType,
        String declaredIn,
        Provenance provenance,
        boolean nullable,
        boolean optional,
        List<Column> columns,
        String enumStorage,
        String converter,
        boolean lob,
        boolean version,
        boolean identifier,
        Embedded embedded,
        ElementCollection elementCollection,
        Association association) {

    /** The same attribute under a path name, e.g. {@code maintenance.responsibleKeeper} inside an embeddable. */
    public Attribute withName(String path) {
        return new Attribute(path, javaType, declaredIn, provenance, nullable, optional, columns, enumStorage, converter, lob,
                version, identifier, embedded, elementCollection, association);
    }

    public Attribute withAssociation(Association newAssociation) {
        return new Attribute(name, javaType, declaredIn, provenance, nullable, optional, columns, enumStorage, converter, lob,
                version, identifier, embedded, elementCollection, newAssociation);
    }
}
