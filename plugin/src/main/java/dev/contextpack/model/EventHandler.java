package dev.contextpack.model;

/**
 * A method that reacts to application events: {@code @EventListener} runs at once, in the publisher's
 * transaction; {@code @TransactionalEventListener} waits for the transaction {@code phase}.
 *
 * @param event the event type it handles
 * @param phase for transactional listeners: AFTER_COMMIT unless declared
 * @param fallbackExecution whether it also runs when no transaction is active (false: the event is dropped)
 */
public record EventHandler(String className, String method, String kind, String event, String phase,
                           boolean fallbackExecution, String condition, Provenance provenance) {
}
