package dev.contextpack.compiled.sealed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A sealed entity hierarchy (Java 17; a Kotlin sealed class compiles alike): no proxy class may extend it. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public sealed class Vehicle permits Van {

    @Id
    private Long id;

    protected Vehicle() {
    }
}
