package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** Map&lt;String, Book&gt; @OneToMany(mappedBy) keyed by @MapKey(name = "isbn"): no extra table. */
@Entity
@Table(name = "shelf")
public class Shelf {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 10)
    String label;

    @OneToMany(mappedBy = "shelf")
    @MapKey(name = "isbn")
    Map<String, Book> booksByIsbn = new HashMap<>();
}
