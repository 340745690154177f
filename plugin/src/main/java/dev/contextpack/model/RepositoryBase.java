package dev.contextpack.model;

import java.util.List;

/**
 * A framework interface repositories extend (CrudRepository, JpaRepository, ...): the operations every
 * repository that extends it inherits, listed once here instead of on every repository.
 *
 * @param operations each inherited method with the transaction Spring Data runs it in
 */
public record RepositoryBase(String interfaceName, List<Operation> operations, Provenance provenance) {

    /** @param transaction from the {@code @Transactional} of Spring Data's implementation (SimpleJpaRepository) */
    public record Operation(String signature, String transaction) {
    }
}
