package com.example.garden;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Plant {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Bed bed;
}
