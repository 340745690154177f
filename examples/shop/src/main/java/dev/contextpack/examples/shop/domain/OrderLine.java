package dev.contextpack.examples.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Check;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;

@Entity
@Check(constraints = "quantity > 0")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;

    @ManyToOne(fetch = FetchType.LAZY)
    private Product product;

    @Positive
    private int quantity;

    private int position;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    protected OrderLine() {
    }

    OrderLine(Order order, Product product, int quantity, int position) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive: " + quantity);
        }
        this.order = order;
        this.product = product;
        this.quantity = quantity;
        this.position = position;
        this.unitPrice = product.getPrice();
    }

    public Long getId() {
        return id;
    }

    public Order getOrder() {
        return order;
    }

    public Product getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Money getLineTotal(String currency) {
        return new Money(unitPrice, currency).times(quantity);
    }

    void detach() {
        this.order = null;
    }
}
