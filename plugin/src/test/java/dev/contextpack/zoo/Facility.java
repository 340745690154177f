package dev.contextpack.zoo;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * JOINED root ({@link Aviary}, {@link Aquarium}); TABLE generator; unidirectional @OneToMany with
 * @JoinColumn (FK "facility_id" lives in "inspection"), cascade MERGE+REMOVE.
 */
@Entity
@Table(name = "facility")
@Inheritance(strategy = InheritanceType.JOINED)
public class Facility {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "facility_gen")
    @TableGenerator(name = "facility_gen", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "next_val", pkColumnValue = "facility", allocationSize = 5)
    Long id;

    @Column(nullable = false, length = 60)
    String name;

    LocalTime opensAt;

    @OneToMany(cascade = {CascadeType.MERGE, CascadeType.REMOVE})
    @JoinColumn(name = "facility_id")
    List<Inspection> inspections = new ArrayList<>();
}
