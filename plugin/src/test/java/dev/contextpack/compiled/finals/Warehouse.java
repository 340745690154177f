package dev.contextpack.compiled.finals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A final entity class (as Kotlin compiles a class that all-open does not cover): Hibernate cannot subclass it for a proxy. */
@Entity
public final class Warehouse {

    @Id
    private Long id;

    private String name;

    protected Warehouse() {
    }

    public Warehouse(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
