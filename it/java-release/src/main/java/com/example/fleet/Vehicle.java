package com.example.fleet;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract sealed class Vehicle permits Truck {
    @Id
    @GeneratedValue
    private Long id;

    private String plate;

    @Embedded
    private Dimensions dimensions;
}
