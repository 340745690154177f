package dev.contextpack.zoo;

import java.util.ArrayList;
import java.util.List;

/** The mapping zoo: what to hand to Hibernate (or to the engine) to get the whole model. */
public final class ZooEntities {

    /** Every class annotated with {@code @Entity} (no embeddables, mapped superclasses or converters). */
    public static final List<Class<?>> ANNOTATED = List.of(
            Animal.class, Mammal.class, Bird.class,
            Author.class, Book.class, BookCopy.class, BookDetails.class,
            Certificate.class, Duty.class, Enclosure.class,
            Facility.class, Aviary.class, Aquarium.class,
            Inspection.class, Keeper.class, LibraryCard.class, Loan.class, Member.class,
            ShiftAssignment.class, Shelf.class, Species.class, Visitor.class,
            ZooEvent.class, Feeding.class, GuidedTour.class);

    /**
     * Converters that must be registered as managed classes. {@link PhoneNumberConverter} is
     * {@code autoApply = true} and is referenced by no annotation, so Hibernate only knows it when it is
     * listed; without it, boot fails on {@code PhoneNumber}. ({@link DurationMinutesConverter} is named
     * by {@code @Convert} and needs no listing.)
     */
    public static final List<Class<?>> CONVERTERS = List.of(PhoneNumberConverter.class);

    /** {@link #ANNOTATED} plus {@link #CONVERTERS}: the complete class list for a bootstrap. */
    public static final List<Class<?>> MANAGED = concat(ANNOTATED, CONVERTERS);

    /** Classpath resource declaring {@code dev.contextpack.zoo.xml.Donation} as an entity. */
    public static final String ORM_XML = "META-INF/orm.xml";

    private ZooEntities() {
    }

    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        List<Class<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
