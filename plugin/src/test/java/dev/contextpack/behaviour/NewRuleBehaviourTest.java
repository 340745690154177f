package dev.contextpack.behaviour;

import static dev.contextpack.behaviour.Fields.get;
import static dev.contextpack.behaviour.Fields.set;
import static dev.contextpack.behaviour.ZooObjects.*;

import dev.contextpack.behaviour.model.BehaviourModel;
import dev.contextpack.behaviour.model.Drawer;
import dev.contextpack.behaviour.model.Sock;
import dev.contextpack.zoo.*;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @SuppressWarnings("unchecked")
    static <E> Collection<E> col(Object o, String f) { return (Collection<E>) get(o, f); }

    static void probe(String name, Runnable r) {
        db.clearSql();
        try {
            r.run();
            System.out.println("PROBE " + name + ": OK");
        } catch (Throwable t) {
            StringBuilder sb = new StringBuilder();
            for (Throwable c = t; c != null; c = c.getCause()) sb.append(" <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
            System.out.println("PROBE " + name + ": FAIL" + sb);
        }
        db.sql().forEach(q -> System.out.println("   SQL " + q));
    }

    @Test
    void probeAll() {
        Drawer d = new Drawer(); Sock k = new Sock(); k.colour = "red";
        probe("1b add", () -> db.inTransaction(s -> { s.persist(d); d.socks.add(k); s.persist(k); }));
        System.out.println("   rows " + db.query("select * from sock"));
        probe("1b remove", () -> db.inTransaction(s -> s.find(Drawer.class, d.id).socks.clear()));
        System.out.println("   rows " + db.query("select * from sock"));
        probe("1b reload", () -> db.inTransaction(s -> System.out.println("   socks " + s.find(Drawer.class, d.id).socks.size())));
        Drawer d2 = new Drawer();
        probe("1b move", () -> db.inTransaction(s -> { s.persist(d2); Sock kk = s.find(Sock.class, k.id); s.find(Drawer.class, d.id).socks.remove(kk); d2.socks.add(kk);}));
        System.out.println("   rows " + db.query("select * from sock"));
        probe("1b remove drawer", () -> db.inTransaction(s -> s.remove(s.find(Drawer.class, d2.id))));
        System.out.println("   rows " + db.query("select * from sock"));
        Drawer d3 = new Drawer(); Sock k3 = new Sock();
        probe("1b add persisted-first", () -> db.inTransaction(s -> { s.persist(d3); s.persist(k3); d3.socks.add(k3); }));
        probe("1b sock alone", () -> db.inTransaction(s -> s.persist(new Sock())));
        System.out.println("   constraints " + db.query("select constraint_name, constraint_type, table_name from information_schema.table_constraints where table_name in ('KEEPER_CERTIFICATE','SOCK','INSPECTION')"));
        System.out.println("   keys " + db.query("select constraint_name, column_name from information_schema.key_column_usage where table_name = 'KEEPER_CERTIFICATE'"));
        System.out.println("   nullable " + db.query("select table_name, column_name, is_nullable from information_schema.columns where column_name in ('DRAWER_ID','FACILITY_ID')"));
        probe("4 merge enclosure at merge", () -> db.inTransaction(s -> { try { s.merge(set(enclosure(), "id", 555_001L)); } catch (RuntimeException x) { throw new IllegalStateException("AT MERGE", x); } }));
        probe("4 merge book at merge", () -> db.inTransaction(s -> { try { s.merge(set(book(), "id", 555_005L)); } catch (RuntimeException x) { throw new IllegalStateException("AT MERGE", x); } }));
        probe("4 persist book", () -> db.inTransaction(s -> { try { s.persist(set(book(), "id", 555_005L)); } catch (RuntimeException x) { throw new IllegalStateException("AT PERSIST", x); } }));
        Book b = set(book(), "id", 555_007L); set(b, "revision", 0L);
        probe("4 merge book version 0", () -> db.inTransaction(s -> s.merge(b)));
        probe("4 persist enclosure", () -> db.inTransaction(s -> { try { s.persist(set(enclosure(), "id", 555_001L)); } catch (RuntimeException x) { throw new IllegalStateException("AT PERSIST", x); } }));
    }
}
