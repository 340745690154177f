package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** @IdClass composite primary key (keeper_code, shiftDate). */
@Entity
@Table(name = "shift_assignment")
@IdClass(ShiftAssignmentId.class)
public class ShiftAssignment {
    @Id
    @Column(name = "keeper_code", length = 12)
    String keeperCode;

    @Id
    LocalDate shiftDate;

    @Column(length = 40)
    String area;
}
