package dev.contextpack.behaviour;

import static dev.contextpack.behaviour.Fields.get;
import static dev.contextpack.behaviour.Fields.newInstance;
import static dev.contextpack.behaviour.Fields.set;
import static dev.contextpack.behaviour.ZooObjects.author;
import static dev.contextpack.behaviour.ZooObjects.book;
import static dev.contextpack.behaviour.ZooObjects.card;
import static dev.contextpack.behaviour.ZooObjects.certificate;
import static dev.contextpack.behaviour.ZooObjects.details;
import static dev.contextpack.behaviour.ZooObjects.enclosure;
import static dev.contextpack.behaviour.ZooObjects.facility;
import static dev.contextpack.behaviour.ZooObjects.inspection;
import static dev.contextpack.behaviour.ZooObjects.keeper;
import static dev.contextpack.behaviour.ZooObjects.loan;
import static dev.contextpack.behaviour.ZooObjects.member;
import static dev.contextpack.behaviour.ZooObjects.species;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contextpack.behaviour.model.Basket;
import dev.contextpack.behaviour.model.BehaviourModel;
import dev.contextpack.behaviour.model.Bottle;
import dev.contextpack.behaviour.model.Crate;
import dev.contextpack.behaviour.model.Egg;
import dev.contextpack.behaviour.model.Note;
import dev.contextpack.zoo.Animal;
import dev.contextpack.zoo.Author;
import dev.contextpack.zoo.Book;
import dev.contextpack.zoo.BookCopy;
import dev.contextpack.zoo.BookCopyId;
import dev.contextpack.zoo.BookDetails;
import dev.contextpack.zoo.Certificate;
import dev.contextpack.zoo.Facility;
import dev.contextpack.zoo.Inspection;
import dev.contextpack.zoo.Keeper;
import dev.contextpack.zoo.LibraryCard;
import dev.contextpack.zoo.Loan;
import dev.contextpack.zoo.Member;
import dev.contextpack.zoo.Species;
import dev.contextpack.zoo.ZooEntities;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.PersistentObjectException;
import org.hibernate.PropertyValueException;
import org.hibernate.Session;
import org.hibernate.StaleObjectStateException;
import org.hibernate.TransientObjectException;
import org.hibernate.TransientPropertyValueException;
import org.hibernate.id.IdentifierGenerationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the sentences {@code RuleDeriver} writes against what Hibernate really does: each test makes
 * the change the rule talks about with a real Hibernate 7 SessionFactory on in-memory H2 and reads
 * back with plain JDBC (or a fresh session) what was written. A test fails when the rule's claim does
 * not hold. Where the rule's wording was found to be wrong, the test asserts the real behaviour and
 * quotes the rule it contradicts, so that it keeps checking the corrected rule.
 */
class RuleBehaviourTest {

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
    // Inverse side (mappedBy): without PERSIST cascade, then with it

    /** "Adding a Species to `Species.children` alone writes nothing: set `Species.parent`." */
    @Test
    void addingToInverseCollectionAloneWritesNothing_setOwningSide() {
        Species parent = species();
        Species child = species();
        db.inTransaction(s -> {
            s.persist(parent);
            s.persist(child);
        });
        db.inTransaction(s -> {
            Species p = s.find(Species.class, get(parent, "code"));
            Species c = s.find(Species.class, get(child, "code"));
            collection(p, "children").add(c);
        });
        assertNull(db.value("select parent_code from species where code = ?", (Object) get(child, "code")),
                "adding to the inverse collection alone must write nothing");

        db.inTransaction(s -> {
            Species p = s.find(Species.class, get(parent, "code"));
            Species c = s.find(Species.class, get(child, "code"));
            set(c, "parent", p);
        });
        assertEquals(get(parent, "code"), db.value("select parent_code from species where code = ?", (Object) get(child, "code")),
                "setting the owning side `Species.parent` writes species.parent_code");
    }

    /** "Setting `LibraryCard.holder` alone writes nothing: set `Member.card`." */
    @Test
    void settingInverseOneToOneAloneWritesNothing_setOwningSide() {
        Member member = member();
        LibraryCard card = card();
        db.inTransaction(s -> {
            s.persist(member);
            s.persist(card);
        });
        db.inTransaction(s -> {
            LibraryCard c = s.find(LibraryCard.class, get(card, "id"));
            set(c, "holder", s.find(Member.class, get(member, "id")));
        });
        assertNull(db.value("select card_id from member where id = ?", (Object) get(member, "id")));
    }

