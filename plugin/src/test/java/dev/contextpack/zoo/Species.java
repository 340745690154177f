package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Assigned String id (no generator); self-reference parent/children. */
@Entity
@Table(name = "species")
public class Species {
    @Id
    @Column(length = 8)
    String code;

    @Column(name = "latin_name", nullable = false, length = 120)
    String latinName;

    @ManyToOne
    @JoinColumn(name = "parent_code")
    Species parent;

    @OneToMany(mappedBy = "parent")
    Set<Species> children = new HashSet<>();
}
