package dev.contextpack.compiled.finals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An ordinary (non-final) entity: a LAZY link to it is a proxy. */
@Entity
public class Carrier {

    @Id
    private Long id;

    private String name;

    protected Carrier() {
    }

    public Carrier(Long id, String name) {
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
