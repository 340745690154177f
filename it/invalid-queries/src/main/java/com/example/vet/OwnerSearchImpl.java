package com.example.vet;

import jakarta.persistence.EntityManager;

import java.util.List;

/** Owner has no firstName: the query in the code fails when it runs. */
class OwnerSearchImpl implements OwnerSearch {

    private EntityManager em;

    @Override
    public List<Owner> byFirstName(String name) {
        return em.createQuery("select o from Owner o where o.firstName = :n", Owner.class).setParameter("n", name).getResultList();
    }
}
