package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.OrderStatus;

import java.time.Instant;

/** A read-only view of an order for lists: only these columns are selected. */
public interface OrderSummary {

    Long getId();

    OrderStatus getStatus();

    Instant getPlacedAt();
}
