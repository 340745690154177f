package com.example.library;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PreRemove;

import java.util.ArrayList;
import java.util.List;

/** An active record with the id PanacheEntity gives it; deleting one author deletes its books. */
@Entity
public class Author extends PanacheEntity {

    public String name;

    public String countryCode;

    @OneToMany(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<Book> books = new ArrayList<>();

    /** Quarkus calls this wherever another class reads author.name. */
    public String getName() {
        return name == null ? null : name.strip();
    }

    @PreRemove
    void beforeRemove() {
        books.forEach(b -> b.author = null);
    }

    public static Author findByName(String name) {
        return find("name", name).firstResult();
    }
}
