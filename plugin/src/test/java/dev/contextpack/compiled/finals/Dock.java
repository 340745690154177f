package dev.contextpack.compiled.finals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A non-final entity whose getter is final (Kotlin: all-open covers the class, a member declared final stays final). */
@Entity
public class Dock {

    @Id
    private Long id;

    private String label;

    protected Dock() {
    }

    public Dock(Long id, String label) {
        this.id = id;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public final String getLabel() {
        return label;
    }
}
