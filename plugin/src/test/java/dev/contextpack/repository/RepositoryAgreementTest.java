package dev.contextpack.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Finding;
import dev.contextpack.model.QueryMethod;
import dev.contextpack.model.Repository;
import dev.contextpack.resolve.Overrides;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pack's verdict on each repository method agrees with Spring Data and Hibernate at runtime: a
 * repository whose methods the pack calls valid is created by Spring Data's JpaRepositoryFactory on
 * H2; one with a method the pack calls invalid is refused. The plain-words claims are run too.
 */
class RepositoryAgreementTest {

    private static ContextPack pack;
    private static StandardServiceRegistry registry;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void boot() {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        pack = new ContextPackEngine(EngineLog.SILENT).build(new GenerateRequest(ZooTestSupport.testClasses(), classpath, null, null,
                List.of("dev.contextpack.repository"), new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()),
                "repository", "mvn process-classes"));
        registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:repo_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "hibernate.hbm2ddl.auto", "create-drop", "hibernate.query.startup_check", "false")).build();
        sessionFactory = new MetadataSources(registry).addAnnotatedClass(Owner.class).addAnnotatedClass(Pet.class)
                .buildMetadata().buildSessionFactory();
        sessionFactory.inTransaction(s -> {
            Owner barker = new Owner("Barker");
            Owner smith = new Owner("Smith");
            s.persist(barker);
            s.persist(smith);
            s.persist(new Pet("Rex", null, barker));
            s.persist(new Pet("Tom", "grey", smith));
        });
    }

    @AfterAll
    static void close() {
        sessionFactory.close();
        StandardServiceRegistryBuilder.destroy(registry);
    }

    private static Repository repository(Class<?> type) {
        return pack.repositories().stream().filter(r -> r.className().equals(type.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(type.getName() + " is not in the pack: " + pack.repositories()));
    }

    private static QueryMethod method(Class<?> type, String name) {
        return repository(type).methods().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the pack"));
    }

    private static Object create(EntityManager em, Class<?> type) {
        return new JpaRepositoryFactory(em).getRepository(type);
    }

    @Test
    void spring_data_and_hibernate_refuse_exactly_the_methods_the_pack_calls_invalid() throws Exception {
        List<Class<?>> all = List.of(OwnerRepository.class, PetRepository.class, Broken.MissingProperty.class, Broken.TransientProperty.class,
                Broken.WrongAttribute.class, Broken.SyntaxError.class, Broken.MissingNamedQuery.class, Broken.TooFewArguments.class);
        try (EntityManager em = sessionFactory.createEntityManager()) {
            for (Class<?> type : all) {
                List<QueryMethod> invalid = repository(type).methods().stream().filter(m -> m.status().equals(QueryMethod.INVALID)).toList();
                Object repository;
                try {
                    repository = create(em, type);
                } catch (RuntimeException e) {
                    // Spring Data refuses to create it: the pack must call at least one method invalid
                    assertFalse(invalid.isEmpty(), type.getName() + ": Spring Data refused it (" + e + ") but the pack calls every method valid");
                    continue;
                }
                // created: each method the pack calls invalid must fail when it runs (Spring Data 4 builds some queries lazily)
                for (QueryMethod m : invalid) {
                    java.lang.reflect.Method method = Arrays.stream(type.getMethods()).filter(x -> x.getName().equals(m.name())).findFirst().orElseThrow();
                    Object[] args = new Object[method.getParameterCount()];
                    java.lang.reflect.InvocationTargetException failure = assertThrows(java.lang.reflect.InvocationTargetException.class,
                            () -> method.invoke(repository, args), type.getName() + "." + m.name() + " runs although the pack calls it invalid");
                    assertFalse(failure.getCause() instanceof NullPointerException, failure.getCause().toString());
                }
            }
        }
        assertEquals(6, pack.findings().stream().filter(f -> f.code().equals("CP-QUERY-INVALID") && f.className().startsWith(Broken.class.getName())).count(),
                pack.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
        assertTrue(repository(OwnerRepository.class).methods().stream().allMatch(m -> m.status().equals(QueryMethod.VALID)));
        assertTrue(repository(PetRepository.class).methods().stream().allMatch(m -> m.status().equals(QueryMethod.VALID)));
    }

    @Test
    void invalid_methods_name_the_cause() {
        assertTrue(method(Broken.MissingProperty.class, "findByFirstName").problem().contains("firstName"));
        assertTrue(method(Broken.TransientProperty.class, "findByNickname").problem().contains("`nickname` is not a persistent attribute of Owner"));
        assertTrue(method(Broken.WrongAttribute.class, "byName").problem().startsWith("Hibernate rejects this query"));
        assertTrue(method(Broken.WrongAttribute.class, "byName").problem().contains("lastname"));
        assertTrue(method(Broken.MissingNamedQuery.class, "missing").problem().contains("Owner.missing"));
        assertTrue(method(Broken.TooFewArguments.class, "findByLastNameAndId").problem().contains("2 arguments"));
        var byCity = pack.namedQueries().stream().filter(q -> q.name().equals("Owner.byCity")).findFirst().orElseThrow();
        assertEquals(QueryMethod.INVALID, byCity.status());
        assertEquals(QueryMethod.VALID, pack.namedQueries().stream().filter(q -> q.name().equals("Owner.withPets")).findFirst().orElseThrow().status());
    }

    @Test
    void hibernate_startup_check_rejects_exactly_the_named_queries_the_pack_calls_invalid() {
        StandardServiceRegistry strict = new StandardServiceRegistryBuilder().applySettings(Map.of(
                "hibernate.dialect", "org.hibernate.dialect.H2Dialect", "hibernate.boot.allow_jdbc_metadata_access", "false",
                "hibernate.query.startup_check", "true")).build();
        try {
            RuntimeException e = assertThrows(RuntimeException.class, () -> new MetadataSources(strict).addAnnotatedClass(Owner.class)
                    .addAnnotatedClass(Pet.class).buildMetadata().buildSessionFactory());
            List<String> invalid = pack.namedQueries().stream().filter(q -> q.status().equals(QueryMethod.INVALID)).map(q -> q.name()).toList();
            assertEquals(List.of("Owner.byCity"), invalid);
            assertTrue(e.getMessage().contains("Owner.byCity") && !e.getMessage().contains("Owner.withPets"), e.getMessage());
        } finally {
            StandardServiceRegistryBuilder.destroy(strict);
        }
    }

    @Test
    void spring_data_rewrites_the_query_before_hibernate_checks_it() {
        QueryMethod search = method(OwnerRepository.class, "search");
        assertEquals(QueryMethod.VALID, search.status());
        assertEquals("select o from Owner o where o.lastName like :part", search.query());
        try (EntityManager em = sessionFactory.createEntityManager()) {
            OwnerRepository owners = (OwnerRepository) create(em, OwnerRepository.class);
            // the pack says the caller's text is wrapped in wildcards: "ark" finds Barker
            assertEquals(List.of("Barker"), owners.search("ark").stream().map(Owner::getLastName).toList());
        }
    }

    @Test
    void plain_words_of_derived_queries_hold() {
        // compiled without -parameters: parameters are named by position
        assertEquals("Finds Owner entities whose `lastName` starts with `argument 1`; returns a List of Owner.",
                method(OwnerRepository.class, "findByLastNameStartingWith").description());
        assertEquals("Counts Owner entities whose `lastName` = `argument 1`.", method(OwnerRepository.class, "countByLastName").description());
        assertEquals("findByLastNameStartingWith(String)", method(OwnerRepository.class, "findByLastNameStartingWith").signature());
        assertEquals("named", method(OwnerRepository.class, "withPets").source());
        try (EntityManager em = sessionFactory.createEntityManager()) {
            OwnerRepository owners = (OwnerRepository) create(em, OwnerRepository.class);
            assertEquals(List.of("Barker"), owners.findByLastNameStartingWith("Bar").stream().map(Owner::getLastName).toList());
            assertEquals(List.of("Smith"), owners.findDistinctByPetsNameOrderByLastNameAsc("Tom").stream().map(Owner::getLastName).toList());
            PetRepository pets = (PetRepository) create(em, PetRepository.class);
            // "Passing null for colour matches rows whose colour IS NULL"
            assertEquals(List.of("Rex"), pets.findByColour(null).stream().map(Pet::getName).toList());
        }
        QueryMethod findAll = method(PetRepository.class, "findAll");
        assertEquals("base", findAll.source());
        assertEquals("read-only (SimpleJpaRepository)", findAll.transaction());
        try (EntityManager em = sessionFactory.createEntityManager()) {
            assertEquals(2, ((PetRepository) create(em, PetRepository.class)).findAll().size());
        }
        assertTrue(method(PetRepository.class, "findByColour").derived().alternatives().get(0).conditions().get(0).operator().equals("SIMPLE_PROPERTY"));
    }

    @Test
    void a_modifying_query_without_a_transaction_fails_as_the_pack_says() {
        QueryMethod rename = method(OwnerRepository.class, "rename");
        assertTrue(rename.transaction().startsWith("none declared"), rename.transaction());
        assertNotNull(rename.modifying());
        try (EntityManager em = sessionFactory.createEntityManager()) {
            OwnerRepository owners = (OwnerRepository) create(em, OwnerRepository.class);
            RuntimeException e = assertThrows(RuntimeException.class, () -> owners.rename("Smith", "Smyth"));
            boolean transactionRequired = false;
            for (Throwable t = e; t != null; t = t.getCause()) transactionRequired |= t instanceof jakarta.persistence.TransactionRequiredException;
            assertTrue(transactionRequired, "expected TransactionRequiredException, got " + e);
        }
        assertEquals(List.of("`OwnerService.renameAll()`, in a read-write transaction", "`OwnerService.renameWithoutTransaction()`, which declares no transaction"),
                rename.calledFrom().stream().filter(c -> c.startsWith("`OwnerService")).toList());
        assertTrue(pack.findings().stream().anyMatch(f -> f.code().equals("CP-QUERY-NO-TRANSACTION") && f.member().equals("rename")
                && f.message().contains("renameWithoutTransaction")));
        assertFalse(pack.findings().stream().anyMatch(f -> f.code().equals("CP-QUERY-NO-TRANSACTION") && f.message().contains("`OwnerService.renameAll()`")));
    }

    @Test
    void repositories_name_their_users_inherited_calls_and_save_rule() {
        Repository owners = repository(OwnerRepository.class);
        assertEquals(List.of(OwnerService.class.getName()), owners.usedBy());
        assertEquals(List.of("`save()` from `OwnerService.register()`, which declares no transaction"), owners.inheritedCalls());
        assertTrue(owners.save().startsWith("save() calls persist() while `id` is null, else merge()"), owners.save());
        assertTrue(owners.baseInterfaces().contains("org.springframework.data.jpa.repository.JpaRepository"));
        var crud = pack.repositoryBases().stream().filter(b -> b.interfaceName().equals("org.springframework.data.repository.CrudRepository"))
                .findFirst().orElseThrow();
        assertTrue(crud.operations().stream().anyMatch(o -> o.signature().equals("findById(ID id)") && "read-only".equals(o.transaction())));
        assertTrue(crud.operations().stream().anyMatch(o -> o.signature().equals("save(S entity)") && "read-write".equals(o.transaction())));
    }
}
