package com.example.library;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class LoanRepository implements PanacheRepository<Loan> {

    public List<Loan> overdue(LocalDate today) {
        return list("dueDate < ?1 and returned = false order by dueDate", today);
    }

    public long openLoansOf(Book book) {
        return count("book = ?1 and returned = false", book);
    }

    public long purgeReturned() {
        return delete("returned", true);
    }
}
