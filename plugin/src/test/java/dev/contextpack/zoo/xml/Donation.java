package dev.contextpack.zoo.xml;

import dev.contextpack.zoo.Animal;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * No annotations at all: mapped as an entity only by META-INF/orm.xml (table "donation", donorName
 * overridden to column "donor", animal joined through "adopted_animal_id").
 */
public class Donation {
    Long id;
    String donorName;
    BigDecimal amount;
    LocalDate donatedOn;
    Animal animal;
}
