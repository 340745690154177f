package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class BookTitle {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 200)
    private String titleText;

    @ManyToOne
    private Author writtenBy;
}
