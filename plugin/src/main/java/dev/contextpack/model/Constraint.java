package dev.contextpack.model;

import java.util.List;

/**
 * A rule that rejects bad data. {@code kind} is NOT_NULL, UNIQUE, CHECK, INDEX (not a rule, but
 * named here with the keys), NATURAL_ID or BEAN_VALIDATION; {@code detail} is the SQL check, the
 * annotation with its parameters, etc.; {@code groups} are Bean Validation groups (empty: Default).
 */
public record Constraint(
        String kind,
        String name,
        List<String> attributes,
        List<String> columns,
        String detail,
        List<String> groups,
        Provenance provenance) {
}
