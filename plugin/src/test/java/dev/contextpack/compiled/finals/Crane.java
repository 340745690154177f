package dev.contextpack.compiled.finals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** No no-arg constructor (Kotlin without the jpa/no-arg plugin): only a constructor with parameters. */
@Entity
public class Crane {

    @Id
    private Long id;

    private int tons;

    public Crane(Long id, int tons) {
        this.id = id;
        this.tons = tons;
    }

    public Long getId() {
        return id;
    }

    public int getTons() {
        return tons;
    }
}
