package com.example.kitchen;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Lid {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Pot pot;
}
