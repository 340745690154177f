package dev.contextpack.model;

import java.util.List;

/**
 * Where an entity sits in an inheritance hierarchy. {@code strategy} is SINGLE_TABLE, JOINED or
 * TABLE_PER_CLASS; the discriminator is present for SINGLE_TABLE (and JOINED when declared).
 */
public record Inheritance(
        String strategy,
        String root,
        String parent,
        List<String> subclasses,
        Column discriminatorColumn,
        String discriminatorValue,
        List<String> keyColumns) {
}
