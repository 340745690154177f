package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Inverse (mappedBy) side of {@link Member#card}. */
@Entity
@Table(name = "library_card")
public class LibraryCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "card_number", nullable = false, length = 20)
    String number;

    LocalDate expiresOn;

    @OneToOne(mappedBy = "card")
    Member holder;
}
