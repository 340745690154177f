package dev.contextpack.query;

import dev.contextpack.model.QueryMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A query in plain words: derived queries in full, JPQL as its entities, joins and parameters. */
final class QueryWords {

    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("SIMPLE_PROPERTY", "= %s"),
            Map.entry("NEGATING_SIMPLE_PROPERTY", "<> %s"),
            Map.entry("LIKE", "LIKE %s (the caller supplies the wildcards)"),
            Map.entry("NOT_LIKE", "NOT LIKE %s (the caller supplies the wildcards)"),
            Map.entry("STARTING_WITH", "starts with %s"),
            Map.entry("ENDING_WITH", "ends with %s"),
            Map.entry("CONTAINING", "contains %s"),
            Map.entry("NOT_CONTAINING", "does not contain %s"),
            Map.entry("IN", "is in %s"),
            Map.entry("NOT_IN", "is not in %s"),
            Map.entry("IS_NULL", "is null"),
            Map.entry("IS_NOT_NULL", "is not null"),
            Map.entry("IS_EMPTY", "is empty"),
            Map.entry("IS_NOT_EMPTY", "is not empty"),
            Map.entry("BETWEEN", "is between %s and %s"),
            Map.entry("LESS_THAN", "< %s"),
            Map.entry("LESS_THAN_EQUAL", "<= %s"),
            Map.entry("GREATER_THAN", "> %s"),
            Map.entry("GREATER_THAN_EQUAL", ">= %s"),
            Map.entry("BEFORE", "is before %s"),
            Map.entry("AFTER", "is after %s"),
            Map.entry("TRUE", "is true"),
            Map.entry("FALSE", "is false"),
            Map.entry("EXISTS", "exists"),
            Map.entry("REGEX", "matches the regular expression %s"),
            Map.entry("NEAR", "is near %s"),
            Map.entry("WITHIN", "is within %s"));

    private QueryWords() {
    }

    static String derived(QueryMethod.DerivedQuery q, String entity, String resultShape, List<String> pagingParameters) {
        StringBuilder s = new StringBuilder();
        String plural = entity + " entities";
        switch (q.subject()) {
            case "count" -> s.append("Counts ").append(q.distinct() ? "distinct " : "").append(plural);
            case "exists" -> s.append("Tells whether any ").append(entity).append(" exists");
            case "delete" -> s.append("Loads the ").append(plural).append(" and removes each with `EntityManager.remove()`"
                    + " (so cascades and callbacks run, one DELETE per row)");
            default -> {
                s.append("Finds ");
                if (q.limit() != null) s.append(q.limit() == 1 ? "the first " : "the first " + q.limit() + " ");
                s.append(q.distinct() ? "distinct " : "").append(q.limit() != null && q.limit() == 1 ? entity : plural);
            }
        }
        if (!q.alternatives().isEmpty() && !q.alternatives().get(0).conditions().isEmpty()) {
            s.append(" whose ");
            List<String> ors = new ArrayList<>();
            for (QueryMethod.Alternative and : q.alternatives()) {
                List<String> parts = new ArrayList<>();
                for (QueryMethod.Condition c : and.conditions()) parts.add(condition(c));
                ors.add(String.join(" and ", parts));
            }
            s.append(String.join(", or whose ", ors));
        }
        if (!q.orderBy().isEmpty()) {
            List<String> orders = new ArrayList<>();
            for (QueryMethod.Ordering o : q.orderBy()) {
                orders.add("`" + o.property() + "` " + (o.direction().equals("DESC") ? "descending" : "ascending")
                        + (o.ignoreCase() ? " (ignoring case)" : ""));
            }
            s.append(", ordered by ").append(String.join(", then ", orders));
        }
        for (String paging : pagingParameters) s.append(", ").append(paging);
        if (!q.subject().equals("count") && !q.subject().equals("exists") && !q.subject().equals("delete") && resultShape != null) {
            s.append("; returns ").append(resultShape);
        }
        return s.append('.').toString();
    }

    private static String condition(QueryMethod.Condition c) {
        String pattern = OPERATORS.getOrDefault(c.operator(), c.operator().toLowerCase(Locale.ROOT).replace('_', ' ') + " %s");
        Object[] args = c.parameters().stream().map(p -> "`" + p + "`").toArray();
        String text;
        try {
            text = String.format(Locale.ROOT, pattern, args);
        } catch (java.util.IllegalFormatException e) {
            text = pattern.replace("%s", String.join(", ", c.parameters()));
        }
        return "`" + c.property() + "` " + text + (c.ignoreCase() ? " (ignoring case)" : "");
    }

    static String jpql(HqlChecker.Outcome outcome, boolean nativeQuery) {
        if (nativeQuery) return "Runs the native SQL below as written: Hibernate does not check it against the model.";
        if (outcome == null || outcome.kind() == null) return "Runs the query below.";
        String verb = switch (outcome.kind()) {
            case "update" -> "Updates";
            case "delete" -> "Deletes";
            case "insert" -> "Inserts into";
            default -> "Selects from";
        };
        StringBuilder s = new StringBuilder(verb).append(' ').append(String.join(", ", outcome.entities()));
        if (!outcome.joins().isEmpty()) s.append(" with ").append(String.join(", ", outcome.joins()));
        if (!outcome.parameters().isEmpty()) s.append("; parameters ").append(String.join(", ", outcome.parameters()));
        if (!outcome.kind().equals("select")) {
            s.append(". A bulk statement: it bypasses the persistence context, cascades, callbacks and `@Version` checks");
        }
        return s.append('.').toString();
    }
}
