package dev.contextpack.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.scan.fixture.DirectNamingStrategy;
import dev.contextpack.scan.fixture.ExplodingEntity;
import dev.contextpack.scan.fixture.ExtendingNamingStrategy;
import dev.contextpack.scan.fixture.HibernateAnnotatedEntity;
import dev.contextpack.scan.fixture.InitProbe;
import dev.contextpack.scan.fixture.NotMapped;
import dev.contextpack.scan.fixture.PropertyAccessEntity;
import dev.contextpack.zoo.Address;
import dev.contextpack.zoo.Animal;
import dev.contextpack.zoo.AuditedEntity;
import dev.contextpack.zoo.Book;
import dev.contextpack.zoo.BookCopyId;
import dev.contextpack.zoo.BookDetails;
import dev.contextpack.zoo.Climate;
import dev.contextpack.zoo.DurationMinutesConverter;
import dev.contextpack.zoo.Enclosure;
import dev.contextpack.zoo.Loan;
import dev.contextpack.zoo.Maintenance;
import dev.contextpack.zoo.Member;
import dev.contextpack.zoo.PhoneNumberConverter;
import dev.contextpack.zoo.TemperatureRange;
import dev.contextpack.zoo.VisitSlot;
import dev.contextpack.zoo.ZooEntities;
import dev.contextpack.zoo.xml.Donation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassScannerTest {

    private static final String FIXTURE = "dev.contextpack.scan.fixture";
    private static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
    private static Path testClasses;
    private static ScanResult zoo;

    @TempDir
    Path temp;

    @BeforeAll
    static void scanZoo() throws Exception {
        testClasses = Path.of(ZooEntities.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        zoo = new ClassScanner(name -> true).scan(testClasses, List.of("dev.contextpack.zoo"));
    }

    @Test
    void findsTheZoosEntities() {
        Set<String> expected = ZooEntities.ANNOTATED.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, zoo.entities());
        assertFalse(zoo.isEmpty());
    }

    @Test
    void findsMappedSuperclassesEmbeddablesAndConverters() {
        assertEquals(names(AuditedEntity.class), zoo.mappedSuperclasses());
        assertEquals(names(Address.class, BookCopyId.class, Climate.class, Maintenance.class, TemperatureRange.class,
                VisitSlot.class), zoo.embeddables());
        assertEquals(names(DurationMinutesConverter.class, PhoneNumberConverter.class), zoo.converters());
        assertEquals(names(PhoneNumberConverter.class), zoo.autoApplyConverters());
    }

    @Test
    void findsTheXmlOnlyEntity() {
        assertEquals(names(Donation.class), zoo.xmlEntities());
        assertFalse(zoo.entities().contains(Donation.class.getName()));
        assertEquals(List.of("META-INF/orm.xml"), zoo.mappingFiles());
        assertEquals(List.of(), zoo.persistenceUnits());
    }

    @Test
    void onlyTheRequestedPackagesAreScanned() {
        assertTrue(zoo.classes().keySet().stream().allMatch(n -> n.startsWith("dev.contextpack.zoo.")), zoo.classes().keySet().toString());
        assertFalse(zoo.classes().containsKey(ExplodingEntity.class.getName()));
        assertTrue(zoo.classes().containsKey(Donation.class.getName()), "sub-packages are scanned");
    }

    @Test
    void memberFactsHoldExplicitParametersOnly() {
        MemberFacts animalEnclosure = zoo.member(Animal.class.getName(), "enclosure");
        assertNotNull(animalEnclosure);
        assertTrue(animalEnclosure.has(MANY_TO_ONE));
        assertEquals(java.util.Map.of(), animalEnclosure.annotations().get(MANY_TO_ONE), "no default is filled in");
        assertNull(animalEnclosure.param(MANY_TO_ONE, "fetch"));
        assertEquals(Animal.class.getName(), animalEnclosure.declaringClass());
        assertEquals(Enclosure.class.getName(), animalEnclosure.type());

        MemberFacts facility = zoo.member(Enclosure.class.getName(), "facility");
        assertEquals("LAZY", facility.param(MANY_TO_ONE, "fetch"));
        assertEquals("facility_id", facility.param("jakarta.persistence.JoinColumn", "name"));
        assertNull(facility.param(MANY_TO_ONE, "optional"));

        MemberFacts member = zoo.member(Loan.class.getName(), "member");
        assertEquals("LAZY", member.param(MANY_TO_ONE, "fetch"));
        assertEquals("false", member.param(MANY_TO_ONE, "optional"));
        assertEquals("false", member.param("jakarta.persistence.JoinColumn", "nullable"));

        MemberFacts details = zoo.member(Book.class.getName(), "details");
        assertEquals("book", details.param("jakarta.persistence.OneToOne", "mappedBy"));
        assertEquals("PERSIST", details.param("jakarta.persistence.OneToOne", "cascade"));
        assertNull(details.param("jakarta.persistence.OneToOne", "fetch"));
        assertEquals("LAZY", zoo.member(BookDetails.class.getName(), "book").param("jakarta.persistence.OneToOne", "fetch"));

        MemberFacts converted = zoo.member(Animal.class.getName(), "feedingInterval");
        assertEquals(DurationMinutesConverter.class.getName(), converted.param("jakarta.persistence.Convert", "converter"));

        MemberFacts nicknames = zoo.member(Animal.class.getName(), "nicknames");
        assertEquals("java.util.List<java.lang.String>", nicknames.type(), "generic type is kept");
    }

    @Test
    void membersAreFoundThroughSuperclasses() {
        MemberFacts createdBy = zoo.member(Member.class.getName(), "createdBy");
        assertNotNull(createdBy);
        assertEquals(AuditedEntity.class.getName(), createdBy.declaringClass());
        assertEquals("created_by", createdBy.param("jakarta.persistence.JoinColumn", "name"));
        assertNull(zoo.member(Member.class.getName(), "noSuchProperty"));

        ClassFacts book = zoo.classes().get(Book.class.getName());
        assertEquals(AuditedEntity.class.getName(), book.superclass());
        assertTrue(book.annotations().containsKey("jakarta.persistence.Entity"));
        ClassFacts animal = zoo.classes().get(Animal.class.getName());
        assertEquals("animal", animal.param("jakarta.persistence.Table", "name"), "class annotation parameters are kept");
        assertEquals("SINGLE_TABLE", animal.param("jakarta.persistence.Inheritance", "strategy"));
        assertNull(animal.param("jakarta.persistence.Table", "schema"), "defaults are not filled in");
        assertTrue(zoo.classes().get(AuditedEntity.class.getName()).isAbstract());
        assertTrue(book.classfileMajorVersion() >= 61 && book.classfileMajorVersion() <= 44 + Runtime.version().feature(),
                "class file major version " + book.classfileMajorVersion());
    }

    @Test
    void gettersAreMembersWhenAnnotated() {
        ScanResult scan = new ClassScanner(name -> true).scan(testClasses, List.of(FIXTURE));
        ClassFacts facts = scan.classes().get(PropertyAccessEntity.class.getName());

        assertTrue(facts.getters().containsKey("id"));
        assertTrue(facts.getters().containsKey("active"), "is-getters count");
        assertEquals("is_active", facts.getters().get("active").param("jakarta.persistence.Column", "name"));
        assertEquals("boolean", facts.getters().get("active").type());
        assertEquals("id * 2", facts.getters().get("doubled").param("org.hibernate.annotations.Formula", "value"));
        assertFalse(facts.getters().containsKey("label"), "an unannotated getter is no fact");
        assertEquals(java.util.Map.of("beforeSave", List.of("PrePersist"), "touched", List.of("PostPersist", "PostLoad")),
                facts.callbacks(), "lifecycle callbacks in lifecycle order");
        assertEquals(java.util.Map.of(), scan.classes().get(HibernateAnnotatedEntity.class.getName()).callbacks());
    }

    @Test
    void propertyAccessMemberIsTheAnnotatedGetter() {
        ScanResult scan = new ClassScanner(name -> true).scan(testClasses, List.of(FIXTURE));
        MemberFacts id = scan.member(PropertyAccessEntity.class.getName(), "id");
        assertTrue(id.has("jakarta.persistence.Id"), id.toString());
        assertEquals("is_active", scan.member(PropertyAccessEntity.class.getName(), "active").param("jakarta.persistence.Column", "name"));
    }

    @Test
    void scanningDoesNotInitialiseClasses() {
        ScanResult scan = new ClassScanner(name -> true).scan(testClasses, List.of(FIXTURE));

        assertTrue(scan.entities().contains(ExplodingEntity.class.getName()), scan.entities().toString());
        assertNotNull(scan.member(ExplodingEntity.class.getName(), "id"));
        assertFalse(InitProbe.explodingEntityInitialised, "the static initializer of a scanned class ran");
    }

    @Test
    void aClassForANewerJavaIsReportedWithTheVersionNeeded() throws Exception {
        int feature = Runtime.version().feature();
        Path copy = copyClass(NotMapped.class);
        byte[] bytes = Files.readAllBytes(copy);
        int major = 44 + feature + 1;
        bytes[6] = (byte) (major >> 8);
        bytes[7] = (byte) major;
        Files.write(copy, bytes);

        ScanException e = assertThrows(ScanException.class, () -> new ClassScanner(name -> true).scan(temp, List.of()));

        assertTrue(e.getMessage().contains(NotMapped.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("Java " + (feature + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("JDK " + (feature + 1)), "says which JDK to run: " + e.getMessage());
    }

    @Test
    void aClassForTheRunningJavaScansFine() throws Exception {
        copyClass(NotMapped.class);
        ScanResult scan = new ClassScanner(name -> true).scan(temp, List.of());
        assertTrue(scan.classes().containsKey(NotMapped.class.getName()));
        assertTrue(scan.isEmpty());
    }

    @Test
    void aMissingClassesDirectoryTellsToRunAfterCompilation() {
        Path missing = temp.resolve("target/classes");
        ScanException e = assertThrows(ScanException.class, () -> new ClassScanner(name -> true).scan(missing, List.of()));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("after compilation"), e.getMessage());
    }

    @Test
    void unknownHibernateAnnotationsAreReportedWithClassAndMember() {
        Set<String> unknownToHibernate = Set.of("org.hibernate.annotations.ColumnDefault", "org.hibernate.annotations.DynamicUpdate",
                "org.hibernate.annotations.Immutable");
        ScanResult scan = new ClassScanner(name -> !unknownToHibernate.contains(name)).scan(testClasses, List.of(FIXTURE));

        List<ScanResult.UnknownAnnotation> unknown = scan.unknownHibernateAnnotations();
        String entity = HibernateAnnotatedEntity.class.getName();
        assertTrue(unknown.contains(new ScanResult.UnknownAnnotation("org.hibernate.annotations.DynamicUpdate", entity, null)), unknown.toString());
        assertTrue(unknown.contains(new ScanResult.UnknownAnnotation("org.hibernate.annotations.ColumnDefault", entity, "visits")), unknown.toString());
        assertEquals(2, unknown.size(), "NotMapped is not an entity, so its annotations do not matter: " + unknown);
    }

    @Test
    void knownHibernateAnnotationsAreNotReported() {
        ScanResult scan = new ClassScanner(name -> true).scan(testClasses, List.of(FIXTURE));
        assertEquals(List.of(), scan.unknownHibernateAnnotations());
        assertEquals(List.of(), zoo.unknownHibernateAnnotations());
    }

    @Test
    void aPredicateIsAskedOnlyForHibernateAnnotations() {
        Set<String> asked = new java.util.concurrent.ConcurrentSkipListSet<>();
        new ClassScanner(name -> asked.add(name) || true).scan(testClasses, List.of("dev.contextpack.zoo", FIXTURE));
        assertTrue(asked.stream().allMatch(n -> n.startsWith("org.hibernate.annotations.")), asked.toString());
        assertTrue(asked.contains("org.hibernate.annotations.Formula"), asked.toString());
    }

    @Test
    void aNamingStrategyImplementedInCodeIsFound() {
        ScanResult scan = new ClassScanner(name -> true).scan(testClasses, List.of(FIXTURE));
        assertTrue(scan.namingStrategyBeans().contains(DirectNamingStrategy.class.getName()), scan.namingStrategyBeans().toString());
        assertEquals(Set.of(), zoo.namingStrategyBeans());
    }

    @Test
    void aNamingStrategyExtendingHibernatesIsFound() {
        ScanResult scan = new ClassScanner(name -> true).scan(testClasses, List.of(FIXTURE));
        assertTrue(scan.namingStrategyBeans().contains(ExtendingNamingStrategy.class.getName()), scan.namingStrategyBeans().toString());
    }

    private Path copyClass(Class<?> type) throws Exception {
        String resource = type.getName().replace('.', '/') + ".class";
        Path target = temp.resolve(resource);
        Files.createDirectories(target.getParent());
        Files.copy(testClasses.resolve(resource), target);
        return target;
    }

    private static Set<String> names(Class<?>... types) {
        return java.util.Arrays.stream(types).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
