package com.example.vet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface OwnerRepository extends JpaRepository<Owner, Long>, OwnerSearch {

    List<Owner> findByLastNameStartingWith(String prefix);

    List<Owner> findByPetsNameOrderByLastNameAsc(String petName);

    /** Owner has no firstName. */
    List<Owner> findByFirstName(String firstName);

    /** nickname is @Transient. */
    List<Owner> findByNickname(String nickname);

    /** The attribute is lastName, not lastname. */
    @Query("select o from Owner o where o.lastname = :name")
    List<Owner> byName(@Param("name") String name);

    @Query("selct o from Owner o")
    List<Owner> broken();

    @Query(name = "Owner.missing")
    List<Owner> missing();

    /** The query is fine, its count query is not. */
    @Query(value = "select o from Owner o", countQuery = "select count(o) from Owner o where o.nope = 1")
    Page<Owner> paged(Pageable pageable);

    /** Runs the named query Owner.withPets. */
    List<Owner> withPets();
}
