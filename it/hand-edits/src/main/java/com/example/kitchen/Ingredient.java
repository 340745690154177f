package com.example.kitchen;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Ingredient {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @ManyToOne
    private Recipe recipe;
}
