package dev.contextpack.compiled.lombok;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A LAZY link to the @Value entity. */
@Entity
@Getter
@NoArgsConstructor
public class Payment {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Currency currency;
}
