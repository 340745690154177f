package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** JOINED subclass with the default primary-key join column ("id"). */
@Entity
@Table(name = "aviary")
public class Aviary extends Facility {
    @Column(name = "net_height_m", precision = 6, scale = 2)
    BigDecimal netHeight;
}
