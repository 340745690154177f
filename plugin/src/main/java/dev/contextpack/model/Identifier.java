package dev.contextpack.model;

import java.util.List;

/**
 * The identifier. {@code kind} is {@code simple}, {@code embeddedId} or {@code idClass}; composite
 * identifiers list their parts as attributes. {@code mapsId} names associations whose target's id
 * is copied into this id.
 */
public record Identifier(
        String kind,
        String attribute,
        String javaType,
        String idClass,
        List<Column> columns,
        List<Attribute> parts,
        List<String> mapsId,
        IdGeneration generation) {
}
