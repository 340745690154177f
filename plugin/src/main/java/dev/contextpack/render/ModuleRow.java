package dev.contextpack.render;

import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Repository;
import dev.contextpack.model.SourceModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One module of an aggregated pack as the index and AGENTS.md list it: what to edit where.
 *
 * @param entities entity names, in the pack's order
 * @param repositories repository names, in the pack's order
 */
public record ModuleRow(String artifactId, String directory, List<String> entities, List<String> repositories) {

    /** The modules that hold an entity or a repository, sorted by directory; empty for a single-module pack. */
    public static List<ModuleRow> of(ContextPack pack) {
        Map<String, ModuleRow> rows = new TreeMap<>();
        for (Entity e : pack.entities()) if (e.module() != null) row(rows, e.module()).entities().add(e.name());
        for (Repository r : pack.repositories()) if (r.module() != null) row(rows, r.module()).repositories().add(r.name());
        return rows.values().stream().map(r -> new ModuleRow(r.artifactId(), r.directory(), List.copyOf(r.entities()),
                List.copyOf(r.repositories()))).toList();
    }

    private static ModuleRow row(Map<String, ModuleRow> rows, SourceModule module) {
        return rows.computeIfAbsent(module.directory() + " " + module.artifactId(),
                k -> new ModuleRow(module.artifactId(), module.directory(), new ArrayList<>(), new ArrayList<>()));
    }
}
