package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Nested inside {@link Climate}: an embeddable inside an embeddable. */
@Embeddable
public class TemperatureRange {
    @Column(name = "min_celsius", precision = 4, scale = 1)
    BigDecimal minCelsius;

    /** No @Column: default column name "maxCelsius", default precision/scale. */
    BigDecimal maxCelsius;
}
