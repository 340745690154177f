package com.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;

import java.time.Instant;

@Entity
public class Pet {
    @Id
    @GeneratedValue
    Long id;

    String name;

    Instant registeredAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    Owner owner;

    @PrePersist
    void register() {
        registeredAt = Instant.now();
    }
}
