package com.example.garage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Wheel {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Car car;
}
