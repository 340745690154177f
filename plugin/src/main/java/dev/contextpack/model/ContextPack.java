package dev.contextpack.model;

import java.util.List;

/** The whole pack: settings in force, entities sorted by name, and findings. */
public record ContextPack(
        String formatVersion,
        String generator,
        String module,
        List<Setting> settings,
        List<Entity> entities,
        List<Aggregate> aggregates,
        List<Finding> findings) {

    public static final String FORMAT_VERSION = "1.0";
}