    /** "Adding an Egg to `Basket.eggs` alone cascades PERSIST to a new Egg but inserts it with `egg.basket_id` NULL." */
    @Test
    void addingToInverseCollectionAloneCascadesPersist_insertsWithNullableFkNull() {
        Basket basket = new Basket();
        db.inTransaction(s -> s.persist(basket));
        Egg egg = new Egg();
        egg.colour = ZooObjects.unique("brown ");
        db.inTransaction(s -> s.find(Basket.class, basket.id).eggs.add(egg));

        List<java.util.Map<String, Object>> rows = db.query("select basket_id from egg where colour = ?", egg.colour);
        assertEquals(1, rows.size(), "the new Egg is inserted by the PERSIST cascade");
        assertNull(rows.get(0).get("basket_id"), "... with egg.basket_id NULL");
    }

    /**
     * "Adding a Loan to `Member.loans` alone cascades PERSIST to a new Loan but its insert fails, because
     * `loan.member_id` is NOT NULL." Holds, with a precision: the INSERT never reaches the database;
     * Hibernate's own nullability check rejects it with a PropertyValueException ("not-null property
     * references a null or transient value"), here at commit (flush).
     */
    @Test
    void addingToInverseCollectionAloneCascadesPersist_failsOnNotNullFk_zooMemberLoans() {
        Member member = member();
        db.inTransaction(s -> s.persist(member));
        db.clearSql();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> db.inTransaction(s -> collection(s.find(Member.class, get(member, "id")), "loans").add(loan())));
        assertCause(e, PropertyValueException.class);
        assertNoStatement("insert into loan");
        assertEquals(0, db.count("select count(*) from loan where member_id = ?", (Object) get(member, "id")));
    }

    /** Same rule over a FK that is NOT NULL only by @JoinColumn(nullable = false) (optional left true). */
    @Test
    void addingToInverseCollectionAloneCascadesPersist_failsOnNotNullFk_joinColumnOnly() {
        Crate crate = new Crate();
        db.inTransaction(s -> s.persist(crate));
        db.clearSql();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> db.inTransaction(s -> s.find(Crate.class, crate.id).bottles.add(new Bottle())));
        assertCause(e, PropertyValueException.class);
        assertNoStatement("insert into bottle");
    }

    /**
     * "Setting `Book.details` alone cascades PERSIST to a new BookDetails but its insert fails, because
     * `book_details.book_id` is NOT NULL." The persist fails, but not on the NOT NULL column: BookDetails'
     * id is @MapsId, and Hibernate cannot derive it from the null `BookDetails.book`
     * (IdentifierGenerationException "Could not assign id from null association 'book'"), before any
     * INSERT into book_details.
     */
    @Test
    void settingInverseMapsIdOneToOneAloneCascadesPersist_failsBecauseIdCannotBeDerived() {
        Book book = book();
        db.inTransaction(s -> s.persist(book));
        db.clearSql();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> db.inTransaction(s -> set(s.find(Book.class, get(book, "id")), "details", details())));
        assertCause(e, IdentifierGenerationException.class);
        assertNoStatement("insert into book_details");

        // Setting the owning side as well makes the cascade work.
        db.inTransaction(s -> {
            Book b = s.find(Book.class, get(book, "id"));
            BookDetails d = details();
            set(d, "book", b);
            set(b, "details", d);
        });
        assertEquals(1L, db.count("select count(*) from book_details where book_id = ?", (Object) get(book, "id")));
    }

    // ---------------------------------------------------------------------------------------------
    // Owning side

    /**
     * "Setting `Loan.member` writes `loan.member_id`. `Member.loans` is not updated in memory by Hibernate:
     * update it too if this persistence context reads it."
     */
    @Test
    void settingOwningManyToOneWritesFk_inverseCollectionNotUpdatedInMemory() {
        Member member = member();
        Loan loan = loan();
        db.inTransaction(s -> {
            s.persist(member);
            set(loan, "member", member);
            s.persist(loan);
            s.flush();
            assertTrue(collection(member, "loans").isEmpty(), "Member.loans must not be updated in memory by Hibernate");
            // Even a query in the same persistence context returns the managed instance as it is.
            Member same = s.createQuery("from Member m where m.id = :id", Member.class).setParameter("id", get(member, "id")).getSingleResult();
            assertTrue(collection(same, "loans").isEmpty());
        });
        assertEquals(get(member, "id"), db.value("select member_id from loan where id = ?", (Object) get(loan, "id")));
        db.inTransaction(s -> {
            assertEquals(1, collection(s.find(Member.class, get(member, "id")), "loans").size(), "a fresh session sees the link");
        });
    }

    /** "Setting `Member.card` writes `member.card_id`." and "Cascades PERSIST from Member to `Member.card`." */
    @Test
    void settingOwningOneToOneWritesFk_cascadePersistInsertsNewCard() {
        Member member = member();
        LibraryCard card = card();
        set(member, "card", card);
        db.inTransaction(s -> s.persist(member));
        assertNotNull(get(card, "id"), "the new card was persisted by the cascade");
        assertEquals(get(card, "id"), db.value("select card_id from member where id = ?", (Object) get(member, "id")));
        assertEquals(1L, db.count("select count(*) from library_card where id = ?", (Object) get(card, "id")));
    }

    // ---------------------------------------------------------------------------------------------
    // Join tables

    /** "Adding an Author to `Book.authors` inserts a row into `book_author`; removing it deletes that row, not the Author." */
    @Test
    void addingToJoinTableCollectionInsertsRow_removingDeletesRowNotTarget() {
        Book book = book();
        Author author = author();
        db.inTransaction(s -> {
            s.persist(book);
            s.persist(author);
        });
        db.inTransaction(s -> collection(s.find(Book.class, get(book, "id")), "authors").add(s.find(Author.class, get(author, "id"))));
        assertEquals(1L, db.count("select count(*) from book_author where book_id = ? and author_id = ?", get(book, "id"), get(author, "id")));

        db.inTransaction(s -> collection(s.find(Book.class, get(book, "id")), "authors").clear());
        assertEquals(0L, db.count("select count(*) from book_author where book_id = ?", (Object) get(book, "id")));
        assertEquals(1L, db.count("select count(*) from author where id = ?", (Object) get(author, "id")), "the Author stays");
    }

    /** "Adding a Book to `Member.wishlist` inserts a row into `member_wishlist`; removing it deletes that row, not the Book." */
    @Test
    void addingToOrderedJoinTableListInsertsRow_removingDeletesRowNotTarget() {
        Member member = member();
        Book book = book();
        db.inTransaction(s -> {
            s.persist(member);
            s.persist(book);
        });
        db.inTransaction(s -> collection(s.find(Member.class, get(member, "id")), "wishlist").add(s.find(Book.class, get(book, "id"))));
        assertEquals(get(book, "id"), db.value("select book_id from member_wishlist where member_id = ? and wish_order = 0", (Object) get(member, "id")));

        db.inTransaction(s -> collection(s.find(Member.class, get(member, "id")), "wishlist").clear());
        assertEquals(0L, db.count("select count(*) from member_wishlist where member_id = ?", (Object) get(member, "id")));
        assertEquals(1L, db.count("select count(*) from book where id = ?", (Object) get(book, "id")), "the Book stays");
    }

    /**
     * "`Author.books` is the inverse side: changing only it writes nothing to `book_author`." and
     * "Adding a Book to `Author.books` alone writes nothing: set `Book.authors`."
     */
    @Test
    void changingOnlyInverseManyToManyWritesNothingToJoinTable() {
        Book book = book();
        Author author = author();
        db.inTransaction(s -> {
            s.persist(book);
            s.persist(author);
        });
        db.inTransaction(s -> collection(s.find(Author.class, get(author, "id")), "books").add(s.find(Book.class, get(book, "id"))));
        assertEquals(0L, db.count("select count(*) from book_author where author_id = ?", (Object) get(author, "id")));
    }

    /**
     * CONTRADICTION. "Adding a Certificate to `Keeper.certificates` inserts a row into `keeper_certificate`;
     * removing it deletes that row, not the Certificate." With orphanRemoval (as on Keeper.certificates)
     * removing it deletes the Certificate too, as the orphan-removal rule of the same attribute says.
     */
    @Test
    void joinTableWithOrphanRemoval_removingDeletesRowAndTarget() {
        Keeper keeper = keeper();
        Certificate certificate = certificate();
        db.inTransaction(s -> {
            s.persist(keeper);
            s.persist(certificate);
        });
        db.inTransaction(s -> collection(s.find(Keeper.class, get(keeper, "id")), "certificates").add(s.find(Certificate.class, get(certificate, "id"))));
        assertEquals(1L, db.count("select count(*) from keeper_certificate where Keeper_id = ? and certificates_id = ?", get(keeper, "id"), get(certificate, "id")));

        db.inTransaction(s -> collection(s.find(Keeper.class, get(keeper, "id")), "certificates").clear());
        assertEquals(0L, db.count("select count(*) from keeper_certificate where Keeper_id = ?", (Object) get(keeper, "id")));
        assertEquals(0L, db.count("select count(*) from certificate where id = ?", (Object) get(certificate, "id")),
                "orphanRemoval deletes the Certificate as well");
    }

    // ---------------------------------------------------------------------------------------------
    // Unidirectional @OneToMany @JoinColumn

    /**
     * "Adding an Inspection to `Facility.inspections` writes `inspection.facility_id` with an extra UPDATE after
     * the insert; Inspection has no attribute for that column."
     */
    @Test
    void addingToUnidirectionalJoinColumnCollectionWritesFkWithExtraUpdate() {
        Facility facility = facility();
        Inspection inspection = inspection();
        db.inTransaction(s -> {
            s.persist(facility);
            s.persist(inspection);
            collection(facility, "inspections").add(inspection);
        });
        assertEquals(get(facility, "id"), db.value("select facility_id from inspection where id = ?", (Object) get(inspection, "id")));
        List<String> sql = db.sql();
        String insert = sql.stream().filter(q -> q.startsWith("insert into inspection")).findFirst().orElseThrow();
        assertFalse(insert.contains("facility_id"), "the INSERT does not write facility_id: " + insert);
        int insertAt = sql.indexOf(insert);
        assertTrue(sql.stream().skip(insertAt).anyMatch(q -> q.startsWith("update inspection set facility_id")),
                "an extra UPDATE writes facility_id after the insert: " + sql);
    }

    // ---------------------------------------------------------------------------------------------
    // No PERSIST cascade

    /**
     * "No PERSIST cascade: a new Enclosure set in `Animal.enclosure` must be persisted first, or the flush fails
     * with a TransientObjectException." Holds for the cause; what the caller gets is a
     * java.lang.IllegalStateException (JPA conversion) wrapping org.hibernate.TransientPropertyValueException,
     * a subclass of TransientObjectException.
     */
    @Test
    void noPersistCascade_owningManyToOne_flushFailsWithTransientObjectException() {
        Animal animal = ZooObjects.animal();
        set(animal, "enclosure", enclosure());
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(animal)));
        assertTransientFailure(e);
        assertEquals(0L, db.count("select count(*) from animal where name = ?", (Object) get(animal, "name")));
        assertNoStatement("insert into enclosure");
    }

    /**
     * Same rule for a NOT NULL FK ("a new Member set in `Loan.member`"): it does not wait for the flush,
     * persist() itself throws.
     */
    @Test
    void noPersistCascade_notNullManyToOne_persistItselfFails() {
        Loan loan = loan();
        set(loan, "member", member());
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> {
            try {
                s.persist(loan);
            } catch (RuntimeException atPersist) {
                throw new AtPersist(atPersist);
            }
        }));
        assertInstanceOf(AtPersist.class, e, "persist() throws, before any flush");
        assertTransientFailure(e.getCause());
    }

    /** "No PERSIST cascade: a new Author added to `Book.authors` must be persisted first, or the flush fails ..." */
    @Test
    void noPersistCascade_joinTableCollection_flushFailsWithTransientObjectException() {
        Book book = book();
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> {
            s.persist(book);
            collection(book, "authors").add(author());
        }));
        assertTransientFailure(e);
        assertNoStatement("insert into author");
        assertNoStatement("insert into book_author");
    }

    /** "No PERSIST cascade: a new Inspection added to `Facility.inspections` must be persisted first, or the flush fails ..." */
    @Test
    void noPersistCascade_unidirectionalJoinColumnCollection_flushFailsWithTransientObjectException() {
        Facility facility = facility();
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> {
            s.persist(facility);
            collection(facility, "inspections").add(inspection());
        }));
        assertTransientFailure(e);
        assertNoStatement("insert into inspection");
    }

    /**
     * CONTRADICTION. "No PERSIST cascade: a new Species added to `Species.children` must be persisted first, or
     * the flush fails with a TransientObjectException." (likewise `Author.books`, `Shelf.booksByIsbn`,
     * `LibraryCard.holder`). On an inverse (mappedBy) side Hibernate checks nothing: the flush succeeds and
     * the new object is silently not saved.
     */
    @Test
    void noPersistCascade_inverseSide_newTargetIsSilentlyNotSaved_noException() {
        Species parent = species();
        Species child = species();
        db.inTransaction(s -> {
            s.persist(parent);
            collection(parent, "children").add(child);
        });
        assertEquals(1L, db.count("select count(*) from species where code = ?", (Object) get(parent, "code")));
        assertEquals(0L, db.count("select count(*) from species where code = ?", (Object) get(child, "code")));

        Author author = author();
        Book newBook = book();
        db.inTransaction(s -> {
            s.persist(author);
            collection(author, "books").add(newBook);
        });
        assertEquals(0L, db.count("select count(*) from book where title = ?", (Object) get(newBook, "title")));

        LibraryCard card = card();
        Member newMember = member();
        db.inTransaction(s -> {
            s.persist(card);
            set(card, "holder", newMember);
        });
        assertEquals(0L, db.count("select count(*) from member where member_no = ?", (Object) get(newMember, "memberNo")));
    }

    // ---------------------------------------------------------------------------------------------
    // Cascade REMOVE and orphanRemoval

    /** "Cascades DETACH, LOCK, MERGE, PERSIST, REFRESH, REMOVE from Member to `Member.loans`: removing a Member removes every Loan." */
    @Test
    void cascadeRemove_removingMemberRemovesEveryLoan() {
        Member member = member();
        db.inTransaction(s -> {
            s.persist(member);
            for (int i = 0; i < 2; i++) {
                Loan l = loan();
                set(l, "member", member);
                collection(member, "loans").add(l);
            }
        });
        assertEquals(2L, db.count("select count(*) from loan where member_id = ?", (Object) get(member, "id")));
        db.inTransaction(s -> s.remove(s.find(Member.class, get(member, "id"))));
        assertEquals(0L, db.count("select count(*) from loan where member_id = ?", (Object) get(member, "id")));
        assertEquals(0L, db.count("select count(*) from member where id = ?", (Object) get(member, "id")));
    }

    /** "Cascades MERGE, REMOVE from Facility to `Facility.inspections`: removing a Facility removes every Inspection." */
    @Test
    void cascadeRemove_unidirectionalJoinColumn_removingFacilityRemovesEveryInspection() {
        Facility facility = facility();
        Inspection a = inspection();
        Inspection b = inspection();
        db.inTransaction(s -> {
            s.persist(facility);
            s.persist(a);
            s.persist(b);
            collection(facility, "inspections").addAll(List.of(a, b));
        });
        assertEquals(2L, db.count("select count(*) from inspection where facility_id = ?", (Object) get(facility, "id")));
        db.inTransaction(s -> s.remove(s.find(Facility.class, get(facility, "id"))));
        assertEquals(0L, db.count("select count(*) from inspection where id in (?, ?)", get(a, "id"), get(b, "id")));
    }

    /** "Cascades REMOVE from Keeper to `Keeper.certificates`: removing a Keeper removes every Certificate." (orphanRemoval only) */
    @Test
    void cascadeRemove_impliedByOrphanRemoval_removingKeeperRemovesEveryCertificate() {
        Keeper keeper = keeper();
        Certificate certificate = certificate();
        db.inTransaction(s -> {
            s.persist(keeper);
            s.persist(certificate);
            collection(keeper, "certificates").add(certificate);
        });
        db.inTransaction(s -> s.remove(s.find(Keeper.class, get(keeper, "id"))));
        assertEquals(0L, db.count("select count(*) from certificate where id = ?", (Object) get(certificate, "id")));
    }

    /** "Removing a Loan from `Member.loans` deletes that Loan row (orphanRemoval)." */
    @Test
    void orphanRemoval_removingLoanFromMemberLoansDeletesTheLoanRow() {
        Member member = member();
        Loan loan = loan();
        db.inTransaction(s -> {
            s.persist(member);
            set(loan, "member", member);
            collection(member, "loans").add(loan);
        });
        db.inTransaction(s -> {
            Member m = s.find(Member.class, get(member, "id"));
            // Only the collection changes; Loan.member still points at the Member.
            assertTrue(collection(m, "loans").removeIf(l -> get(l, "id").equals(get(loan, "id"))));
        });
        assertEquals(0L, db.count("select count(*) from loan where id = ?", (Object) get(loan, "id")));
        assertEquals(1L, db.count("select count(*) from member where id = ?", (Object) get(member, "id")));
    }

    // ---------------------------------------------------------------------------------------------
    // Identifiers

    /**
     * CONTRADICTION. "Do not set `Author.id`: it is assigned by the database, on insert (identity column); the
     * id is null until the entity is flushed." Inside a transaction Hibernate executes the INSERT of an
     * IDENTITY entity immediately in persist(), so the id is set right after persist(), before any flush.
     */
    @Test
    void identityId_isAssignedByPersistItself_notNullBeforeFlush() {
        Author author = author();
        db.inTransaction(s -> {
            s.persist(author);
            assertNotNull(get(author, "id"), "id right after persist(), no flush yet");
            assertTrue(db.sql().stream().anyMatch(q -> q.startsWith("insert into author")), "persist() already sent the INSERT");
        });
    }

    /** "Do not set `Book.id`: it is assigned by Hibernate, from sequence book_SEQ before insert." */
    @Test
    void sequenceId_isAssignedAtPersistFromTheSequence_insertWaitsForFlush() {
        Book book = book();
        db.inTransaction(s -> {
            s.persist(book);
            assertNotNull(get(book, "id"));
            assertTrue(db.sql().stream().anyMatch(q -> q.contains("next value for book_seq")), db.sql().toString());
            assertNoStatement("insert into book");
            s.flush();
            assertTrue(db.sql().stream().anyMatch(q -> q.startsWith("insert into book")));
        });
    }

    /**
     * "Do not set `X.id`: ... (persist() ignores or rejects a value set by hand)". Hibernate 7 never ignores it:
     * persist() rejects every generated id set by hand (IDENTITY, SEQUENCE, TABLE, UUID) with
     * jakarta.persistence.EntityExistsException wrapping org.hibernate.PersistentObjectException
     * ("Detached entity passed to persist"); when the entity has a null wrapper @Version it is instead a
     * PropertyValueException ("Detached entity with generated id ... has an uninitialized version value 'null'").
     */
    @Test
    void generatedId_setByHand_persistRejectsIt() {
        assertDetachedOnPersist(() -> set(author(), "id", 987_001L));             // IDENTITY
        assertDetachedOnPersist(() -> set(enclosure(), "id", 987_002L));          // SEQUENCE
        assertDetachedOnPersist(() -> set(keeper(), "id", 987_003L));             // SEQUENCE, int @Version
        assertDetachedOnPersist(() -> set(facility(), "id", 987_004L));           // TABLE
        assertDetachedOnPersist(() -> set(ZooObjects.visitor(), "id", UUID.randomUUID())); // UUID

        Book book = set(book(), "id", 987_005L);                                  // SEQUENCE, Long @Version null
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(book)));
        assertCause(e, PropertyValueException.class);
        assertEquals(0L, db.count("select count(*) from book where id = 987005"));
    }

    /** "Set `Species.code` before persist: nothing generates it." */
    @Test
    void assignedId_mustBeSetBeforePersist() {
        Species species = set(species(), "code", null);
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(species)));
        assertCause(e, IdentifierGenerationException.class);
    }

    /**
     * "Do not set `BookDetails.id`: it is copied from `BookDetails.book` (@MapsId); set that association instead."
     * and "`BookDetails.book` shares the primary key: ... set `BookDetails.book` before persist."
     */
    @Test
    void mapsId_idIsCopiedFromTheAssociationAtPersist() {
        Book book = book();
        BookDetails d = details();
        set(d, "id", 123_456L); // set by hand anyway: overwritten, not rejected
        db.inTransaction(s -> {
            s.persist(book);
            set(d, "book", book);
            s.persist(d);
            assertEquals((Object) get(book, "id"), (Object) get(d, "id"), "id copied at persist");
        });
        assertEquals(1L, db.count("select count(*) from book_details where book_id = ?", (Object) get(book, "id")));
        assertEquals(0L, db.count("select count(*) from book_details where book_id = 123456"));

        BookDetails orphan = details();
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(orphan)));
        assertCause(e, IdentifierGenerationException.class);
    }

    /** "Do not set `BookCopy.id`: it is copied from `BookCopy.book` (@MapsId); set that association instead." */
    @Test
    void mapsIdIntoEmbeddedId_partIsCopiedFromTheAssociationAtPersist() {
        Book book = book();
        BookCopyId id = newInstance(BookCopyId.class);
        set(id, "copyNumber", 3);
        BookCopy copy = newInstance(BookCopy.class);
        set(copy, "id", id);
        db.inTransaction(s -> {
            s.persist(book);
            set(copy, "book", book);
            s.persist(copy);
            assertEquals((Object) get(book, "id"), (Object) get(get(copy, "id"), "bookId"));
        });
        assertEquals(1L, db.count("select count(*) from book_copy where book_id = ? and copyNumber = 3", (Object) get(book, "id")));
    }

    // ---------------------------------------------------------------------------------------------
    // @Version

    /** "Do not set `Keeper.version`: Hibernate increments it on every update and rejects a stale value with an OptimisticLockException." */
    @Test
    void version_isIncrementedOnEveryUpdate() {
        Keeper keeper = keeper();
        db.inTransaction(s -> s.persist(keeper));
        assertEquals(0, ((Number) db.value("select version from staff.keeper where id = ?", (Object) get(keeper, "id"))).intValue());
        for (int i = 1; i <= 2; i++) {
            int n = i;
            db.inTransaction(s -> set(s.find(Keeper.class, get(keeper, "id")), "fullName", "renamed " + n));
            assertEquals(i, ((Number) db.value("select version from staff.keeper where id = ?", (Object) get(keeper, "id"))).intValue());
        }
    }

    /** Same rule: an update based on a stale version (a concurrent update won) fails with OptimisticLockException. */
    @Test
    void version_staleConcurrentUpdateFailsWithOptimisticLockException() {
        Keeper keeper = keeper();
        db.inTransaction(s -> s.persist(keeper));
        try (Session first = db.sessionFactory().openSession()) {
            first.beginTransaction();
            Keeper stale = first.find(Keeper.class, get(keeper, "id"));
            db.inTransaction(s -> set(s.find(Keeper.class, get(keeper, "id")), "fullName", "second wins"));
            set(stale, "fullName", "first loses");
            RuntimeException e = assertThrows(RuntimeException.class, () -> first.getTransaction().commit());
            assertInstanceOf(OptimisticLockException.class, e);
            assertCause(e, StaleObjectStateException.class);
        }
        assertEquals("second wins", db.value("select full_name from staff.keeper where id = ?", (Object) get(keeper, "id")));
    }

    /** Same rule: merging a detached copy with a stale version fails with OptimisticLockException. */
    @Test
    void version_mergeOfStaleDetachedCopyFailsWithOptimisticLockException() {
        Keeper keeper = keeper();
        db.inTransaction(s -> s.persist(keeper));
        db.inTransaction(s -> set(s.find(Keeper.class, get(keeper, "id")), "fullName", "updated"));
        set(keeper, "fullName", "stale copy"); // `keeper` is detached and still has version 0
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.merge(keeper)));
        assertInstanceOf(OptimisticLockException.class, e);
        assertEquals("updated", db.value("select full_name from staff.keeper where id = ?", (Object) get(keeper, "id")));
    }

    /**
     * Limit of "rejects a stale value": a stale version set by hand on a MANAGED entity is not rejected but
     * ignored; Hibernate checks and increments the version it loaded.
     */
    @Test
    void version_setByHandOnManagedEntityIsIgnored() {
        Keeper keeper = keeper();
        db.inTransaction(s -> s.persist(keeper));
        db.inTransaction(s -> set(s.find(Keeper.class, get(keeper, "id")), "fullName", "v1"));
        db.inTransaction(s -> {
            Keeper k = s.find(Keeper.class, get(keeper, "id"));
            assertEquals(1, (int) get(k, "version"));
            set(k, "version", 0);
            set(k, "fullName", "v2");
        });
        assertEquals(2, ((Number) db.value("select version from staff.keeper where id = ?", (Object) get(keeper, "id"))).intValue());
        assertEquals("v2", db.value("select full_name from staff.keeper where id = ?", (Object) get(keeper, "id")));
    }

    // ---------------------------------------------------------------------------------------------
    // Required values and element collections

    /**
     * "Set `Loan.member` before insert: it is not optional (`loan.member_id` is NOT NULL)." Hibernate rejects
     * it in persist() with a PropertyValueException, before any SQL.
     */
    @Test
    void required_notOptionalManyToOneMissing_persistFails() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(loan())));
        assertCause(e, PropertyValueException.class);
        assertNoStatement("insert into loan");
    }

    /** "Set before insert (NOT NULL, no default): `createdAt`, `title`." (Book) */
    @Test
    void required_notNullBasicMissing_persistFails() {
        Book noTitle = set(book(), "title", null);
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(noTitle)));
        assertCause(e, PropertyValueException.class);
        Book noCreatedAt = set(book(), "createdAt", null);
        e = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(noCreatedAt)));
        assertCause(e, PropertyValueException.class);
        assertNoStatement("insert into book");
    }

    /**
     * "`Note.tags` is stored in `note_tag` ...; its values have no identity of their own, and any change deletes
     * and re-inserts all of this Note's rows."
     */
    @Test
    void bagElementCollection_anyChangeDeletesAndReinsertsAllRows() {
        Note note = new Note();
        note.tags.addAll(List.of("a", "b"));
        db.inTransaction(s -> s.persist(note));

        db.clearSql();
        db.inTransaction(s -> s.find(Note.class, note.id).tags.add("c"));
        assertRecreated(3);

        db.clearSql();
        db.inTransaction(s -> s.find(Note.class, note.id).tags.remove("a"));
        assertRecreated(2);
        assertEquals(List.of("b", "c"), db.query("select tag from note_tag where note_id = ? order by tag", note.id)
                .stream().map(r -> r.get("tag")).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    /** Marks an exception thrown by persist() itself (as opposed to the flush at commit). */
    private static final class AtPersist extends RuntimeException {
        AtPersist(RuntimeException cause) {
            super(cause);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> Collection<E> collection(Object entity, String field) {
        return (Collection<E>) get(entity, field);
    }

    private static void assertRecreated(int rows) {
        List<String> sql = db.sql();
        assertEquals(1, sql.stream().filter(q -> q.startsWith("delete from note_tag where note_id=?")).count(), sql.toString());
        assertEquals(rows, sql.stream().filter(q -> q.startsWith("insert into note_tag")).count(), sql.toString());
    }

    private static void assertDetachedOnPersist(Supplier<Object> entity) {
        Object e = entity.get();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> db.inTransaction(s -> s.persist(e)));
        assertInstanceOf(EntityExistsException.class, thrown, () -> chain(thrown));
        assertCause(thrown, PersistentObjectException.class);
        assertTrue(thrown.getCause().getMessage().startsWith("Detached entity passed to persist"), thrown.getCause().getMessage());
    }

    /** The caller sees an IllegalStateException whose cause is a TransientPropertyValueException (a TransientObjectException). */
    private static void assertTransientFailure(Throwable e) {
        assertInstanceOf(IllegalStateException.class, e, () -> chain(e));
        assertInstanceOf(TransientPropertyValueException.class, e.getCause(), () -> chain(e));
        assertInstanceOf(TransientObjectException.class, e.getCause());
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
