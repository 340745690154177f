package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.Customer;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface CustomerRepository extends JpaRepository<Customer, Long>, CustomerSearch {

    Optional<Customer> findByEmail(String email);
}
