package dev.contextpack.behaviour;

import dev.contextpack.compiled.lombok.Currency;
import dev.contextpack.compiled.lombok.Customer;
import dev.contextpack.compiled.lombok.Invoice;
import dev.contextpack.compiled.lombok.InvoiceLine;
import dev.contextpack.compiled.lombok.Payment;
import dev.contextpack.compiled.lombok.Redemption;
import dev.contextpack.compiled.lombok.Voucher;
import org.hibernate.InstantiationException;
import org.hibernate.LazyInitializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Hibernate 7 does with Lombok-built entities on H2: the facts behind CP-TRAP-TOSTRING-LAZY, CP-TRAP-EQUALS-LAZY and @Builder's missing constructor. */
class LombokBehaviourTest {

    private static BehaviourDb db;
    private static Long invoiceId;

    @BeforeAll
    static void boot() {
        db = BehaviourDb.boot(List.of(Invoice.class, InvoiceLine.class, Customer.class, Currency.class, Payment.class,
                Voucher.class, Redemption.class), List.of());
        invoiceId = db.compute(s -> {
            Customer customer = Customer.builder().name("Ada").build();
            s.persist(customer);
            Invoice invoice = new Invoice();
            invoice.setNumber("I-1");
            invoice.setCustomer(customer);
            s.persist(invoice);
            InvoiceLine line = new InvoiceLine();
            line.setSku("sku-1");
            line.setInvoice(invoice);
            s.persist(line);
            Voucher voucher = Voucher.builder().id(1L).cents(500).build();
            s.persist(voucher);
            Redemption redemption = new Redemption();
            redemption.setId(1L);
            redemption.setVoucher(voucher);
            s.persist(redemption);
            return invoice.getId();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void toStringOfDataLoadsTheLazyLinksInASessionAndFailsOnADetachedEntity() {
        db.clearSql();
        Invoice detached = db.compute(s -> {
            Invoice invoice = s.createSelectionQuery("from Invoice", Invoice.class).getSingleResult();
            int before = db.sql().size();
            String text = invoice.toString();
            assertTrue(text.contains("sku-1"), text);
            assertEquals(2, db.sql().size() - before, "toString loaded the customer and the lines: " + db.sql());
            return s.find(Invoice.class, invoiceId);
        });
        Invoice fresh = db.compute(s -> s.createSelectionQuery("from Invoice", Invoice.class).getSingleResult());
        assertThrows(LazyInitializationException.class, fresh::toString);
        assertThrows(LazyInitializationException.class, fresh::hashCode, "hashCode reads the LAZY Set of lines too");
        Invoice lines = db.compute(s -> {
            Invoice i = s.createSelectionQuery("from Invoice", Invoice.class).getSingleResult();
            org.hibernate.Hibernate.initialize(i.getLines());
            return i;
        });
        lines.hashCode(); // the customer proxy answers hashCode by identity: Customer declares none, nothing is loaded
        assertTrue(detached.toString().contains("I-1"), "loaded inside the session: no exception later");
    }

    @Test
    void anEntityBuiltWithBuilderAloneCannotBeLoadedNorProxied() {
        assertThrows(InstantiationException.class, () -> db.inTransaction(s -> s.createSelectionQuery("from Voucher", Voucher.class).getResultList()));
        // a LAZY link to it needs a proxy, which needs a no-arg constructor: loading the owner fails too
        org.hibernate.HibernateException e = assertThrows(org.hibernate.HibernateException.class,
                () -> db.inTransaction(s -> s.find(Redemption.class, 1L)));
        assertTrue(e.getMessage().contains("no public, protected or package-private default constructor"), e.getMessage());
    }
}
