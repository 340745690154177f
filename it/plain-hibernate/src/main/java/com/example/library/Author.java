package com.example.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

@Entity
public class Author {
    @Id
    @GeneratedValue
    private Long id;

    private String fullName;

    @OneToMany(mappedBy = "writtenBy")
    private List<BookTitle> books = new ArrayList<>();
}
