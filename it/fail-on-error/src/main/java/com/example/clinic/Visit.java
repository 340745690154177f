package com.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;

@Entity
public class Visit {
    @Id
    @GeneratedValue
    private Long id;

    private LocalDate visitDate;

    @ManyToOne(optional = false)
    private Vet treatedBy;
}
