package dev.contextpack.behaviour.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Inverse @OneToMany with cascade PERSIST over a NOT NULL foreign key that Hibernate still considers
 * optional ({@link Bottle#crate}: @JoinColumn(nullable = false), optional left at true), so only the
 * database enforces it.
 */
@Entity
@Table(name = "crate")
public class Crate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String label;

    @OneToMany(mappedBy = "crate", cascade = CascadeType.PERSIST)
    public List<Bottle> bottles = new ArrayList<>();
}
