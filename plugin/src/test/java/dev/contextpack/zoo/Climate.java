package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Embedded in {@link Enclosure}; contains the nested {@link TemperatureRange}. */
@Embeddable
public class Climate {
    @Column(name = "humidity_pct")
    Integer humidityPercent;

    @Embedded
    TemperatureRange temperature;
}
