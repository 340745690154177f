package dev.contextpack.edge.dup.a;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Same entity name as dev.contextpack.edge.dup.b.Foo: Hibernate rejects one of them. */
@Entity
public class Foo {
    @Id
    Long id;
}
