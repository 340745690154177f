package dev.contextpack.model;

import java.util.List;

/**
 * One repository method and what it really runs.
 *
 * @param signature {@code name(Type param, ...)} as declared
 * @param returns the declared return type
 * @param resultShape how the result is delivered: single, optional, list, page, slice, stream, count, exists, void, ...
 * @param source where the query comes from: derived (method name), jpql (@Query), native (@Query nativeQuery),
 *     named (a named query {@code Entity.method}), base (SimpleJpaRepository implements it), fragment (custom implementation),
 *     jakarta-data (@Find/@Insert/...)
 * @param query the query text as Spring Data hands it to Hibernate (after its own rewriting); null for derived methods
 * @param derived the parsed method name, for derived queries
 * @param description the query in plain words
 * @param modifying for {@code @Modifying}: what it does to the persistence context (clears, flushes)
 * @param transaction the transaction it runs in, as declared or as Spring Data's defaults give it
 * @param calledFrom the methods of the module that call it, each with the transaction it runs in (read from their bytecode)
 * @param status valid, invalid or unchecked
 * @param problem why it is invalid or unchecked (Spring Data's or Hibernate's message)
 */
public record QueryMethod(
        String name,
        String signature,
        String returns,
        String resultShape,
        String source,
        String query,
        String countQuery,
        DerivedQuery derived,
        String description,
        String modifying,
        String entityGraph,
        String lock,
        String transaction,
        List<String> calledFrom,
        String status,
        String problem,
        Provenance provenance) {

    public QueryMethod withCalledFrom(List<String> callers) {
        return new QueryMethod(name, signature, returns, resultShape, source, query, countQuery, derived, description, modifying,
                entityGraph, lock, transaction, callers, status, problem, provenance);
    }


    public static final String VALID = "valid";
    public static final String INVALID = "invalid";
    public static final String UNCHECKED = "unchecked";

    /**
     * A method name Spring Data parsed: {@code subject} is find, count, exists or delete; a row matches
     * when it meets every condition of one of the {@code alternatives} (the name's Or parts).
     */
    public record DerivedQuery(String subject, boolean distinct, Integer limit, List<Alternative> alternatives,
                               List<Ordering> orderBy) {
    }

    /** One Or part of a method name: its conditions all hold (And). */
    public record Alternative(List<Condition> conditions) {
    }

    /**
     * @param property the property path, dotted ({@code customer.id})
     * @param operator Spring Data's Part.Type (SIMPLE_PROPERTY, LIKE, GREATER_THAN, IN, IS_NULL, ...)
     * @param parameters the method parameters it consumes, by name or position
     */
    public record Condition(String property, String operator, boolean ignoreCase, List<String> parameters) {
    }

    public record Ordering(String property, String direction, boolean ignoreCase) {
    }
}
