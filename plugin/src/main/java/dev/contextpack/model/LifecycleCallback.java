package dev.contextpack.model;

import java.util.List;

/**
 * A JPA lifecycle callback that runs for an entity: a method of the entity or one of its
 * superclasses, or of an {@code @EntityListeners} class. Listed in the order JPA calls them.
 *
 * @param event PrePersist, PostPersist, PreUpdate, PostUpdate, PreRemove, PostRemove or PostLoad; null for a
 *     listener class outside the module, whose methods are not known
 * @param method {@code method()} of {@code declaredIn}; null for a listener class outside the module
 * @param sets the properties the method's code assigns (fields it writes, setters it calls), read from its bytecode
 */
public record LifecycleCallback(String event, String declaredIn, String method, boolean listener, Provenance provenance,
                                List<String> sets) {
}
