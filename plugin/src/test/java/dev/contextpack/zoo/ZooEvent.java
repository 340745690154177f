package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;

/**
 * Abstract TABLE_PER_CLASS root ({@link Feeding}, {@link GuidedTour}) with a SEQUENCE generator
 * (IDENTITY is not allowed with union subclasses). Its columns and FK are repeated in each concrete table.
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class ZooEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zoo_event_gen")
    @SequenceGenerator(name = "zoo_event_gen", sequenceName = "zoo_event_seq", allocationSize = 1)
    Long id;

    @Column(name = "starts_at", nullable = false)
    LocalDateTime startsAt;

    /** Default join column "location_id", in each concrete table. */
    @ManyToOne
    Enclosure location;
}
