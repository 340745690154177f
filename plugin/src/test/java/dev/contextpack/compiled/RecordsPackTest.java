package dev.contextpack.compiled;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.compiled.records.Dimensions;
import dev.contextpack.compiled.records.Parcel;
import dev.contextpack.compiled.records.ParcelLabel;
import dev.contextpack.compiled.records.ParcelMistakes;
import dev.contextpack.compiled.records.ParcelRepository;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.model.Attribute;
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
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Java records as an embeddable and as DTO projections of Spring Data repository methods. The oracle for
 * the projections is Spring Data's JpaRepositoryFactory and Hibernate on H2: what the pack calls valid runs,
 * what it calls invalid fails.
 */
class RecordsPackTest {

    private static Path out;
    private static ContextPack pack;
    private static StandardServiceRegistry registry;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void generate() throws Exception {
        out = Files.createTempDirectory("records-pack");
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        GenerateRequest request = new GenerateRequest(ZooTestSupport.testClasses(), classpath, out, null, List.of("dev.contextpack.compiled.records"),
                new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()), "records", "mvn process-classes");
        pack = new ContextPackEngine(EngineLog.SILENT).generate(request).pack();
        registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:records_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "hibernate.hbm2ddl.auto", "create-drop", "hibernate.query.startup_check", "false")).build();
        sessionFactory = new MetadataSources(registry).addAnnotatedClass(Parcel.class).buildMetadata().buildSessionFactory();
        sessionFactory.inTransaction(s -> {
            s.persist(new Parcel("box", new Dimensions(30, 20, null)));
            s.persist(new Parcel("bag", new Dimensions(10, 40, 5)));
        });
    }

    @AfterAll
    static void close() {
        sessionFactory.close();
        StandardServiceRegistryBuilder.destroy(registry);
    }

    private static QueryMethod method(Class<?> type, String name) {
        Repository repository = pack.repositories().stream().filter(r -> r.className().equals(type.getName())).findFirst().orElseThrow();
        return repository.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void aRecordEmbeddableIsDescribedColumnByColumn() throws Exception {
        Attribute dimensions = pack.entities().get(0).attributes().stream().filter(a -> a.name().equals("dimensions")).findFirst().orElseThrow();
        assertEquals(Dimensions.class.getName(), dimensions.embedded().embeddableClass());
        assertEquals(List.of("depth", "heightCm", "widthCm"), dimensions.embedded().attributes().stream()
                .map(a -> a.columns().get(0).name()).sorted().toList());
        String page = Files.readString(out.resolve("entities/Parcel.md"));
        assertTrue(page.contains("| `dimensions.depthCm` | `depth` | `integer` | yes |"), page);
        // Hibernate makes the columns of an embeddable's primitives nullable: the whole record may be null
        assertTrue(page.contains("| `dimensions.widthCm` | `widthCm` | `integer` | yes | no | `int` |"), page);
    }

    @Test
    void aRecordProjectionOfADerivedQueryNamesWhatSpringDataSelects() throws Exception {
        QueryMethod startingWith = method(ParcelRepository.class, "findByLabelStartingWith");
        assertEquals(QueryMethod.VALID, startingWith.status());
        assertTrue(startingWith.description().endsWith("Spring Data selects `id`, `label` into the constructor of `ParcelLabel` (the record's components, in order)."),
                startingWith.description());
        assertTrue(method(ParcelRepository.class, "findFirstByDimensionsWidthCmGreaterThan").description().contains("selects `id`, `label`"));
        String page = Files.readString(out.resolve("repositories/ParcelRepository.md"));
        assertTrue(page.contains("returns a List of `ParcelLabel` (DTO projection). Spring Data selects `id`, `label`"), page);
        try (EntityManager em = sessionFactory.createEntityManager()) {
            ParcelRepository repository = new JpaRepositoryFactory(em).getRepository(ParcelRepository.class);
            List<ParcelLabel> labels = repository.findByLabelStartingWith("bo");
            assertEquals(List.of("box"), labels.stream().map(ParcelLabel::label).toList());
            assertEquals("bag", repository.wide(5).stream().map(ParcelLabel::label).sorted().findFirst().orElseThrow());
        }
    }

    @Test
    void aRecordComponentThatNamesNoPropertyIsInvalidAsSpringDataFindsIt() {
        QueryMethod byLabel = method(ParcelMistakes.UnknownComponent.class, "findByLabel");
        assertEquals(QueryMethod.INVALID, byLabel.status());
        assertTrue(byLabel.problem().contains("the projection `ParcelNickname` has a constructor parameter `nickname`: `nickname` is not a persistent attribute of Parcel."),
                byLabel.problem());
        assertTrue(pack.findings().stream().anyMatch(f -> f.code().equals("CP-QUERY-INVALID") && "findByLabel".equals(f.member())));
        try (EntityManager em = sessionFactory.createEntityManager()) {
            Object repository;
            try {
                repository = new JpaRepositoryFactory(em).getRepository(ParcelMistakes.UnknownComponent.class);
            } catch (RuntimeException refused) {
                return;
            }
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> ParcelMistakes.UnknownComponent.class.getMethod("findByLabel", String.class).invoke(repository, "box"));
            assertFalse(e.getCause() instanceof NullPointerException, e.getCause().toString());
        }
    }

    @Test
    void aConstructorExpressionWithoutAMatchingRecordConstructorIsInvalid() {
        QueryMethod labelsOnly = method(ParcelMistakes.WrongConstructor.class, "labelsOnly");
        assertEquals(QueryMethod.INVALID, labelsOnly.status());
        assertTrue(labelsOnly.problem().contains("Missing constructor for type 'ParcelLabel'"), labelsOnly.problem());
        assertEquals(QueryMethod.VALID, method(ParcelRepository.class, "wide").status());
        try (EntityManager em = sessionFactory.createEntityManager()) {
            assertThrows(RuntimeException.class, () -> new JpaRepositoryFactory(em).getRepository(ParcelMistakes.WrongConstructor.class));
        }
        assertEquals(2, pack.findings().stream().filter(f -> f.code().equals("CP-QUERY-INVALID")).map(Finding::member).distinct().count(),
                pack.findings()::toString);
    }
}
