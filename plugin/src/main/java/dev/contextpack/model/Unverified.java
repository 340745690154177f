package dev.contextpack.model;

import java.util.List;

/**
 * Why Hibernate could not boot an entity, so that each of its facts is read from the bytecode only
 * (provenance {@code annotation}), and what to change so that it boots.
 *
 * @param cause {@code missingClass} (it refers to a class missing from the class path), {@code rejected}
 *     (Hibernate rejected its mapping), {@code linksToUnverified} (it was rejected only because an entity it links
 *     to was left out), {@code extractionFailed} (context-pack could not read Hibernate's model of it) or
 *     {@code bootFailed} (Hibernate could build no model at all)
 * @param relatedClass the missing class ({@code missingClass}) or the unverified entity class it links to
 *     ({@code linksToUnverified})
 * @param member the member Hibernate's message names, when it names one
 * @param reason what happened, with Hibernate's message
 * @param fix what to change and rebuild
 * @param declaredTable the table as {@code @Table} declares it, before the physical naming strategy; null when not declared
 * @param physicalTable {@code declaredTable} as the application's physical naming strategy turns it (the strategy
 *     object applied to the declared name, without a boot); null when not declared or no strategy could be applied
 * @param defaults values the annotations leave out, written out with the JPA rule that supplies them
 */
public record Unverified(String cause, String relatedClass, String member, String reason, String fix, TableRef declaredTable,
                         TableRef physicalTable, List<JpaDefault> defaults) {

    public Unverified(String cause, String relatedClass, String member, String reason, String fix, TableRef declaredTable,
                      List<JpaDefault> defaults) {
        this(cause, relatedClass, member, reason, fix, declaredTable, null, defaults);
    }

    /** A value the annotations do not write, as the JPA specification defines it (e.g. {@code @ManyToOne} fetch EAGER). */
    public record JpaDefault(String attribute, String property, String value, String rule) {
    }

    public Unverified withDeclared(TableRef table, TableRef physical, List<JpaDefault> newDefaults) {
        return new Unverified(cause, relatedClass, member, reason, fix, table, physical, newDefaults);
    }
}
