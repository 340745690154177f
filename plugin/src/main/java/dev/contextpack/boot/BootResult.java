package dev.contextpack.boot;

import dev.contextpack.model.Finding;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;

import java.util.List;
import java.util.Set;

/**
 * Hibernate's boot metamodel, or null when no boot succeeded. {@code dropped} are the classes left
 * out so that the rest could be verified; each has a finding with Hibernate's message.
 */
public record BootResult(Metadata metadata, Dialect dialect, Set<String> dropped, List<Finding> findings) {

    public boolean verified(String className) {
        return metadata != null && !dropped.contains(className);
    }
}
