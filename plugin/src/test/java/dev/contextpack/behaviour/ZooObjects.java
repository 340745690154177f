package dev.contextpack.behaviour;

import static dev.contextpack.behaviour.Fields.newInstance;
import static dev.contextpack.behaviour.Fields.set;

import dev.contextpack.zoo.Animal;
import dev.contextpack.zoo.Author;
import dev.contextpack.zoo.Book;
import dev.contextpack.zoo.BookDetails;
import dev.contextpack.zoo.Certificate;
import dev.contextpack.zoo.Enclosure;
import dev.contextpack.zoo.Facility;
import dev.contextpack.zoo.Inspection;
import dev.contextpack.zoo.Keeper;
import dev.contextpack.zoo.LibraryCard;
import dev.contextpack.zoo.Loan;
import dev.contextpack.zoo.Member;
import dev.contextpack.zoo.Species;
import dev.contextpack.zoo.Visitor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** New, transient zoo objects with every NOT NULL column filled and unique values kept unique. */
final class ZooObjects {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private ZooObjects() {
    }

    static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    static Member member() {
        Member m = newInstance(Member.class);
        set(m, "memberNo", unique("M"));
        set(m, "createdAt", Instant.parse("2024-01-01T00:00:00Z"));
        return m;
    }

    static Loan loan() {
        Loan l = newInstance(Loan.class);
        set(l, "dueDate", LocalDate.of(2024, 2, 1));
        return l;
    }

    static LibraryCard card() {
        LibraryCard c = newInstance(LibraryCard.class);
        set(c, "number", unique("C"));
        return c;
    }

    static Book book() {
        Book b = newInstance(Book.class);
        set(b, "title", unique("Title "));
        set(b, "createdAt", Instant.parse("2024-01-01T00:00:00Z"));
        return b;
    }

    static BookDetails details() {
        BookDetails d = newInstance(BookDetails.class);
        set(d, "pageCount", 100);
        return d;
    }

    static Author author() {
        Author a = newInstance(Author.class);
        set(a, "name", unique("Author "));
        return a;
    }

    static Facility facility() {
        Facility f = newInstance(Facility.class);
        set(f, "name", unique("Facility "));
        return f;
    }

    static Inspection inspection() {
        Inspection i = newInstance(Inspection.class);
        set(i, "findings", unique("ok "));
        return i;
    }

    static Keeper keeper() {
        Keeper k = newInstance(Keeper.class);
        set(k, "employeeCode", unique("E"));
        set(k, "fullName", unique("Keeper "));
        return k;
    }

    static Certificate certificate() {
        Certificate c = newInstance(Certificate.class);
        set(c, "title", unique("Cert "));
        return c;
    }

    static Species species() {
        Species s = newInstance(Species.class);
        set(s, "code", unique("S"));
        set(s, "latinName", unique("Latin "));
        return s;
    }

    static Animal animal() {
        Animal a = newInstance(Animal.class);
        set(a, "name", unique("Animal "));
        return a;
    }

    static Enclosure enclosure() {
        Enclosure e = newInstance(Enclosure.class);
        set(e, "code", unique("N"));
        return e;
    }

    static Visitor visitor() {
        Visitor v = newInstance(Visitor.class);
        set(v, "name", unique("Visitor "));
        return v;
    }
}
