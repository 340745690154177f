package dev.contextpack.edge.dup.b;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Same entity name as dev.contextpack.edge.dup.a.Foo: Hibernate rejects one of them. */
@Entity
public class Foo {
    @Id
    Long id;
}
