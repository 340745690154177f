package dev.contextpack.model;

import java.util.List;

/** A {@code @SecondaryTable}: its rows share the entity's id through {@code keyColumns}. */
public record SecondaryTable(TableRef table, List<String> keyColumns, boolean optional) {
}
