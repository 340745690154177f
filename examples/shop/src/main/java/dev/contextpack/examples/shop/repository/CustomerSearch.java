package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.Customer;

import java.util.List;

/** A custom fragment of CustomerRepository: its implementation builds the query in code. */
public interface CustomerSearch {

    List<Customer> searchByNameOrEmail(String text, int limit);
}
