package com.example.util;

/** A module without a JPA entity: the data model report is left out of its site. */
public record Money(long cents, String currency) {
}
