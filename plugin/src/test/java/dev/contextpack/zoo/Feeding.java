package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** TABLE_PER_CLASS concrete subclass. */
@Entity
@Table(name = "feeding")
public class Feeding extends ZooEvent {
    @Column(name = "food_kg", precision = 6, scale = 2)
    BigDecimal foodKg;

    /** optional=false without @JoinColumn: "animal_id" NOT NULL. */
    @ManyToOne(optional = false)
    Animal animal;
}
