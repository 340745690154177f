package dev.contextpack.compiled.sealed;

import jakarta.persistence.Entity;

@Entity
public final class Van extends Vehicle {

    private int seats;

    protected Van() {
    }
}
