package dev.contextpack.zoo;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Inherits {@link AuditedEntity}; owning @OneToOne with a unique @JoinColumn (cascade PERSIST only);
 * bidirectional @OneToMany(mappedBy) with cascade ALL + orphanRemoval + @OrderBy; a @ManyToMany List
 * with an @OrderColumn.
 */
@Entity
@Table(name = "member")
public class Member extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "member_no", nullable = false, unique = true, length = 16)
    String memberNo;

    @OneToOne(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "card_id", unique = true)
    LibraryCard card;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate DESC")
    List<Loan> loans = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "member_wishlist",
            joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "book_id"))
    @OrderColumn(name = "wish_order")
    List<Book> wishlist = new ArrayList<>();
}
