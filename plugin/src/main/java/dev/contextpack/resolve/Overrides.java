package dev.contextpack.resolve;

import java.util.Map;

/** Settings the user gives the plugin directly; each one wins over the application's files. */
public record Overrides(
        String dialect,
        String databaseVersion,
        String physicalNamingStrategy,
        String implicitNamingStrategy,
        Map<String, String> hibernateProperties) {

    public static Overrides none() {
        return new Overrides(null, null, null, null, Map.of());
    }
}
