package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Used twice in {@link Keeper} (home and work) with {@code @AttributeOverrides}. */
@Embeddable
public class Address {
    @Column(length = 100)
    String street;

    @Column(length = 60)
    String city;

    @Column(name = "postal_code", length = 10)
    String postalCode;
}
