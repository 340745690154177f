package dev.contextpack.behaviour;

import static dev.contextpack.behaviour.Fields.get;
import static dev.contextpack.behaviour.Fields.newInstance;
import static dev.contextpack.behaviour.Fields.set;
import static dev.contextpack.behaviour.ZooObjects.animal;
import static dev.contextpack.behaviour.ZooObjects.author;
import static dev.contextpack.behaviour.ZooObjects.book;
import static dev.contextpack.behaviour.ZooObjects.certificate;
import static dev.contextpack.behaviour.ZooObjects.enclosure;
import static dev.contextpack.behaviour.ZooObjects.facility;
import static dev.contextpack.behaviour.ZooObjects.inspection;
import static dev.contextpack.behaviour.ZooObjects.keeper;
import static dev.contextpack.behaviour.ZooObjects.member;
import static dev.contextpack.behaviour.ZooObjects.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contextpack.behaviour.model.BehaviourModel;
import dev.contextpack.behaviour.model.Drawer;
import dev.contextpack.behaviour.model.Sock;
import dev.contextpack.zoo.Animal;
import dev.contextpack.zoo.Author;
import dev.contextpack.zoo.Aviary;
import dev.contextpack.zoo.Book;
import dev.contextpack.zoo.Certificate;
import dev.contextpack.zoo.Enclosure;
import dev.contextpack.zoo.Facility;
import dev.contextpack.zoo.Inspection;
import dev.contextpack.zoo.Keeper;
import dev.contextpack.zoo.Maintenance;
import dev.contextpack.zoo.ZooEntities;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.PropertyValueException;
import org.hibernate.Session;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * More of {@code RuleDeriver}'s sentences checked against a real Hibernate 7 SessionFactory on H2 (see
 * {@link RuleBehaviourTest} for the approach). Each test quotes the rule it checks; where Hibernate does
 * something else, the test is marked CONTRADICTION and asserts what Hibernate really does.
 */
class NewRuleBehaviourTest {

    private static BehaviourDb db;

    @BeforeAll
    static void boot() {
        List<Class<?>> classes = new ArrayList<>(ZooEntities.MANAGED);
        classes.addAll(BehaviourModel.MANAGED);
        db = BehaviourDb.boot(classes, List.of(ZooEntities.ORM_XML));
    }

    @AfterAll
    static void shutdown() {
        if (db != null) db.close();
    }

    @BeforeEach
    void clearSql() {
        db.clearSql();
    }

    // ---------------------------------------------------------------------------------------------
    // 1. Unidirectional @OneToMany with @JoinColumn, no orphanRemoval

    /**
     * "Removing an Inspection from `Facility.inspections` sets `inspection.facility_id` to NULL; the Inspection
     * row stays." (Facility.inspections: @OneToMany @JoinColumn(name = "facility_id"), nullable, cascade
     * MERGE+REMOVE, no orphanRemoval.)
     */
    @Test
    void nullableJoinColumn_removingFromCollectionSetsFkToNull_rowStays() {
        assertEquals("YES", db.value("select is_nullable from information_schema.columns"
                + " where table_name = 'INSPECTION' and column_name = 'FACILITY_ID'"));
        Facility facility = facility();
        Inspection removed = inspection();
        Inspection kept = inspection();
        db.inTransaction(s -> {
            s.persist(facility);
            s.persist(removed);
            s.persist(kept);
            collection(facility, "inspections").addAll(List.of(removed, kept));
        });
        db.clearSql();
        db.inTransaction(s -> assertTrue(collection(s.find(Facility.class, get(facility, "id")), "inspections")
                .removeIf(i -> get(i, "id").equals(get(removed, "id")))));

        List<Map<String, Object>> rows = db.query("select facility_id from inspection where id = ?", (Object) get(removed, "id"));
        assertEquals(1, rows.size(), "the Inspection row stays");
        assertNull(rows.get(0).get("facility_id"), "inspection.facility_id is set to NULL");
        assertEquals(get(facility, "id"), db.value("select facility_id from inspection where id = ?", (Object) get(kept, "id")),
                "the other Inspection keeps its link");
        assertNoStatement("delete from inspection");
        assertTrue(db.sql().stream().anyMatch(q -> q.startsWith("update inspection set facility_id=null")), db.sql().toString());
    }

