package dev.contextpack.zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;

/** @IdClass whose key holds an association: the FK column is part of the primary key. */
@Entity
@IdClass(DutyId.class)
public class Duty {
    @Id
    @ManyToOne
    Enclosure enclosure;

    @Id
    LocalDate dutyDate;

    String task;
}
