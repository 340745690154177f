package dev.contextpack.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.oracle.H2Schema.Column;
import dev.contextpack.oracle.H2Schema.ForeignKey;
import dev.contextpack.oracle.H2Schema.Schema;
import dev.contextpack.oracle.H2Schema.Table;
import dev.contextpack.zoo.Certificate;
import dev.contextpack.zoo.ZooEntities;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves the oracle on facts about the zoo that were checked by hand against Hibernate 7.4's DDL on H2. */
class H2SchemaTest {

    private static Schema zoo;

    @BeforeAll
    static void createZooSchema() {
        zoo = H2Schema.create(ZooEntities.MANAGED, List.of(ZooEntities.ORM_XML));
    }

    @Test
    void everyTableAndSequenceIsFound() {
        assertEquals(new TreeSet<>(Set.of(
                        "animal", "animal_nicknames", "aquarium", "author", "aviary",
                        "book", "book_attribute", "book_author", "book_copy", "book_details",
                        "certificate", "donation", "duty", "enclosure", "facility", "feeding", "guided_tour",
                        "id_generator", "inspection", "keeper_certificate", "library_card", "loan",
                        "member", "member_wishlist", "shelf", "shift_assignment", "species",
                        "staff.keeper", "staff.keeper_profile", "staff.keeper_skill",
                        "visitor", "visitor_animal", "visitor_visits")),
                new TreeSet<>(zoo.tables().keySet()));
        // The abstract TABLE_PER_CLASS root gets no table; mapped superclasses and embeddables neither.
        assertFalse(zoo.tables().containsKey("zooevent"));
        assertEquals(List.of("book_seq", "enclosure_seq", "staff.keeper_id_seq", "zoo_event_seq"), zoo.sequences());
        assertTrue(zoo.ddl().contains("create table staff.keeper"), zoo.ddl());
    }

    @Test
    void explicitSchemaSecondaryTableAndTableUniqueConstraint() {
        Table keeper = zoo.table("staff.keeper");
        assertEquals("staff", keeper.schema());
        assertEquals("keeper", keeper.name());
        assertEquals(List.of("id"), keeper.primaryKey());
        assertEquals(List.of(List.of("badge_no", "badge_issuer"), List.of("employee_code")), keeper.uniqueKeys());
        assertFalse(keeper.columns().containsKey("biography"), "secondary-table column is not in the primary table");
        assertFalse(keeper.columns().containsKey("displayname"), "@Transient must not be persisted");

        Table profile = zoo.table("staff.keeper_profile");
        assertEquals(List.of("keeper_id"), profile.primaryKey());
        assertEquals(2000L, profile.column("biography").characterMaximumLength());
        ForeignKey toKeeper = profile.foreignKey("keeper_id");
        assertEquals("staff.keeper", toKeeper.referencedTable());
        assertEquals(List.of("id"), toKeeper.referencedColumns());
    }

    @Test
    void primitivesWithAndWithoutExplicitColumn() {
        Table keeper = zoo.table("staff.keeper");
        assertTrue(keeper.column("certified").nullable(), "primitive boolean with @Column(name=...) is nullable");
        assertEquals("boolean", keeper.column("certified").dataType());
        assertFalse(keeper.column("yearsofservice").nullable(), "primitive int without @Column is NOT NULL");
        assertFalse(keeper.column("version").nullable());
        // Single-table subclass primitive: nullable (Hibernate adds a discriminator-guarded check instead).
        assertTrue(zoo.table("animal").column("nocturnal").nullable());
        // Joined subclass: primitive without @Column NOT NULL, primitive with @Column nullable.
        assertFalse(zoo.table("aquarium").column("saltwater").nullable());
        assertTrue(zoo.table("aquarium").column("volume_liters").nullable());
    }

    @Test
    void basicColumnTypes() {
        Table animal = zoo.table("animal");
        assertEquals(new Column("name", "character varying", false, 80L, null, null), animal.column("name"));
        assertEquals("tinyint", animal.column("diet").dataType());
        assertEquals("enum", animal.column("conservation_status").dataType());
        assertEquals("integer", animal.column("feeding_interval_min").dataType());
        assertEquals("character varying", animal.column("animal_type").dataType());
        assertFalse(animal.column("animal_type").nullable());

        Table book = zoo.table("book");
        assertEquals(8, book.column("price").numericPrecision());
        assertEquals(2, book.column("price").numericScale());
        assertEquals("character large object", book.column("summary").dataType());
        assertEquals(500L, book.column("notes").characterMaximumLength());
        assertEquals(List.of(List.of("isbn")), book.uniqueKeys());
        assertEquals("timestamp with time zone", book.column("created_at").dataType());

        assertEquals("uuid", zoo.table("visitor").column("id").dataType());
        assertEquals("character varying", zoo.table("visitor").column("phone").dataType());
        assertNull(zoo.table("visitor").column("phone").numericPrecision());
    }

