package dev.contextpack.edge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Part {
    @Id
    Long id;
}
