package dev.contextpack.examples.shop.service;

import dev.contextpack.examples.shop.domain.OrderPlaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

@Component
public class OrderNotifications {

    private static final Logger log = LoggerFactory.getLogger(OrderNotifications.class);

    /** Runs inside the transaction that saved the order: a failure here rolls the order back. */
    @EventListener
    public void checkStock(OrderPlaced event) {
        if (event.order().getLines().isEmpty()) {
            throw new IllegalStateException("Order without lines");
        }
    }

    /** Runs only once the order is committed. */
    @TransactionalEventListener
    public void sendConfirmation(OrderPlaced event) {
        log.info("Order {} placed", event.order().getId());
    }
}
