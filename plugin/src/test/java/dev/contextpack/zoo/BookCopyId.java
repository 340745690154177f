package dev.contextpack.zoo;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** @EmbeddedId of {@link BookCopy}; bookId is filled through {@code @MapsId("bookId")}. */
@Embeddable
public class BookCopyId implements Serializable {
    Long bookId;
    int copyNumber;

    @Override
    public boolean equals(Object o) {
        return o instanceof BookCopyId other && Objects.equals(bookId, other.bookId) && copyNumber == other.copyNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(bookId, copyNumber);
    }
}
