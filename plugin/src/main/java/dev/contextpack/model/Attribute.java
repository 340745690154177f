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
 * @param declaredAnnotations only for an entity Hibernate could not boot: the annotations as the bytecode
 *     declares them, since its physical columns are not known (then none of the four above may be set for a basic value)
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
        Association association,
        List<DeclaredAnnotation> declaredAnnotations) {

    /** An attribute Hibernate booted: its mapping annotations are not repeated. */
    public Attribute(String name, String javaType, String declaredIn, Provenance provenance, boolean nullable, boolean optional,
                     List<Column> columns, String enumStorage, String converter, boolean lob, boolean version, boolean identifier,
                     Embedded embedded, ElementCollection elementCollection, Association association) {
        this(name, javaType, declaredIn, provenance, nullable, optional, columns, enumStorage, converter, lob, version, identifier,
                embedded, elementCollection, association, null);
    }


    /** The same attribute under a path name, e.g. {@code maintenance.responsibleKeeper} inside an embeddable. */
    public Attribute withName(String path) {
        return new Attribute(path, javaType, declaredIn, provenance, nullable, optional, columns, enumStorage, converter, lob,
                version, identifier, embedded, elementCollection, association, declaredAnnotations);
    }

    public Attribute withAssociation(Association newAssociation) {
        return new Attribute(name, javaType, declaredIn, provenance, nullable, optional, columns, enumStorage, converter, lob,
                version, identifier, embedded, elementCollection, newAssociation, declaredAnnotations);
    }
}
