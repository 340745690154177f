package com.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Visit {
    @Id
    @GeneratedValue
    Long id;

    String description;

    // no cascade from Pet: a Visit blocks deleting its Pet
    @ManyToOne
    Pet pet;
}
