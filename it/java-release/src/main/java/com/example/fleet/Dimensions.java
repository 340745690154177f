package com.example.fleet;

import jakarta.persistence.Embeddable;

/** A Java record as an embeddable (supported since Hibernate 6.2). */
@Embeddable
public record Dimensions(Integer lengthCm, Integer widthCm) {
}
