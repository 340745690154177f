package dev.contextpack.zoo;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Inherits from the {@link AuditedEntity} mapped superclass; plain @GeneratedValue (AUTO: a
 * sequence "book_seq"); @Lob; precision/scale; columnDefinition; owning side of a bidirectional
 * @ManyToMany with an explicit @JoinTable; Map&lt;String,String&gt; element collection with
 * @MapKeyColumn; inverse side of the @MapsId one-to-one with cascade PERSIST only.
 */
@Entity
@Table(name = "book")
public class Book extends AuditedEntity {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 13, unique = true)
    String isbn;

    @Column(nullable = false)
    String title;

    @Lob
    String summary;

    @Column(precision = 8, scale = 2)
    BigDecimal price;

    @Column(name = "notes", columnDefinition = "varchar(500) default 'none'")
    String notes;

    @ManyToOne
    @JoinColumn(name = "shelf_id")
    Shelf shelf;

    @ManyToMany
    @JoinTable(name = "book_author",
            joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    Set<Author> authors = new HashSet<>();

    @OneToOne(mappedBy = "book", cascade = CascadeType.PERSIST)
    BookDetails details;

    @ElementCollection
    @CollectionTable(name = "book_attribute", joinColumns = @JoinColumn(name = "book_id"))
    @MapKeyColumn(name = "attr_key", length = 50)
    @Column(name = "attr_value", length = 200)
    Map<String, String> attributes = new HashMap<>();
}
