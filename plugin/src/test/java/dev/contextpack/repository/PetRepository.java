package dev.contextpack.repository;

import org.springframework.data.repository.Repository;

import java.util.List;

public interface PetRepository extends Repository<Pet, Long> {

    List<Pet> findByColour(String colour);

    List<Pet> findByOwnerLastName(String lastName);
}
