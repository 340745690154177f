package com.example.post;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Depot {
    @Id
    @GeneratedValue
    private Long id;

    private String city;
}
