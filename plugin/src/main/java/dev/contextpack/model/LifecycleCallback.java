package dev.contextpack.model;

/**
 * A JPA lifecycle callback that runs for an entity: a method of the entity or one of its
 * superclasses, or of an {@code @EntityListeners} class. Listed in the order JPA calls them.
 *
 * @param event PrePersist, PostPersist, PreUpdate, PostUpdate, PreRemove, PostRemove or PostLoad
 * @param method {@code Class.method()}; for a listener outside the module, only the class is known
 */
public record LifecycleCallback(String event, String declaredIn, String method, boolean listener, Provenance provenance) {
}
