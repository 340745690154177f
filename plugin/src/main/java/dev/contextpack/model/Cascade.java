package dev.contextpack.model;

import java.util.List;

/**
 * The operations that travel along an association, with ALL expanded, as Hibernate's cascade
 * style applies them. {@code declared} is what the annotation says (empty: none declared).
 */
public record Cascade(List<String> operations, List<String> declared, boolean orphanRemoval) {
}