    @Test
    void defaultNamedForeignKeyOfUnidirectionalManyToOne() {
        Column enclosureId = zoo.table("animal").column("enclosure_id");
        assertTrue(enclosureId.nullable());
        ForeignKey fk = zoo.table("animal").foreignKey("enclosure_id");
        assertEquals("enclosure", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertTrue(fk.name().startsWith("fk"), fk.name());
        // FK to an assigned String key: default name "species_code".
        assertEquals("species", zoo.table("animal").foreignKey("species_code").referencedTable());
    }

    @Test
    void joinTables() {
        Table bookAuthor = zoo.table("book_author");
        assertEquals(Set.of("author_id", "book_id"), bookAuthor.columns().keySet());
        assertEquals(List.of("author_id", "book_id"), bookAuthor.primaryKey());
        assertEquals("author", bookAuthor.foreignKey("author_id").referencedTable());
        assertEquals("book", bookAuthor.foreignKey("book_id").referencedTable());

        // Default join table of a unidirectional @ManyToMany: physical table names, attribute-named column.
        Table visitorAnimal = zoo.table("visitor_animal");
        assertEquals(Set.of("favoriteanimals_id", "visitor_id"), visitorAnimal.columns().keySet());
        assertEquals("animal", visitorAnimal.foreignKey("favoriteanimals_id").referencedTable());

        // Default join table of a unidirectional @OneToMany from a table in schema "staff": in PUBLIC,
        // with the element column as the whole primary key.
        Table keeperCertificate = zoo.table("keeper_certificate");
        assertEquals("public", keeperCertificate.schema());
        assertEquals(List.of("certificates_id"), keeperCertificate.primaryKey());
        assertEquals("staff.keeper", keeperCertificate.foreignKey("keeper_id").referencedTable());

        Table wishlist = zoo.table("member_wishlist");
        assertEquals(List.of("wish_order", "member_id"), wishlist.primaryKey());
    }

    @Test
    void elementCollections() {
        assertEquals(List.of("keeper_id", "skill"), zoo.table("staff.keeper_skill").primaryKey());
        assertEquals(List.of("book_id", "attr_key"), zoo.table("book_attribute").primaryKey());
        assertEquals(List.of("nickname_order", "animal_id"), zoo.table("animal_nicknames").primaryKey());
        // A Set of embeddables with a nullable column gets a unique key instead of a primary key.
        Table visits = zoo.table("visitor_visits");
        assertEquals(List.of(), visits.primaryKey());
        assertEquals(List.of(List.of("visitor_id", "arrival", "visit_date")), visits.uniqueKeys());
    }

    @Test
    void specialForeignKeys() {
        ForeignKey guide = zoo.table("guided_tour").foreignKey("guide_code");
        assertEquals("staff.keeper", guide.referencedTable());
        assertEquals(List.of("employee_code"), guide.referencedColumns());

        ForeignKey named = zoo.table("inspection").foreignKey("inspector_id");
        assertEquals("fk_inspection_inspector", named.name());
        assertEquals("restrict", named.deleteRule());
        assertEquals("facility", zoo.table("inspection").foreignKey("facility_id").referencedTable());

        ForeignKey copy = zoo.table("loan").foreignKey(List.of("copy_copynumber", "copy_book_id"));
        assertEquals("book_copy", copy.referencedTable());
        assertEquals(List.of("copynumber", "book_id"), copy.referencedColumns());
        assertFalse(zoo.table("loan").column("member_id").nullable());

        assertEquals(List.of("book_id"), zoo.table("book_details").primaryKey());
        assertEquals("book", zoo.table("book_details").foreignKey("book_id").referencedTable());
        assertEquals(List.of("facility_ref"), zoo.table("aquarium").primaryKey());
        assertEquals("facility", zoo.table("aquarium").foreignKey("facility_ref").referencedTable());
        assertEquals("staff.keeper", zoo.table("member").foreignKey("created_by").referencedTable());
        assertEquals("staff.keeper", zoo.table("enclosure").foreignKey("responsiblekeeper_id").referencedTable());
        assertTrue(zoo.table("member").uniqueKeys().contains(List.of("card_id")));
    }

    @Test
    void xmlDeclaredEntity() {
        Table donation = zoo.table("donation");
        assertEquals(new Column("donor", "character varying", false, 120L, null, null), donation.column("donor"));
        assertFalse(donation.columns().containsKey("donorname"));
        assertEquals("animal", donation.foreignKey("adopted_animal_id").referencedTable());
    }

    @Test
    void resultIsImmutableAndEachCallGetsItsOwnDatabase() {
        assertThrows(UnsupportedOperationException.class, () -> zoo.tables().remove("animal"));
        assertThrows(UnsupportedOperationException.class, () -> zoo.table("animal").columns().clear());
        Schema small = H2Schema.create(List.of(Certificate.class), List.of());
        assertEquals(Set.of("certificate"), small.tables().keySet());
        assertEquals(List.of(), small.sequences());
    }
}
