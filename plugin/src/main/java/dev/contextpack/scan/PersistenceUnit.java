package dev.contextpack.scan;

import java.util.List;
import java.util.Map;

/** A {@code <persistence-unit>} of META-INF/persistence.xml. */
public record PersistenceUnit(
        String name,
        List<String> classes,
        List<String> mappingFiles,
        boolean excludeUnlistedClasses,
        Map<String, String> properties) {
}
