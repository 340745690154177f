package dev.contextpack.zoo;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The @IdClass of {@link ShiftAssignment}. */
public class ShiftAssignmentId implements Serializable {
    String keeperCode;
    LocalDate shiftDate;

    @Override
    public boolean equals(Object o) {
        return o instanceof ShiftAssignmentId other
                && Objects.equals(keeperCode, other.keeperCode) && Objects.equals(shiftDate, other.shiftDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keeperCode, shiftDate);
    }
}
