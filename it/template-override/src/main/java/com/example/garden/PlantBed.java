package com.example.garden;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "plant_beds")
public class PlantBed {
    @Id
    @GeneratedValue
    private Long id;

    private String location;
}
