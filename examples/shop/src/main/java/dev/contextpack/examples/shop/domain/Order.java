package dev.contextpack.examples.shop.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@Entity
@Table(name = "orders")
public class Order extends AuditedEntity {

    public static final String DEFAULT_CURRENCY = "EUR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<OrderLine> lines = new ArrayList<>();

    private OrderStatus status = OrderStatus.PLACED;

    @Convert(converter = MoneyConverter.class)
    @Column(length = 32)
    private Money total = Money.zero(DEFAULT_CURRENCY);

    private Instant placedAt;

    @OneToOne(mappedBy = "order", cascade = CascadeType.ALL)
    private Shipment shipment;

    /** Published by OrderRepository.save(), then cleared. */
    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Order() {
    }

    public Order(Customer customer) {
        this.customer = customer;
        customer.registerOrder(this);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public OrderLine addLine(Product product, int quantity) {
        OrderLine line = new OrderLine(this, product, quantity, lines.size());
        lines.add(line);
        recalculateTotal();
        return line;
    }

    public void removeLine(OrderLine line) {
        if (lines.remove(line)) {
            line.detach();
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).setPosition(i);
            }
            recalculateTotal();
        }
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Money getTotal() {
        return total;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Shipment getShipment() {
        return shipment;
    }

    public Shipment ship(String carrier, String trackingNumber) {
        if (status != OrderStatus.PAID) {
            throw new IllegalStateException("Only paid orders can be shipped, order " + id + " is " + status);
        }
        this.shipment = new Shipment(this, carrier, trackingNumber);
        this.status = OrderStatus.SHIPPED;
        return shipment;
    }

    /** A new order starts as a draft unless the code chose a status. */
    @PrePersist
    void startAsDraft() {
        if (status == null) {
            status = OrderStatus.values()[0];
        }
    }

    public void place() {
        if (lines.isEmpty()) {
            throw new IllegalStateException("Cannot place an order without lines");
        }
        this.status = OrderStatus.PLACED;
        this.placedAt = Instant.now();
        events.add(new OrderPlaced(this));
    }

    @DomainEvents
    List<Object> domainEvents() {
        return Collections.unmodifiableList(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public void markPaid() {
        if (status != OrderStatus.PLACED) {
            throw new IllegalStateException("Order " + id + " cannot be paid in status " + status);
        }
        this.status = OrderStatus.PAID;
    }

    public boolean isCancellable() {
        return status == OrderStatus.PLACED || status == OrderStatus.PAID;
    }

    public void cancel() {
        if (!isCancellable()) {
            throw new IllegalStateException("Order " + id + " cannot be cancelled in status " + status);
        }
        this.status = OrderStatus.CANCELLED;
    }

    private void recalculateTotal() {
        Money sum = Money.zero(DEFAULT_CURRENCY);
        for (OrderLine line : lines) {
            sum = sum.plus(line.getLineTotal(DEFAULT_CURRENCY));
        }
        this.total = sum;
    }
}
