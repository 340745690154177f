package dev.contextpack.compiled.lombok;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/** Lombok used as its documentation advises for entities: a business key in equals, the LAZY link left out of toString. */
@Entity
@Getter
@Setter
@NoArgsConstructor
@ToString
@EqualsAndHashCode(onlyExplicitlyIncluded = true)
public class InvoiceLine {

    @Id
    @GeneratedValue
    private Long id;

    @EqualsAndHashCode.Include
    private String sku;

    private int quantity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @ToString.Exclude
    private Invoice invoice;
}
