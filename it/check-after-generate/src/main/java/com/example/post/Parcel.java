package com.example.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Parcel {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 120)
    private String label;

    @ManyToOne(optional = false)
    private Depot depot;
}
