package com.example.garden;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

@Entity
public class Bed {
    @Id
    @GeneratedValue
    private Long id;

    private String label;

    @OneToMany(mappedBy = "bed")
    private List<Plant> plants = new ArrayList<>();
}
