package com.example.library;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuthorRepository extends LibraryRepository<Author> {

    public List<Author> fromCountry(String countryCode) {
        return list("countryCode", countryCode);
    }
}
