package dev.contextpack.model;

import java.util.List;

/**
 * What deleting one row of an entity does, derived from cascades, orphan removal, ON DELETE and
 * the foreign keys that point at its table.
 *
 * @param softDelete how remove() is really executed when it is not a DELETE (@SoftDelete, @SQLDelete); null for a plain DELETE
 * @param alsoDeleted what is removed with it, transitively, e.g. "Order.lines -> OrderLine (cascade REMOVE)"
 * @param references every foreign key that points at the entity's table, with what (if anything) clears it first
 * @param unverifiedLinks associations of entities Hibernate could not boot that point at this entity ({@code Label.shelf}):
 *     their foreign keys are not known, so they are not in {@code references}
 */
public record DeleteImpact(String softDelete, List<String> alsoDeleted, List<Reference> references, List<String> unverifiedLinks) {

    public DeleteImpact(String softDelete, List<String> alsoDeleted, List<Reference> references) {
        this(softDelete, alsoDeleted, references, List.of());
    }

    /**
     * A foreign key pointing at the entity's table. {@code handledBy} says what removes or detaches
     * those rows before the delete (a cascade, an owned collection, the database's ON DELETE);
     * null means the delete fails while such a row exists.
     */
    public record Reference(ForeignKey key, String handledBy) {
    }

    public List<Reference> blocking() {
        return references.stream().filter(r -> r.handledBy() == null).toList();
    }
}
