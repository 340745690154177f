package dev.contextpack.model;

/**
 * Who assigns the identifier. {@code strategy} is IDENTITY, SEQUENCE, TABLE, UUID, ASSIGNED,
 * FOREIGN (copied from an association by {@code @MapsId}) or the generator class name.
 */
public record IdGeneration(
        String strategy,
        String assignedBy,
        String generatorName,
        String sequence,
        String table,
        Integer incrementSize,
        Integer initialValue,
        Provenance provenance) {
}
