package com.example.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class PostalAddress {
    @Id
    @GeneratedValue
    private Long id;

    private String streetLine;

    private String postCode;
}
