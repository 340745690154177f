package dev.contextpack.examples.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
@DiscriminatorValue("BOOK")
public class Book extends Product {

    @Column(length = 17)
    private String isbn;

    private String author;

    protected Book() {
    }

    public Book(String sku, String name, BigDecimal price, String isbn, String author) {
        super(sku, name, price);
        this.isbn = isbn;
        this.author = author;
    }

    public String getIsbn() {
        return isbn;
    }

    public void setIsbn(String isbn) {
        this.isbn = isbn;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }
}
