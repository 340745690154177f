package dev.contextpack.boot;

import dev.contextpack.model.Finding;
import dev.contextpack.model.Unverified;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hibernate's boot metamodel, or null when no boot succeeded. {@code dropped} are the classes left
 * out so that the rest could be verified; each has a finding with Hibernate's message, and in
 * {@code reasons} why it was left out and what fixes it.
 */
public record BootResult(Metadata metadata, Dialect dialect, Set<String> dropped, List<Finding> findings,
                         StandardServiceRegistry registry, Map<String, Unverified> reasons) implements AutoCloseable {

    public BootResult(Metadata metadata, Dialect dialect, Set<String> dropped, List<Finding> findings, StandardServiceRegistry registry) {
        this(metadata, dialect, dropped, findings, registry, Map.of());
    }

    /** Releases Hibernate's services once the model has been read (they hold the project's class loader). */
    @Override
    public void close() {
        if (registry != null) StandardServiceRegistryBuilder.destroy(registry);
    }
}
