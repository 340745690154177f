package com.example.vet;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface PetRepository extends CrudRepository<Pet, Long> {

    /** @Modifying without a transaction of its own. */
    @Modifying
    @Query("delete from Pet p where p.owner.id = :ownerId")
    int deleteByOwner(@Param("ownerId") Long ownerId);
}
