package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** SINGLE_TABLE subclass of {@link Animal}: its columns live in "animal". */
@Entity
@DiscriminatorValue("MAMMAL")
public class Mammal extends Animal {
    /** Primitive in a single-table subclass. */
    boolean nocturnal;

    @Column(name = "fur_color", length = 30)
    String furColor;
}