    /**
     * CONTRADICTION. "Removing a Sock from `Drawer.socks` fails: Hibernate would set `sock.drawer_id` to NULL,
     * which is NOT NULL; delete the Sock instead." (Drawer.socks: unidirectional @OneToMany,
     * @JoinColumn(name = "drawer_id", nullable = false), no cascade, no orphanRemoval.) Nothing fails: for a
     * NOT NULL join column Hibernate never nulls the key (the collection's row delete is disabled), so the
     * removal is silently ignored. No SQL is written, the Sock keeps `drawer_id`, and the next load puts it
     * back in `Drawer.socks`. The only ways to detach it are to delete the Sock or to add it to another
     * Drawer's `socks` (which updates `sock.drawer_id`).
     */
    @Test
    void notNullJoinColumn_removingFromCollectionIsSilentlyIgnored() {
        assertEquals("NO", db.value("select is_nullable from information_schema.columns"
                + " where table_name = 'SOCK' and column_name = 'DRAWER_ID'"));
        Drawer drawer = new Drawer();
        Sock sock = new Sock();
        db.inTransaction(s -> {
            s.persist(drawer);
            drawer.socks.add(sock);
            s.persist(sock);
        });
        assertEquals(drawer.id, db.value("select drawer_id from sock where id = ?", sock.id));

        db.clearSql();
        db.inTransaction(s -> {
            Drawer d = s.find(Drawer.class, drawer.id);
            d.socks.clear();
            s.flush(); // no exception here either
        });
        assertTrue(db.sql().stream().allMatch(q -> q.startsWith("select")), "only SELECTs, no UPDATE/DELETE: " + db.sql());
        assertEquals(drawer.id, db.value("select drawer_id from sock where id = ?", sock.id), "the Sock keeps drawer_id");
        db.inTransaction(s -> assertEquals(1, s.find(Drawer.class, drawer.id).socks.size(),
                "a fresh session sees the Sock in Drawer.socks again"));

        // Moving it to another Drawer's collection does write the key.
        Drawer other = new Drawer();
        db.inTransaction(s -> {
            s.persist(other);
            Sock k = s.find(Sock.class, sock.id);
            s.find(Drawer.class, drawer.id).socks.remove(k);
            other.socks.add(k);
        });
        assertEquals(other.id, db.value("select drawer_id from sock where id = ?", sock.id));

        // Deleting the Sock works.
        db.inTransaction(s -> {
            Sock k = s.find(Sock.class, sock.id);
            s.find(Drawer.class, other.id).socks.remove(k);
            s.remove(k);
        });
        assertEquals(0L, db.count("select count(*) from sock where id = ?", sock.id));
    }

