package dev.contextpack.compiled.records;

/** A record DTO projection: Spring Data selects the entity properties named by its components. */
public record ParcelLabel(Long id, String label) {
}
