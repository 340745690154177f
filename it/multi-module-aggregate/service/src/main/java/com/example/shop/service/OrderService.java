package com.example.shop.service;

import com.example.shop.domain.Customer;
import com.example.shop.domain.PurchaseOrder;
import com.example.shop.persistence.CustomerRepository;
import com.example.shop.persistence.PurchaseOrderRepository;
import com.example.shop.util.Texts;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

public class OrderService {

    private final CustomerRepository customers;
    private final PurchaseOrderRepository orders;

    public OrderService(CustomerRepository customers, PurchaseOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public List<PurchaseOrder> placedOrdersOf(String email) {
        return orders.findByCustomerEmailAndStatus(Texts.normalizeEmail(email), PurchaseOrder.Status.PLACED);
    }

    @Transactional
    public Customer customer(String email) {
        return customers.findByEmail(email).orElseThrow();
    }

    /** No transaction: the @Modifying query it calls needs one. */
    public int ship(Long orderId) {
        return orders.markStatus(orderId, PurchaseOrder.Status.SHIPPED);
    }
}
