package dev.contextpack.compiled.finals;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** LAZY to-one links to a final entity, a non-final one and one with a final getter. */
@Entity
public class Shipment {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Warehouse warehouse;

    @ManyToOne(fetch = FetchType.LAZY)
    private Carrier carrier;

    @OneToOne(fetch = FetchType.LAZY)
    private Dock dock;

    protected Shipment() {
    }

    public Shipment(Long id, Warehouse warehouse, Carrier carrier, Dock dock) {
        this.id = id;
        this.warehouse = warehouse;
        this.carrier = carrier;
        this.dock = dock;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public Dock getDock() {
        return dock;
    }
}
