package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** JOINED subclass whose PK/FK column is renamed with @PrimaryKeyJoinColumn. */
@Entity
@Table(name = "aquarium")
@PrimaryKeyJoinColumn(name = "facility_ref")
public class Aquarium extends Facility {
    @Column(name = "volume_liters")
    long volumeLiters;

    boolean saltWater;
}
