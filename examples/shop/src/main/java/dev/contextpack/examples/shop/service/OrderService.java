package dev.contextpack.examples.shop.service;

import dev.contextpack.examples.shop.domain.Customer;
import dev.contextpack.examples.shop.domain.Order;
import dev.contextpack.examples.shop.domain.Product;
import dev.contextpack.examples.shop.repository.CustomerRepository;
import dev.contextpack.examples.shop.repository.OrderRepository;
import dev.contextpack.examples.shop.repository.ProductRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.NoSuchElementException;

@Service
public class OrderService {

    private final CustomerRepository customers;
    private final ProductRepository products;
    private final OrderRepository orders;

    public OrderService(CustomerRepository customers, ProductRepository products, OrderRepository orders) {
        this.customers = customers;
        this.products = products;
        this.orders = orders;
    }

    @Transactional
    public Order placeOrder(Long customerId, Map<Long, Integer> quantitiesByProductId) {
        if (quantitiesByProductId.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one product");
        }
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new NoSuchElementException("Unknown customer " + customerId));
        if (!customer.isActive()) {
            throw new IllegalStateException("Customer " + customerId + " is " + customer.getStatus());
        }

        Order order = new Order(customer);
        quantitiesByProductId.forEach((productId, quantity) -> {
            Product product = products.findById(productId)
                    .orElseThrow(() -> new NoSuchElementException("Unknown product " + productId));
            order.addLine(product, quantity);
        });
        order.place();
        return orders.save(order);
    }

    @Transactional
    public void cancel(Long orderId) {
        Order order = orders.findById(orderId)
                .orElseThrow(() -> new NoSuchElementException("Unknown order " + orderId));
        order.cancel();
    }
}
