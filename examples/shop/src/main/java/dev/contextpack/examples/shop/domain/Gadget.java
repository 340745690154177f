package dev.contextpack.examples.shop.domain;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
@DiscriminatorValue("GADGET")
public class Gadget extends Product {

    private Integer warrantyMonths;

    protected Gadget() {
    }

    public Gadget(String sku, String name, BigDecimal price, Integer warrantyMonths) {
        super(sku, name, price);
        this.warrantyMonths = warrantyMonths;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(Integer warrantyMonths) {
        this.warrantyMonths = warrantyMonths;
    }
}
