package com.example.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.util.HashSet;
import java.util.Set;

@Entity
public class LoyalCustomer {
    @Id
    @GeneratedValue
    private Long id;

    private String firstName;

    private String lastName;

    @ManyToOne
    private PostalAddress homeAddress;

    /** Unidirectional, no @JoinTable: the join table name comes from the implicit naming strategy. */
    @ManyToMany
    private Set<RewardTag> favouriteTags = new HashSet<>();
}
