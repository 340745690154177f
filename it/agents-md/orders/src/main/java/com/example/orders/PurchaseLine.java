package com.example.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class PurchaseLine {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private PurchaseOrder purchaseOrder;
}
