package dev.contextpack.zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Shared primary key: @MapsId @OneToOne, the PK column is "book_id" (also the FK to book). */
@Entity
@Table(name = "book_details")
public class BookDetails {
    @Id
    Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    Book book;

    int pageCount;

    String publisher;
}
