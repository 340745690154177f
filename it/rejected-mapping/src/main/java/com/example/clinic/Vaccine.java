package com.example.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Hibernate cannot load this entity: jakarta.inject-api is a provided dependency, so
 * jakarta.inject.Provider is missing from the runtime class path the plugin boots with.
 */
@Entity
@Table(name = "vaccines")
public class Vaccine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_name", length = 120, nullable = false)
    private String productName;

    @ManyToOne(fetch = FetchType.LAZY)
    private Vet administeredBy;

    private jakarta.inject.Provider<String> batchSource;
}
