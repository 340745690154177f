package dev.contextpack.engine;

import dev.contextpack.model.Provenance;
import dev.contextpack.model.Repository;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Repository pages are named after the repository: two interfaces with one simple name must not share a page. */
class RepositoryNamesTest {

    @Test
    void repositoriesSharingASimpleNameAreNamedByTheirClass() {
        List<Repository> named = ContextPackEngine.distinctRepositoryNames(List.of(
                repository("com.acme.billing.CustomerRepository"), repository("com.acme.crm.CustomerRepository"), repository("com.acme.OrderRepository")));

        assertEquals(List.of("OrderRepository", "com.acme.billing.CustomerRepository", "com.acme.crm.CustomerRepository"),
                named.stream().map(Repository::name).toList());
    }

    @Test
    void distinctNamesAreLeftAsTheyAre() {
        List<Repository> repositories = List.of(repository("com.acme.CustomerRepository"), repository("com.acme.OrderRepository"));
        assertSame(repositories, ContextPackEngine.distinctRepositoryNames(repositories));
    }

    private static Repository repository(String className) {
        return new Repository(className.substring(className.lastIndexOf('.') + 1), className, "spring-data", null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, Provenance.annotation);
    }
}
