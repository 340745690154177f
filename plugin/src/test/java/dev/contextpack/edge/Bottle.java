package dev.contextpack.edge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Bottle {
    @Id
    Long id;

    @ManyToOne
    Crate crate;
}
