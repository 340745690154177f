package dev.contextpack.examples.shop.domain;

public enum CustomerStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
