package dev.contextpack.scan;

import dev.contextpack.model.EventHandler;
import dev.contextpack.model.EventPublisher;
import dev.contextpack.model.TransactionBoundary;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The module's code around the entities, read from bytecode without loading it: interfaces (repository
 * candidates), which classes implement them, transaction boundaries, event listeners, domain event
 * publishers, and which types each class has injected.
 *
 * @param injections class -> the types it receives through its constructors or injected fields
 */
public record ApplicationFacts(
        SortedSet<String> interfaces,
        Map<String, SortedSet<String>> implementations,
        List<TransactionBoundary> transactions,
        List<EventHandler> eventHandlers,
        List<EventPublisher> eventPublishers,
        Map<String, SortedSet<String>> injections) {

    public static ApplicationFacts empty() {
        return new ApplicationFacts(new java.util.TreeSet<>(), Map.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
