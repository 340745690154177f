package com.example.library;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class LibraryService {

    @Inject
    LoanRepository loans;

    @Inject
    AuthorRepository authors;

    @Transactional
    public void lend(Loan loan) {
        loans.persist(loan);
    }

    @Transactional
    public Author addAuthor(String name) {
        Author author = new Author();
        author.name = name;
        author.persist();
        return author;
    }

    /** Writes without a transaction of its own: a finding. */
    public boolean forgetAuthor(long id) {
        return authors.deleteById(id);
    }

    public List<Book> publishedIn(int year) {
        return Book.find("publishedYear", year).list();
    }

    public List<Book> catalogue() {
        return Book.list("order by title");
    }

    public Book byTitle(String title) {
        return Book.find("#Book.byTitle", title).firstResult();
    }

    public List<Book> titled(String title) {
        return Book.list("title = :title", Parameters.with("title", title));
    }

    /** Misspelt attribute: Hibernate rejects the query Panache builds from it. */
    public List<Book> misspelt(String title) {
        return Book.list("titel like ?1", "%" + title + "%");
    }

    @Transactional
    public int retitle(String isbn, String title) {
        return Book.update("title = ?1 where isbn = ?2", title, isbn);
    }

    @Transactional
    public long removeAuthorsNamed(String name) {
        return Author.delete("name", name);
    }

    public List<Loan> overdue() {
        return loans.overdue(LocalDate.now());
    }
}
