package com.example.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Invoice {
    @Id
    @GeneratedValue
    private Long id;

    private String number;
}
