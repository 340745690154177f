package dev.contextpack.model;

import java.util.List;

/** An embeddable value stored in its owner's table; {@code columnPrefix} is derived from its columns. */
public record Embedded(String embeddableClass, String columnPrefix, List<Attribute> attributes) {
}
