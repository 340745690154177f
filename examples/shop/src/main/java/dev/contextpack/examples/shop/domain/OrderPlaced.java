package dev.contextpack.examples.shop.domain;

/** Published when an order is placed and saved. */
public record OrderPlaced(Order order) {
}
