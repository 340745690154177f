package dev.contextpack.scan.panache;

import java.util.List;
import java.util.Map;

/** Stands in for a Panache entity: the static operations with Panache's parameter lists (bodies never run). */
public class Shelf {

    public static List<Shelf> list(String query, Object... params) {
        return List.of();
    }

    public static List<Shelf> list(String query, Map<String, Object> params) {
        return List.of();
    }

    public static List<Shelf> list(String query, Order sort, Object... params) {
        return List.of();
    }

    public static long delete(String query, Object... params) {
        return 0;
    }

    public static long count() {
        return 0;
    }

    /** Stands in for Panache's Sort. */
    public record Order(String by) {
    }
}
