package dev.contextpack.compiled.lombok;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import lombok.Data;
import lombok.NoArgsConstructor;

import java.util.HashSet;
import java.util.Set;

/** Lombok's @Data on an entity: equals, hashCode and toString over every field, the generated id and LAZY links included. */
@Entity
@Data
@NoArgsConstructor
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    private String number;

    @ManyToOne(fetch = FetchType.LAZY)
    private Customer customer;

    @OneToMany(mappedBy = "invoice")
    private Set<InvoiceLine> lines = new HashSet<>();
}
