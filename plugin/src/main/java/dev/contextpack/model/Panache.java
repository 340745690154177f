package dev.contextpack.model;

import java.util.List;

/**
 * Quarkus Hibernate ORM with Panache in this application: which entities are active records, how Panache
 * expands its simplified queries (computed by the project's own Panache), and every constant query string the
 * application hands to a Panache operation, expanded and checked by Hibernate.
 *
 * @param version the quarkus-hibernate-orm-panache on the project's class path
 * @param activeRecords the entities that extend {@code PanacheEntity} or {@code PanacheEntityBase}
 * @param expansions Panache's rules, shown on an entity of this application (what {@code PanacheJpaUtil} returns)
 * @param queries the query strings passed to find/list/stream/count/exists/delete/update, read from the bytecode
 */
public record Panache(
        String version,
        List<ActiveRecord> activeRecords,
        List<Expansion> expansions,
        List<Query> queries,
        Provenance provenance) {

    /**
     * @param base {@code PanacheEntity} (inherits {@code @Id @GeneratedValue Long id}) or {@code PanacheEntityBase} (declares its own id)
     * @param accessors hand-written getters and setters of its public fields, which Quarkus calls wherever other classes use the field
     */
    public record ActiveRecord(String entity, String className, String base, List<String> accessors) {
    }

    /**
     * @param entity the entity of this application the rule is shown on
     * @param operation the Panache operation, {@code written} what the code passes, {@code expanded} the HQL Panache makes of it
     */
    public record Expansion(String entity, String operation, String written, String expanded) {
    }

    /**
     * @param entity the entity queried
     * @param repository the PanacheRepository class called, null for an active-record call on the entity
     * @param caller {@code Class.method()} that makes the call
     * @param operation find, list, stream, count, exists, delete or update
     * @param query the string as the code passes it
     * @param expanded the HQL Panache runs (for {@code #Entity.name}, the named query's text)
     * @param description the query in plain words
     * @param status valid, invalid or unchecked
     * @param problem why it is invalid or unchecked
     */
    public record Query(String entity, String repository, String caller, String operation, String query, String expanded,
                       String description, String status, String problem, Provenance provenance) {
    }
}
