package dev.contextpack.compiled.records;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Parcel {

    @Id
    @GeneratedValue
    private Long id;

    private String label;

    private Dimensions dimensions;

    protected Parcel() {
    }

    public Parcel(String label, Dimensions dimensions) {
        this.label = label;
        this.dimensions = dimensions;
    }

    public Long getId() {
        return id;
    }
}
