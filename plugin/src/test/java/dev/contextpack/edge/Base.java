package dev.contextpack.edge;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A generic mapped superclass: the bytecode says ID and T, Hibernate resolves Long and String. */
@MappedSuperclass
public abstract class Base<ID, T> {
    @Id
    @GeneratedValue
    ID id;

    T payload;
}
