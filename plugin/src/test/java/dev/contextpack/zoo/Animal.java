package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SINGLE_TABLE root (with {@link Mammal} and {@link Bird}); IDENTITY id; enum ORDINAL and STRING;
 * explicit @Convert; unidirectional EAGER @ManyToOne with default join column; FK to an assigned
 * String id; basic element collection with @OrderColumn.
 */
@Entity
@Table(name = "animal")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "animal_type", discriminatorType = DiscriminatorType.STRING, length = 16)
@DiscriminatorValue("ANIMAL")
public class Animal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    /** Primitive without @Column in the root: "legCount" NOT NULL. */
    int legCount;

    /** Enum without @Enumerated: ORDINAL. */
    Diet diet;

    @Enumerated(EnumType.STRING)
    @Column(name = "conservation_status", length = 24)
    ConservationStatus status;

    LocalDate bornOn;

    @Convert(converter = DurationMinutesConverter.class)
    @Column(name = "feeding_interval_min")
    Duration feedingInterval;

    /** Unidirectional, default fetch (EAGER), default join column "enclosure_id". */
    @ManyToOne
    Enclosure enclosure;

    /** FK to an assigned String primary key; default join column "species_code". */
    @ManyToOne
    Species species;

    /** Default collection table "Animal_nicknames", order column "nickname_order". */
    @ElementCollection
    @OrderColumn(name = "nickname_order")
    List<String> nicknames = new ArrayList<>();
}
