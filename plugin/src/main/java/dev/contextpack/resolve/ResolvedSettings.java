package dev.contextpack.resolve;

import dev.contextpack.model.Finding;
import dev.contextpack.model.Setting;

import java.util.List;
import java.util.Map;

/**
 * What Hibernate is booted with, and how the pack explains it: every value in {@code settings}
 * names where it came from. {@code hibernateProperties} never contain connection data.
 */
public record ResolvedSettings(
        String framework,
        String dialect,
        String databaseVersion,
        String physicalNamingStrategy,
        String implicitNamingStrategy,
        Map<String, String> hibernateProperties,
        List<Setting> settings,
        List<Finding> findings) {
}
