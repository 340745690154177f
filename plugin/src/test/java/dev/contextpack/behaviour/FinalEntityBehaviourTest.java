package dev.contextpack.behaviour;

import dev.contextpack.compiled.finals.Carrier;
import dev.contextpack.compiled.finals.Crane;
import dev.contextpack.compiled.finals.Dock;
import dev.contextpack.compiled.finals.Shipment;
import dev.contextpack.compiled.finals.Warehouse;
import org.hibernate.Hibernate;
import org.hibernate.InstantiationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Hibernate 7 really does, on H2, with the class shapes Kotlin produces without its all-open and
 * no-arg plugins (and Java's {@code final}): the facts behind CP-FINAL-ENTITY-NOT-PROXIED and
 * CP-NO-NOARG-CONSTRUCTOR.
 */
class FinalEntityBehaviourTest {

    private static BehaviourDb db;

    @BeforeAll
    static void boot() {
        db = BehaviourDb.boot(List.of(Warehouse.class, Carrier.class, Dock.class, Shipment.class, Crane.class), List.of());
        db.inTransaction(s -> {
            for (long i = 1; i <= 3; i++) {
                Warehouse w = new Warehouse(i, "w" + i);
                Carrier c = new Carrier(i, "c" + i);
                Dock d = new Dock(i, "d" + i);
                s.persist(w);
                s.persist(c);
                s.persist(d);
                s.persist(new Shipment(i, w, c, d));
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aLazyLinkToAFinalClassOrAClassWithAFinalGetterIsLoadedAtOnceWithOneSelectPerRow() {
        db.clearSql();
        db.inTransaction(s -> {
            Shipment shipment = s.find(Shipment.class, 1L);
            assertTrue(Hibernate.isInitialized(shipment.getWarehouse()), "final class: no proxy, loaded with the Shipment");
            assertEquals(Warehouse.class, shipment.getWarehouse().getClass());
            assertTrue(Hibernate.isInitialized(shipment.getDock()), "final getter: Hibernate gives up the proxy for the whole class");
            assertEquals(Dock.class, shipment.getDock().getClass());
            assertFalse(Hibernate.isInitialized(shipment.getCarrier()), "the control: a non-final class gets a proxy");
        });
        List<String> afterFind = db.sql();
        assertEquals(3, afterFind.size(), afterFind::toString);
        assertTrue(afterFind.stream().anyMatch(q -> q.startsWith("select") && q.contains(" from warehouse ")), afterFind::toString);
        assertTrue(afterFind.stream().noneMatch(q -> q.contains(" from carrier ")), afterFind::toString);

        db.clearSql();
        db.inTransaction(s -> s.createSelectionQuery("from Shipment", Shipment.class).getResultList());
        List<String> afterQuery = db.sql();
        // one query for the shipments, then one per warehouse and one per dock: N+1 without touching the links
        assertEquals(1 + 3 + 3, afterQuery.size(), afterQuery::toString);
        assertEquals(3, afterQuery.stream().filter(q -> q.contains(" from warehouse ")).count(), afterQuery::toString);
    }

    @Test
    void getReferenceOfAFinalClassLoadsTheRow() {
        db.clearSql();
        db.inTransaction(s -> {
            Warehouse w = s.getReference(Warehouse.class, 2L);
            assertTrue(Hibernate.isInitialized(w));
            assertEquals(Warehouse.class, w.getClass());
        });
        assertEquals(1, db.sql().size(), db.sql()::toString);
    }

    @Test
    void anEntityWithoutANoArgConstructorBootsAndPersistsButCannotBeLoaded() {
        db.inTransaction(s -> s.persist(new Crane(7L, 5)));
        assertEquals(1L, db.count("select count(*) from crane where id = 7"));
        InstantiationException e = assertThrows(InstantiationException.class,
                () -> db.inTransaction(s -> s.find(Crane.class, 7L)));
        assertTrue(e.getMessage().contains("No default constructor for entity"), e.getMessage());
    }
}
