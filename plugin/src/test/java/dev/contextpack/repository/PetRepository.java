package dev.contextpack.repository;

import org.springframework.data.repository.Repository;

import java.util.List;

public interface PetRepository extends Repository<Pet, Long> {

    List<Pet> findByColour(String colour);

    /** Redeclared from CrudRepository: Spring Data routes it to SimpleJpaRepository.findAll(), it is not derived. */
    java.util.Collection<Pet> findAll();

    List<Pet> findByOwnerLastName(String lastName);
}
