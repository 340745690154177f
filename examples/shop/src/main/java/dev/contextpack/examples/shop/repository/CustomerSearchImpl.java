package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.Customer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

class CustomerSearchImpl implements CustomerSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Customer> searchByNameOrEmail(String text, int limit) {
        String pattern = "%" + text.toLowerCase() + "%";
        return entityManager.createQuery(
                        "select c from Customer c where lower(c.displayName) like :p or lower(c.email) like :p order by c.displayName",
                        Customer.class)
                .setParameter("p", pattern)
                .setMaxResults(limit)
                .getResultList();
    }
}
