package dev.contextpack.zoo;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Embedded in {@link Enclosure}; carries a foreign key through the association inside it. */
@Embeddable
public class Maintenance {
    LocalDate lastInspection;

    /** Default join column name: responsibleKeeper_id (FK to staff.keeper). */
    @ManyToOne
    Keeper responsibleKeeper;
}
