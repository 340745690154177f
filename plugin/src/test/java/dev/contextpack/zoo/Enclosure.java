package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * SEQUENCE id without a named generator (implicit sequence), a nested embeddable, an embeddable
 * carrying a @ManyToOne, and a lazy @ManyToOne into the JOINED hierarchy root.
 */
@Entity
@Table(name = "enclosure")
public class Enclosure {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(nullable = false, unique = true, length = 10)
    String code;

    @Embedded
    Climate climate;

    @Embedded
    Maintenance maintenance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    Facility facility;
}
