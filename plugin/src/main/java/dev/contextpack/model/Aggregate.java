package dev.contextpack.model;

import java.util.List;

/**
 * Entities saved and deleted together: the root and what PERSIST and REMOVE cascades reach from it.
 * Entities not reached by any cascade are aggregates of their own.
 */
public record Aggregate(String root, List<String> members, List<String> savedWithRoot, List<String> deletedWithRoot) {
}
