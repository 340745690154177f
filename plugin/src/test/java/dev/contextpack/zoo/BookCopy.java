package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** @EmbeddedId composite whose bookId part is mapped by @MapsId("bookId") on a @ManyToOne. */
@Entity
@Table(name = "book_copy")
public class BookCopy {
    @EmbeddedId
    BookCopyId id;

    @MapsId("bookId")
    @ManyToOne
    Book book;

    @Column(length = 20)
    String wear;
}
