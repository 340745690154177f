package dev.contextpack.examples.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class Shipment {

    @Id
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    private Order order;

    @Column(nullable = false, length = 50)
    private String carrier;

    @Column(length = 100)
    private String trackingNumber;

    protected Shipment() {
    }

    Shipment(Order order, String carrier, String trackingNumber) {
        this.order = order;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
    }

    public Long getId() {
        return id;
    }

    public Order getOrder() {
        return order;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }
}
