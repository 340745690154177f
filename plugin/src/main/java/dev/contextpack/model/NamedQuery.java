package dev.contextpack.model;

/**
 * A named query Hibernate registered ({@code @NamedQuery}, {@code @NamedNativeQuery}, {@code orm.xml}).
 * Spring Data uses {@code Entity.method} as the query of the repository method {@code method}.
 */
public record NamedQuery(String name, String query, boolean nativeQuery, String status, String problem, Provenance provenance) {
}
