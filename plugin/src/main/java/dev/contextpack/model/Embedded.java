package dev.contextpack.model;

import java.util.List;

/**
 * An embeddable value stored in its owner's table. {@code columnPrefix} is the pattern of a declared
 * {@code @EmbeddedColumnNaming} (for example {@code home_%s}); null when column names are the
 * embeddable's own or set one by one with {@code @AttributeOverride}.
 */
public record Embedded(String embeddableClass, String columnPrefix, List<Attribute> attributes) {
}
