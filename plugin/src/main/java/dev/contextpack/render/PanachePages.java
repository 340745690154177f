package dev.contextpack.render;

import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Panache;
import dev.contextpack.model.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an entity page shows of Quarkus Panache, grouped once by entity (a per-page filter over every query
 * would grow with N²): whether it is an active record, its Panache repositories, the queries run on it.
 */
final class PanachePages {

    private final Map<String, Panache.ActiveRecord> records = new HashMap<>();
    private final Map<String, List<Panache.Query>> queries = new HashMap<>();
    private final Map<String, List<Repository>> repositories = new HashMap<>();

    static PanachePages of(ContextPack pack) {
        PanachePages pages = new PanachePages();
        if (pack.panache() == null) return pages;
        pack.panache().activeRecords().forEach(a -> pages.records.put(a.entity(), a));
        pack.panache().queries().forEach(q -> pages.queries.computeIfAbsent(q.entity(), k -> new ArrayList<>()).add(q));
        for (Repository r : pack.repositories()) {
            if ("panache".equals(r.style()) && r.entity() != null) pages.repositories.computeIfAbsent(r.entity(), k -> new ArrayList<>()).add(r);
        }
        return pages;
    }

    /** Adds {@code panacheRecord} (absent when not an active record), {@code panacheRepositories} and {@code panacheQueries}. */
    void put(Entity entity, Map<String, Object> model) {
        Panache.ActiveRecord record = records.get(entity.name());
        if (record != null) model.put("panacheRecord", record);
        model.put("panacheRepositories", repositories.getOrDefault(entity.name(), List.of()));
        model.put("panacheQueries", queries.getOrDefault(entity.name(), List.of()));
    }
}
