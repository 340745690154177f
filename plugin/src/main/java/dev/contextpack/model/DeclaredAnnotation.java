package dev.contextpack.model;

import java.util.List;

/**
 * A mapping annotation on an attribute of an entity Hibernate could not boot, with the parameters
 * the bytecode writes explicitly (defaults left out), sorted by name.
 *
 * @param name the annotation's simple name ({@code Column}, {@code ManyToOne}, {@code JoinColumn}, ...)
 */
public record DeclaredAnnotation(String name, List<Value> values) {

    /** One explicit parameter; arrays are comma-separated, enum constants by name, classes by their full name. */
    public record Value(String name, String value) {
    }
}
