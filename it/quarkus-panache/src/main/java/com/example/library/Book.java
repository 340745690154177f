package com.example.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/** An active record with an id of its own (the ISBN), assigned by the application. */
@Entity
@NamedQuery(name = "Book.byTitle", query = "from Book where title = ?1")
public class Book extends PanacheEntityBase {

    @Id
    public String isbn;

    @Column(nullable = false, length = 200)
    public String title;

    public int publishedYear;

    @ManyToOne(optional = false)
    public Author author;

    @Version
    public long version;
}
