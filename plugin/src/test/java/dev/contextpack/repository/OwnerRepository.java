package dev.contextpack.repository;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Every method is valid: Spring Data creates this repository. */
public interface OwnerRepository extends JpaRepository<Owner, Long> {

    List<Owner> findByLastNameStartingWith(String prefix);

    List<Owner> findDistinctByPetsNameOrderByLastNameAsc(String petName);

    long countByLastName(String lastName);

    /** Spring Data renders #{#entityName} and binds %:part% as a LIKE pattern. */
    @Query("select o from #{#entityName} o where o.lastName like %:part%")
    List<Owner> search(@Param("part") String part);

    /** The named query Owner.withPets. */
    List<Owner> withPets();

    @Modifying
    @Query("update Owner o set o.lastName = :to where o.lastName = :from")
    int rename(@Param("from") String from, @Param("to") String to);
}
