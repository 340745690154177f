package dev.contextpack.compiled.lombok;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import lombok.Value;

/** Lombok's @Value: a final class with final fields and only an all-arguments constructor. */
@Entity
@Value
public class Currency {

    @Id
    String code;

    int digits;
}
