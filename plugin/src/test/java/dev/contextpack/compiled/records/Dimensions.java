package dev.contextpack.compiled.records;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A record as an embeddable (Hibernate 6.2+ instantiates it through its canonical constructor). */
@Embeddable
public record Dimensions(int widthCm, int heightCm, @Column(name = "depth") Integer depthCm) {
}
