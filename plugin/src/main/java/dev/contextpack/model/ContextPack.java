package dev.contextpack.model;

import java.util.List;

/**
 * The whole pack: settings in force, entities sorted by name, the repositories and named queries
 * that read and write them, the transaction boundaries and domain events of the application, and findings.
 * {@code panache} is null unless the application uses Quarkus Hibernate ORM with Panache.
 */
public record ContextPack(
        String formatVersion,
        String generator,
        String module,
        List<Setting> settings,
        List<Entity> entities,
        List<Aggregate> aggregates,
        List<Repository> repositories,
        List<RepositoryBase> repositoryBases,
        List<NamedQuery> namedQueries,
        List<TransactionBoundary> transactions,
        List<EventPublisher> eventPublishers,
        List<EventHandler> eventHandlers,
        Panache panache,
        List<Finding> findings) {

    public static final String FORMAT_VERSION = "1.1";
}
