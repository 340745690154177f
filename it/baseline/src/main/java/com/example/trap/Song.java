package com.example.trap;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Song {
    @Id
    @GeneratedValue
    Long id;

    String title;
}
