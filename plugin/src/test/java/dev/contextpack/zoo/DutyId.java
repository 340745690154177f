package dev.contextpack.zoo;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The key of {@link Duty}: the enclosure's id and the date. */
public class DutyId implements Serializable {
    Long enclosure;
    LocalDate dutyDate;

    @Override
    public boolean equals(Object o) {
        return o instanceof DutyId other && Objects.equals(enclosure, other.enclosure) && Objects.equals(dutyDate, other.dutyDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enclosure, dutyDate);
    }
}
