package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** Element of {@link Visitor#visits}: an element collection of an embeddable with the default table name. */
@Embeddable
public class VisitSlot {
    @Column(name = "visit_date", nullable = false)
    LocalDate visitDate;

    LocalTime arrival;

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitSlot v && Objects.equals(visitDate, v.visitDate) && Objects.equals(arrival, v.arrival);
    }

    @Override
    public int hashCode() {
        return Objects.hash(visitDate, arrival);
    }
}
