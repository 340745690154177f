package com.example.garden;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Seedling {
    @Id
    @GeneratedValue
    private Long id;

    private String species;

    @ManyToOne
    private PlantBed bed;
}
