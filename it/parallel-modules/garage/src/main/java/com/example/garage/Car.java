package com.example.garage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

@Entity
public class Car {
    @Id
    @GeneratedValue
    private Long id;

    private String label;

    @OneToMany(mappedBy = "car")
    private List<Wheel> wheels = new ArrayList<>();
}
