package com.example.vet;

import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Pets extends CrudRepository<Pet, Long> {

    @Find
    List<Pet> named(String name);

    @Find
    List<Pet> coloured(@By("colour") String colour);

    @Query("from Pet where name like :pattern")
    List<Pet> matching(String pattern);

    /** JDQL without FROM: the repository's entity is the root. */
    @Query("where name = :name order by id")
    List<Pet> exactly(String name);
}
