package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Child of {@link Facility#inspections} (FK facility_id, not mapped here); explicitly named FK. */
@Entity
@Table(name = "inspection")
public class Inspection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    LocalDate inspectedOn;

    @Column(length = 500)
    String findings;

    @ManyToOne
    @JoinColumn(name = "inspector_id", foreignKey = @ForeignKey(name = "fk_inspection_inspector"))
    Keeper inspector;
}
