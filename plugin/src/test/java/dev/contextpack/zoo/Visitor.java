package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * UUID id; auto-applied converter; element collection of an embeddable with the default table name;
 * unidirectional @ManyToMany with the default join table and an explicit EAGER fetch.
 */
@Entity
@Table(name = "visitor")
public class Visitor {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @Column(nullable = false, length = 100)
    String name;

    PhoneNumber phone;

    OffsetDateTime registeredAt;

    /** Default collection table "Visitor_visits", join column "Visitor_id". */
    @ElementCollection
    Set<VisitSlot> visits = new HashSet<>();

    /** Default join table "visitor_animal": columns "Visitor_id", "favoriteAnimals_id". */
    @ManyToMany(fetch = FetchType.EAGER)
    Set<Animal> favoriteAnimals = new HashSet<>();
}
