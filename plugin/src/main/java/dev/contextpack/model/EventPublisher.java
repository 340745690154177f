package dev.contextpack.model;

/**
 * An entity that publishes domain events when a Spring Data repository saves it: through a
 * {@code @DomainEvents} method or by extending {@code AbstractAggregateRoot}.
 *
 * @param method the {@code @DomainEvents} method
 * @param afterPublication the {@code @AfterDomainEventPublication} method that clears them, or null
 */
public record EventPublisher(String entity, String className, String method, String afterPublication, Provenance provenance) {
}
