package com.example.kitchen;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

@Entity
public class Pot {
    @Id
    @GeneratedValue
    private Long id;

    private String label;

    @OneToMany(mappedBy = "pot")
    private List<Lid> lids = new ArrayList<>();
}
