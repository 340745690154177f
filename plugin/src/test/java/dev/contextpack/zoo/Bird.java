package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** SINGLE_TABLE subclass of {@link Animal}. */
@Entity
@DiscriminatorValue("BIRD")
public class Bird extends Animal {
    @Column(name = "wingspan_cm", precision = 5, scale = 2)
    BigDecimal wingspan;
}