    /**
     * Side finding for the same NOT NULL mapping and "Adding a Sock to `Drawer.socks` writes `sock.drawer_id`
     * with an extra UPDATE after the insert": the INSERT of the Sock already writes drawer_id (taken from the
     * owning collection; the redundant UPDATE follows). An IDENTITY Sock persisted before it is added to
     * `Drawer.socks` is inserted at once with drawer_id NULL, and the INSERT fails.
     */
    @Test
    void notNullJoinColumn_insertAlreadyWritesFk_soTheChildMustBeInTheCollectionWhenInserted() {
        Drawer drawer = new Drawer();
        Sock sock = new Sock();
        db.inTransaction(s -> {
            s.persist(drawer);
            drawer.socks.add(sock);
            s.persist(sock);
        });
        String insert = db.sql().stream().filter(q -> q.startsWith("insert into sock")).findFirst().orElseThrow();
        assertTrue(insert.contains("drawer_id"), insert);
        assertEquals(drawer.id, db.value("select drawer_id from sock where id = ?", sock.id));

        Drawer second = new Drawer();
        Sock early = new Sock();
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> {
            s.persist(second);
            s.persist(early); // IDENTITY: INSERT now, drawer_id NULL
            second.socks.add(early);
        }));
        assertCause(e, ConstraintViolationException.class);
    }

    // ---------------------------------------------------------------------------------------------
    // 2. @OneToMany through a join table

    /**
     * "One-to-many through a join table: a Certificate can be in the `Keeper.certificates` of one Keeper only
     * (`certificates_id` is unique in `keeper_certificate`)." Holds: in Hibernate 7, certificates_id alone is
     * the primary key of keeper_certificate, and adding the same Certificate to a second Keeper's collection
     * fails at flush with a primary-key violation.
     */
    @Test
    void oneToManyJoinTable_targetCanBeInOneOwnersCollectionOnly() {
        List<Object> pk = db.query("select k.column_name from information_schema.table_constraints c"
                        + " join information_schema.key_column_usage k on k.constraint_name = c.constraint_name"
                        + " and k.table_name = c.table_name where c.table_name = 'KEEPER_CERTIFICATE'"
                        + " and c.constraint_type = 'PRIMARY KEY'")
                .stream().map(r -> r.get("column_name")).toList();
        assertEquals(List.of("CERTIFICATES_ID"), pk);

        Keeper first = keeper();
        Keeper second = keeper();
        Certificate certificate = certificate();
        db.inTransaction(s -> {
            s.persist(first);
            s.persist(second);
            s.persist(certificate);
            collection(first, "certificates").add(certificate);
        });
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> {
            Keeper k = s.find(Keeper.class, get(second, "id"));
            collection(k, "certificates").add(s.find(Certificate.class, get(certificate, "id")));
            s.flush();
        }));
        assertCause(e, ConstraintViolationException.class);
        Object firstId = get(first, "id");
        assertEquals(List.of(firstId), db.query("select keeper_id from keeper_certificate where certificates_id = ?",
                (Object) get(certificate, "id")).stream().map(r -> r.get("keeper_id")).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // 3. "Deleted first by Hibernate" (Foreign keys that reference this table)

    /**
     * Book: "`book_author` ... Deleted first by Hibernate: yes, join table of `Book.authors`" and
     * "`book_attribute` ... yes, element collection `Book.attributes`". em.remove(book) succeeds.
     */
    @Test
    void deletedFirst_joinTableAndElementCollectionOfBook() {
        Book book = book();
        Author author = author();
        db.inTransaction(s -> {
            s.persist(author);
            collection(book, "authors").add(author);
            map(book, "attributes").put("binding", "hardcover");
            s.persist(book);
        });
        assertEquals(1L, db.count("select count(*) from book_author where book_id = ?", (Object) get(book, "id")));
        assertEquals(1L, db.count("select count(*) from book_attribute where book_id = ?", (Object) get(book, "id")));

        db.inTransaction(s -> s.remove(s.find(Book.class, get(book, "id"))));
        assertEquals(0L, db.count("select count(*) from book where id = ?", (Object) get(book, "id")));
        assertEquals(0L, db.count("select count(*) from book_author where book_id = ?", (Object) get(book, "id")));
        assertEquals(0L, db.count("select count(*) from book_attribute where book_id = ?", (Object) get(book, "id")));
        assertEquals(1L, db.count("select count(*) from author where id = ?", (Object) get(author, "id")), "the Author stays");
    }

    /**
     * Keeper: "`staff.keeper_skill` ... yes, element collection `Keeper.skills`", "`staff.keeper_profile` ...
     * yes, secondary table of the same entity", "`keeper_certificate` ... yes, join table of
     * `Keeper.certificates`". em.remove(keeper) succeeds.
     */
    @Test
    void deletedFirst_elementCollectionSecondaryTableAndJoinTableOfKeeper() {
        Keeper keeper = keeper();
        set(keeper, "biography", "Started as a volunteer.");
        collection(keeper, "skills").addAll(List.of("feeding", "first aid"));
        Certificate certificate = certificate();
        db.inTransaction(s -> {
            s.persist(certificate);
            collection(keeper, "certificates").add(certificate);
            s.persist(keeper);
        });
        Object id = get(keeper, "id");
        assertEquals(2L, db.count("select count(*) from staff.keeper_skill where keeper_id = ?", id));
        assertEquals(1L, db.count("select count(*) from staff.keeper_profile where keeper_id = ?", id));
        assertEquals(1L, db.count("select count(*) from keeper_certificate where keeper_id = ?", id));

        db.inTransaction(s -> s.remove(s.find(Keeper.class, id)));
        assertEquals(0L, db.count("select count(*) from staff.keeper where id = ?", id));
        assertEquals(0L, db.count("select count(*) from staff.keeper_skill where keeper_id = ?", id));
        assertEquals(0L, db.count("select count(*) from staff.keeper_profile where keeper_id = ?", id));
        assertEquals(0L, db.count("select count(*) from keeper_certificate where keeper_id = ?", id));
    }

    /** Facility: "`aviary` | `id` ... yes, subclass table of Aviary (same entity)". em.remove(aviary) succeeds. */
    @Test
    void deletedFirst_joinedSubclassTableOfAviary() {
        Aviary aviary = newInstance(Aviary.class);
        set(aviary, "name", ZooObjects.unique("Aviary "));
        db.inTransaction(s -> s.persist(aviary));
        Object id = get(aviary, "id");
        assertEquals(1L, db.count("select count(*) from aviary where id = ?", id));

        db.inTransaction(s -> s.remove(s.find(Facility.class, id)));
        assertEquals(0L, db.count("select count(*) from aviary where id = ?", id));
        assertEquals(0L, db.count("select count(*) from facility where id = ?", id));
        List<String> deletes = db.sql().stream().filter(q -> q.startsWith("delete from")).toList();
        assertEquals(List.of("delete from aviary where id=?", "delete from facility where id=?"), deletes);
    }

    /**
     * Author: "`book_author` | `author_id` ... Deleted first by Hibernate: no". Removing an Author that is still
     * in a Book's `authors` (Author.books is the inverse side) fails with a foreign-key violation.
     */
    @Test
    void notDeletedFirst_removingAuthorStillInBookAuthorsFails() {
        Book book = book();
        Author author = author();
        db.inTransaction(s -> {
            s.persist(author);
            collection(book, "authors").add(author);
            s.persist(book);
        });
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> db.inTransaction(s -> s.remove(s.find(Author.class, get(author, "id")))));
        assertCause(e, ConstraintViolationException.class);
        assertEquals(1L, db.count("select count(*) from author where id = ?", (Object) get(author, "id")));
        assertEquals(1L, db.count("select count(*) from book_author where author_id = ?", (Object) get(author, "id")));
    }

    /** Enclosure: "`animal` | `enclosure_id` ... Deleted first by Hibernate: no". Removing a referenced Enclosure fails. */
    @Test
    void notDeletedFirst_removingEnclosureStillReferencedByAnimalFails() {
        Enclosure enclosure = enclosure();
        Animal animal = animal();
        set(animal, "enclosure", enclosure);
        db.inTransaction(s -> {
            s.persist(enclosure);
            s.persist(animal);
        });
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> db.inTransaction(s -> s.remove(s.find(Enclosure.class, get(enclosure, "id")))));
        assertCause(e, ConstraintViolationException.class);
        assertEquals(1L, db.count("select count(*) from enclosure where id = ?", (Object) get(enclosure, "id")));
    }

    // ---------------------------------------------------------------------------------------------
    // 4. Generated id set by hand

    /**
     * "A new entity with its id set is taken for an existing one: persist() rejects it and merge() (Spring Data's
     * save()) looks for that row instead of inserting." Holds, made precise: merge() never inserts. It SELECTs
     * the row by that id; when there is none, merge() itself throws jakarta.persistence.OptimisticLockException
     * (cause org.hibernate.StaleObjectStateException, "Row was already updated or deleted by another
     * transaction") for IDENTITY, SEQUENCE, TABLE and UUID ids (also with a primitive @Version, Keeper). When
     * the row exists, merge() overwrites it with an UPDATE.
     */
    @Test
    void generatedIdSetByHand_mergeWithoutRowThrowsOptimisticLockException() {
        assertMergeOfMissingRowFails(() -> set(author(), "id", 988_001L), "author");                   // IDENTITY
        assertMergeOfMissingRowFails(() -> set(enclosure(), "id", 988_002L), "enclosure");             // SEQUENCE
        assertMergeOfMissingRowFails(() -> set(keeper(), "id", 988_003L), "staff.keeper");             // SEQUENCE, int @Version
        assertMergeOfMissingRowFails(() -> set(facility(), "id", 988_004L), "facility");               // TABLE
        UUID uuid = UUID.randomUUID();
        assertMergeOfMissingRowFails(() -> set(visitor(), "id", uuid), "visitor");                     // UUID
    }

    /** Same rule, an existing row: merge() of a new object carrying that id overwrites the row. */
    @Test
    void generatedIdSetByHand_mergeWithExistingRowOverwritesIt() {
        Author existing = author();
        db.inTransaction(s -> s.persist(existing));
        Author impostor = set(author(), "id", get(existing, "id"));
        long before = db.count("select count(*) from author");
        db.inTransaction(s -> s.merge(impostor));
        assertEquals(before, db.count("select count(*) from author"), "no insert");
        assertEquals(get(impostor, "name"), db.value("select name from author where id = ?", (Object) get(existing, "id")));
    }

    /**
     * Same rule, entity with a null wrapper @Version (Book.revision, Long): merge() does not even query; it throws
     * org.hibernate.PropertyValueException ("Detached entity with generated id ... has an uninitialized version
     * value 'null'"), as persist() does. (Spring Data's save() would call persist() here, not merge(), since it
     * takes a null wrapper version as "new".)
     */
    @Test
    void generatedIdSetByHand_nullWrapperVersion_mergeThrowsPropertyValueException() {
        Book book = set(book(), "id", 988_005L);
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> {
            try {
                s.merge(book);
            } catch (RuntimeException atMerge) {
                throw new AtCall(atMerge);
            }
        }));
        assertInstanceOf(AtCall.class, e);
        assertCause(e, PropertyValueException.class);
        assertNoStatement("select");
        assertEquals(0L, db.count("select count(*) from book where id = 988005"));
    }

    // ---------------------------------------------------------------------------------------------
    // 5. Association inside an embeddable

    /** "Setting `Enclosure.maintenance.responsibleKeeper` writes `enclosure.responsibleKeeper_id`." */
    @Test
    void associationInsideEmbeddable_writesTheOwnersColumn() {
        Keeper keeper = keeper();
        Enclosure enclosure = enclosure();
        db.inTransaction(s -> {
            s.persist(keeper);
            s.persist(enclosure);
        });
        assertNull(db.value("select responsibleKeeper_id from enclosure where id = ?", (Object) get(enclosure, "id")));
        db.inTransaction(s -> {
            Maintenance maintenance = newInstance(Maintenance.class);
            set(maintenance, "responsibleKeeper", s.find(Keeper.class, get(keeper, "id")));
            set(s.find(Enclosure.class, get(enclosure, "id")), "maintenance", maintenance);
        });
        assertEquals(get(keeper, "id"), db.value("select responsibleKeeper_id from enclosure where id = ?", (Object) get(enclosure, "id")));
        db.inTransaction(s -> {
            Maintenance m = get(s.find(Enclosure.class, get(enclosure, "id")), "maintenance");
            assertEquals((Object) get(keeper, "id"), get(get(m, "responsibleKeeper"), "id"));
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    /** Marks an exception thrown by the call itself (as opposed to the flush at commit). */
    private static final class AtCall extends RuntimeException {
        AtCall(RuntimeException cause) {
            super(cause);
        }
    }

    private static void assertMergeOfMissingRowFails(Supplier<Object> entity, String table) {
        Object e = entity.get();
        Object id = get(e, "id");
        db.clearSql();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> {
            try {
                s.merge(e);
            } catch (RuntimeException atMerge) {
                throw new AtCall(atMerge);
            }
        }));
        assertInstanceOf(AtCall.class, thrown, "merge() itself throws");
        assertInstanceOf(OptimisticLockException.class, thrown.getCause(), () -> chain(thrown));
        assertCause(thrown, StaleObjectStateException.class);
        assertTrue(db.sql().stream().anyMatch(q -> q.startsWith("select")), "merge() looked for the row: " + db.sql());
        assertTrue(db.sql().stream().noneMatch(q -> q.startsWith("insert")), "merge() inserted nothing: " + db.sql());
        assertEquals(0L, db.count("select count(*) from " + table + " where id = ?", id));
    }

    @SuppressWarnings("unchecked")
    private static <E> Collection<E> collection(Object entity, String field) {
        return (Collection<E>) get(entity, field);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> map(Object entity, String field) {
        return (Map<K, V>) get(entity, field);
    }

    private static void assertCause(Throwable e, Class<? extends Throwable> expected) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (expected.isInstance(c)) return;
        }
        fail("Expected " + expected.getName() + " in " + chain(e));
    }

    private static void assertNoStatement(String prefix) {
        List<String> sql = db.sql();
        assertTrue(sql.stream().noneMatch(q -> q.startsWith(prefix)), "no '" + prefix + "' expected in " + sql);
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause()) {
            sb.append(sb.isEmpty() ? "" : " <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
        }
        return sb.toString();
    }
}
