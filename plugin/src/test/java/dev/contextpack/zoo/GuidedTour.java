package dev.contextpack.zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** TABLE_PER_CLASS concrete subclass; @ManyToOne to a non-PK unique column (keeper.employee_code). */
@Entity
@Table(name = "guided_tour")
public class GuidedTour extends ZooEvent {
    int maxVisitors;

    @ManyToOne
    @JoinColumn(name = "guide_code", referencedColumnName = "employee_code")
    Keeper guide;
}
