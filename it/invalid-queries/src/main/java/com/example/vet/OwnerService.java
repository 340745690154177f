package com.example.vet;

/** Calls a @Modifying query and declares no transaction: a finding. */
public class OwnerService {

    private final PetRepository pets;

    public OwnerService(PetRepository pets) {
        this.pets = pets;
    }

    public int removePetsOf(Long ownerId) {
        return pets.deleteByOwner(ownerId);
    }
}
